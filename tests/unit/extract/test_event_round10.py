"""Round 10: labelling as denunciation (CAMEO 111), "call on" as a visit, reduced relative
clauses as background. Invented sentences; entities by hand (``test_event_anaphora``)."""

from __future__ import annotations

import pytest

from eventwire.extract.events import extract_events

from .test_event_anaphora import article_for, events_of


def _codes(events):
    return sorted((e.cameo, e.actor_code, e.recipient_code) for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Peru called the Chilean army a terrorist gang.", ("111", "PER", "CHL")),
    ("Kenya branded the Red Hand as terrorists.", ("111", "KEN", "CHL")),
    # the label is pinned on the owner of the act or thing named as object
    ("Peru described Chile's sanctions as economic terrorism.", ("111", "PER", "CHL")),
    ("Peru called Chile's campaign the work of a criminal regime.", ("111", "PER", "CHL")),
])
def test_an_accusing_label_is_a_denunciation_of_its_bearer(make_article, analyse, text, expected):
    found = [(c, a[:3] if a else a, r[:3] if r else r)
             for c, a, r in _codes(events_of(make_article, analyse, text))]
    assert expected in found


def test_a_passive_label_swaps_the_parties(make_article, analyse):
    text = "The Red Hand was branded a terrorist organisation by Peru."
    found = [(c, a[:3], r[:3]) for c, a, r in _codes(events_of(make_article, analyse, text)) if a and r]
    assert ("111", "PER", "CHL") in found


def test_a_label_that_accuses_nothing_is_no_event(make_article, analyse):
    assert not events_of(make_article, analyse, "Peru called the Chilean army a success.")


def test_call_on_without_a_request_is_a_visit(make_article, analyse):
    text = "Kenyan officials met the Chilean army and later called on Peru."
    found = _codes(events_of(make_article, analyse, text))
    assert any(c == "042" and r and r.startswith("PER") for c, _, r in found)
    assert not any(c.startswith("02") for c, _, _ in found)


def test_call_on_with_a_request_stays_an_appeal(make_article, analyse):
    text = "Peru called on Chile to release the fishermen."
    assert any(c.startswith("02") for c, _, _ in _codes(events_of(make_article, analyse, text)))


@pytest.mark.parametrize("text", [
    "The taxes are needed to meet a loan programme agreed with Chile.",
    "Peru said the security guarantees offered to Chile last year had been worthless.",
])
def test_a_participle_describing_a_noun_is_background(make_article, analyse, text):
    assert not [c for c in _codes(events_of(make_article, analyse, text)) if c[0][:2] in ("03", "05")]


def test_an_existential_participle_is_the_news(make_article, analyse):
    text = "There were ten Peruvian soldiers killed by the Chilean army today."
    assert any(c[:2] in ("18", "19") for c, _, _ in _codes(events_of(make_article, analyse, text)))


def _pairs(events, root: str):
    return {(e.actor_code[:3] if e.actor_code else None, e.recipient_code[:3] if e.recipient_code else None)
            for e in events if e.cameo_root == root}


def test_a_visit_in_an_infinitive_clause_is_the_main_subject_s(make_article, analyse):
    # "during" hangs on the subjectless infinitive; the visitor is the clause above's subject
    text = "Kenyan officials clashed over the efforts of Chile to deal with drought during a brief visit to Peru."
    assert ("KEN", "PER") in _pairs(events_of(make_article, analyse, text), "04")


def test_talks_as_the_purpose_of_a_journey_are_the_traveller_s(make_article, analyse):
    text = "Kenyan officials flew to Lima for talks with Peru."
    assert ("KEN", "PER") in _pairs(events_of(make_article, analyse, text), "04")


def test_conjoined_countries_in_a_locative_are_each_a_party(make_article, analyse):
    text = "Officials in Peru and Kenya welcomed a resumption of formal ties with Chile."
    article = article_for(make_article, text)
    names = {e.id: e.name for e in article.entities}
    # welcoming a development is an endorsement (051) since round 11 (event_senses)
    found = [sorted(names[i] for i in e.actor) for e in extract_events(article, analyse(text))
             if e.cameo_root == "05"]
    assert ["Kenya", "Peru"] in found


def test_chiding_is_criticism_of_the_act_s_doer(make_article, analyse):
    text = "Peru chided an attack by the Chilean army in the south."
    assert ("PER", "CHL") in _pairs(events_of(make_article, analyse, text), "11")


def test_a_mediator_stands_outside_between_x_and_y(make_article, analyse):
    text = "Kenya launched a mediation effort between Peru and Chile."
    article = article_for(make_article, text)
    names = {e.id: e.name for e in article.entities}
    found = [([names[i] for i in e.actor], sorted(names[i] for i in e.recipient))
             for e in extract_events(article, analyse(text)) if e.cameo.startswith("045")]
    assert found == [(["Kenya"], ["Chile", "Peru"])]


@pytest.mark.parametrize("text", [
    "Peruvian students blocked a road to show their anger at Chile's policies.",
    "Peruvian students staged a protest to denounce Chile's policies.",
])
def test_a_protest_is_against_the_party_of_its_purpose_clause(make_article, analyse, text):
    assert ("PER", "CHL") in _pairs(events_of(make_article, analyse, text), "14")


def test_a_name_after_anti_is_no_party_of_the_phrase(make_article, analyse):
    text = "An anti-Chile journalist was killed by the Red Hand in Lima."
    found = _pairs(events_of(make_article, analyse, text), "19") | _pairs(
        events_of(make_article, analyse, text), "18")
    assert found and all(r != "CHL" for _, r in found)


def _actor_names(text, make_article, analyse, root):
    article = article_for(make_article, text)
    names = {e.id: e.name for e in article.entities}
    return [sorted(names[i] for i in e.actor) for e in extract_events(article, analyse(text))
            if e.cameo_root == root]


def test_a_common_noun_takes_its_appositive_s_actor(make_article, analyse):
    # "counterpart" is the conjunct; the name in apposition says who it is
    text = "The Peruvian minister and his counterpart, Ruto, signed an agreement in Lima."
    assert any("Ruto" in found for found in _actor_names(text, make_article, analyse, "05"))


def test_its_in_an_adverbial_clause_is_the_main_subject_s(make_article, analyse):
    text = "Peru pledged new loans to Kenya, as its envoy met Chile in Lima."
    assert ("PER", "CHL") in _pairs(events_of(make_article, analyse, text), "04")


@pytest.mark.parametrize("text", [
    "Peru pledged $45 million in emergency aid for Kenya.",
    "Peru will provide 500 tons in food aid to Kenya.",
])
def test_an_amount_in_aid_is_given_by_the_verb_s_subject(make_article, analyse, text):
    aid = [e for e in events_of(make_article, analyse, text) if e.trigger.text == "aid"]
    assert aid and aid[0].actor_code == "PER"


def test_a_chain_of_purpose_infinitives_names_the_recipient(make_article, analyse):
    text = "Peru is willing to send material to help defend Chile."
    assert ("PER", "CHL") in _pairs(events_of(make_article, analyse, text), "03")


def test_demonstrations_in_a_during_phrase_are_the_subject_s(make_article, analyse):
    text = "Peruvian students threw stones during demonstrations against Chile."
    assert ("PER", "CHL") in _pairs(events_of(make_article, analyse, text), "14")


def test_a_warning_to_a_party_is_a_threat(make_article, analyse):
    found = _pairs(events_of(make_article, analyse, "Peru warned Chile against further raids."), "13")
    assert ("PER", "CHL") in found


def test_a_warning_about_no_party_is_no_event(make_article, analyse):
    assert not events_of(make_article, analyse, "Peru warned that food prices would rise.")


def test_warning_of_a_danger_threatens_nobody(make_article, analyse):
    # "warn of" takes a danger, "warn X / against X / about X" a party
    found = events_of(make_article, analyse, "Peru warned of the danger of floods in Chile.")
    assert not [e for e in found if e.cameo_root == "13"]
