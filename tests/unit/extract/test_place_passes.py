"""Soft region votes and repeated passes (:mod:`eventwire.extract.places`)."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.extract import places as places_module
from eventwire.extract.gazetteer import Candidate
from eventwire.extract.place_resolve import Evidence
from eventwire.extract.places import PlacesStep, reading_shares
from eventwire.record import offset_errors


def county(state: str, population: int) -> Candidate:
    return Candidate(1, "Boone County", "USA", state, 40.0, -90.0, population, "admin2")


CONTEXT = {"countries": Counter(), "city_regions": set()}


def test_shares_spread_over_namesakes_of_like_size():
    shares = reading_shares((county("Missouri", 140_000), county("Indiana", 50_000),
                             county("Kentucky", 80_000)), Evidence(), CONTEXT)
    assert sum(shares.values()) == pytest.approx(1.0)
    assert max(shares.values()) < 0.5  # no namesake takes the whole vote
    assert shares["missouri"] > shares["kentucky"] > shares["indiana"]


def test_container_next_to_the_name_takes_the_whole_vote():
    evidence = Evidence(countries={"USA"}, regions={"indiana"})
    shares = reading_shares((county("Missouri", 140_000), county("Indiana", 50_000)),
                            evidence, CONTEXT)
    assert shares["indiana"] > 0.99


def test_one_reading_takes_the_whole_vote():
    assert reading_shares((county("Indiana", 50_000),), Evidence(), CONTEXT) == \
        Counter({"indiana": 1.0})


@pytest.fixture
def places_of(analyse, make_article):
    def run(text: str):
        article = PlacesStep()(make_article(text), analyse(text))
        assert offset_errors(article) == []
        return {p.mentions[0].text: p for p in article.places}

    return run


TEXT = ("Boone County deputies said a barn fire near Lebanon destroyed hay. The Lebanon fire "
        "chief said the Boone County crews helped.")


def test_repeated_passes_find_the_coherent_reading(places_of):
    found = places_of(TEXT)
    # Lebanon, Indiana is the seat of Boone County, Indiana: the one reading that fits both
    assert (found["Lebanon"].country, found["Lebanon"].admin1) == ("USA", "Indiana")
    assert found["Boone County"].admin1 == "Indiana"


def test_two_passes_alone_stop_short(places_of, monkeypatch):
    monkeypatch.setattr(places_module, "MAX_PASSES", 2)
    found = places_of(TEXT)
    assert found["Lebanon"].admin1 != "Indiana"  # what the repeated passes fix
