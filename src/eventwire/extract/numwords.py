"""Numbers as news writes them ("2,000", "3.5", "two", "twenty-one", "a dozen") and the CSV
tables of the dates and amounts extractors.

Number words go to ``text2num`` (a maintained parser for spelled-out numbers); only what it does
not read ("a", "half", "two and a half", "a dozen") is handled here, from ``number_words.csv``.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=None)
def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``eventwire/data/<name>`` as dicts keyed by the header row (read once)."""
    raw = resources.files("eventwire").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(raw))
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    """Spelled-out number words and their values."""
    return {row["word"]: float(row["value"]) for row in data_rows("number_words.csv")}


@lru_cache(maxsize=1)
def word_number_pattern() -> str:
    """Regex source for a run of number words ("twenty-one", "two hundred and fifty").

    "a"/"an" count only before "hundred"/"dozen"/"couple" or a scale word matched by the caller,
    so the article "a" is never read as the number one on its own.
    """
    words = sorted((w for w in number_words() if w not in ("a", "an", "half")), key=len, reverse=True)
    word = "(?:" + "|".join(words) + ")"
    joint = r"(?:[- ]|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)"
    return rf"(?:{word}(?:{joint}{word})*(?:\s+and\s+a\s+half)?)"


def parse_number(text: str) -> Optional[float]:
    """The value of ``text`` as a number, or None when it is not one we can read."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(DIGITS, cleaned):
        return float(cleaned.replace(",", ""))
    half = 0.0
    if cleaned.endswith(" and a half"):
        cleaned, half = cleaned[: -len(" and a half")], 0.5
    table = number_words()
    if cleaned in table:
        return table[cleaned] + half
    head, _, rest = cleaned.partition(" ")
    if head in ("a", "an") and rest in table:
        return table[rest] + half
    return _text2num(cleaned, half)


def _text2num(cleaned: str, half: float) -> Optional[float]:
    """Compound number words through ``text2num``; None when it rejects them."""
    from text_to_num import text2num

    try:
        return float(text2num(cleaned, "en")) + half
    except ValueError:
        return None
