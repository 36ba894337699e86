"""The gazetteer: folding, lookups, countries at their centre, demonyms, the pickle cache."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import Gazetteer, GeonamesGazetteer, default_gazetteer
from eventwire.extract.gazetteer_index import fold, load_index, usable_alternate


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


@pytest.mark.parametrize(
    "raw,folded",
    [
        ("São Paulo", "sao paulo"),
        ("the U.S.", "us"),
        ("Khyber-Pakhtunkhwa", "khyber pakhtunkhwa"),
        ("Łódź", "lodz"),
        ("  Kabul  ", "kabul"),
        ("Côte d'Ivoire", "cote divoire"),
    ],
)
def test_gazetteer_fold_normalises_names(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize(
    "name,usable",
    [("Peking", True), ("Pékin", True), ("北京", False), ("PEK", False), ("askalds", False)],
)
def test_gazetteer_usable_alternate_keeps_latin_names(name, usable):
    assert usable_alternate(name) is usable


@pytest.mark.parametrize(
    "name,iso3,feature",
    [
        ("Kabul", "AFG", "city"),
        ("Punjab", "PAK", "admin1"),
        ("Punjab", "IND", "admin1"),
        ("Texas", "USA", "admin1"),
        ("Xinjiang", "CHN", "admin1"),
        ("Donetsk", "UKR", "admin1"),
        ("Gaza", "PSE", "city"),
        ("Georgia", "GEO", "country"),
        ("Georgia", "USA", "admin1"),
        ("United States", "USA", "country"),
        ("U.S.", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("Asia", None, "continent"),
    ],
)
def test_gazetteer_lookup_finds_candidate(gazetteer, name, iso3, feature):
    assert (iso3, feature) in {(c.country, c.feature) for c in gazetteer.lookup(name)}


def test_gazetteer_lookup_unknown_is_empty(gazetteer):
    assert gazetteer.lookup("Qwertyuiopville") == ()


@pytest.mark.parametrize("word,iso3", [("Chinese", "CHN"), ("Afghan", "AFG"),
                                       ("Americans", "USA"), ("French", "FRA")])
def test_gazetteer_demonym_names_country(gazetteer, word, iso3):
    assert gazetteer.demonym(word) == iso3


@pytest.mark.parametrize("iso3", ["RUS", "CAN", "USA", "BRA", "CHN", "XKX"])
def test_gazetteer_country_has_centre(gazetteer, iso3):
    country = gazetteer.country(iso3)
    assert country.feature == "country" and country.lat is not None and country.lon is not None
    assert country.geonameid is not None


def test_gazetteer_capital_flagged(gazetteer):
    assert any(c.capital and c.country == "AFG" for c in gazetteer.lookup("Kabul"))


def test_gazetteer_default_is_protocol_instance(gazetteer):
    assert isinstance(gazetteer, Gazetteer)


def test_gazetteer_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    built = load_index(15000)
    assert list(tmp_path.glob("gazetteer-15000-*.pickle"))
    cached = GeonamesGazetteer(load_index(15000))
    assert len(cached) == len(built.rows)
    assert cached.lookup("Peshawar") == GeonamesGazetteer(built).lookup("Peshawar")


def test_fold_joins_name_particles_written_apart():
    from eventwire.extract.gazetteer_index import fold

    assert fold("De Soto Parish") == fold("DeSoto Parish")
    assert fold("La Salle County") == fold("LaSalle County")
    assert fold("Lebanon") == "lebanon" and fold("La") == "la"


def test_county_found_under_the_other_spelling_of_its_particle():
    from eventwire.extract.gazetteer import default_gazetteer

    parishes = [c for c in default_gazetteer().lookup("DeSoto Parish") if c.feature == "admin2"]
    assert [(c.country, c.admin1) for c in parishes] == [("USA", "Louisiana")]


def test_small_rural_us_counties_are_known():
    # counties whose GeoNames towns of 500+ add up to under 5,000 people
    gazetteer = default_gazetteer()
    for name, state in (("Harris County", "Georgia"), ("York County", "Virginia"),
                        ("Rockcastle County", "Kentucky")):
        states = {c.admin1 for c in gazetteer.lookup(name) if c.feature == "admin2"}
        assert state in states, name
