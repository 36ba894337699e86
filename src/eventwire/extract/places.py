"""Places: toponyms in the article resolved against a gazetteer, one Place per place.

:func:`extract_places` finds toponyms (:mod:`.place_spans`), resolves each distinct name
(:mod:`.place_resolve`) first alone, then again in the context of the other names' readings
(countries and regions they lie in, readings close by), pass after pass until no reading
changes (iterated conditional modes: a greedy search for the jointly most coherent reading of
the article, the "spatial minimality" idea of Leidner's geoparser survey), merges mentions
that denote the same place (``"U.S."`` and ``"United States"``) and numbers the places ``p1``,
``p2`` ... in order of first mention.

A name spaCy tags GPE/LOC/FAC that the gazetteer does not know is kept with its mentions but
``geonameid``/``country``/coordinates left null and a low confidence: readers still see that a
place was named, and nothing is guessed. A name whose best readings lie in different countries
and score alike gets the best-scoring one as a low-confidence guess. Names found only by the
gazetteer rescue are dropped when unresolved or such a tie.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Optional

from ..record import Article, Mention, Place
from .gazetteer import Gazetteer, default_gazetteer
from .gazetteer_index import fold, region_display
from .place_resolve import (Resolution, article_countries, choose_ranked, dominant_country,
                            local_evidence, metropolis_namesake, ranked)
from .place_coherence import demonym_countries, drop_far_guesses, weak_names
from .place_heads import headed_readings
from .place_near import name_cells, name_points
from .place_spans import Toponym, find_toponyms

#: Most specific first: the order :func:`place_for_span` prefers.
SPECIFICITY = ("city", "admin2", "admin1", "region", "country", "continent")
#: Weight of a user's default country (:class:`PlacesStep` ``region_bias``): as much as the
#: article's own country evidence can weigh (:func:`.place_resolve.score` caps it at 3).
REGION_BIAS_WEIGHT = 3.0
#: Weight of an outlet's home country (opt-in ``outlet_profiles``): as much as two names of the
#: article in that country only; under the same cap of 3 as the article's own country evidence,
#: and below :data:`REGION_BIAS_WEIGHT` (a user's explicit choice). On LGL dev 1.0 and 2.0 score
#: alike (0.874 / 0.875); 2.0 lets a one-place local story keep its own "Athens".
HOME_COUNTRY_WEIGHT = 2.0
#: Weight of a mention the previous pass placed in a region by choosing a city or county there.
PLACED_WEIGHT = 0.5
#: Temperature of the softmax that spreads a name's vote over the regions of its readings
#: (:func:`reading_shares`), in score units. On LGL dev 0.35 / 0.5 / 1.0 / 2.0 gave acc@161
#: 0.866 / 0.868 / 0.859 / - (three passes or more; 2.0 measured with two passes only, 0.847).
SHARE_TEMPERATURE = 0.5
#: Most passes over the article: each re-reads every name in the context of the others' last
#: readings (iterated conditional modes), stopping early when no reading changes.
MAX_PASSES = 6


def placed_regions(previous: dict, gazetteer: Gazetteer) -> tuple[dict, dict]:
    """From the previous pass's readings: region -> names of the cities placed in it, and
    region -> names of every place placed in it (its own name for a region)."""
    cities: dict[str, set] = {}
    places: dict[str, set] = {}
    for key, res in previous.items():
        cand = res.candidate
        if cand is None or not cand.admin1 or cand.feature not in ("city", "admin2", "admin1"):
            continue
        region = fold(cand.admin1)
        places.setdefault(region, set()).add(key)
        if cand.feature == "city" and region not in metropolis_namesake(gazetteer.lookup(key)):
            cities.setdefault(region, set()).add(key)
    return cities, places


def reading_shares(candidates: tuple, evidence, context: dict) -> Counter:
    """:func:`shares_of` the name's readings ranked in ``context``."""
    return shares_of(ranked(candidates, evidence, context)) if candidates else Counter()


def shares_of(ranking: list) -> Counter:
    """Folded first-level region -> probability that the name lies there, from a softmax over
    the scores of its readings (a :func:`.place_resolve.ranked` list; scores are log-scale:
    population enters as 0.5 * log10). An ambiguous county ("Boone County", eight states of
    like size) spreads its vote; a name with a container next to it ("Lebanon, Ind.") or one
    reading gives it whole."""
    if not ranking:
        return Counter()
    top = ranking[0][0]
    weights = [(math.exp((s - top) / SHARE_TEMPERATURE), c) for s, c in ranking]
    total = sum(w for w, _ in weights)
    shares: Counter = Counter()
    for w, c in weights:
        if c.admin1 and c.feature in ("city", "admin2", "admin1"):
            shares[fold(c.admin1)] += w / total
    return shares


def region_mentions(previous: dict, toponyms: list[Toponym], shares: dict) -> dict:
    """Folded first-level region -> {folded name: weighted mentions placed in it}: a name the
    previous pass placed in a region (a region named outright in full, a city or county, which
    may be wrong for a common name, at :data:`PLACED_WEIGHT`) spreads its mentions over the
    regions of its readings by ``shares`` (folded name -> :func:`shares_of` in that pass)."""
    counts = Counter(fold(t.text) for t in toponyms)
    out: dict = {}
    for key, res in previous.items():
        cand = res.candidate
        if cand is None or not cand.admin1 or cand.feature not in ("city", "admin2", "admin1"):
            continue
        weight = 1.0 if cand.feature == "admin1" else PLACED_WEIGHT
        for region, share in shares[key].items():
            out.setdefault(region, Counter())[key] += counts[key] * weight * share
    return out


def country_mentions(previous: dict, toponyms: list[Toponym]) -> dict:
    """Folded name -> Counter of ISO3 -> mentions of the *other* names the previous pass placed
    in that country (a name never votes for its own reading)."""
    counts = Counter(fold(t.text) for t in toponyms)
    total: Counter = Counter()
    for key, res in previous.items():
        if res.candidate and res.candidate.country:
            total[res.candidate.country] += counts[key]
    out = {}
    for key, res in previous.items():
        own = Counter({res.candidate.country: counts[key]}) \
            if res.candidate and res.candidate.country else Counter()
        out[key] = total - own
    return out


def resolve_names(text: str, doc, toponyms: list[Toponym], *, gazetteer: Gazetteer,
                  region_bias: Optional[str] = None, home=None) -> dict:
    """Folded name -> :class:`Resolution`, after up to :data:`MAX_PASSES` passes over the
    article's evidence, each reading a name in the context of the others' last readings
    (``region_bias``, ``home`` (an :class:`~.place_outlets.OutletProfile`): see
    :class:`PlacesStep`)."""
    names = {fold(t.text): t.text for t in toponyms}
    if not names:
        return {}
    evidence = local_evidence(text, toponyms, gazetteer)
    countries = article_countries(doc, toponyms, gazetteer)
    if region_bias:  # as if the article named the reader's country once more
        countries[region_bias] += REGION_BIAS_WEIGHT
    home_regions = frozenset(home.home_regions) if home is not None else frozenset()
    if home is not None and home.home_country:
        countries[home.home_country] += HOME_COUNTRY_WEIGHT
    context = {"countries": countries, "city_regions": set(), "home_regions": home_regions}
    readings = headed_readings(text, toponyms, {k: gazetteer.lookup(v) for k, v in names.items()},
                               gazetteer, fold)
    points = name_points(names, gazetteer)
    contexts = {k: context for k in names}
    result: dict = {}
    shares: dict = {}  # folded name -> shares_of its ranking in the last pass
    for _ in range(MAX_PASSES):
        if result:
            contexts = next_contexts(names, readings, toponyms, result, shares, countries,
                                     gazetteer, points=points, home_regions=home_regions)
        rankings = {k: ranked(readings[k], evidence[k], contexts[k]) for k in names}
        following = {k: choose_ranked(rankings[k], evidence[k]) for k in names}
        shares = {k: shares_of(rankings[k]) for k in names}
        stable = bool(result) and all(
            following[k].candidate == result[k].candidate and following[k].tie == result[k].tie
            for k in names)
        result = following
        if stable:
            break
    return drop_far_guesses(result, weak_names(toponyms, readings), evidence,
                            demonym_countries(doc, gazetteer))


def next_contexts(names: dict, readings: dict, toponyms: list[Toponym], previous: dict,
                  shares: dict, countries: Counter, gazetteer: Gazetteer, *, points: dict,
                  home_regions: frozenset) -> dict:
    """Folded name -> the context of its next pass, built from the ``previous`` pass's readings
    of the *other* names (``shares``: each name's :func:`shares_of` in that pass)."""
    # a tie is a guess: it lends the next pass no context (it would vote for itself)
    previous = {k: Resolution(None, r.confidence) if r.tie else r for k, r in previous.items()}
    cities, places = placed_regions(previous, gazetteer)
    others = country_mentions(previous, toponyms)
    cells = name_cells(names, gazetteer, {k: r.candidate for k, r in previous.items()})
    mentions = region_mentions(previous, toponyms, shares)
    countries = countries + Counter({r.candidate.country for r in previous.values()
                                     if r.candidate and r.candidate.country})
    return {
        key: {
            "countries": countries,
            # a city never lends weight to its own region's name ("Tianjin" in "Tianjin Shi")
            "city_regions": {r for r, keys in cities.items() if keys - {key}},
            "regions": Counter({r: len(keys - {key}) for r, keys in places.items()}),
            "region_mentions": Counter({r: sum(v for k, v in c.items() if k != key)
                                        for r, c in mentions.items()}),
            "dominant": dominant_country(others[key]),
            "other_countries": others[key],
            "key": key, "points": points, "cells": cells, "home_regions": home_regions,
        }
        for key in names
    }


def group_key(top: Toponym, resolution: Resolution):
    cand = resolution.candidate
    if cand is None:
        return ("name", fold(top.text))
    return ("place", cand.feature, cand.geonameid, cand.country, cand.name)


def build_place(number: int, tops: list[Toponym], resolution: Resolution) -> Place:
    cand = resolution.candidate
    mentions = tuple(Mention(start=t.start, end=t.end, text=t.text) for t in tops)
    if cand is None:
        return Place(id=f"p{number}", name=tops[0].text, mentions=mentions,
                     confidence=resolution.confidence)
    confidence = resolution.confidence
    if all(t.label == "GAZ" for t in tops):
        confidence = round(confidence * 0.9, 2)  # found by the gazetteer alone, not by spaCy
    name = region_display(cand.name) if cand.feature == "admin1" else cand.name
    return Place(
        id=f"p{number}", name=name, geonameid=cand.geonameid, country=cand.country,
        admin1=region_display(cand.admin1), lat=cand.lat, lon=cand.lon, feature=cand.feature,
        mentions=mentions, confidence=confidence,
    )


def extract_places(
    article: Article, analysis, *, gazetteer: Optional[Gazetteer] = None,
    region_bias: Optional[str] = None, home=None, toponyms: Optional[list] = None,
) -> tuple[Place, ...]:
    """The article's places, ``p1``... in order of first mention (``home``: the article's
    outlet profile, if any; ``toponyms``: :func:`.place_spans.find_toponyms` of the analysis,
    when already found)."""
    gazetteer = default_gazetteer() if gazetteer is None else gazetteer
    if toponyms is None:
        toponyms = find_toponyms(analysis.doc, gazetteer)
    resolutions = resolve_names(article.text, analysis.doc, toponyms, gazetteer=gazetteer,
                                region_bias=region_bias, home=home)
    groups: dict = {}
    for top in toponyms:
        resolution = resolutions[fold(top.text)]
        if (resolution.candidate is None or resolution.tie) and top.label == "GAZ":
            continue
        if resolution.candidate is None and top.whole is not None:
            top = top.whole  # the known part was no reading: show the name as the text gave it
        groups.setdefault(group_key(top, resolution), (resolution, []))[1].append(top)
    return tuple(
        build_place(i, tops, resolution)
        for i, (resolution, tops) in enumerate(groups.values(), start=1)
    )


def place_for_span(article: Article, start: int, end: int) -> Optional[str]:
    """Id of the most specific place mentioned inside ``[start, end)`` (city > region >
    country), the earliest mention breaking ties; None when no place is mentioned there."""
    best, best_key = None, None
    for place in article.places:
        inside = [m.start for m in place.mentions if start <= m.start and m.end <= end]
        if not inside:
            continue
        rank = SPECIFICITY.index(place.feature) if place.feature in SPECIFICITY else len(SPECIFICITY)
        key = (rank, min(inside))
        if best_key is None or key < best_key:
            best, best_key = place.id, key
    return best


class PlacesStep:
    """Pipeline step filling ``Article.places``.

    ``region_bias`` (ISO 3166 alpha-3, e.g. ``"USA"``; off by default) is the reader's default
    country, as CLIFF-CLAVIN or Mordecai users set one for a local news source: ambiguous names
    lean towards readings in that country ("Athens", "Paris" in a Tennessee paper), as if the
    article had named it once more. Explicit evidence in the text still wins. The evaluation
    harness never sets it.

    ``outlet_profiles`` (outlet -> :class:`~.place_outlets.OutletProfile`, from
    :func:`~.place_outlets.build_profiles` or a file) is an outlet's *local lexicon*: for an
    article whose outlet (:func:`~.place_outlets.outlet_key`) has a profile, readings inside the
    outlet's home region(s) count as if the article named the region once more, and the home
    country as if it named two more places there. Evidence in the text itself weighs more.

    ``learn_outlets`` (what the pipeline turns on by default): the step also *learns* profiles
    from the articles it is given together. :meth:`learn` is called once per window of articles
    (:class:`~eventwire.pipeline.Pipeline`) before any of them is resolved: a first pass reads
    every article of the window without profiles and collects its outlet votes
    (:func:`~.place_outlets.article_votes`); the votes of earlier windows and of the store
    (``prior_votes``: article id -> (outlet, regions)) are added, keyed by article id so that
    an article never votes twice; the profiles then resolve the window. The result of an article
    therefore depends on its window's articles as a set (and on earlier windows), never on
    their order. What it reads of the other articles: their ``source`` (the outlet) and the
    spaCy scan of their ``text`` (see ``requires``). A profile given in ``outlet_profiles``
    wins over a learned one for its outlet. Without profiles and without learning the output
    of one article depends on that article alone.
    """

    name = "eventwire.places.v10"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, *, gazetteer: Optional[Gazetteer] = None,
                 min_population: Optional[int] = None,
                 region_bias: Optional[str] = None,
                 outlet_profiles: Optional[dict] = None,
                 learn_outlets: bool = False,
                 prior_votes: Optional[dict] = None) -> None:
        if gazetteer is None and min_population is not None:
            gazetteer = default_gazetteer(min_population)
        self.gazetteer = gazetteer
        self.region_bias = region_bias.upper() if region_bias else None
        self.given_profiles = dict(outlet_profiles or {})
        self.outlet_profiles = dict(self.given_profiles)
        self.learn_outlets = learn_outlets
        #: article id -> (outlet, frozenset of regions): every vote learned so far
        self.votes: dict = dict(prior_votes or {})
        if learn_outlets:
            self.requires = ("source", "text")  # of every article of the window, in learn()
            self._relearn()

    def _relearn(self) -> None:
        from .place_outlets import profiles_from_votes

        learned = profiles_from_votes(self.votes[k] for k in sorted(self.votes))
        self.outlet_profiles = {**learned, **self.given_profiles}

    def learn(self, pairs: list) -> None:
        """First pass over a window of ``(article, analysis)`` pairs: read each without
        profiles (kept in ``analysis.memo`` for outlets that stay without a profile), add their
        outlet votes to :attr:`votes` and rebuild the profiles. A no-op unless
        ``learn_outlets``."""
        if not self.learn_outlets:
            return
        from .place_outlets import article_votes

        gazetteer = default_gazetteer() if self.gazetteer is None else self.gazetteer
        for article, analysis in pairs:
            try:
                toponyms = find_toponyms(analysis.doc, gazetteer)
                places = extract_places(article, analysis, gazetteer=gazetteer,
                                        region_bias=self.region_bias, toponyms=toponyms)
            except Exception:  # the article fails again, alone, when it is resolved
                continue
            analysis.memo[self.name] = (article.text, toponyms, places)
            vote = article_votes(article.model_copy(update={"places": places}), gazetteer)
            if vote:
                self.votes[article.id] = vote
        self._relearn()

    def __call__(self, article: Article, analysis) -> Article:
        from .place_outlets import outlet_key

        home = self.outlet_profiles.get(outlet_key(article.source)) \
            if self.outlet_profiles else None
        memo = getattr(analysis, "memo", {}).get(self.name)
        if memo is not None and memo[0] != article.text:
            memo = None
        if memo is not None and home is None:
            places = memo[2]  # the first pass read it exactly so
        else:
            places = extract_places(article, analysis, gazetteer=self.gazetteer,
                                    region_bias=self.region_bias, home=home,
                                    toponyms=memo[1] if memo else None)
        return article.model_copy(update={"places": places})
