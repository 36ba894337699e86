"""Events round 19: withdrawn requests (08), pressure on X to (10), advice and suggestions (02),
attacks on vessels stated in the passive (190), and targets named by their capitals (one event
per target). Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean": ("NORP", "CHL"),
          "Peruvian": ("NORP", "PER")}


@pytest.mark.parametrize("text, root, target", [
    ("Peru withdrew its objections to Chile's plan.", "08", "Chile"),  # yielding: a request dropped
    ("Peru dropped its demand for Chilean compensation.", "08", "Chilean"),
    ("Peru's pressure on Chile to cut rates grew.", "10", "Chile"),
    ("Peru suggested to Chile a swap of its debt.", "02", "Chile"),
])
def test_requests_and_their_withdrawal(asserted_events, text, root, target):
    found = [(c[:2], a, r) for c, a, r in asserted_events(ACTORS, text)]
    assert (root, ["Peru"], [target]) in found


def test_withdrawn_request_is_no_appeal(asserted_events):
    codes = [c[:2] for c, _, _ in asserted_events(ACTORS, "Peru withdrew its request to Chile.")]
    assert "02" not in codes


def test_advised_in_the_passive_targets_the_subject(asserted_events):
    found = asserted_events(ACTORS, "Chile was advised to open its ports.")
    assert ("020", [], ["Chile"]) in found


def test_a_suggestion_needs_an_addressee(asserted_events):
    assert asserted_events(ACTORS, "Analysts in Peru suggested that Chile would win.") == []


def test_targets_named_by_capitals_are_one_event_each(cast_events):
    actors = {"Peru": ("GPE", "PER"), "Paris": ("GPE", None), "Rome": ("GPE", None)}
    events = cast_events("Peru urged Paris and Rome to cut their rates.", actors)
    assert sorted(e.recipient_code for e in events if e.cameo_root == "02") == ["FRAGOV", "ITAGOV"]
