"""An outlet's local lexicon: profiles from processed articles, and the opt-in bonus."""

from __future__ import annotations

from eventwire.extract.place_outlets import (MIN_ARTICLES, OutletProfile, build_profiles,
                                             outlet_key)
from eventwire.extract.places import PlacesStep
from eventwire.record import Article, Source, article_id

OHIO_STORIES = (
    "Ohio lawmakers passed a two-year budget late on Thursday.",
    "Farmers across Ohio expect a late harvest this year.",
    "Schools in Ohio closed for snow on Friday, officials said.",
)
LOCAL = "Voters in Marietta approved a school levy on Tuesday, the city said."


def _article(text: str, outlet: str | None = "valleytimes.example") -> Article:
    return Article(id=article_id(text), text=text,
                   source=Source(uri="t.txt", format="txt", outlet=outlet))


def _processed(analyse, texts, outlet="valleytimes.example"):
    step = PlacesStep()
    return [step(_article(t, outlet), analyse(t)) for t in texts]


def _place(article: Article, name: str):
    (place,) = [p for p in article.places if p.mentions[0].text == name]
    return place


def test_outlet_key_prefers_the_outlet_then_the_url_host():
    assert outlet_key(Source(uri="a.txt", format="txt", outlet="Valley Times")) == "valley times"
    assert outlet_key(Source(uri="a.html", format="html",
                             url="https://www.valleytimes.example/news/1")) == "valleytimes.example"
    assert outlet_key(Source(uri="a.txt", format="txt")) is None


def test_profiles_find_the_home_region_from_unambiguous_places(analyse):
    profiles = build_profiles(_processed(analyse, OHIO_STORIES))
    profile = profiles["valleytimes.example"]
    assert profile.home_regions[0] == ("USA", "ohio")
    assert profile.home_country == "USA"
    assert profile.articles == 3


def test_profiles_need_enough_articles(analyse):
    few = _processed(analyse, OHIO_STORIES[:MIN_ARTICLES - 1])
    assert build_profiles(few) == {}


def test_ambiguous_names_never_vote(analyse):
    texts = ["Springfield police closed Main Street.", "Springfield schools open late.",
             "A Springfield bakery won a prize."]
    assert build_profiles(_processed(analyse, texts)) == {}


def test_home_region_picks_among_namesakes_only_for_its_outlet(analyse):
    profiles = build_profiles(_processed(analyse, OHIO_STORIES))
    step = PlacesStep(outlet_profiles=profiles)
    default = _place(PlacesStep()(_article(LOCAL), analyse(LOCAL)), "Marietta")
    local = _place(step(_article(LOCAL), analyse(LOCAL)), "Marietta")
    other = _place(step(_article(LOCAL, "elsewhere.example"), analyse(LOCAL)), "Marietta")
    assert default.admin1 != "Ohio"
    assert local.admin1 == "Ohio" and local.country == "USA"
    assert other.admin1 == default.admin1


def test_home_region_never_overrides_the_text(analyse):
    profiles = {"valleytimes.example": OutletProfile(
        "valleytimes.example", 5, 9, home_regions=(("USA", "ohio"),), home_country="USA")}
    text = "Voters in Marietta, Georgia, approved a school levy on Tuesday."
    place = _place(PlacesStep(outlet_profiles=profiles)(_article(text), analyse(text)), "Marietta")
    assert place.admin1 == "Georgia"


def test_home_country_keeps_a_local_athens(analyse):
    profiles = {"valleytimes.example": OutletProfile(
        "valleytimes.example", 5, 9, home_regions=(("USA", "ohio"),), home_country="USA")}
    text = "Crews repaired a broken water main in Athens on Tuesday, the city said."
    assert _place(PlacesStep()(_article(text), analyse(text)), "Athens").country == "GRC"
    place = _place(PlacesStep(outlet_profiles=profiles)(_article(text), analyse(text)), "Athens")
    assert (place.country, place.admin1) == ("USA", "Ohio")


def test_step_is_off_by_default_and_versioned():
    step = PlacesStep()
    assert step.outlet_profiles == {} and step.name == "eventwire.places.v10"
