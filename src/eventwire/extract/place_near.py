"""Spatial context for places: how many of the article's other places lie near a candidate.

Local news names places that lie close together ("Salisbury", "Cornwall", "Kent" and "Canaan"
in one Connecticut story); a namesake far from all of them is the less likely reading. The
classic "spatial minimality" heuristic of geoparsers, reduced to a count of neighbours.
"""

from __future__ import annotations

import math

from .gazetteer import Candidate, Gazetteer
from .gazetteer_index import fold

#: Two places this close (km) count as neighbours.
NEAR_KM = 200.0
#: Names with more candidates than this are too common to say where the article is.
MAX_CANDIDATES = 4
NEAR_FEATURES = ("city", "admin2")


def km_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (haversine; no library needed for one formula)."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(h, 1.0)))


def name_points(names: dict, gazetteer: Gazetteer) -> dict:
    """Folded name -> points of its city/county candidates, for names specific enough
    (at most :data:`MAX_CANDIDATES` exact candidates) to locate the article."""
    out = {}
    for key, name in names.items():
        cands = [c for c in gazetteer.lookup(name) if c.exact and c.lat is not None]
        points = [(c.lat, c.lon) for c in cands if c.feature in NEAR_FEATURES]
        if points and len(cands) <= MAX_CANDIDATES:
            out[key] = points
    return out


def neighbours(candidate: Candidate, key: str, points: dict) -> int:
    """How many *other* names have a reading within :data:`NEAR_KM` of ``candidate``."""
    if candidate.feature not in NEAR_FEATURES or candidate.lat is None:
        return 0
    here = (candidate.lat, candidate.lon)
    return sum(1 for other, pts in points.items() if other != fold(key)
               and any(km_apart(here, p) <= NEAR_KM for p in pts))
