"""place_near close pairs: a town beside its own county (or a neighbouring town) wins over a
bigger namesake, even when both names have many readings."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.extract.gazetteer import Candidate
from eventwire.extract.place_near import close_names, name_cells
from eventwire.extract.place_resolve import Evidence, choose


def _place(name, country, admin1, lat, lon, population=5_000, feature="city", exact=True):
    return Candidate(geonameid=None, name=name, country=country, admin1=admin1, lat=lat,
                     lon=lon, population=population, feature=feature, exact=exact)


class FakeGazetteer:
    def __init__(self, table):
        self.table = table

    def lookup(self, name):
        return self.table.get(name.lower(), ())


# Invented towns: "Oakton" exists in two states, "Mill County" in three.
OAKTON = (_place("Oakton", "USA", "Alpha", 35.00, -88.00, 9_000),
          _place("Oakton", "USA", "Beta", 33.00, -95.00, 25_000))
MILL = (_place("Mill County", "USA", "Alpha", 35.20, -88.10, 30_000, "admin2"),
        _place("Mill County", "USA", "Gamma", 40.00, -80.00, 60_000, "admin2"),
        _place("Mill County", "USA", "Delta", 44.00, -70.00, 40_000, "admin2"))
# "Bigtown" is a metropolis in Beta; its hamlet namesake lies beside Alpha's Oakton.
BIGTOWN = (_place("Bigtown", "USA", "Beta", 29.00, -95.00, 2_000_000),
           _place("Bigtown", "USA", "Alpha", 35.05, -88.05, 900))
TABLE = {"oakton": OAKTON, "mill county": MILL, "bigtown": BIGTOWN}


def _first(**chosen):
    """First-pass readings by folded name."""
    return dict(chosen)


def test_place_close_counts_a_reading_within_reach():
    names = {"oakton": "Oakton", "mill county": "Mill County"}
    cells = name_cells(names, FakeGazetteer(TABLE), _first(oakton=OAKTON[1], **{"mill county": MILL[1]}))
    assert close_names(OAKTON[0], "oakton", cells) == 1  # Mill County, Alpha is 24 km away
    assert close_names(OAKTON[1], "oakton", cells) == 0


def test_place_close_ignores_implausible_small_namesakes():
    # Bigtown is read as the metropolis: its hamlet in Alpha lends Oakton nothing
    names = {"oakton": "Oakton", "bigtown": "Bigtown"}
    cells = name_cells(names, FakeGazetteer(TABLE), _first(oakton=OAKTON[1], bigtown=BIGTOWN[0]))
    assert close_names(OAKTON[0], "oakton", cells) == 0


def test_place_close_ignores_names_first_read_as_regions_or_elsewhere():
    state = _place("Alpha", "USA", "Alpha", 35.0, -88.0, 0, "admin1")
    names = {"oakton": "Oakton", "mill county": "Mill County"}
    assert name_cells(names, FakeGazetteer(TABLE), _first(**{"mill county": state})) == {}
    abroad = _place("Mill County", "GBR", "X", 51.0, 0.0, 1_000, "admin2")
    cells = name_cells(names, FakeGazetteer(TABLE), _first(**{"mill county": abroad}))
    assert close_names(OAKTON[0], "oakton", cells) == 0


def test_place_close_alternate_name_matches_take_no_part():
    names = {"oakton": "Oakton", "mill county": "Mill County"}
    cells = name_cells(names, FakeGazetteer(TABLE), _first(**{"mill county": MILL[1]}))
    alternate = _place("Oakton", "USA", "Alpha", 35.0, -88.0, exact=False)
    assert close_names(alternate, "oakton", cells) == 0


@pytest.mark.parametrize("others, expected_admin1", [
    ({"mill county": "Mill County"}, "Alpha"),  # the town beside its county
    ({}, "Beta"),  # alone, the bigger namesake
])
def test_place_close_choose_prefers_the_town_beside_its_county(others, expected_admin1):
    names = {"oakton": "Oakton", **others}
    gaz = FakeGazetteer(TABLE)
    first = {"oakton": OAKTON[1], **({"mill county": MILL[1]} if others else {})}
    context = {"countries": Counter(), "city_regions": set(), "key": "oakton",
               "cells": name_cells(names, gaz, first)}
    assert choose(OAKTON, Evidence(), context).candidate.admin1 == expected_admin1
