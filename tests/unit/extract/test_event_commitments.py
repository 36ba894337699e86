"""What a commitment commits to decides its CAMEO root: a promise of a conflictual act is a
threat (13), not an intent to cooperate (03); a pledge of money is an intent to give economic
aid (0331) and a gift of money is economic aid (071); an aid noun saying what a pledged amount
is makes the pledge an intent to give that aid. Invented sentences; entities made by hand with
their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_intent import verbal_conflict

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
    "Ecuador": ("GPE", "ECU"),
}


@pytest.mark.parametrize("text", [
    "Peru vowed to retaliate against Chile.",
    "Peru vowed to attack Chile.",
])
def test_a_promise_of_force_is_a_threat(asserted_events, text):
    events = asserted_events(ACTORS, text)
    assert [(code[:3], actor, recipient) for code, actor, recipient in events] == \
        [("138", ["Peru"], ["Chile"])]


def test_a_promise_not_to_attack_is_no_threat(asserted_events):
    codes = [code for code, _, _ in asserted_events(ACTORS, "Peru vowed never to attack Chile.")]
    assert not any(code.startswith("13") for code in codes)


def test_a_promise_to_cooperate_keeps_its_intent_code(asserted_events):
    events = asserted_events(ACTORS, "Peru promised to release the Chilean prisoners.")
    assert [code for code, _, _ in events] == ["0353"]


def test_an_agreement_to_a_hostile_act_is_no_threat(asserted_events):
    codes = [code for code, _, _ in asserted_events(ACTORS,
                                            "Peru and Bolivia agreed to attack Chile.")]
    assert not any(code.startswith("13") for code in codes)


def test_a_promised_rejection_is_the_rejection(asserted_events):
    codes = [code for code, _, _ in asserted_events(ACTORS, "Peru vowed to veto the plan.")]
    assert codes == ["129"]


@pytest.mark.parametrize("text, code", [
    ("Peru pledged 50 million euros in aid to Bolivia.", "033"),  # the aid noun holds it
    ("Peru pledged $45 million in emergency aid to Bolivia.", "0333"),
    ("Peru pledged $2 billion to Bolivia.", "0331"),
    ("Peru promised 100 million dollars to Bolivia.", "0331"),
    ("Peru gave Bolivia $600 million.", "071"),
    ("Peru will give $100 million to Bolivia.", "0331"),
])
def test_money_given_or_pledged_is_economic_aid(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Bolivia"])]


def test_a_money_pledge_without_a_recipient_is_no_event(asserted_events):
    assert asserted_events(ACTORS, "Peru pledged $5 million to charity.") == []


@pytest.mark.parametrize("code, expected", [
    ("090", True), ("1053", True), ("111", True), ("129", True),
    ("030", False), ("154", False), ("1384", False), ("010", False), ("---", False),
])
def test_verbal_conflict_roots(code, expected):
    assert verbal_conflict(code) is expected


@pytest.mark.parametrize("text, code", [
    ("Peru agreed to a ceasefire with Chile.", "0356"),
    ("Peru agreed to talks with Chile.", "036"),
])
def test_assent_to_an_act_is_the_intent_of_that_act(asserted_events, text, code):
    # one event: the act agreed to is its content, not a ceasefire or talks already held
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Chile"])]
