"""Round 11: "A says B attacked C" as A's accusation of B (CAMEO 112), PETRARCH-2's convention.
Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_accusation import same_party
from eventwire.extract.events import EventsStep, events_and_anaphors

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"),
    "Chilean troops": ("ORG", "CHLMIL"), "Chilean officials": ("ORG", "CHLGOV"),
    "Red Hand": ("ORG", "CHLREB"), "Daily Courier": ("ORG", "PERMED"), "Kenyan": ("NORP", "KEN"),
}


def _article(make_article, text: str):
    return make_article(text, actors=ACTORS)


def _events(make_article, analyse, text: str, **options):
    return events_and_anaphors(_article(make_article, text), analyse(text), **options)[0]


def _codes(events):
    return sorted((e.cameo, e.actor_code, e.recipient_code) for e in events)


@pytest.mark.parametrize("text, accused", [
    ("Peru said Chilean troops shelled villages near the border.", "CHLMIL"),
    ("Peru said that Chile had attacked its fishing boats.", "CHL"),
    ("Kenya stated that the Red Hand bombed a market.", "CHLREB"),
])
def test_a_statement_that_another_party_attacked_is_an_accusation(make_article, analyse, text, accused):
    events = _events(make_article, analyse, text)
    assert [(e.cameo, e.recipient_code) for e in events] == [("112", accused)]
    (event,) = events
    assert event.trigger.text in ("said", "stated")
    assert event.modality == "asserted" and event.attributed_to is None
    assert event.actor_code in ("PER", "KEN") and event.plover == "ACCUSE"


def test_keep_reported_also_codes_the_reported_act(make_article, analyse):
    text = "Peru said Chilean troops shelled villages near the border."
    events = _events(make_article, analyse, text, keep_reported=True)
    assert [e.cameo for e in events] == ["194", "112"]
    shelling, accusation = events
    assert shelling.actor_code == "CHLMIL" and shelling.attributed_to == accusation.actor[0]
    assert accusation.confidence < shelling.confidence
    assert len({e.id for e in events}) == 2
    assert EventsStep(keep_reported=True).keep_reported and not EventsStep().keep_reported


@pytest.mark.parametrize("text", [
    # a postposed reporting clause names the news source: the act is the assertion
    "Chilean troops shelled villages near the border, Peru said.",
    # a media outlet reports, it does not accuse
    "The Daily Courier reported that Chilean troops shelled villages.",
    # an organ of the same state reporting its own army's act
    "Chilean officials said Chilean troops shelled rebel positions.",
    # a denial commits the speaker to nothing
    "Peru denied that Chilean troops shelled villages.",
])
def test_reported_acts_that_are_no_accusation_keep_the_act(make_article, analyse, text):
    found = _codes(_events(make_article, analyse, text))
    assert not any(code == "112" for code, _, _ in found), found
    assert any(code.startswith("19") and actor == "CHLMIL" for code, actor, _ in found), found


def test_a_cooperative_act_reported_stays_the_act(make_article, analyse):
    text = "Peru said Chile signed a trade agreement with Kenya."
    found = _codes(_events(make_article, analyse, text))
    assert not any(code.startswith("11") for code, _, _ in found), found
    assert any(actor == "CHL" and recipient == "KEN" for _, actor, recipient in found), found


def test_a_future_attack_reported_is_no_accusation(make_article, analyse):
    found = _codes(_events(make_article, analyse, "Peru said Chile will attack its fishing boats."))
    assert not any(code == "112" for code, _, _ in found), found


@pytest.mark.parametrize("a, b, expected", [
    ("ISRGOV", "ISRMIL", True), ("ISR", "ISRGOV", True), ("USA", "USA", True),
    ("SDNGOV", "SDNREB", False), ("USA", "IRQ", False), ("NGOHRI", "GINMIL", False),
])
def test_same_party(a, b, expected):
    assert same_party(a, b) is expected


# --- verb senses by object (event_senses), CAMEO 1.1b3 definitions ---------------------------

@pytest.mark.parametrize("text, expected", [
    # welcoming a development is endorsing it (051); welcoming a person is hosting (043)
    ("Peru welcomed the reopening of trade with Chile.", ("051", "PER", "CHL")),
    ("Peru welcomed the Chilean officials in Lima.", ("043", "PER", "CHLGOV")),
    # mobilizing people is rallying support (053); mobilizing troops is a force posture (154)
    ("Chile mobilized its supporters to back Peru.", ("053", "CHL", "PER")),
    ("Kenyan peacekeepers arrived in Chile on Monday.", ("074", "KEN", "CHL")),
])
def test_a_verb_codes_by_the_kind_of_its_object(make_article, analyse, text, expected):
    assert expected in _codes(_events(make_article, analyse, text))


def test_mobilizing_troops_stays_a_force_posture(make_article, analyse):
    found = _codes(_events(make_article, analyse, "Chile mobilized troops against Peru."))
    assert [code for code, _, _ in found] == ["154"], found


@pytest.mark.parametrize("text", [
    "Chile mobilized funds for Peru.",  # neither armed forces nor people
    "Peru welcomed the memos.",  # an endorsement with nobody endorsed
])
def test_no_sense_no_event(make_article, analyse, text):
    assert _codes(_events(make_article, analyse, text)) == []


def test_an_official_arriving_still_visits(make_article, analyse):
    found = _codes(_events(make_article, analyse, "Chilean officials arrived in Peru on Monday."))
    assert ("042", "CHLGOV", "PER") in found, found


@pytest.mark.parametrize("text, expected", [
    # opposing a party is disapproval (110); opposing a proposal or plan is rejection (12x)
    ("Peru strongly opposed Chile over the border dispute.", ("110", "PER", "CHL")),
    ("Chile was opposed by Peru in the talks.", ("110", "PER", "CHL")),
    ("Peru opposed the deployment of Chilean troops.", ("120", "PER", "CHLMIL")),
])
def test_opposing_a_party_is_disapproval_and_a_plan_rejection(make_article, analyse, text, expected):
    assert expected in _codes(_events(make_article, analyse, text))


def test_being_opposed_to_a_thing_stays_rejection(make_article, analyse):
    found = _codes(_events(make_article, analyse, "Peru is opposed to the Chilean mediation plan."))
    assert not any(code == "110" for code, _, _ in found), found


# --- agentless fire: the target slot of a passive, the origin as the agent (event_host) ------

def test_a_passive_fired_at_keeps_its_target_and_takes_the_origin(make_article, analyse):
    found = _codes(_events(make_article, analyse, "A rocket was fired at Peru from Chile on Monday."))
    assert found == [("193", "CHL", "PER")], found


def test_the_target_place_is_not_also_the_agent(make_article, analyse):
    found = _codes(_events(make_article, analyse, "Rockets were fired at Peru on Monday."))
    assert found and all(actor is None for _, actor, _ in found), found


def test_a_claimed_attack_from_a_place_is_an_accusation_of_its_country(make_article, analyse):
    text = "Peru said a rocket was fired at it from Chile on Monday."
    assert _codes(_events(make_article, analyse, text)) == [("112", "PER", "CHL")]
