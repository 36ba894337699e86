"""Events round 18: precision. A country naming a matter ("the X arms scandal") is not the
target of an act on it; offering opportunities or prospects is no offer act; an accord that a
verb acts on ("breaking its agreement with X") is no new agreement. Invented sentences."""

from __future__ import annotations

ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


def test_matter_named_after_a_country(asserted_events):
    found = asserted_events(ACTORS, "A panel is investigating the Chile arms scandal.")
    assert all("Chile" not in r for _, _, r in found)


def test_offering_opportunities_is_no_offer(asserted_events):
    assert asserted_events(ACTORS, "Bankers said Peru offers good opportunities to Chilean banks.") == []


def test_breaking_an_agreement_is_no_agreement(asserted_events):
    found = asserted_events(ACTORS, "Peru accused Chile of breaking its trade agreement with Peru.")
    assert [c[:2] for c, _, _ in found] == ["11"]


def test_signing_an_agreement_still_is(asserted_events):
    found = asserted_events(ACTORS, "Peru signed an agreement with Chile on Monday.")
    assert ("057", ["Peru"], ["Chile"]) in found
