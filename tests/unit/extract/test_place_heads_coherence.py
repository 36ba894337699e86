"""Plural head nouns ("the Arafura and Timor seas", "the Balkan states") and weak far guesses
("Tawila" read as a Yemeni village in a story about Darfur) — sentences written for the tests."""

from __future__ import annotations

import pytest

from eventwire.annotate.nlp import analyse_one
from eventwire.extract.gazetteer import Candidate, default_gazetteer
from eventwire.extract.place_coherence import drop_far_guesses, weak_names
from eventwire.extract.place_heads import head_readings
from eventwire.extract.place_resolve import Evidence, Resolution
from eventwire.extract.place_spans import Toponym
from eventwire.extract.places import extract_places
from eventwire.record import Article, Source


def _places(text):
    article = Article(id="t", text=text, source=Source(uri="t.txt", format="txt"))
    return {m.text: p for p in extract_places(article, analyse_one(text)) for m in p.mentions}


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def test_names_heading_seas_are_seas(gaz):
    text = "Navies will patrol the Arafura and Timor seas from next month."
    start = text.index("Arafura")
    [arafura] = head_readings(text, "Arafura", start + len("Arafura"), gaz)
    assert arafura.name == "Arafura Sea"
    places = _places(text)
    assert places["Arafura"].name == "Arafura Sea" and places["Timor"].name == "Timor Sea"


def test_a_sea_the_gazetteer_lacks_is_not_a_town(gaz):
    text = "Trawlers crossed the Springfield and Timor seas."
    assert head_readings(text, "Springfield", text.index(" and"), gaz) == ()


def test_no_head_noun_leaves_the_readings_alone(gaz):
    text = "Farmers in Timor planted rice."
    assert head_readings(text, "Timor", text.index(" planted"), gaz) is None


def test_a_regional_name_before_states_is_a_group_of_countries():
    places = _places("Leaders of the Balkan states met in Sarajevo to discuss trade with Serbia.")
    assert places["Balkan"].name == "Balkans" and places["Balkan"].country is None


def test_a_country_before_states_stays_the_country():
    places = _places("Governors of several U.S. states met in Denver on Friday.")
    assert places["U.S."].country == "USA" and places["U.S."].feature == "country"


def test_the_whole_phrase_wins_over_a_sea_of_the_same_name(gaz):
    text = "The Baltic states asked for more air defence."
    [reading] = head_readings(text, "Baltic", text.index(" states"), gaz)
    assert reading.name == "Baltic states"


def _cand(name, country, lat, lon, feature="city", population=0, exact=True):
    return Candidate(geonameid=None, name=name, country=country, admin1=None, lat=lat, lon=lon,
                     population=population, feature=feature, exact=exact)


def test_weak_names_are_alternate_name_matches_or_narrowed_parts():
    readings = {"tawila": (_cand("At Tawilah", "YEM", 15.5, 43.7, exact=False),),
                "chad": (_cand("Chad", "TCD", 15.0, 19.0, feature="country"),), "abu": ()}
    tops = [Toponym(0, 3, "Abu", "GPE", narrowed=True), Toponym(5, 9, "Chad", "GPE")]
    assert weak_names(tops, readings) == {"tawila", "abu"}


def test_a_weak_small_reading_far_from_the_article_places_is_unresolved():
    far = _cand("At Tawilah", "YEM", 15.5, 43.7, exact=False)
    result = {"tawila": Resolution(far, 0.6),
              "el fasher": Resolution(_cand("El Fasher", "SDN", 13.6, 25.35), 0.9),
              "chad": Resolution(_cand("Chad", "TCD", 15.0, 19.0, feature="country"), 0.9)}
    evidence = {k: Evidence() for k in result}
    out = drop_far_guesses(result, {"tawila"}, evidence, set())
    assert out["tawila"].candidate is None and out["el fasher"] == result["el fasher"]
    # a demonym of its country, or the name alone in the article: the reading stands
    assert drop_far_guesses(result, {"tawila"}, evidence, {"YEM"})["tawila"].candidate == far
    alone = {"tawila": result["tawila"]}
    assert drop_far_guesses(alone, {"tawila"}, {"tawila": Evidence()}, set()) == alone


def test_a_weak_reading_near_the_article_places_stands():
    near = _cand("Adre", "TCD", 13.47, 22.2, exact=False)  # about 340 km west, over the border
    result = {"tawila": Resolution(near, 0.6),
              "el fasher": Resolution(_cand("El Fasher", "SDN", 13.6, 25.35), 0.9)}
    out = drop_far_guesses(result, {"tawila"}, {k: Evidence() for k in result}, set())
    assert out["tawila"].candidate == near


def test_demo_story_tawila_is_not_yemeni():
    text = ("Aid reached El Fasher in Darfur on Monday, Sudan's army said, and trucks crossed "
            "from Chad. A doctor said tens of thousands had fled to Tawila.")
    places = _places(text)
    assert places["Tawila"].country != "YEM"


def test_an_unresolved_known_part_is_shown_as_the_whole_name():
    # "Abu" is narrowed out of the camp's name; read far from Darfur it stays unresolved, and the
    # reader is shown the name the text gave ("Abu Shouk"), not the fragment that was looked up
    text = ("Shells fell on the Abu Shouk camp outside El Fasher in Darfur on Sunday, Sudan's "
            "army said. Aid trucks later crossed from Chad.")
    places = _places(text)
    assert "Abu" not in places
    assert places["Abu Shouk"].name == "Abu Shouk"
    assert places["Abu Shouk"].country is None
