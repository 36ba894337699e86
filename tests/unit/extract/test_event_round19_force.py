"""Events round 19: force postures and repelled attacks (CAMEO 15 and 19). Invented sentences;
entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean": ("NORP", "CHL")}


@pytest.mark.parametrize("text, code", [
    ("Peru test-fired two new missiles on Monday.", "150"),   # a weapons test: a show of force
    ("Peru tested a new missile last week.", "150"),
    ("Peru installed rocket launchers near the border.", "154"),  # weapons put in place
])
def test_force_postures(asserted_events, text, code):
    assert (code, ["Peru"], []) in asserted_events(ACTORS, text)


def test_firing_at_a_target_is_still_an_attack(asserted_events):
    found = asserted_events(ACTORS, "Peru fired missiles at Chile.")
    assert [c[:2] for c, _, _ in found] == ["19"]


def test_a_repelled_attack_is_force_both_ways(asserted_events):
    found = {(c[:2], tuple(a), tuple(r)) for c, a, r in
             asserted_events(ACTORS, "Peru repelled a Chilean attack near the border.")}
    assert ("19", ("Peru",), ("Chilean",)) in found
    assert ("19", ("Chilean",), ("Peru",)) in found


def test_repelling_other_things_is_no_force(asserted_events):
    assert asserted_events(ACTORS, "Peru repelled the offers of Chile.") == []


def test_a_reported_force_posture_is_no_accusation(asserted_events):
    actors = {**ACTORS, "Britain": ("GPE", "GBR")}
    found = asserted_events(actors, "Britain said Peru had test-fired two new missiles.")
    assert [(c, a) for c, a, _ in found] == [("150", ["Peru"])]
