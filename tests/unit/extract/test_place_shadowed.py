"""A small town named after its own country's first-level region takes no spatial context
(:func:`eventwire.extract.place_resolve.ranked`)."""

from __future__ import annotations

from collections import Counter

from eventwire.extract.gazetteer import Candidate
from eventwire.extract.place_resolve import Evidence, ranked

STATE = Candidate(1, "Kansas", "USA", "Kansas", 38.5, -98.5, 0, "admin1")
TOWN = Candidate(2, "Kansas", "USA", "Illinois", 39.55, -87.94, 800, "city")
BIG = Candidate(3, "Kansas City", "USA", "Missouri", 39.1, -94.6, 1_500_000, "city")


def context(**extra):
    # the article's other places lie in Illinois, near the town
    return {"countries": Counter({"USA": 3}), "city_regions": set(),
            "region_mentions": Counter({"illinois": 3}), "dominant": "USA", **extra}


def test_region_name_is_not_turned_into_a_village_by_context():
    best = ranked((STATE, TOWN), Evidence(), context())[0][1]
    assert best is STATE


def test_context_still_counts_without_a_region_of_that_name():
    with_bonus = ranked((TOWN,), Evidence(), context())[0][0]
    shadowed = ranked((STATE, TOWN), Evidence(), context())
    town_score = next(s for s, c in shadowed if c is TOWN)
    assert with_bonus > town_score  # the bonus is withheld only beside the region's name


def test_a_container_next_to_the_name_still_picks_the_town():
    evidence = Evidence(countries={"USA"}, regions={"illinois"})
    assert ranked((STATE, TOWN), evidence, context())[0][1] is TOWN
