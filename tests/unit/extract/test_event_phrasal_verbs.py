"""Verb + particle senses news uses for CAMEO acts, as CAMEO's verb dictionary is organised
(verb, particle, object): "hit out at" / "lash out at" criticize (111), "rule out" rejects
(12; what is ruled out is no event of its own), "back" endorses (051). Invented sentences;
entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest


#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


@pytest.mark.parametrize("text, code", [
    ("Peru hit out at Chile over its fishing policy.", "111"),
    ("Peru lashed out at Chile.", "111"),
    ("Peru ruled out talks with Chile.", "120"),
    ("Peru ruled out a ceasefire with Chile.", "120"),
    ("Peru backed Chile's bid for a seat on the council.", "051"),
])
def test_particle_senses(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Chile"])]


def test_hitting_without_out_is_no_criticism(asserted_events):
    codes = [code for code, _, _ in asserted_events(ACTORS, "Peru hit Chile with missiles.")]
    assert "111" not in codes


def test_backing_down_is_no_endorsement(asserted_events):
    codes = [code for code, _, _ in asserted_events(ACTORS, "Peru backed down on its demands.")]
    assert "051" not in codes


def test_a_call_for_talks_is_an_appeal_to_meet(asserted_events):
    # the noun asked for is absorbed by the appeal and refines it (CAMEO 026)
    assert asserted_events(ACTORS, "Peru called for talks with Chile.") == \
        [("026", ["Peru"], ["Chile"])]
