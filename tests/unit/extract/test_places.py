"""Places: toponym finding, disambiguation, merging, offsets and place_for_span."""

from __future__ import annotations

import math

import pytest

from eventwire.extract.places import PlacesStep, extract_places, place_for_span
from eventwire.record import offset_errors


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture
def places_of(analyse, make_article):
    """``places_of(text) -> Article`` with places filled and offsets checked."""

    def run(text: str):
        article = make_article(text)
        article = PlacesStep()(article, analyse(text))
        assert offset_errors(article) == []
        return article

    return run


def find(article, mention: str):
    for place in article.places:
        if any(m.text == mention for m in place.mentions):
            return place
    return None


# text, mention, ISO3, feature, lat, lon, tolerance km, geonameid (None: not checked)
RESOLUTIONS = [
    ("Police in Paris arrested three men on Tuesday.", "Paris", "FRA", "city", 48.85, 2.35, 50, 2988507),
    ("A tornado tore through Paris, Texas, on Sunday night.", "Paris", "USA", "city", 33.66, -95.56, 50, None),
    ("Protesters gathered in Tripoli, the Libyan capital, on Friday.", "Tripoli", "LBY", "city", 32.89, 13.19, 50, None),
    ("Clashes broke out in Tripoli in northern Lebanon overnight.", "Tripoli", "LBN", "city", 34.44, 35.85, 50, None),
    ("Georgia's president met European envoys in Tbilisi.", "Georgia", "GEO", "country", 42.2, 43.5, 150, 614540),
    ("Georgia's president met European envoys in Tbilisi.", "Tbilisi", "GEO", "city", 41.69, 44.83, 50, None),
    ("The governor of Georgia held a news conference in Atlanta.", "Georgia", "USA", "admin1", 32.65, -83.44, 150, None),
    ("The governor of Georgia held a news conference in Atlanta.", "Atlanta", "USA", "city", 33.75, -84.39, 50, None),
    ("Floods in Punjab killed 40 people, Pakistani officials said on Monday.", "Punjab", "PAK", "admin1", 31.2, 72.7, 200, None),
    ("The Taliban entered Kabul on Sunday.", "Kabul", "AFG", "city", 34.53, 69.17, 50, 1138958),
    ("Wang Yi met Taliban leaders in the northern Chinese city of Tianjin.", "Tianjin", "CHN", "city", 39.14, 117.18, 50, 1792947),
    ("A highway will link Afghanistan and the city of Peshawar in northwest Pakistan.", "Peshawar", "PAK", "city", 34.01, 71.58, 50, None),
    ("A highway will link Afghanistan and the city of Peshawar in northwest Pakistan.", "Pakistan", "PAK", "country", 30.0, 70.0, 300, 1168579),
    ("Shelling hit Donetsk and Kharkiv overnight, Ukrainian officials said.", "Donetsk", "UKR", "city", 48.02, 37.80, 50, None),
    ("Shelling hit Donetsk and Kharkiv overnight, Ukrainian officials said.", "Kharkiv", "UKR", "city", 49.98, 36.25, 50, None),
    ("Iraqi forces retook Mosul from the Islamic State in 2017.", "Mosul", "IRQ", "city", 36.34, 43.13, 50, None),
    ("Airstrikes pounded Aleppo, Syria's second city, on Wednesday.", "Aleppo", "SYR", "city", 36.20, 37.16, 50, None),
    ("Thousands marched in Khartoum against military rule.", "Khartoum", "SDN", "city", 15.55, 32.53, 50, None),
    ("Israeli jets struck targets in Gaza on Monday.", "Gaza", "PSE", "city", 31.50, 34.47, 50, None),
    ("Officials in Texas declared a state of emergency.", "Texas", "USA", "admin1", 31.3, -99.3, 200, 4736286),
    ("U.S. troops left the base before dawn.", "U.S.", "USA", "country", 39.8, -98.6, 400, 6252001),
    ("The minister flew to Beijing for talks with his counterpart.", "Beijing", "CHN", "city", 39.91, 116.40, 50, None),
    ("Heavy rain fell across Xinjiang this week, state media said.", "Xinjiang", "CHN", "admin1", 41.5, 85.5, 250, None),
    ("Voters in Lahore went to the polls on Thursday.", "Lahore", "PAK", "city", 31.55, 74.34, 50, None),
    ("Protests spread from Cairo to Alexandria, Egyptian media reported.", "Alexandria", "EGY", "city", 31.20, 29.92, 50, None),
    ("The senator toured Alexandria, Virginia, on Monday.", "Alexandria", "USA", "city", 38.80, -77.05, 50, None),
    ("Moscow said the sanctions would fail.", "Moscow", "RUS", "city", 55.75, 37.62, 50, 524901),
    ("Delegates arrived in Nairobi for the climate summit.", "Nairobi", "KEN", "city", -1.28, 36.82, 50, None),
    ("Victoria Nuland visited Kyiv and Warsaw last week.", "Kyiv", "UKR", "city", 50.45, 30.52, 50, None),
    ("Rescue teams reached Kathmandu after the earthquake.", "Kathmandu", "NPL", "city", 27.70, 85.32, 50, None),
]


@pytest.mark.parametrize("text,mention,iso3,feature,lat,lon,tolerance,geonameid", RESOLUTIONS)
def test_places_resolves_toponym(places_of, text, mention, iso3, feature, lat, lon, tolerance, geonameid):
    place = find(places_of(text), mention)
    assert place is not None, f"{mention!r} not found"
    assert (place.country, place.feature) == (iso3, feature)
    assert km(place.lat, place.lon, lat, lon) <= tolerance
    if geonameid is not None:
        assert place.geonameid == geonameid


# country, its capital's position: a country resolves to its centre, far from the capital
CENTRES = [
    ("Russia", 55.75, 37.62),
    ("Canada", 45.42, -75.70),
    ("Brazil", -15.79, -47.88),
    ("Australia", -35.28, 149.13),
]


@pytest.mark.parametrize("country,capital_lat,capital_lon", CENTRES)
def test_places_country_is_centre_not_capital(places_of, country, capital_lat, capital_lon):
    place = find(places_of(f"Officials said {country} would respond within days."), country)
    assert place.feature == "country"
    assert km(place.lat, place.lon, capital_lat, capital_lon) > 161


NOT_PLACES = [
    ("Chinese diplomats met Taliban envoys on Wednesday.", "Chinese"),
    ("The Taliban have rapidly expanded their presence.", "Taliban"),
    ("The story was first reported by the Daily Mail.", "Daily Mail"),
    ("Al Jazeera aired the interview on Friday.", "Al Jazeera"),
    ("Afghan security forces lost control of the district.", "Afghan"),
]


@pytest.mark.parametrize("text,word", NOT_PLACES)
def test_places_ignores_demonyms_and_organisations(places_of, text, word):
    article = places_of(text)
    assert all(word not in m.text for p in article.places for m in p.mentions)


def test_places_merges_repeated_mentions_in_order(places_of):
    article = places_of(
        "Troops left Afghanistan in August. The United States said Afghanistan would "
        "need aid, and U.S. officials met in Kabul."
    )
    ids = [p.id for p in article.places]
    assert ids == [f"p{i}" for i in range(1, len(ids) + 1)]
    afghanistan = find(article, "Afghanistan")
    assert afghanistan.id == "p1" and len(afghanistan.mentions) == 2
    assert find(article, "United States") is find(article, "U.S.")


def test_places_unknown_gpe_kept_without_codes(analyse, make_article):
    from eventwire.extract.gazetteer import GeonamesGazetteer
    from eventwire.extract.gazetteer_index import Index

    text = "Fighting resumed in Kandahar on Friday."
    article = make_article(text)
    places = extract_places(article, analyse(text), gazetteer=GeonamesGazetteer(Index()))
    kept = [p for p in places if p.mentions[0].text == "Kandahar"]
    assert kept and kept[0].geonameid is None and kept[0].lat is None
    assert kept[0].confidence is not None and kept[0].confidence < 0.5


def test_places_ambiguous_name_without_context_is_not_guessed(places_of):
    article = places_of("Floods in Punjab killed 40 people.")
    assert all(p.geonameid is None for p in article.places if p.name == "Punjab")


@pytest.mark.parametrize(
    "text,sentence_mention,expected_mention",
    [
        ("Police in Paris, France arrested two men.", "Paris", "Paris"),
        ("Pakistan said a bomb exploded in Peshawar in northwest Pakistan.", "Pakistan", "Peshawar"),
    ],
)
def test_places_place_for_span_prefers_most_specific(places_of, text, sentence_mention, expected_mention):
    article = places_of(text)
    assert place_for_span(article, 0, len(text)) == find(article, expected_mention).id


def test_places_place_for_span_none_outside(places_of):
    text = "The talks ended. Troops later arrived in Kabul."
    article = places_of(text)
    assert place_for_span(article, 0, text.index(".") + 1) is None
    assert place_for_span(article, text.index("Troops"), len(text)) == find(article, "Kabul").id


def test_places_step_declares_contract():
    step = PlacesStep()
    assert step.name == "eventwire.places.v10"
    assert step.requires == () and step.assigns == ("places",)


@pytest.mark.parametrize("text,mention,feature,country,admin1", [
    ("Deputies in Orange County, California, arrested two men after a chase on Friday.",
     "Orange County", "admin2", "USA", "California"),
    ("Aid convoys waited at the border as shelling resumed in the Gaza Strip overnight.",
     "Gaza Strip", "region", "PSE", None),
    ("Ministers from across the Middle East gathered in Doha for the talks.",
     "Middle East", "region", None, None),
    ("The mayor of Albuquerque, N.M., said the shelter would open on Monday.",
     "N.M.", "admin1", "USA", "New Mexico"),
    ("Prices rose sharply in New York last month, city officials said.",
     "New York", "city", "USA", "New York"),
])
def test_places_counties_regions_and_abbreviations(places_of, text, mention, feature, country,
                                                   admin1):
    place = find(places_of(text), mention)
    assert place is not None and place.feature == feature
    assert (place.country, place.admin1) == (country, admin1)
    assert place.lat is not None


def test_places_ocean_beats_small_namesake_town(places_of):
    article = places_of("Storms over the Atlantic grounded flights in Lisbon and Dublin.")
    place = find(article, "Atlantic")
    assert place is not None and place.feature == "region" and place.country is None


def test_places_county_follows_the_articles_state(places_of):
    text = ("Floods cut roads in Pikeville and Prestonsburg, Kentucky, and officials in "
            "Pike County opened two shelters.")
    place = find(places_of(text), "Pike County")
    assert place is not None and place.admin1 == "Kentucky"


@pytest.mark.parametrize("text,mention", [
    ("COLUMBUS, Ohio — City council members voted on Tuesday to expand bus service.",
     "COLUMBUS"),
    ("BEIRUT (AP) -- Gunmen fired on a convoy near the airport road on Sunday.", "BEIRUT"),
])
def test_places_dateline_city_is_a_place(places_of, text, mention):
    place = find(places_of(text), mention)
    assert place is not None and place.feature == "city" and place.lat is not None


def test_places_place_leading_an_organisation_is_a_place(places_of):
    text = ("Two men were arrested in Gainesville, Georgia, on Friday. The Gainesville Police "
            "Department said both were charged.")
    place = find(places_of(text), "Gainesville")
    assert place is not None and len(place.mentions) == 2
    assert all(m.text == "Gainesville" for m in place.mentions)


def test_places_organisation_head_word_alone_is_not_a_place(places_of):
    article = places_of("The Metro Squad handled the investigation, officials said.")
    assert find(article, "Metro") is None


def test_places_city_follows_the_state_named_in_the_article(places_of):
    text = ("Tornadoes hit Georgia and Alabama overnight. In Gainesville, crews cleared "
            "trees, and Georgia officials said more storms were coming to Atlanta.")
    place = find(places_of(text), "Gainesville")
    assert place is not None and place.admin1 == "Georgia"


@pytest.mark.parametrize("text,mention,admin1", [
    ("Officials in South Carolina's capital said schools would reopen.", "South Carolina",
     "South Carolina"),
    ("Heavy snow closed roads across Northern Kentucky on Monday.", "Kentucky", "Kentucky"),
])
def test_places_possessive_and_compass_word_are_trimmed(places_of, text, mention, admin1):
    place = find(places_of(text), mention)
    assert place is not None and place.admin1 == admin1


def test_places_region_names_shown_in_english(places_of):
    place = find(places_of("Clashes broke out in Dagestan on Tuesday, police said."), "Dagestan")
    assert place is not None and place.feature == "admin1" and place.name == "Dagestan"


# --- dominant country of the article's other places (place_resolve.dominant_*) ---

from collections import Counter  # noqa: E402

from eventwire.extract.gazetteer import Candidate  # noqa: E402
from eventwire.extract.place_resolve import choose, dominant_country, Evidence  # noqa: E402


def _cand(name, country, feature, population=0, capital=False, admin1=None):
    return Candidate(geonameid=None, name=name, country=country, admin1=admin1, lat=0.0, lon=0.0,
                     population=population, feature=feature, capital=capital)


@pytest.mark.parametrize("mentions, expected", [
    (Counter({"USA": 5, "GBR": 1}), "USA"),
    (Counter({"USA": 3, "GBR": 3}), None),  # no clear majority
    (Counter({"USA": 1}), None),  # one mention is too little
    (Counter(), None),
])
def test_places_dominant_country_needs_a_clear_majority(mentions, expected):
    assert dominant_country(mentions) == expected


ATHENS = (_cand("Athens", "GRC", "city", 660_000, capital=True, admin1="Attiki"),
          _cand("Athens", "USA", "city", 115_000, admin1="Georgia"))
GEORGIA = (_cand("Georgia", "GEO", "country"), _cand("Georgia", "USA", "admin1"))
MEXICO = (_cand("Mexico", "MEX", "country"), _cand("Mexico", "USA", "city", 11_000, admin1="Missouri"))


@pytest.mark.parametrize("candidates, others, expected", [
    (ATHENS, Counter({"USA": 6}), "USA"),  # US-local article: the local town
    (ATHENS, Counter({"USA": 6, "GRC": 1}), "GRC"),  # a capital named with its country stays
    (GEORGIA, Counter({"USA": 6}), "USA"),  # the state may beat the country
    (MEXICO, Counter({"USA": 6}), "MEX"),  # a small town never beats a country
])
def test_places_dominant_country_prefers_local_namesakes(candidates, others, expected):
    # article country weights as resolve_names builds them: each other country named counts
    context = {"countries": Counter({c: min(n, 2) for c, n in others.items()}),
               "city_regions": set(), "other_countries": others,
               "dominant": dominant_country(others)}
    assert choose(candidates, Evidence(), context).candidate.country == expected
