"""The words amounts are made of, read from the data tables, and the regex pieces built from
them: currencies (symbols, ISO 4217 codes, names), scale words, approximators, counted nouns
and the actions counts are reported with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .numwords import DIGITS, data_rows, parse_number, word_number_pattern

#: Scale words that may follow a sum of money ("62 billion", "62bn", "500 crore").
MONEY_MIN_SCALE = 1000
#: A ``subunit`` currency row names a hundredth of its currency (cent, penny): ISO 4217's minor
#: unit is two decimals for every currency that has such a subunit in the table.
SUBUNIT = 0.01


@dataclass(frozen=True)
class Currency:
    code: str
    cue: str  # the country whose currency ``code`` is ("India" for "rupees")
    alternatives: tuple[tuple[str, str], ...]  # (code, country cue) when another country is meant


def alternation(words) -> str:
    """A regex alternation of literal words, longest first."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return rf"(?:{body})"


@lru_cache(maxsize=1)
def currencies() -> dict[str, dict[str, Currency]]:
    """Currency surfaces by kind ("symbol", "code", "name") → :class:`Currency`."""
    table: dict[str, dict[str, Currency]] = {}
    for row in data_rows("currencies.csv"):
        alts = tuple(tuple(pair.split(":", 1)) for pair in row["alternatives"].split("|") if pair)
        key = row["surface"] if row["kind"] != "name" else row["surface"].lower()
        table.setdefault(row["kind"], {})[key] = Currency(row["code"], row["cue"], alts)
    return table


def currency_code(surface: str, text: str) -> Optional[str]:
    """The ISO 4217 code of a currency as written; a shared name ("rupees") goes to the country
    the article names when it names only that one (Pakistan → PKR), else the usual code."""
    table = currencies()
    name = re.sub(r"\s+", " ", surface.lower())
    found = (table["symbol"].get(surface) or table["code"].get(surface)
             or table["name"].get(name) or table.get("subunit", {}).get(name))
    if found is None:
        return None
    if found.alternatives and found.cue not in text:
        named = [code for code, cue in found.alternatives if cue in text]
        if len(named) == 1:
            return named[0]
    return found.code


def currency_factor(surface: str) -> float:
    """What one of ``surface`` is worth in its currency: 0.01 for a hundredth (``subunit`` rows:
    "cents", wire "cts", "pence"), else 1."""
    name = re.sub(r"\s+", " ", surface.lower())
    return SUBUNIT if name in currencies().get("subunit", {}) else 1.0


@lru_cache(maxsize=1)
def scales() -> dict[str, tuple[float, Optional[float]]]:
    """Scale word → (multiplier, lower bound of its plural: "thousands" ≥ 2,000)."""
    return {row["word"]: (float(row["multiplier"]),
                          float(row["plural_lower_bound"]) if row["plural_lower_bound"] else None)
            for row in data_rows("scales.csv")}


@lru_cache(maxsize=1)
def approximators() -> dict[str, str]:
    return {row["phrase"]: row["approximate"] for row in data_rows("approximators.csv")}


@lru_cache(maxsize=1)
def count_nouns() -> dict[str, str]:
    return {row["noun"]: row["unit"] for row in data_rows("count_nouns.csv")}


@lru_cache(maxsize=1)
def count_actions() -> dict[str, str]:
    return {row["word"]: row["action"] for row in data_rows("count_actions.csv")}


@lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    """Regex sources shared by the money and count patterns."""
    money_scales = [w for w, (m, _) in scales().items() if m >= MONEY_MIN_SCALE]
    spelled = [w for w in money_scales if len(w) > 3]
    # Wire abbreviations of three letters ("mln", "bln", "trn") stand as words ("150 mln dlrs")
    # or attach ("$1trn"); one or two letters ("m", "bn") only attach, lest "5 m" read as millions.
    short = [w for w in money_scales if len(w) <= 3]
    wire = [w for w in short if len(w) == 3]
    scale = (rf"(?:\s?(?i:{alternation(spelled)})\b|\s?(?:{alternation(wire)})\b"
             rf"|(?:{alternation(short)})\b)")
    words = word_number_pattern()
    number = rf"(?:{DIGITS}|(?i:{words})|(?i:an?)(?=\s(?i:{alternation(spelled)})\b))"
    symbols = [s for s in currencies()["symbol"]]
    return {
        "number": number,
        "scale": scale,
        "prefix": rf"(?:(?<![A-Za-z]){alternation(symbols + list(currencies()['code']))})",
        "suffix": rf"(?:(?i:{alternation(list(currencies()['name']) + list(currencies().get('subunit', {})))})"
                  rf"|{alternation(currencies()['code'])})",
        "approx": rf"(?i:(?P<approx>{alternation(approximators())})\s+)?",
        # "and" joins a range only after "between": "$5m and $10m" alone are two sums.
        "sep": r"(?P<sep>\s?[-–—]\s?|\s+(?i:to)\s+|(?(between)\s+(?i:and)\s+|(?!)))",
    }


def scaled(number: Optional[str], scale: Optional[str]) -> Optional[float]:
    """``number`` × ``scale`` ("3.5", "bn" → 3.5e9), or None when the number is unreadable."""
    value = parse_number(number) if number else None
    if value is None:
        return None
    if scale:
        value *= scales()[scale.strip().lower()][0]
    return float(f"{value:.12g}")  # 67.1 × 1e6 is 67100000, not 67099999.99999999
