"""A weakly matched name read far outside the article's places yields to "unresolved".

Two ways a name reaches the gazetteer only weakly: every reading is a GeoNames *alternate*
name (a transliteration: "Tawila" matches Yemen's "Aţ Ţawīlah" only so), or the name is the
known part of a longer entity the gazetteer does not know ("Abu" out of "Abu Shouk", a camp
in Darfur). Such a reading is a guess. When it is a small place (a city or county under
:data:`SMALL_POPULATION`) in a country the article gives no other sign of (no other resolved
place there, no demonym, no country word around the name), and it lies more than
:data:`FAR_KM` from every other place the article resolves, the article's own geography says
the guess is a far namesake of something the gazetteer lacks (most of the world's villages and
camps are not in GeoNames' cities of 500+): the name stays a place, unresolved. An article with
no other resolved place is left alone: there is no region to be far from.
"""

from __future__ import annotations

from typing import Optional

from .gazetteer import Gazetteer
from .gazetteer_index import fold
from .place_near import km_apart
from .place_resolve import Resolution

#: Farther than this from every other resolved place of the article is "far" (a region of a
#: country in the sense of news geography; LGL/GWN dev: 300 / 500 / 1,000 km alike).
FAR_KM = 500.0
#: A place this populous is not a village the gazetteer mistook (GeoNames gives 0 for unknown).
SMALL_POPULATION = 100_000
UNRESOLVED = Resolution(None, 0.3)


def weak_names(toponyms: list, readings: dict) -> set:
    """Folded names read only through alternate names, or narrowed out of a longer entity."""
    weak = {key for key, cands in readings.items() if cands and not any(c.exact for c in cands)}
    return weak | {fold(t.text) for t in toponyms if getattr(t, "narrowed", False)}


def demonym_countries(doc, gazetteer: Gazetteer) -> set:
    return {gazetteer.demonym(e.text) for e in doc.ents if e.label_ == "NORP"} - {None}


def drop_far_guesses(result: dict, weak: set, evidence: dict, signs: set) -> dict:
    """``result`` (folded name -> :class:`Resolution`) with the weak names' far small
    readings unresolved (``signs``: countries the article names by demonym)."""
    if not weak:
        return result
    anchors = [r.candidate for k, r in result.items()
               if k not in weak and r.candidate is not None and not r.tie
               and r.candidate.lat is not None]
    if not anchors:
        return result
    countries = {c.country for c in anchors} | signs
    out = dict(result)
    for key in weak:
        cand: Optional = result[key].candidate if key in result else None
        if cand is None or cand.lat is None or cand.feature not in ("city", "admin2") \
                or cand.population >= SMALL_POPULATION or cand.country in countries \
                or cand.country in evidence[key].countries:
            continue
        if all(km_apart((cand.lat, cand.lon), (a.lat, a.lon)) > FAR_KM for a in anchors):
            out[key] = UNRESOLVED
    return out
