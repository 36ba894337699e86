"""Round 16 of the event parties: a backer or broker named in a participle is not the party of
the noun it describes (``event_nested``, ``event_phrase.backer_only``), and the genitive of an
occupation/invasion noun with its own "by" agent is the patient (``event_args.by_agent_present``).
Sentences are invented."""

from __future__ import annotations

import pytest

CAST = {name: ("GPE", code) for name, code in (
    ("Rwanda", "RWA"), ("Congo", "COD"), ("Turkey", "TUR"), ("Armenia", "ARM"),
    ("Azerbaijan", "AZE"), ("Kuwait", "KWT"), ("Iraq", "IRQ"), ("Egypt", "EGY"),
    ("Britain", "GBR"), ("France", "FRA"), ("Syria", "SYR"), ("Russia", "RUS"),
    ("Georgia", "GEO"), ("Sudan", "SDN"))}


def roots(events, root):
    return [e for e in events if e[0].startswith(root)]


# 3. a group noun keeps its own event

@pytest.mark.parametrize("text", ["The rebels, backed by Rwanda, attacked Congo.",
                                  "Rebels backed by Rwanda attacked Congo."])
def test_the_backer_is_not_the_attacker(asserted_events, text):
    attacks = roots(asserted_events(CAST, text), "19")
    assert attacks and all("Rwanda" not in actors for _, actors, _ in attacks)
    assert all(recipients == ["Congo"] for _, _, recipients in attacks)


def test_the_backer_gives_no_country_as_the_sentence_s_only_one(cast_events):
    # "troops trained by Britain": Britain is the only country named, yet not the troops'
    events = cast_events("Troops trained by Britain attacked the village.", CAST)
    assert not any((e.actor_code or "").startswith("GBR") for e in events)


def test_a_country_named_outside_the_participle_still_counts(cast_events):
    events = cast_events("Troops backed by Sudan attacked villages in Sudan.", CAST)
    assert any(e.cameo_root == "19" and (e.actor_code or "").startswith("SDN") for e in events)


def test_a_thing_still_takes_its_maker(asserted_events):
    # PETRARCH's reading of a noun phrase that names no party: the deal is France's
    events = asserted_events(CAST, "A resolution sponsored by France condemned Syria.")
    assert ("111", ["France"], ["Syria"]) in events


# 5. a broker is not a party of what the agreement does

def test_a_brokered_agreement_is_not_the_broker_s_act(asserted_events):
    events = asserted_events(CAST, "The agreement, brokered by Turkey, ended the fighting "
                                   "between Armenia and Azerbaijan.")
    assert not any("Turkey" in actors for _, actors, _ in events)


def test_the_broker_still_mediates(asserted_events):
    events = asserted_events(CAST, "Turkey brokered a truce between Armenia and Azerbaijan.")
    assert any(code == "045" and actors == ["Turkey"] for code, actors, _ in events)


# 4. genitives of invasion and occupation

def test_a_genitive_with_a_by_agent_is_the_patient(asserted_events):
    events = asserted_events(CAST, "Kuwait's invasion by Iraq shocked Egypt.")
    assert ("190", ["Iraq"], ["Kuwait"]) in [(c[:3], a, r) for c, a, r in events]


@pytest.mark.parametrize(("text", "agent"), [
    ("Iraq's invasion of Kuwait shocked Egypt.", "Iraq"),
    ("Russia's occupation of Georgia angered Turkey.", "Russia"),  # (round 17: a lone
])                                   # genitive is the undergoer, test_event_sponsors_undergoers)
def test_a_genitive_without_a_by_agent_stays_the_agent(asserted_events, text, agent):
    events = asserted_events(CAST, text)
    assert any(actors == [agent] and code.startswith("19") for code, actors, _ in events)
