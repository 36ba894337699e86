"""Events round 19: acts that are posited rather than reported (a generic "any attack"), obligations laid on things rather than actors, and military retreats
(0874). Invented sentences."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
          "Ecuador": ("GPE", "ECU"), "Peruvian": ("NORP", "PER"), "Chilean": ("NORP", "CHL")}


@pytest.mark.parametrize("text", [
    "Any Chilean attack on Peruvian ships will be costly, an official said.",
    "Peru told Chile that Peruvian products must be cheaper.",
])
def test_posited_acts_are_not_coded(asserted_events, text):
    assert [c for c, _, _ in asserted_events(ACTORS, text) if c[:2] in ("07", "10", "19")] == []


def test_the_main_clause_of_a_condition_is_kept(asserted_events):
    found = asserted_events(ACTORS, "Peru will impose sanctions on Chile if Chile attacks Bolivia.")
    assert [(c[:2], a, r) for c, a, r in found] == [("13", ["Peru"], ["Chile"])]


def test_an_obligation_on_an_actor_is_still_a_demand(asserted_events):
    assert ("10", ["Peru"], ["Chile"]) in [
        (c[:2], a, r) for c, a, r in asserted_events(ACTORS, "Peru said Chile must hand over the suspects.")]


def test_abandoning_a_position_is_a_retreat(asserted_events):
    found = asserted_events(ACTORS, "Peruvian troops were abandoning their positions near Chile.")
    assert "0874" in [c for c, _, _ in found]

