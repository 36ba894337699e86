"""Choose which place each toponym denotes, from its candidates and the article around it.

Score = prior + evidence:

* prior: feature (country > first-level region > city > county for the same name), population
  (log scale) and capital status, a penalty for GeoNames alternate-name matches;
* local evidence (strong): a container right after the name ("Paris, Texas", "Peshawar in
  northwest Pakistan") or a qualifier right before it ("the northern Chinese city of Tianjin",
  "Pakistan's city of Lahore"), or an appositive after it ("Tripoli, the Libyan capital");
* article evidence (weaker): countries named elsewhere in the article, by unambiguous place
  names or by demonyms ("Chinese"), and for a region the cities placed inside it;
* second-pass context: the country where the article's other places predominantly lie (by
  mention count) and, for cities and counties, how many other names have a reading nearby
  (:mod:`.place_near`), so a US-local story keeps its own "Athens" or "Cornwall".

One sense per discourse: all mentions of a name resolve together. When the two best candidates
lie in different countries and score within :data:`TIE_MARGIN`, the name is a *tie*: it still
gets its best-scoring reading (a best guess beats no answer: on dev it raised the hits on both
gold sets), with a low confidence (:data:`TIE_CONFIDENCE`) and the ``tie`` flag, so a caller can
drop a name that only the gazetteer found.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import Candidate, Gazetteer
from .gazetteer_index import fold, region_display
from .place_near import close_names, neighbours
from .place_spans import Toponym

FEATURE_PRIOR = {"country": 5.0, "continent": 5.0, "region": 5.0, "admin1": 1.5, "admin2": -1.5,
                 "city": -1.0}
#: Features whose prior grows with population (a county's is the sum of its cities').
SIZED = ("city", "admin2")
LOCAL_BONUS = 6.0
REGION_BONUS = 3.0
REGION_OF_CITY_BONUS = 4.0
#: Per other place of the article in a county's first-level region ("Pike County" in an article
#: about Kentucky towns), capped at :data:`REGION_CONTEXT_CAP`. Counties only: county names
#: repeat from state to state and carry a weak population prior, while for cities the same
#: bonus overrode size ("Boston" in an article with a New York dateline).
REGION_CONTEXT_BONUS = 1.0
REGION_CONTEXT_CAP = 2.0
#: Per weighted mention of a city's first-level region elsewhere in the article (the state
#: named, or other places placed in it), capped: enough to pick the local "Gainesville" among
#: namesakes, not to move a big city ("Boston") for one mention of another state.
CITY_REGION_BONUS = 1.0
CITY_REGION_CAP = 2.0
#: A city this big is the usual reading of a name it shares with its own region ("New York").
METROPOLIS = 1_000_000
#: Article evidence per mention: a demonym is weaker than a place name, since it often
#: describes an actor ("Russian forces shelled Donetsk") rather than a location.
DEMONYM_WEIGHT = 0.5
TIE_MARGIN = 0.25
#: Confidence of a best guess between namesakes in different countries that score alike.
TIE_CONFIDENCE = 0.35
#: Bonus for a candidate in the country where the article's *other* places predominantly lie
#: (by mention count): "Athens" or "Dublin" in an article whose other places are Georgia towns
#: is the local town, not the bigger foreign namesake. Applied when that country holds at least
#: :data:`DOMINANT_SHARE` of at least :data:`DOMINANT_MIN` other mentions.
DOMINANT_BONUS = 2.0
DOMINANT_SHARE = 0.6
DOMINANT_MIN = 2
#: Per other name of the article with a reading near a city/county candidate, capped
#: (:mod:`.place_near`): picks "Hanover" in New Hampshire beside "Lebanon" and "Vermont".
NEAR_BONUS = 1.0
NEAR_CAP = 2.0
#: Per other name with a reading within :data:`.place_near.CLOSE_KM` (a close pair), capped:
#: a town beside its own county ("Paris" and "Henry County") outweighs a namesake's size.
CLOSE_BONUS = 1.5
CLOSE_CAP = 3.0
#: An outlet's home region (opt-in, :mod:`.place_outlets`) counts for a city or county inside
#: it as this many mentions of the region in the article would (under the same caps), so it
#: picks among namesakes but never outweighs a container next to the name (LOCAL_BONUS).
HOME_REGION_WEIGHT = 1.0
_DIRECTIONS = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|" \
    r"northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|" \
    r"southwestern|mid|upper|lower|far)[\w-]*\s+)*"
_CONTAINER = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?" + _DIRECTIONS + r")$", re.I)
_KIND = r"(?:city|town|village|province|state|region|capital|port|district|county|" \
    r"governorate|enclave|border town|provincial capital|oblast|prefecture|municipality)"
_QUALIFIER = re.compile(r"\b" + _KIND + r"\s+of\s+$", re.I)
_APPOSITIVE = re.compile(r"^\s*,\s*(?:the|a)\s+" + _DIRECTIONS + r"(\w+)\s+" + _KIND, re.I)
_WORD = re.compile(r"[A-Z][\w'’.-]*")
WINDOW = 60


@dataclass
class Evidence:
    """What one name's mentions say about where it is."""

    countries: set = field(default_factory=set)  # ISO3 from local context
    regions: set = field(default_factory=set)  # folded admin1 names from local context


@dataclass(frozen=True)
class Resolution:
    """The chosen candidate (None when unknown) and how sure we are; ``tie`` when the runner-up
    lies in another country and scores about as well (the candidate is then a best guess)."""

    candidate: Candidate | None
    confidence: float
    tie: bool = False


def prior(candidate: Candidate) -> float:
    score = FEATURE_PRIOR.get(candidate.feature, 0.0)
    if candidate.feature in SIZED:
        score += 0.5 * math.log10(max(candidate.population, 1))
    if candidate.capital:
        score += 1.5
    return score if candidate.exact else score - 2.0


def word_countries(text: str, gazetteer: Gazetteer) -> set:
    """Countries named in ``text`` by demonym or by country name ("Chinese", "Pakistan's")."""
    found = set()
    for word in _WORD.findall(text):
        word = re.sub(r"['’]s$", "", word)
        iso3 = gazetteer.demonym(word)
        found.update([iso3] if iso3 else [c.country for c in gazetteer.lookup(word)
                                          if c.feature == "country" and c.exact])
    return found


def add_container(evidence: Evidence, container: Toponym, gazetteer: Gazetteer) -> None:
    for cand in gazetteer.lookup(container.text):
        if cand.feature in ("country", "admin1") and cand.exact:
            evidence.countries.add(cand.country)
            if cand.feature == "admin1":
                evidence.regions.add(fold(cand.name))
                evidence.regions.add(fold(container.text))


def local_evidence(text: str, toponyms: list[Toponym], gazetteer: Gazetteer) -> dict:
    """Folded name -> :class:`Evidence` gathered around each of its mentions."""
    out: dict[str, Evidence] = {}
    for i, top in enumerate(toponyms):
        evidence = out.setdefault(fold(top.text), Evidence())
        nxt = toponyms[i + 1] if i + 1 < len(toponyms) else None
        if nxt and _CONTAINER.match(text[top.end:nxt.start]):
            add_container(evidence, nxt, gazetteer)
        before = text[max(0, top.start - WINDOW):top.start]
        if _QUALIFIER.search(before):
            evidence.countries |= word_countries(before, gazetteer)
        appositive = _APPOSITIVE.match(text[top.end:top.end + WINDOW])
        if appositive:
            evidence.countries |= word_countries(appositive.group(1), gazetteer)
    return out


def article_countries(doc, toponyms: list[Toponym], gazetteer: Gazetteer) -> Counter:
    """Country weights from demonyms and from names that lie in one country only (a name
    counts for its own country too, which is harmless: all its candidates share it)."""
    weights: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ == "NORP" and gazetteer.demonym(ent.text):
            weights[gazetteer.demonym(ent.text)] += DEMONYM_WEIGHT
    for top in toponyms:
        countries = {c.country for c in gazetteer.lookup(top.text) if c.exact and c.country}
        if len(countries) == 1:
            weights[countries.pop()] += 1
    return weights


@lru_cache(maxsize=4096)
def region_key(admin1: str) -> str:
    """Folded display name of a first-level region: how outlet profiles name it."""
    return fold(region_display(admin1) or admin1)


def home_weight(candidate: Candidate, context: dict) -> float:
    """Weight an outlet's home region lends a candidate inside it (:mod:`.place_outlets`),
    counted like mentions of the region in the article and under the same caps."""
    home = context.get("home_regions")
    if not home or not candidate.admin1:
        return 0.0
    return HOME_REGION_WEIGHT if (candidate.country, region_key(candidate.admin1)) in home else 0.0


def score(candidate: Candidate, evidence: Evidence, context: dict) -> float:
    """Prior plus local and article evidence for one candidate."""
    total = prior(candidate)
    if candidate.country in evidence.countries:
        total += LOCAL_BONUS
    if candidate.admin1 and fold(candidate.admin1) in evidence.regions:
        total += REGION_BONUS
    total += min(context["countries"].get(candidate.country, 0), 3.0)
    if candidate.feature == "admin2" and candidate.admin1:
        total += min(context.get("regions", {}).get(fold(candidate.admin1), 0)
                     * REGION_CONTEXT_BONUS + home_weight(candidate, context), REGION_CONTEXT_CAP)
    if candidate.country in context.get("shadowed", ()) and candidate.feature in ("city", "admin2") \
            and candidate.population < METROPOLIS and not candidate.capital \
            and candidate.country not in evidence.countries:
        # A small town named after its own country's first-level region ("Kansas", Illinois;
        # "Florida", New York; "Wales", England): the article's spatial context (nearby
        # names, the state's other places, the dominant country) picks among namesake towns,
        # it does not turn the region's name into a village. Only a container next to the name
        # ("Kansas, Ill.") or the village's own prior can.
        return total
    if candidate.feature == "city" and candidate.admin1:
        total += min(context.get("region_mentions", {}).get(fold(candidate.admin1), 0)
                     * CITY_REGION_BONUS + home_weight(candidate, context), CITY_REGION_CAP)
    if candidate.feature == "admin1" and fold(candidate.name) in context["city_regions"]:
        total += REGION_OF_CITY_BONUS
    if context.get("points"):
        total += min(neighbours(candidate, context["key"], context["points"]) * NEAR_BONUS,
                     NEAR_CAP)
    if context.get("cells"):
        total += min(close_names(candidate, context["key"], context["cells"]) * CLOSE_BONUS,
                     CLOSE_CAP)
    if candidate.country and candidate.country == context.get("dominant") \
            and candidate.feature not in context.get("dominant_blocked", ()):
        total += DOMINANT_BONUS
    return total


def dominant_blocked(candidates: tuple, context: dict) -> tuple:
    """Features of the dominant country that may *not* take :data:`DOMINANT_BONUS` over the
    foreign readings of a name: none may beat a foreign capital whose country the article names
    elsewhere ("London" beside "Britain"); only a first-level region may beat a country or
    region of the same name ("Georgia" the state; never "Mexico, Missouri" over Mexico)."""
    dominant = context.get("dominant")
    others = context.get("other_countries", {})
    foreign = [c for c in candidates if c.exact and c.country != dominant]
    if any(c.capital and others.get(c.country, 0) > 0 for c in foreign):
        return tuple(FEATURE_PRIOR)
    if any(c.feature in ("country", "continent", "region") for c in foreign):
        return tuple(f for f in FEATURE_PRIOR if f != "admin1")
    return ()


def dominant_country(mentions: Counter):
    """The ISO3 code holding most of ``mentions`` (country -> mention count of the article's
    other resolved places) when it is a clear majority, else None."""
    total = sum(mentions.values())
    if not total:
        return None
    iso3, count = mentions.most_common(1)[0]
    return iso3 if count >= DOMINANT_MIN and count >= DOMINANT_SHARE * total else None


def metropolis_namesake(candidates: tuple) -> set:
    """Folded names of the regions whose own name is also a city of a million people in them."""
    return {fold(c.admin1) for c in candidates if c.feature == "city" and c.admin1
            and c.population >= METROPOLIS and fold(c.admin1) == fold(c.name)}


def ranked(candidates: tuple, evidence: Evidence, context: dict) -> list:
    """``(score, candidate)`` pairs, best first."""
    if context.get("dominant"):
        context = {**context, "dominant_blocked": dominant_blocked(candidates, context)}
    # countries where the name is a first-level region's own name ("Kansas", "Florida", "Wales")
    shadowed = {c.country for c in candidates if c.exact and c.feature == "admin1"}
    if shadowed:
        context = {**context, "shadowed": shadowed}
    return sorted(((score(c, evidence, context), c) for c in candidates),
                  key=lambda pair: -pair[0])


def choose(candidates: tuple, evidence: Evidence, context: dict) -> Resolution:
    """The best candidate and a confidence from its margin over the runner-up."""
    return choose_ranked(ranked(candidates, evidence, context) if candidates else [], evidence)


def choose_ranked(ranking: list, evidence: Evidence) -> Resolution:
    """:func:`choose` over a :func:`ranked` list."""
    if not ranking:
        return Resolution(None, 0.3)
    best_score, best = ranking[0]
    local = best.country in evidence.countries
    if len(ranking) == 1:
        return Resolution(best, 0.9 if best.exact else 0.6)
    runner_score, runner = ranking[1]
    margin = best_score - runner_score
    if runner.country != best.country and margin < TIE_MARGIN:
        return Resolution(best, TIE_CONFIDENCE, tie=True)
    if runner.country == best.country:
        margin += 2.0  # a same-country runner-up (city vs its own region) costs little
    confidence = 0.5 + 0.4 * min(margin, 4.0) / 4.0 + (0.05 if local else 0.0)
    return Resolution(best, round(min(confidence, 0.95), 2))
