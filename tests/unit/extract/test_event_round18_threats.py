"""Events round 18: readiness to take a hostile measure is a threat (CAMEO 13), read through
the light verb's object ("ready to impose retaliatory action against X", "ready to impose
sanctions on X"); retaliatory or punitive action, measures and steps are coercion (17) when
taken; an acting capital the place step left unsure is still its government. Invented
sentences."""

from __future__ import annotations

import pytest

ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


@pytest.mark.parametrize("text", [
    "Peru was ready to impose retaliatory trade action against Chile.",
    "Peru is ready to impose sanctions on Chile.",
])
def test_readiness_to_coerce_is_a_threat(asserted_events, text):
    assert [(c[:2], a, r) for c, a, r in asserted_events(ACTORS, text)] == [("13", ["Peru"], ["Chile"])]


def test_readiness_to_cooperate_stays_intent(asserted_events):
    found = asserted_events(ACTORS, "Peru is ready to hold talks with Chile.")
    assert [c[:2] for c, _, _ in found] == ["03"]


def test_retaliatory_measures_taken(asserted_events):
    assert asserted_events(ACTORS, "Peru took retaliatory measures against Chile.") == \
        [("170", ["Peru"], ["Chile"])]


def test_unsure_capital_acting(codes, cast_events):
    actors = {"Washington": ("GPE", None), "Chile": ("GPE", "CHL")}
    events = cast_events("Washington took retaliatory measures against Chile.", actors)
    assert codes(events) == [("170", "USAGOV", "CHL")]
