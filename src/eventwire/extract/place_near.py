"""Spatial context for places: how many of the article's other places lie near a candidate.

Local news names places that lie close together ("Salisbury", "Cornwall", "Kent" and "Canaan"
in one Connecticut story); a namesake far from all of them is the less likely reading. The
classic "spatial minimality" heuristic of geoparsers, reduced to a count of neighbours.

Two scales: *neighbours* (within :data:`NEAR_KM`, counting only names with few readings, which
locate the article by themselves) and *close pairs* (within :data:`CLOSE_KM`, counting names
with up to :data:`CLOSE_MAX_CANDIDATES` readings): a town and the county it lies in, or two
neighbouring towns ("Paris" and "Henry County" in Tennessee, "Huntsville" and "Walker County" in
Texas), have readings a few km apart, which two unrelated common names rarely do: the area within
50 km of a point is about 1/1000 of the contiguous United States, so even two names with ten
readings each meet by chance in about one article in ten.
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
#: Two readings this close (km) make a close pair.
CLOSE_KM = 50.0
#: Names with more city/county readings than this are too common for a close pair to mean much.
CLOSE_MAX_CANDIDATES = 20
#: A name lends a close pair only through its plausible readings: those at least this share of
#: the size of its biggest namesake in that country ("Houston" lends Houston, Texas, not the
#: village of Houston, Pennsylvania that happens to lie beside Washington, Pennsylvania).
CLOSE_SIZE_SHARE = 0.01
#: Grid cell (degrees) for the close-pair lookup: a reading only needs the 3x3 cells around it.
CELL = 0.5


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
    here, own = (candidate.lat, candidate.lon), fold(key)
    return sum(1 for other, pts in points.items() if other != own
               and any(km_apart(here, p) <= NEAR_KM for p in pts))


def cell(lat: float, lon: float) -> tuple[int, int]:
    """The :data:`CELL`-degree grid cell of a point."""
    return int(math.floor(lat / CELL)), int(math.floor(lon / CELL))


def name_cells(names: dict, gazetteer: Gazetteer, first: dict) -> dict:
    """Folded name -> (country, {grid cell: points}) of its city/county readings in the
    country where the first pass placed it, for names the first pass read as a city or county
    and with at most :data:`CLOSE_MAX_CANDIDATES` such readings. A name read as a state, a
    country or a foreign city ("Florida", "Moscow" in a European story) lends no close pair to
    the small American towns that borrowed those names."""
    out = {}
    for key, name in names.items():
        chosen = first.get(key)
        if chosen is None or chosen.feature not in NEAR_FEATURES or not chosen.country:
            continue
        readings = [c for c in gazetteer.lookup(name)
                    if c.exact and c.lat is not None and c.feature in NEAR_FEATURES
                    and c.country == chosen.country]
        if not readings or len(readings) > CLOSE_MAX_CANDIDATES:
            continue
        biggest = max(c.population for c in readings)
        points = [(c.lat, c.lon) for c in readings if c.population >= biggest * CLOSE_SIZE_SHARE]
        if points:
            cells: dict = {}
            for point in points:
                cells.setdefault(cell(*point), []).append(point)
            out[key] = (chosen.country, cells)
    return out


def close_names(candidate: Candidate, key: str, cells: dict) -> int:
    """How many *other* names have a city/county reading in the candidate's country within
    :data:`CLOSE_KM` of it (a grid lookup, so common names stay cheap). Alternate-name
    matches take no part ("Mexico" for Mexico City)."""
    if candidate.feature not in NEAR_FEATURES or candidate.lat is None or not candidate.exact:
        return 0
    here, own = (candidate.lat, candidate.lon), fold(key)
    row, col = cell(*here)
    around = [(row + i, col + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    return sum(1 for other, (country, grid) in cells.items()
               if other != own and country == candidate.country
               and any(km_apart(here, p) <= CLOSE_KM for c in around for p in grid.get(c, ())))
