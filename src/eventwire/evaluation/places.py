"""Toponym recognition and geocoding on GeoWebNews (``GWN.xml``) and LGL (``lgl.xml``).

Unit = one article (id ``"GWN:<index in file order>"`` / ``"LGL:<index>"``, split by
:func:`~.common.split_of`). Each text runs through the real :class:`PlacesStep`; every mention
of every predicted place is one predicted toponym, matched one-to-one to a gold toponym by
character overlap (largest overlap first).

- recognition: P/R/F1 over mentions;
- accuracy@161km over the recognised toponyms: matched gold toponyms with coordinates whose
  predicted place lies within 161 km (100 miles) *or* is the same GeoNames id (a country is
  right even where our centre point and GeoNames' differ by more than 161 km, as for the USA);
  an unresolved prediction counts as a miss;
- end to end: the same hits over *all* gold toponyms with coordinates;
- mean / median error in km over the matched, resolved predictions.

What counts as a gold toponym. LGL: every ``<toponym>``, demonyms ("Sudanese", read by the
gazetteer) in the ``all`` view only. GeoWebNews annotates a fine taxonomy;
its toponyms are the types that carry coordinates (literal, mixed, coercion, modifiers,
metonymic, embedded). Two views are scored:

- ``names`` (eventwire's contract, the headline): toponyms written as place *names*; adjectival
  forms ("German", ``modifierType=Adjective``) and toponyms embedded in an organisation's name
  ("*Zimbabwe* Electoral Commission", ``Embedded_*``) are *neutral*, as are demonyms and
  language names: a prediction over them is neither a hit nor a false alarm, since eventwire
  reads demonyms as actors and organisation names as organisations, by design;
- ``all``: every GeoWebNews toponym with coordinates is gold (adjectives and embedded included),
  demonyms/languages neutral, for comparison with systems scored on the full taxonomy.

Non-toponym types (expressions such as "the city", ``Non_Toponym``, ``Homonym``) are never gold:
a prediction over them is a false positive.
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .common import PRF, Split, in_split

KM = 161.0
EARTH_RADIUS_KM = 6371.0088
#: GeoWebNews types that are never scored but are not errors either (see module docstring).
NEUTRAL_TYPES = frozenset({"Demonym", "Language"})
VIEWS = ("names", "all")


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    #: views in which this toponym is gold; in the others it is neutral
    views: frozenset = frozenset(VIEWS)


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]
    neutral: list[tuple[int, int]] = field(default_factory=list)
    #: the source's outlet: LGL's ``<domain>``, GeoWebNews' ``<link>`` host (None if absent)
    outlet: str | None = None


def gold_outlet(node) -> str | None:
    """An article's outlet as the gold file gives it (for ``--local-lexicon`` only)."""
    from urllib.parse import urlparse

    domain = (node.findtext("domain") or "").strip().lower()
    if domain:
        return domain[4:] if domain.startswith("www.") else domain
    host = urlparse((node.findtext("link") or node.findtext("url") or "").strip()).hostname
    return (host[4:] if host.startswith("www.") else host) if host else None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _gwn_toponym(node) -> GoldToponym | tuple[int, int] | None:
    """A gold toponym, a neutral span, or None for a non-toponym."""
    start, end = int(node.findtext("start")), int(node.findtext("end"))
    kind, modifier = node.findtext("type") or "", node.findtext("modifierType") or ""
    lat, lon = _float(node.findtext("latitude")), _float(node.findtext("longitude"))
    if kind in NEUTRAL_TYPES:
        return (start, end)
    if lat is None or lon is None:
        return None
    name_view = modifier != "Adjective" and not kind.startswith("Embedded")
    views = frozenset(VIEWS) if name_view else frozenset({"all"})
    gid = node.findtext("geonamesID")
    return GoldToponym(start, end, node.findtext("extractedName") or "", lat, lon,
                       int(gid) if gid and gid.isdigit() else None, views)


def _lgl_toponym(node) -> GoldToponym:
    """LGL has no types; a phrase the gazetteer reads as a demonym ("Sudanese") is gold in the
    ``all`` view only, as GeoWebNews' adjectival toponyms are."""
    from ..extract.gazetteer import default_gazetteer

    gaz = node.find("gaztag")
    lat = _float(gaz.findtext("lat")) if gaz is not None else None
    lon = _float(gaz.findtext("lon")) if gaz is not None else None
    gid = gaz.get("geonameid") if gaz is not None else None
    phrase = node.findtext("phrase") or ""
    demonym = default_gazetteer().demonym(phrase) is not None
    return GoldToponym(int(node.findtext("start")), int(node.findtext("end")), phrase, lat, lon,
                       int(gid) if gid and gid.isdigit() else None,
                       frozenset({"all"}) if demonym else frozenset(VIEWS))


def load_gold(path: str | Path, split: Split = "dev") -> list[GoldArticle]:
    """The articles of a GeoWebNews or LGL-format file that fall in ``split``."""
    path = Path(path)
    prefix = "GWN" if "gwn" in path.name.lower() else path.stem.split("-")[0].upper()
    articles = []
    for index, node in enumerate(ET.parse(path).getroot().iter("article")):
        item_id = f"{prefix}:{index}"
        if not in_split(item_id, split):
            continue
        article = GoldArticle(item_id, node.findtext("text") or "", [], outlet=gold_outlet(node))
        for top in node.iter("toponym"):
            found = _gwn_toponym(top) if top.find("type") is not None else _lgl_toponym(top)
            if isinstance(found, GoldToponym):
                article.toponyms.append(found)
            elif found is not None:
                article.neutral.append(found)
        articles.append(article)
    return articles


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None = None


def overlap(a, b) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(predicted: list[Predicted], gold: list[GoldToponym]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs by character overlap, largest first."""
    pairs = sorted(((overlap(p, g), i, j) for i, p in enumerate(predicted)
                    for j, g in enumerate(gold) if overlap(p, g) > 0), reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


@dataclass
class PlaceScores:
    """Counts for one view over many articles."""

    recognition: PRF = field(default_factory=PRF)
    with_coords: int = 0  # gold toponyms with coordinates
    recognised_with_coords: int = 0
    hits: int = 0  # recognised, resolved, within KM
    errors: list = field(default_factory=list)  # km, matched and resolved

    def add(self, predicted: list[Predicted], gold: list[GoldToponym], neutral: list) -> None:
        """Score one article's predictions; ``neutral`` spans absorb predictions silently."""
        pairs = match(predicted, gold)
        matched = {i for i, _ in pairs}
        free = [p for i, p in enumerate(predicted) if i not in matched
                and not any(min(p.end, e) - max(p.start, s) > 0 for s, e in neutral)]
        self.recognition.tp += len(pairs)
        self.recognition.fp += len(free)
        self.recognition.fn += len(gold) - len(pairs)
        self.with_coords += sum(1 for g in gold if g.lat is not None)
        for i, j in pairs:
            p, g = predicted[i], gold[j]
            if g.lat is None:
                continue
            self.recognised_with_coords += 1
            if p.lat is None:
                continue
            km = haversine_km((p.lat, p.lon), (g.lat, g.lon))
            self.errors.append(km)
            same = p.geonameid is not None and p.geonameid == g.geonameid
            self.hits += km <= KM or same

    def to_dict(self) -> dict:
        errors = self.errors
        return {
            "recognition": self.recognition.to_dict(),
            "gold_with_coords": self.with_coords,
            "recognised_with_coords": self.recognised_with_coords,
            "resolved": len(errors),
            "acc161_recognised": round(self.hits / self.recognised_with_coords, 4)
            if self.recognised_with_coords else 0.0,
            "acc161_end_to_end": round(self.hits / self.with_coords, 4) if self.with_coords else 0.0,
            "mean_km": round(statistics.fmean(errors), 1) if errors else None,
            "median_km": round(statistics.median(errors), 1) if errors else None,
        }


def predicted_mentions(article) -> list[Predicted]:
    """Every mention of every place of an extracted :class:`~eventwire.record.Article`."""
    return [Predicted(m.start, m.end, place.lat, place.lon, place.geonameid)
            for place in article.places for m in place.mentions]


def score_article(scores: dict, predicted: list[Predicted], gold: GoldArticle) -> None:
    """Add one article to every view's :class:`PlaceScores`."""
    for view, view_scores in scores.items():
        inside = [g for g in gold.toponyms if view in g.views]
        neutral = gold.neutral + [(g.start, g.end) for g in gold.toponyms if view not in g.views]
        view_scores.add(predicted, inside, neutral)


def evaluate(gold: str | Path, *, split: Split = "dev", limit: int | None = None,
             min_population: int | None = None, local_lexicon: bool = True) -> dict:
    """The harness entry point used by ``eventwire eval places`` (``limit``: first N articles;
    ``min_population``: the gazetteer's city threshold, default the step's).

    ``local_lexicon`` (default, as the pipeline runs by default): the split's articles are one
    learning window of :class:`~eventwire.extract.places.PlacesStep` (``learn_outlets``): a
    first pass over their texts (no gold read) learns each outlet's home region, keyed by the
    gold file's outlet (:func:`gold_outlet`), and the second pass is scored. This is
    transductive use of unlabelled input, as a user ingesting many articles per outlet has.
    ``local_lexicon=False`` scores each article alone."""
    from ..annotate.nlp import analyse
    from ..extract.places import PlacesStep
    from ..record import Article, Source, article_id

    articles = load_gold(gold, split)[:limit]
    step = PlacesStep(min_population=min_population, learn_outlets=local_lexicon)
    views = VIEWS if any(g.views != frozenset(VIEWS) for a in articles for g in a.toponyms) \
        else ("all",)
    scores = {view: PlaceScores() for view in views}
    started = time.perf_counter()
    records = [Article(id=article_id(item.text), text=item.text,
                       source=Source(uri=item.id, format="txt", outlet=item.outlet))
               for item in articles]
    analyses = list(analyse(a.text for a in articles))
    extra = {}
    if local_lexicon:
        step.learn(list(zip(records, analyses)))
        profiles = step.outlet_profiles
        covered = sum(1 for r in records if r.source.outlet in profiles)
        extra = {"local_lexicon": {"profiles": len(profiles), "articles_covered": covered}}
    for item, record, analysis in zip(articles, records, analyses):
        score_article(scores, predicted_mentions(step(record, analysis)), item)
    seconds = time.perf_counter() - started
    return {"articles": len(articles), "seconds_per_article": round(seconds / max(len(articles), 1), 3),
            **extra, "views": {view: s.to_dict() for view, s in scores.items()}}


def render(figures: dict, console) -> None:
    """Recognition and geocoding tables, one row per view."""
    from rich.table import Table

    from .common import prf_table

    console.print(f"{figures.get('gold')} split={figures.get('split')}: {figures['articles']} "
                  f"articles, {figures['seconds_per_article']} s/article (NLP + places)")
    if figures.get("local_lexicon"):
        lex = figures["local_lexicon"]
        console.print(f"local lexicon: {lex['profiles']} outlet profiles covering "
                      f"{lex['articles_covered']} articles")
    views = figures["views"]
    console.print(prf_table("toponym recognition (overlap)",
                            {v: m["recognition"] for v, m in views.items()}))
    table = Table(title=f"geocoding (accuracy within {KM:.0f} km)", title_justify="left")
    for col in ("", "acc@161 recognised", "acc@161 end to end", "mean km", "median km",
                "gold w/ coords", "recognised", "resolved"):
        table.add_column(col, justify="right" if col else "left")
    for view, m in views.items():
        table.add_row(view, f"{m['acc161_recognised']:.3f}", f"{m['acc161_end_to_end']:.3f}",
                      str(m["mean_km"]), str(m["median_km"]), str(m["gold_with_coords"]),
                      str(m["recognised_with_coords"]), str(m["resolved"]))
    console.print(table)
