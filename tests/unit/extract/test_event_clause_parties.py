"""Parties found across clauses: participles describing a noun as background, an existential
participle as the news, a visit or talks in an infinitive or purpose clause as the main
subject's, conjoined countries in a locative, a mediator between two parties, a protest's
purpose clause, "anti-X", a common noun's appositive, "its" in an adverbial clause, amounts in
aid. Invented sentences; entities by hand (the ANAPHORA cast,
``anaphora_events``)."""

from __future__ import annotations

import pytest

from eventwire.extract.events import extract_events


@pytest.mark.parametrize("text", [
    "The taxes are needed to meet a loan programme agreed with Chile.",
    "Peru said the security guarantees offered to Chile last year had been worthless.",
])
def test_a_participle_describing_a_noun_is_background(anaphora_events, codes, text):
    assert not [c for c in codes(anaphora_events(text)) if c[0][:2] in ("03", "05")]


def test_an_existential_participle_is_the_news(anaphora_events, codes):
    text = "There were ten Peruvian soldiers killed by the Chilean army today."
    assert any(c[:2] in ("18", "19") for c, _, _ in codes(anaphora_events(text)))


def test_a_visit_in_an_infinitive_clause_is_the_main_subject_s(anaphora_events, pairs):
    # "during" hangs on the subjectless infinitive; the visitor is the clause above's subject
    text = "Kenyan officials clashed over the efforts of Chile to deal with drought during a brief visit to Peru."
    assert ("KEN", "PER") in pairs(anaphora_events(text), "04")


def test_talks_as_the_purpose_of_a_journey_are_the_traveller_s(anaphora_events, pairs):
    text = "Kenyan officials flew to Lima for talks with Peru."
    assert ("KEN", "PER") in pairs(anaphora_events(text), "04")


def _named(anaphora_article, analyse, text: str):
    """(event, sorted actor names, sorted recipient names) of each event coded from ``text``."""
    article = anaphora_article(text)
    names = {e.id: e.name for e in article.entities}
    return [(e, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in extract_events(article, analyse(text))]


def test_conjoined_countries_in_a_locative_are_each_a_party(analyse, anaphora_article):
    text = "Officials in Peru and Kenya welcomed a resumption of formal ties with Chile."
    # welcoming a development is an endorsement (051, event_senses)
    found = [actors for e, actors, _ in _named(anaphora_article, analyse, text) if e.cameo_root == "05"]
    assert ["Kenya", "Peru"] in found


def test_a_mediator_stands_outside_between_x_and_y(analyse, anaphora_article):
    text = "Kenya launched a mediation effort between Peru and Chile."
    found = [(actors, recipients) for e, actors, recipients in _named(anaphora_article, analyse, text)
             if e.cameo.startswith("045")]
    assert found == [(["Kenya"], ["Chile", "Peru"])]


@pytest.mark.parametrize("text", [
    "Peruvian students blocked a road to show their anger at Chile's policies.",
    "Peruvian students staged a protest to denounce Chile's policies.",
])
def test_a_protest_is_against_the_party_of_its_purpose_clause(anaphora_events, pairs, text):
    assert ("PER", "CHL") in pairs(anaphora_events(text), "14")


def test_a_name_after_anti_is_no_party_of_the_phrase(anaphora_events, pairs):
    text = "An anti-Chile journalist was killed by the Red Hand in Lima."
    events = anaphora_events(text)
    found = pairs(events, "19") | pairs(events, "18")
    assert found and all(r != "CHL" for _, r in found)


def test_a_common_noun_takes_its_appositive_s_actor(analyse, anaphora_article):
    # "counterpart" is the conjunct; the name in apposition says who it is
    text = "The Peruvian minister and his counterpart, Ruto, signed an agreement in Lima."
    assert any("Ruto" in actors for e, actors, _ in _named(anaphora_article, analyse, text)
               if e.cameo_root == "05")


def test_its_in_an_adverbial_clause_is_the_main_subject_s(anaphora_events, pairs):
    text = "Peru pledged new loans to Kenya, as its envoy met Chile in Lima."
    assert ("PER", "CHL") in pairs(anaphora_events(text), "04")


@pytest.mark.parametrize("text", [
    "Peru pledged $45 million in emergency aid for Kenya.",
    "Peru will provide 500 tons in food aid to Kenya.",
])
def test_an_amount_in_aid_is_given_by_the_verb_s_subject(anaphora_events, text):
    aid = [e for e in anaphora_events(text) if e.trigger.text == "aid"]
    assert aid and aid[0].actor_code == "PER"


def test_a_chain_of_purpose_infinitives_names_the_recipient(anaphora_events, pairs):
    text = "Peru is willing to send material to help defend Chile."
    assert ("PER", "CHL") in pairs(anaphora_events(text), "03")


def test_demonstrations_in_a_during_phrase_are_the_subject_s(anaphora_events, pairs):
    text = "Peruvian students threw stones during demonstrations against Chile."
    assert ("PER", "CHL") in pairs(anaphora_events(text), "14")
