"""Material cooperation and its parties: joint exercises of a compound actor are the
reciprocal form (062, every party an actor, no recipient, as "X and Y met"), training another's
forces is military cooperation (062), and support or a loan "for X" names X. Invented
sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest


#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
    "Bolivian troops": ("NORP", "BOLMIL"),
}


def test_joint_exercises_of_two_parties_are_reciprocal(asserted_events):
    found = asserted_events(ACTORS, "Peru and Chile held joint naval exercises.")
    assert found == [("062", ["Chile", "Peru"], [])]


def test_joint_exercises_of_one_party_name_no_partner(asserted_events):
    # COOPERATE needs a recipient (PLOVER); one party alone is no cooperation event
    assert asserted_events(ACTORS, "Peru held joint naval exercises.") == []


def test_training_another_s_forces_is_military_cooperation(asserted_events):
    found = asserted_events(ACTORS, "Peru trained Bolivian troops.")
    assert found == [("062", ["Peru"], ["Bolivian troops"])]


@pytest.mark.parametrize("text, code", [
    ("Peru pledged support for Chile.", "030"),
    ("Peru approved a loan for Chile.", "071"),
])
def test_for_names_the_beneficiary(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Chile"])]
