"""Events round 18: trigger vocabulary from the CAMEO codebook (persuade/convince 02, press X
to 10, be in contact with 040, battle 190, passive "hit by" 190, satisfied/pleased with 051,
tariffs and duties 172 under a light verb) and the constructions that carry them. Invented
sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
          "Ecuador": ("GPE", "ECU")}


@pytest.mark.parametrize("text, root", [
    ("Peru tried to persuade Chile to reopen the port.", "02"),
    ("Peru sought to convince Chile that the plan works.", "02"),
    ("Peru has been pressing Chile to open its fishing grounds.", "10"),
    ("Peru contacted Chile about the border.", "04"),
    ("Peru was in contact with Chile about the border.", "04"),
    ("Peru said it was satisfied with Chile.", "05"),
    ("Peru imposed duties on Chile.", "17"),
    ("Peru put tariffs on Chile.", "17"),
])
def test_new_triggers(asserted_events, text, root):
    found = [(code[:2], actor, recipient) for code, actor, recipient in asserted_events(ACTORS, text)]
    assert (root, ["Peru"], ["Chile"]) in found


def test_state_in_contact_with_a_list(asserted_events):
    found = asserted_events(ACTORS, "Peru was in contact with Chile, Bolivia and Ecuador.")
    assert [(c, a) for c, a, _ in found] == [("040", ["Peru"])]
    assert found[0][2] == ["Bolivia", "Chile", "Ecuador"]


def test_battling_forces(asserted_events):
    found = asserted_events(ACTORS, "Peru was battling Chile in the north.")
    assert ("190", ["Peru"], ["Chile"]) in [(c[:3], a, r) for c, a, r in found]


def test_hit_by_an_actor_is_force_and_by_a_cause_is_not(asserted_events):
    found = asserted_events(ACTORS, "Two ships were hit by Chile near the coast.")
    assert [(c, a) for c, a, _ in found] == [("190", ["Chile"])]
    assert asserted_events(ACTORS, "Peru was badly hit by the rise of the dollar.") == []


@pytest.mark.parametrize("text", [
    "Peru wants to avert new Chilean tariffs.",      # a measure named, not imposed
    "Chile's tariffs on Peruvian wine are high.",    # a standing policy
    "Banks in Peru were free to hold shares.",       # "free to": a permission, not a release
    "Peru gave evidence about contacts between Chile and Bolivia.",  # a topic, not an act
])
def test_no_event(asserted_events, text):
    assert [c for c, _, _ in asserted_events(ACTORS, text) if c[:2] in ("04", "08", "17")] == []


def test_the_role_a_party_played(asserted_events):
    found = asserted_events(ACTORS, "Peru said it was satisfied with the role Chile played in the talks.")
    assert ("051", ["Peru"], ["Chile"]) in found


def test_fighting_a_decision_is_opposition_not_force(asserted_events):
    found = asserted_events(ACTORS, "Peru fought Chile's decision to close the port.")
    assert [c[:2] for c, _, _ in found] == ["12"]
    assert asserted_events(ACTORS, "Peru fought inflation last year.") == []


def test_promise_that_is_intent(asserted_events):
    assert [(c, a) for c, a, _ in asserted_events(ACTORS, "Peru promised that the port will stay open.")] == \
        [("030", ["Peru"])]
