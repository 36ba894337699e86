"""Read the vocabulary tables shipped in ``eventwire/data`` (CSV with a header row).

Quotes, tone, framing and themes keep their word lists as data, not code, so a list can be
reviewed and versioned without touching the extractors. Each table is read once per process.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``eventwire/data/<name>`` as dicts keyed by the header row (cached)."""
    raw = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in io.StringIO(raw) if not line.startswith("#"))
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive, word-bounded alternation, longest phrase first.

    Spaces inside a phrase match any run of whitespace; a straight or curly apostrophe in a
    phrase matches either form, since cleaned news text holds both.
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = re.escape(phrase.lower())
        escaped = escaped.replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\-", "[-‐‑–]")
        parts.append(escaped)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
