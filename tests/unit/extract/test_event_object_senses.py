"""Verb senses by the kind of object (CAMEO 1.1b3 definitions): welcoming a development is
endorsing it (051) and welcoming a person hosting (043); mobilizing people rallies support
(053), mobilizing troops is a force posture (154); opposing a party is disapproval (110),
opposing a plan rejection (12x). Invented sentences; entities made by hand with their spaCy
types."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean troops": ("ORG", "CHLMIL"),
    "Chilean officials": ("ORG", "CHLGOV"), "Kenyan": ("NORP", "KEN"),
}


@pytest.mark.parametrize("text, expected", [
    # welcoming a development is endorsing it (051); welcoming a person is hosting (043)
    ("Peru welcomed the reopening of trade with Chile.", ("051", "PER", "CHL")),
    ("Peru welcomed the Chilean officials in Lima.", ("043", "PER", "CHLGOV")),
    # mobilizing people is rallying support (053); mobilizing troops is a force posture (154)
    ("Chile mobilized its supporters to back Peru.", ("053", "CHL", "PER")),
    ("Kenyan peacekeepers arrived in Chile on Monday.", ("074", "KEN", "CHL")),
])
def test_a_verb_codes_by_the_kind_of_its_object(cast_events, codes, text, expected):
    assert expected in codes(cast_events(text, ACTORS))


def test_mobilizing_troops_stays_a_force_posture(cast_events, codes):
    found = codes(cast_events("Chile mobilized troops against Peru.", ACTORS))
    assert [code for code, _, _ in found] == ["154"], found


@pytest.mark.parametrize("text", [
    "Chile mobilized funds for Peru.",  # neither armed forces nor people
    "Peru welcomed the memos.",  # an endorsement with nobody endorsed
])
def test_no_sense_no_event(cast_events, codes, text):
    assert codes(cast_events(text, ACTORS)) == []


def test_an_official_arriving_still_visits(cast_events, codes):
    found = codes(cast_events("Chilean officials arrived in Peru on Monday.", ACTORS))
    assert ("042", "CHLGOV", "PER") in found, found


@pytest.mark.parametrize("text, expected", [
    # opposing a party is disapproval (110); opposing a proposal or plan is rejection (12x)
    ("Peru strongly opposed Chile over the border dispute.", ("110", "PER", "CHL")),
    ("Chile was opposed by Peru in the talks.", ("110", "PER", "CHL")),
    ("Peru opposed the deployment of Chilean troops.", ("120", "PER", "CHLMIL")),
])
def test_opposing_a_party_is_disapproval_and_a_plan_rejection(cast_events, codes, text, expected):
    assert expected in codes(cast_events(text, ACTORS))


def test_being_opposed_to_a_thing_stays_rejection(cast_events, codes):
    found = codes(cast_events("Peru is opposed to the Chilean mediation plan.", ACTORS))
    assert not any(code == "110" for code, _, _ in found), found
