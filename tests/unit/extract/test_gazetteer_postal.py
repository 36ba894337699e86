"""US postal place names (the zipcodes package) in the gazetteer: weak readings for villages and
unincorporated places GeoNames' cities of 500+ leave out, never duplicates of a known city."""

from __future__ import annotations

from eventwire.extract.gazetteer import default_gazetteer
from eventwire.extract.gazetteer_index import Index, add_postal_places, postal_places


def test_postal_places_come_from_the_bundled_zip_data():
    places = postal_places()
    assert ("VA", "Henrico") in places  # the county seat area, written without "County"
    lat, lon = places[("VA", "Henrico")][0]
    assert 36 < lat < 39 and -79 < lon < -76


def test_a_postal_place_is_a_weak_city_reading_in_its_state():
    readings = [c for c in default_gazetteer().lookup("Henrico")
                if c.country == "USA" and c.admin1 == "Virginia"]
    assert readings and all(not c.exact and c.population == 0 and c.feature == "city"
                            for c in readings)


def test_a_city_the_gazetteer_has_is_not_added_again():
    columbus_ohio = [c for c in default_gazetteer().lookup("Columbus")
                     if c.country == "USA" and c.admin1 == "Ohio"]
    assert len(columbus_ohio) == 1 and columbus_ohio[0].exact


def test_only_states_the_index_knows_are_added(monkeypatch):
    import eventwire.extract.gazetteer_index as gi

    monkeypatch.setattr(gi, "postal_places", lambda: {("OH", "Smallvale"): [(40.0, -82.0)],
                                                       ("ZZ", "Nowhere"): [(1.0, 1.0)]})
    index = Index()
    assert add_postal_places(index, {"US.OH": "Ohio"}) == 1
    [row] = index.rows
    assert row[1:4] == ("Smallvale", "USA", "Ohio") and index.keys["smallvale"] == [~0]
