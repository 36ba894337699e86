"""Round 8 rules for wire news (PETR-2 conventions). Invented sentences; parties by hand as in
``test_event_parties`` (whose helper builds the article)."""

from __future__ import annotations

import pytest

from eventwire.extract.events import _armed_words

from .test_event_constructions import triples
from .test_event_parties import coded


def test_armed_agent_named_by_its_place_makes_a_candidate(make_article, analyse):
    # no coded entity at all: the gunmen take Lima's country, the police the sole country
    found = triples(coded(make_article, analyse, "Gunmen in Lima killed two policemen on Monday."))
    assert found == [("190", "PER", "PER")]


@pytest.mark.parametrize("text", [
    "Police in Lima said the weather was fine.",  # an agent but no trigger
    "Voters in Lima killed time before the count.",  # a trigger but no agent or coded party
])
def test_place_without_armed_agent_and_trigger_gives_nothing(make_article, analyse, text):
    assert triples(coded(make_article, analyse, text)) == []


@pytest.mark.parametrize("word", ["gunman", "gunmen", "attackers", "assailants", "separatists",
                                  "guerrilla", "police", "troops"])
def test_armed_agent_words(word):
    assert word in _armed_words()


def test_possessor_of_a_patient_noun_is_the_patient(make_article, analyse):
    # "Peru's arrest" = Peru was arrested; with an "of" patient the possessor is the agent
    found = triples(coded(make_article, analyse, "Ruto's arrest in Lima surprised the region."))
    assert found == [("173", None, "KEN")]
    found = triples(coded(make_article, analyse, "Chile welcomed Peru's arrest of Ruto."))
    assert ("173", "PER", "KEN") in found
