"""Round 7 actor rules, read on PLOVER GSR dev actor_type errors. Invented sentences; parties
by hand as in ``test_event_parties`` (whose helper builds the article)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import resolve_actor

from .test_event_constructions import triples
from .test_event_parties import coded


@pytest.mark.parametrize("text, expected", [
    # a stative participle of attitude: the subject holds the stance
    ("Peru is committed to opening up the economy.", ("030", "PER", None)),
])
def test_stance_participle_subject_is_the_actor(make_article, analyse, text, expected):
    assert expected in triples(coded(make_article, analyse, text))


def test_passive_with_agent_keeps_subject_as_patient(make_article, analyse):
    found = triples(coded(make_article, analyse, "Kenyan rebels were attacked by Ugandan troops."))
    assert found == [("190", "UGA", "KEN")]


def test_message_participle_is_its_authors_act(make_article, analyse):
    text = "Peru issued a statement demanding that the Chile government free its leader."
    assert [(a, r) for _, a, r in triples(coded(make_article, analyse, text))] == [("PER", "CHL")]


def test_participle_on_a_plain_object_is_not_the_subjects_act(make_article, analyse):
    text = "Peru expelled the Chile officials demanding a vote."
    assert ("100", "PER", "CHL") not in triples(coded(make_article, analyse, text))


@pytest.mark.parametrize("phrase", ["Kampuchean guerrillas", "Kampuchea"])
def test_historic_country_name_is_coded(phrase):
    assert resolve_actor(phrase).code.startswith("KHM")


def test_aspectual_verb_lends_its_subject_to_the_event_noun(make_article, analyse):
    text = "Peru speeded up the withdrawal of its troops from Chile."
    assert ("087", "PER", "CHL") in triples(coded(make_article, analyse, text))
