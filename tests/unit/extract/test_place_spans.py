"""place_spans: narrowing unknown mentions to the place name they open."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import Candidate
from eventwire.extract.place_spans import Toponym, narrowed


class FakeGazetteer:
    """A tiny in-memory gazetteer: folded name -> candidates."""

    def __init__(self, table):
        self.table = table

    def lookup(self, name):
        return self.table.get(name.lower(), ())

    def demonym(self, word):
        return None


def _city(name, admin1, lat, lon):
    return Candidate(geonameid=None, name=name, country="USA", admin1=admin1, lat=lat, lon=lon,
                     population=20_000, feature="city")


PREFIX_TABLE = {"titus county": (_city("Titus County", "Texas", 33.2, -94.97),),
                "paris": (_city("Paris", "Texas", 33.66, -95.56),),
                "oakton": (_city("Oakton", "Alpha", 35.0, -88.0),),
                "oakton county": (_city("Oakton County", "Alpha", 35.1, -88.1),)}


@pytest.mark.parametrize("text, expected", [
    ("Titus County Jail", "Titus County"),
    ("Paris City Hall", "Paris"),
    ("Paris Hilton", "Paris Hilton"),  # no institution word after the name: left alone
    ("Lakeside Town Hall", "Lakeside Town Hall"),  # unknown prefix: left alone
    # a division word closes the county's name rather than heading an institution
    ("Oakton County Adult Education", "Oakton County"),
    ("Oakton County Common Pleas Court", "Oakton County"),
    ("Oakton City Hall", "Oakton"),
])
def test_place_spans_narrowed_keeps_the_place_before_an_institution_word(text, expected):
    top = narrowed(Toponym(10, 10 + len(text), text, "FAC"), FakeGazetteer(PREFIX_TABLE))
    assert (top.text, top.start, top.end) == (expected, 10, 10 + len(expected))
