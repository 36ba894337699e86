"""Courtesies and invitations as CAMEO codes them: congratulating and thanking are praise
(051), condolences extended or sent are an empathetic comment (018), an invitation to visit or to
talks is an intent to meet (036; the visit invited to is no event), and firing shots or rounds at
X targets X even when "at" hangs on what is fired. Invented sentences; entities made by hand
with their spaCy types."""

from __future__ import annotations

import pytest


#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Peruvian troops": ("NORP", "PERMIL"),
          "Chilean soldiers": ("NORP", "CHLMIL")}


@pytest.mark.parametrize("text, code", [
    ("Peru congratulated Chile on its election.", "051"),
    ("Peru thanked Chile for its support.", "051"),
    ("Peru extended its condolences to Chile.", "018"),
    ("Peru invited Chile to talks.", "036"),
    ("Peru invited Chile's president to visit Lima.", "036"),
])
def test_courtesy_codes(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Chile"])]


def test_shots_fired_at_a_party_target_it(asserted_events):
    found = asserted_events(ACTORS, "Peruvian troops fired warning shots at Chilean soldiers.")
    assert found == [("193", ["Peruvian troops"], ["Chilean soldiers"])]


def test_extending_sanctions_is_no_condolence(asserted_events):
    codes = [c for c, _, _ in asserted_events(ACTORS, "Peru extended its sanctions on Chile.")]
    assert "018" not in codes and codes


@pytest.mark.parametrize("text", [
    "Peru test-fired a long-range missile.",
    "Peruvian troops fired shots into the air.",
])
def test_firing_at_no_one_is_no_attack(asserted_events, text):
    # round 19: a weapons test is a force posture (150), still no attack (19)
    assert [c for c, _, _ in asserted_events(ACTORS, text) if c[:2] != "15"] == []
