"""Events round 19: acts that are talked of, believed or cancelled are not coded (gold
conventions 2 and 9 of eval/gold/README.md), money named in wire units counts as money, and
fighting a trade in drugs is no use of force. Invented sentences; entities made by hand."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean": ("NORP", "CHL"),
          "World Bank": ("ORG", "IGOUNODEVWBK")}


@pytest.mark.parametrize("text", [
    "Peru cancelled its planned visit to Chile.",                         # a negated visit
    "Peru and Chile will discuss possible sanctions against Bolivia.",  # a topic, not an act
    "Peru is studying loans to Chilean firms.",             # an option under study
    "Peru was believed offering wheat to Chile.",                   # a belief
    "The World Bank was expected to grant a credit to Chile.",      # a forecast
])
def test_no_act(asserted_events, text):
    found = [c for c, _, _ in asserted_events(ACTORS, text)]
    assert not [c for c in found if c[:2] in ("03", "07", "13", "16")]


def test_an_expected_meeting_is_still_coded(asserted_events):
    assert ("040", ["Peru"], ["Chile"]) in asserted_events(ACTORS, "Peru is expected to meet Chile on Monday.")


def test_cancelling_a_summit_still_reduces_relations(asserted_events):
    assert [c[:2] for c, _, _ in asserted_events(ACTORS, "Peru cancelled the summit with Chile.")] == ["16"]


def test_wire_money_units(asserted_events):
    found = asserted_events(ACTORS, "Peru gave Chile 450 mln marks last week.")
    assert ("071", ["Peru"], ["Chile"]) in found


def test_fighting_a_drug_trade_is_no_force(asserted_events):
    found = asserted_events(ACTORS, "Peru will help fight Chile's cocaine trade.")
    assert "19" not in [c[:2] for c, _, _ in found]
    assert "19" in [c[:2] for c, _, _ in asserted_events(ACTORS, "Peru fought Chile near the border.")]
