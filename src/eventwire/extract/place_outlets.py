"""An outlet's *local lexicon*: the home region(s) of a news source, learned from its articles.

Lieberman, Samet & Sankaranarayanan (ICDE 2010, "Geotagging with local lexicons to build indexes
for textually-specified spatial data") showed that a local paper's audience location, inferred
from the paper's own collection of articles, resolves the names its stories never qualify: a
"Columbus" or a "Boone County" in a paper whose readers live in one state. This module builds
that location from articles *already processed* by :class:`~.places.PlacesStep`:

* the outlet of an article is ``Source.outlet`` or, failing that, the host of ``Source.url``
  (``www.`` dropped): :func:`outlet_key`;
* only **confident, unambiguous** places count as evidence: a city, county or first-level
  region resolved with confidence >= :data:`MIN_CONFIDENCE` whose every exact gazetteer reading
  of every mention lies in one first-level region (so "Springfield" never votes, "Muncie" or
  "Wayne County, Indiana"'s state does);
* each article votes once per region (a long story about one trip does not outweigh the
  outlet's other stories); a region is a *home region* when it recurs (named in at least
  :data:`MIN_REGION_ARTICLES` articles) and at least :data:`HOME_SHARE` of the outlet's voting
  articles name it, at most :data:`MAX_HOME` of them; the home country is the country of the
  home regions when they share one;
* an outlet needs at least :data:`MIN_ARTICLES` articles with at least one vote and
  :data:`MIN_PLACES` votes in all, or it gets no profile (a single article is not a lexicon).

The profile is then given to ``PlacesStep(outlet_profiles=...)``, which lends the home regions a
bounded weight through the resolver's existing context (see :mod:`.places`): as much as one more
mention of the state in the article, never as much as evidence next to the name. The pipeline
learns profiles by default, window by window (``PlacesStep(learn_outlets=True)``, see
``docs/outlet-learning.md``); ``--no-learn-outlets`` reads each article alone.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import urlparse

from .gazetteer import Gazetteer, default_gazetteer
from .gazetteer_index import fold, region_display

#: A place's confidence (as :func:`.place_resolve.choose` gives it) to count as evidence.
MIN_CONFIDENCE = 0.6
#: Features whose first-level region a place reveals.
EVIDENCE_FEATURES = ("city", "admin2", "admin1")
MIN_ARTICLES = 2
MIN_PLACES = 2
#: Share of an outlet's voting articles that must name a region for it to be a home region.
HOME_SHARE = 0.3
#: A home region recurs: it is named in at least this many of the outlet's articles.
MIN_REGION_ARTICLES = 2
MAX_HOME = 2


@dataclass(frozen=True)
class OutletProfile:
    """One outlet's evidence and the home region(s) derived from it."""

    outlet: str
    articles: int  # articles with at least one vote
    places: int  # votes in all
    regions: dict = field(default_factory=dict)  # (ISO3, folded admin1) -> voting articles
    home_regions: tuple = ()  # ((ISO3, folded admin1), ...) most voted first
    home_country: Optional[str] = None

    def to_dict(self) -> dict:
        return {"outlet": self.outlet, "articles": self.articles, "places": self.places,
                "home_regions": [list(r) for r in self.home_regions],
                "home_country": self.home_country}

    @classmethod
    def from_dict(cls, data: dict) -> "OutletProfile":
        """The inverse of :meth:`to_dict` (the per-region vote counts are not kept in files)."""
        return cls(outlet=data["outlet"], articles=int(data["articles"]), places=int(data["places"]),
                   home_regions=tuple(tuple(r) for r in data["home_regions"]),
                   home_country=data.get("home_country"))


def outlet_key(source) -> Optional[str]:
    """The outlet an article comes from: ``Source.outlet``, else the host of its URL."""
    if source is None:
        return None
    if getattr(source, "outlet", None):
        return source.outlet.strip().lower()
    for value in (getattr(source, "url", None), getattr(source, "uri", None)):
        if value and "://" in value:
            host = urlparse(value).hostname or ""
            return host[4:] if host.startswith("www.") else host or None
    return None


def unambiguous_region(place, text: str, gazetteer: Gazetteer) -> Optional[tuple]:
    """(ISO3, folded admin1) of a confidently resolved place whose name can lie in that region
    only, else None."""
    if place.feature not in EVIDENCE_FEATURES or not place.country or not place.admin1 \
            or (place.confidence or 0.0) < MIN_CONFIDENCE:
        return None
    region = (place.country, fold(place.admin1))
    for mention in place.mentions:
        readings = {(c.country, fold(region_display(c.admin1) or ""))
                    for c in gazetteer.lookup(text[mention.start:mention.end] or mention.text)
                    if c.exact and c.feature in EVIDENCE_FEATURES}
        if readings != {region}:
            return None
    return region


def article_regions(article, gazetteer: Gazetteer) -> set:
    """The regions one processed article votes for."""
    found = (unambiguous_region(p, article.text, gazetteer) for p in article.places)
    return {r for r in found if r}


def article_votes(article, gazetteer: Gazetteer) -> Optional[tuple]:
    """(outlet, frozenset of regions) one processed article votes for, or None (no outlet, or
    no confident unambiguous place)."""
    key = outlet_key(article.source)
    regions = article_regions(article, gazetteer) if key else set()
    return (key, frozenset(regions)) if regions else None


def build_profiles(articles: Iterable, *, gazetteer: Optional[Gazetteer] = None,
                   min_articles: int = MIN_ARTICLES, min_places: int = MIN_PLACES,
                   home_share: float = HOME_SHARE) -> dict:
    """Outlet -> :class:`OutletProfile` from articles already run through the places step;
    outlets short of evidence or without a clear home region are left out."""
    gazetteer = default_gazetteer() if gazetteer is None else gazetteer
    found = (article_votes(article, gazetteer) for article in articles)
    return profiles_from_votes((v for v in found if v), min_articles=min_articles,
                               min_places=min_places, home_share=home_share)


def profiles_from_votes(votes_of_articles: Iterable, *, min_articles: int = MIN_ARTICLES,
                        min_places: int = MIN_PLACES, home_share: float = HOME_SHARE) -> dict:
    """Outlet -> :class:`OutletProfile` from one ``(outlet, regions)`` pair per voting article
    (:func:`article_votes`); the order of the pairs does not matter."""
    votes: dict[str, Counter] = {}
    voting: Counter = Counter()
    for key, regions in votes_of_articles:
        if key and regions:
            votes.setdefault(key, Counter()).update(regions)
            voting[key] += 1
    profiles = {}
    for key, counts in votes.items():
        total = sum(counts.values())
        if voting[key] < min_articles or total < min_places:
            continue
        # ties in the vote count are broken by the region's name, not by the order of input
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:MAX_HOME]
        home = tuple(r for r, n in ordered
                     if n >= home_share * voting[key] and n >= MIN_REGION_ARTICLES)
        if not home:
            continue
        countries = {country for country, _ in home}
        profiles[key] = OutletProfile(
            outlet=key, articles=voting[key], places=total, regions=dict(counts),
            home_regions=home, home_country=countries.pop() if len(countries) == 1 else None)
    return profiles


#: Version of the profile file format written by :func:`save_profiles`.
PROFILES_FORMAT = "eventwire.outlet-profiles.v1"


def save_profiles(profiles: dict, path: str | Path) -> None:
    """Write profiles as one JSON document (what ``eventwire outlets`` writes)."""
    doc = {"format": PROFILES_FORMAT, "profiles": [p.to_dict() for p in profiles.values()]}
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_profiles(path: str | Path) -> dict:
    """Outlet -> :class:`OutletProfile` from a file :func:`save_profiles` wrote; a file of another
    format is refused with a ValueError that names it."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != PROFILES_FORMAT:
        raise ValueError(f"{path}: not an outlet-profiles file ({PROFILES_FORMAT})")
    profiles = (OutletProfile.from_dict(item) for item in doc["profiles"])
    return {p.outlet: p for p in profiles}
