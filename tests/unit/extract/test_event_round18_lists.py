"""Events round 18: lists of parties (event_lists). Hedged members are no party; co-subjects
that each act "with" someone outside the list are not paired; more than three parties give one
event per party; a list the parser hangs on its first member is still a list; a passive
"be represented" is taking part. Invented sentences; entities made by hand."""

from __future__ import annotations

ACTORS = {name: ("GPE", code) for name, code in [
    ("Peru", "PER"), ("Chile", "CHL"), ("Bolivia", "BOL"), ("Ecuador", "ECU"), ("Brazil", "BRA")]}


def test_hedged_member_is_no_party(asserted_events):
    found = asserted_events(ACTORS, "Peru, Chile, Bolivia and, perhaps, Ecuador will meet tomorrow.")
    assert [(c, a, r) for c, a, r in found] == [("040", ["Bolivia", "Chile", "Peru"], [])]


def test_partner_outside_the_list_splits_the_event(asserted_events):
    found = asserted_events(ACTORS, "Peru, Chile and Bolivia have all reached agreement with their banks.")
    assert sorted((c, a, r) for c, a, r in found) == [
        ("057", ["Bolivia"], []), ("057", ["Chile"], []), ("057", ["Peru"], [])]


def test_three_parties_stay_one_reciprocal_event(asserted_events):
    found = asserted_events(ACTORS, "Peru, Chile and Bolivia met in the capital.")
    assert [(c, a) for c, a, _ in found] == [("040", ["Bolivia", "Chile", "Peru"])]


def test_more_than_three_parties_one_event_each(asserted_events):
    found = asserted_events(ACTORS, "Peru, Chile, Bolivia, Ecuador and Brazil met in the capital.")
    assert sorted(a[0] for _, a, _ in found) == ["Bolivia", "Brazil", "Chile", "Ecuador", "Peru"]
    assert all(len(a) == 1 and r == [] for _, a, r in found)


def test_being_represented_is_taking_part(asserted_events):
    found = asserted_events(ACTORS, "He said Peru, Chile, Bolivia, Ecuador and Brazil would be represented.")
    assert sorted(a[0] for c, a, _ in found if c == "040") == ["Bolivia", "Brazil", "Chile", "Ecuador", "Peru"]
