"""CAMEO and PLOVER codebooks: names, Goldstein scores, quad classes, CAMEO→PLOVER mapping.

The tables live in ``data/cameo_codes.csv`` (one row per CAMEO code, CAMEO 1.1b3 names,
Goldstein values from the CAMEO.SCALE table as used by the Phoenix pipeline, PLOVER type and
mode from the PLOVER project's code-by-code CAMEO2PLOVER mapping). Codes are always strings:
``"010"`` (make statement) is not ``"10"`` (demand root).

Quad classes differ between systems, so they are looked up in a named scheme
(:data:`QUAD_SCHEMES`); ``"gdelt"`` is the default.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

CAMEO_VERSION = "CAMEO 1.1b3"
PLOVER_VERSION = "PLOVER 2.0 draft"
CODEBOOK = "eventwire.codes.cameo-plover.v1"

#: Quad class per CAMEO root, by scheme. 1 verbal cooperation, 2 material cooperation,
#: 3 verbal conflict, 4 material conflict (Phoenix adds 0 for neutral statements/appeals).
QUAD_SCHEMES: dict[str, dict[str, int]] = {
    "gdelt": {
        **{f"{r:02d}": 1 for r in range(1, 6)},
        **{f"{r:02d}": 2 for r in range(6, 9)},
        **{f"{r:02d}": 3 for r in range(9, 14)},
        **{f"{r:02d}": 4 for r in range(14, 21)},
    },
    "phoenix": {
        "01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2,
        "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3,
        "17": 4, "18": 4, "19": 4, "20": 4,
    },
}
DEFAULT_QUAD_SCHEME = "gdelt"

#: The 16 PLOVER event types with their PLOVER score (−10..+10). ACCUSE is printed as +3 in
#: the manual while its modes score −2..−3.5: we take the sign typo as fixed (−3).
PLOVER_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5,
    "AID": 10.0, "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0,
    "THREATEN": -3.5, "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5,
    "COERCE": -7.0, "ASSAULT": -9.0,
}
PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_SCORES)
#: PLOVER types whose definition needs a recipient (manual's event table, "rec." column).
PLOVER_NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    name: str
    goldstein: float
    goldstein_source: str  # "scale", or "parent:<code>" when inherited from the parent code
    plover: Optional[str]
    plover_mode: Optional[str]

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes (roots included) by code string, read once from the package data."""
    raw = resources.files("eventwire.data").joinpath("cameo_codes.csv").read_text("utf-8")
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        table[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            goldstein_source=row["goldstein_source"],
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return table


def is_cameo(code: object) -> bool:
    """True for a known CAMEO code given as a string."""
    return isinstance(code, str) and code in cameo_table()


def cameo_entry(code: str) -> Optional[CameoCode]:
    """The table row for ``code``, or None when unknown (never a guessed fallback)."""
    return cameo_table().get(code)


def cameo_root(code: str) -> Optional[str]:
    """The two-digit root of a known code: ``"0874" → "08"``."""
    return code[:2] if is_cameo(code) else None


def root_name(code: str) -> Optional[str]:
    """Name of the root category of ``code``."""
    root = cameo_root(code)
    return cameo_table()[root].name if root else None


def quad_class(code: str, scheme: str = DEFAULT_QUAD_SCHEME) -> Optional[int]:
    """Quad class of a known code under ``scheme`` (see :data:`QUAD_SCHEMES`)."""
    root = cameo_root(code)
    return QUAD_SCHEMES[scheme].get(root) if root else None


def goldstein(code: str) -> Optional[float]:
    """Goldstein score of a known code (leaf value where the scale has one)."""
    entry = cameo_entry(code)
    return entry.goldstein if entry else None


def plover_type(code: str) -> Optional[str]:
    """PLOVER event type of a CAMEO code; None for roots 01/02, which PLOVER drops."""
    entry = cameo_entry(code)
    return entry.plover if entry else None


def plover_mode(code: str) -> Optional[str]:
    """PLOVER mode implied by a CAMEO code, where the mapping gives one."""
    entry = cameo_entry(code)
    return entry.plover_mode if entry else None


def plover_score(plover: Optional[str]) -> Optional[float]:
    """PLOVER's own −10..+10 score of an event type."""
    return PLOVER_SCORES.get(plover) if plover else None


def event_codes(code: str, scheme: str = DEFAULT_QUAD_SCHEME) -> dict:
    """Every code field an :class:`~eventwire.record.Event` carries for ``code``.

    Unknown codes give an empty dict, so callers leave the event out rather than invent one.
    """
    entry = cameo_entry(code)
    if entry is None or len(code) < 3:
        return {}
    return {
        "cameo": code,
        "cameo_root": entry.root,
        "quad_class": quad_class(code, scheme),
        "goldstein": entry.goldstein,
        "plover": entry.plover,
        "plover_mode": entry.plover_mode,
    }
