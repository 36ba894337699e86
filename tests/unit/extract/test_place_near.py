"""place_near: neighbour counts that favour the namesake lying among the article's other places."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.extract.gazetteer import Candidate
from eventwire.extract.place_near import km_apart, name_points, neighbours
from eventwire.extract.place_resolve import Evidence, choose


def _city(name, country, admin1, lat, lon, population=5_000):
    return Candidate(geonameid=None, name=name, country=country, admin1=admin1, lat=lat,
                     lon=lon, population=population, feature="city")


class FakeGazetteer:
    """A tiny in-memory gazetteer: folded name -> candidates."""

    def __init__(self, table):
        self.table = table

    def lookup(self, name):
        return self.table.get(name.lower(), ())


CORNWALL = (_city("Cornwall", "USA", "Pennsylvania", 40.27, -76.41, 4_100),
            _city("Cornwall", "USA", "New York", 41.44, -74.02, 3_000))
TABLE = {
    "cornwall": CORNWALL,
    "kent": (_city("Kent", "USA", "Connecticut", 41.72, -73.48),),
    "canaan": (_city("Canaan", "USA", "Connecticut", 42.03, -73.33),),
    "springfield": tuple(_city("Springfield", "USA", f"S{i}", 30 + i, -90 - i) for i in range(9)),
}


@pytest.mark.parametrize("a, b, low, high", [
    ((48.85, 2.35), (51.51, -0.13), 330, 350),  # Paris - London
    ((40.71, -74.01), (40.71, -74.01), 0, 0.001),
])
def test_place_near_km_apart_is_great_circle(a, b, low, high):
    assert low <= km_apart(a, b) <= high


@pytest.mark.parametrize("names, expected_keys", [
    ({"kent": "Kent", "canaan": "Canaan"}, {"kent", "canaan"}),
    ({"springfield": "Springfield"}, set()),  # too many namesakes to locate anything
])
def test_place_near_name_points_skips_common_names(names, expected_keys):
    assert set(name_points(names, FakeGazetteer(TABLE))) == expected_keys


@pytest.mark.parametrize("candidate, expected", [
    (CORNWALL[1], 2),  # New York's Cornwall lies near Kent and Canaan, Connecticut
    (CORNWALL[0], 0),  # Pennsylvania's does not
])
def test_place_near_neighbours_counts_other_names(candidate, expected):
    names = {"cornwall": "Cornwall", "kent": "Kent", "canaan": "Canaan"}
    points = name_points(names, FakeGazetteer(TABLE))
    assert neighbours(candidate, "cornwall", points) == expected


@pytest.mark.parametrize("others, expected_admin1", [
    ({"kent": "Kent", "canaan": "Canaan"}, "New York"),
    ({}, "Pennsylvania"),  # alone, the bigger namesake
])
def test_place_near_choose_prefers_the_namesake_among_neighbours(others, expected_admin1):
    names = {"cornwall": "Cornwall", **others}
    context = {"countries": Counter(), "city_regions": set(), "key": "cornwall",
               "points": name_points(names, FakeGazetteer(TABLE))}
    assert choose(CORNWALL, Evidence(), context).candidate.admin1 == expected_admin1

