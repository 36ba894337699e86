"""PlacesStep's optional region bias (off by default, never used by the evaluation)."""

from __future__ import annotations

from eventwire.extract.places import PlacesStep

TEXT = "Crews repaired a broken water main in Athens on Tuesday, the city said."


def _athens(step, analyse, make_article):
    article = step(make_article(TEXT), analyse(TEXT))
    (place,) = [p for p in article.places if p.mentions[0].text == "Athens"]
    return place


def test_place_bias_off_by_default_keeps_the_best_known_namesake(analyse, make_article):
    assert PlacesStep().region_bias is None
    assert _athens(PlacesStep(), analyse, make_article).country == "GRC"


def test_place_bias_leans_ambiguous_names_towards_the_readers_country(analyse, make_article):
    place = _athens(PlacesStep(region_bias="usa"), analyse, make_article)
    assert place.country == "USA" and place.feature == "city"


def test_place_bias_never_overrides_the_text(analyse, make_article):
    text = "Ministers met in Athens, Greece, on Tuesday."
    article = PlacesStep(region_bias="USA")(make_article(text), analyse(text))
    (place,) = [p for p in article.places if p.mentions[0].text == "Athens"]
    assert place.country == "GRC"
