"""Measured quantities: percentages and physical measures — "12.5%", "3 pct", "two percentage
points", "40,000 tonnes of wheat", "a 300-km pipeline", "2 million barrels per day",
"between 10 and 15 percent", "-0.4%".

Fact-checkers compare claimed rates and volumes as often as sums of money, so they are amounts
with ``kind="quantity"``: ``value`` as written (no unit conversion, as money keeps its currency),
``unit`` a canonical name from ``quantity_units.csv`` ("percent", "percentage_point", "tonne",
"km", "barrel_per_day" …). Hand-written over that table for the reasons given in
``amounts_money``: ``quantulum3`` reads "2 percentage points" as 2 percent, takes the full stop
of "3 pct." into the unit and costs ~9 ms per 200 characters, too slow for every article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from ..record import Amount
from .amounts_vocab import alternation, approximators, pieces, scaled
from .numwords import data_rows

#: A sign written before a figure ("-0.4%", "−5°C"), only at a word start so that the hyphen of
#: a range ("10-15%") is never read as one.
SIGN = r"(?:(?<![\w.,])[-−](?=\d))?"


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Unit surface as written → canonical unit."""
    return {row["surface"]: row["unit"] for row in data_rows("quantity_units.csv")}


def is_word(surface: str) -> bool:
    """Spelled unit names match in any case; abbreviations and symbols ("km", "MW", "%") only
    as written, so "MW" is megawatts and "mw" is nothing."""
    return surface[0].isalpha() and surface.islower() and len(surface) > 3


def unit_pattern() -> str:
    words = [s for s in units() if is_word(s)]
    marks = [s for s in units() if not is_word(s)]
    words_re = alternation(words).replace(r"\ ", r"\s+")
    # A word unit ends at a word boundary; a symbol ("%", "°C") may end anywhere.
    return (rf"(?:(?i:{words_re})\b|(?:{alternation(m for m in marks if m[-1].isalnum())})\b"
            rf"|{alternation(m for m in marks if not m[-1].isalnum())})")


@lru_cache(maxsize=1)
def quantity_pattern() -> re.Pattern[str]:
    p = pieces()
    unit = unit_pattern()
    join = r"(?:\s?|-)"  # "12%", "12 %", "300 km", "a 300-km pipeline"
    between = r"(?P<between>(?i:between)\s+)?"
    # A figure starts a word: "ten" inside "Quittenton" is no number.
    first = rf"(?<![\w])(?P<n1>{SIGN}(?:{p['number']}))(?P<s1>{p['scale']})?"
    second = rf"(?P<n2>{SIGN}(?:{p['number']}))(?P<s2>{p['scale']})?"
    return re.compile(rf"{p['approx']}{between}{first}(?:(?:{join}{unit})?{p['sep']}{second})?"
                      rf"{join}(?P<unit>{unit})")


def find_quantities(text: str) -> Iterator[Amount]:
    """Every percentage and measure in ``text`` (may overlap others; the caller resolves)."""
    for match in quantity_pattern().finditer(text):
        amount = quantity_amount(text, match)
        if amount is not None:
            yield amount


def number_of(raw: str, scale: Optional[str]) -> Optional[float]:
    negative = raw[:1] in "-−"
    value = scaled(raw[1:] if negative else raw, scale)
    return -value if (value is not None and negative) else value


def canonical(surface: str) -> Optional[str]:
    folded = " ".join(surface.split())
    return units().get(folded) or units().get(folded.lower())


def quantity_amount(text: str, match: re.Match) -> Optional[Amount]:
    unit = canonical(match.group("unit"))
    value = number_of(match.group("n1"), match.group("s1") or match.group("s2"))
    if unit is None or value is None:
        return None
    has_range = match.group("n2") is not None
    value_max = number_of(match.group("n2"), match.group("s2") or match.group("s1")) if has_range else None
    if has_range and (value_max is None or value_max <= value):
        return None
    start = match.start()
    if match.group("between") and not has_range:
        start = match.start("n1")
    hedge = " ".join((match.group("approx") or "").lower().split())
    approx = "range" if has_range else approximators().get(hedge)
    end = match.end()
    return Amount(start=start, end=end, text=text[start:end], value=value, value_max=value_max,
                  unit=unit, kind="quantity", approximate=approx)
