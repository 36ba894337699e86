"""Reciprocal acts: a symmetric act (talks, agreements) whose parties stand in a "between"
phrase or a compound subject has every party as an actor; a fight between two stays
directed. Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_reciprocal import symmetric

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


@pytest.mark.parametrize("code, expected", [
    ("040", True), ("041", True), ("044", True), ("046", True), ("057", True), ("061", True),
    ("042", False), ("043", False), ("045", False), ("190", False), ("04", False), (None, False),
])
def test_symmetric_codes(code, expected):
    assert symmetric(code) is expected


@pytest.mark.parametrize("text, code", [
    ("Talks between Peru and Chile ended on Monday.", "040"),
    ("An agreement between Peru and Chile was signed in Lima.", "057"),
])
def test_between_phrase_of_a_symmetric_act_makes_every_party_an_actor(named_events, text, code):
    assert (code, ["Chile", "Peru"], []) in named_events(text, ACTORS)


def test_compound_subject_of_a_symmetric_act_is_the_reciprocal_form(named_events):
    found = named_events("Peru and Chile held talks in Quito on Monday.", ACTORS)
    assert found == [("040", ["Chile", "Peru"], [])]


def test_between_phrase_of_a_fight_stays_directed(named_events):
    found = named_events("Clashes between Peru and Chile ended on Monday.", ACTORS)
    assert [(a, r) for _, a, r in found] == [(["Peru"], ["Chile"])]
