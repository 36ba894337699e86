"""Ties between namesakes (:func:`eventwire.extract.place_resolve.choose`): a tie is a
low-confidence best guess, not a dropped place; a clear winner is no tie."""

from __future__ import annotations

from eventwire.extract.gazetteer import Candidate
from eventwire.extract.place_resolve import TIE_CONFIDENCE, Evidence, choose


def _city(name, country, population, lat=0.0, lon=0.0):
    return Candidate(geonameid=None, name=name, country=country, admin1=None, lat=lat, lon=lon,
                     population=population, feature="city")


def test_tie_between_countries_is_a_low_confidence_best_guess():
    # two invented namesakes of equal standing in different countries, no evidence either way
    cands = (_city("Eastwick", "GBR", 20_000), _city("Eastwick", "CAN", 21_000))
    res = choose(cands, Evidence(), {"countries": {}, "city_regions": set()})
    assert res.tie and res.confidence == TIE_CONFIDENCE
    assert res.candidate is not None and res.candidate.country == "CAN"  # the better score


def test_clear_winner_is_not_a_tie():
    cands = (_city("Eastwick", "GBR", 2_000_000), _city("Eastwick", "CAN", 900))
    res = choose(cands, Evidence(), {"countries": {}, "city_regions": set()})
    assert not res.tie and res.candidate.country == "GBR" and res.confidence > TIE_CONFIDENCE


def test_tied_spacy_place_is_kept_with_a_guess(analyse, make_article):
    from eventwire.extract.places import PlacesStep

    text = "Officials in Richmond said the bridge would reopen next week."
    article = PlacesStep()(make_article(text), analyse(text))
    place = next(p for p in article.places if p.name.startswith("Richmond"))
    assert place.lat is not None and place.geonameid is not None
