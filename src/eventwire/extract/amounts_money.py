"""Sums of money: "$62 billion", "US$1.2 trillion", "€3.5m", "Rs 500 crore", "two billion
dollars", "$2–3 billion", "between $10m and $20m", "more than £5bn".

Hand-written patterns over the currency tables: ``price-parser`` and ``quantulum3`` read one
price string or guess units with a classifier, but neither gives ranges, hedges ("at least"),
Indian scales (crore, lakh) and exact character offsets in running text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from ..record import Amount
from .amounts_vocab import approximators, currency_code, currency_factor, pieces, scaled


@lru_cache(maxsize=1)
def money_patterns() -> tuple[re.Pattern[str], ...]:
    """Currency before the number ("$5m") and after it ("5 million euros")."""
    p = pieces()
    amount1 = rf"(?P<n1>{p['number']})(?P<s1>{p['scale']})?"
    amount2 = rf"(?P<n2>{p['number']})(?P<s2>{p['scale']})?"
    between = r"(?P<between>(?i:between)\s+)?"
    before = (rf"{p['approx']}{between}(?P<cur>{p['prefix']})\s?{amount1}"
              rf"(?:{p['sep']}(?P<cur2>{p['prefix']})?\s?{amount2})?")
    after = (rf"{p['approx']}{between}{amount1}(?:{p['sep']}{amount2})?"
             rf"\s+(?:(?i:of)\s+)?(?P<cur>{p['suffix']})\b")
    return re.compile(before), re.compile(after)


def find_money(text: str) -> Iterator[Amount]:
    """Every sum of money in ``text`` (may overlap; the caller keeps the longest)."""
    for pattern in money_patterns():
        for match in pattern.finditer(text):
            amount = money_amount(text, match)
            if amount is not None:
                yield amount


def hedge(match: re.Match) -> str:
    """The approximator in front of a match, lower-cased with single spaces ("" if none)."""
    if match.group("approx") is None or match.start() != match.start("approx"):
        return ""
    return " ".join(match.group("approx").lower().split())


def money_amount(text: str, match: re.Match) -> Optional[Amount]:
    """One match as an :class:`Amount`, or None when its number or currency is unreadable."""
    start, end = match.span()
    has_range = match.group("n2") is not None
    if match.group("between") and not has_range:
        start = min(match.start("cur"), match.start("n1"))  # "between $5m" with no partner
    scale1, scale2 = match.group("s1"), match.group("s2")
    value = scaled(match.group("n1"), scale1 or scale2)  # "$2–3 billion": the scale is shared
    code = currency_code(match.group("cur"), text)
    if value is None or code is None:
        return None
    value_max = scaled(match.group("n2"), scale2 or scale1) if has_range else None
    factor = currency_factor(match.group("cur"))  # "20 cts" is 0.20 dollars
    if factor != 1.0:
        value = float(f"{value * factor:.12g}")
        value_max = float(f"{value_max * factor:.12g}") if value_max is not None else None
    if has_range and (value_max is None or value_max <= value):
        return None
    approx = "range" if has_range else approximators().get(hedge(match))
    return Amount(start=start, end=end, text=text[start:end], value=value, unit=code,
                  kind="money", approximate=approx, value_max=value_max)
