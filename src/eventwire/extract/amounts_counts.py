"""Counts of people and things: "at least 30 people were killed", "dozens of protesters",
"thousands of troops", "2,000 soldiers", "five civilians died", "wounded 12".

A count needs a counted noun from ``count_nouns.csv`` or a casualty verb from
``count_actions.csv`` next to it; a bare number is never a count. Vague plurals take a
conventional lower bound with ``approximate="at_least"``: "dozens" ≥ 24, "hundreds" ≥ 200,
"tens of thousands" ≥ 20,000 (twice the unit, since the plural means at least two of them).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from ..record import Amount
from .amounts_vocab import alternation, approximators, count_actions, count_nouns, pieces, scales
from .numwords import parse_number

VAGUE = (r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands"
         r"|millions)")
AUXILIARY = r"(?:were|was|have|has|had|been|are|is|being|reportedly|allegedly|also|all|later|still)"
STOP = r"(?:[,.;:)]|and\b|but\b|while\b|in\b|on\b|at\b|$|others\b|more\b)"


@lru_cache(maxsize=1)
def count_patterns() -> dict[str, re.Pattern[str]]:
    """Number + counted noun, and casualty verb + number."""
    p = pieces()
    number = rf"(?:{p['number']}|(?i:an?\s+(?:dozen|hundred|thousand)|a\s+couple\s+of))"
    nouns = alternation(count_nouns()).replace(r"\ ", r"\s+")
    actions = alternation(count_actions())
    between = r"(?P<between>(?i:between)\s+)?"
    noun_count = (rf"{p['approx']}{between}(?P<n1>{number}|(?i:{VAGUE}))"
                  rf"(?:{p['sep']}(?P<n2>{number}))?(?P<s1>\s+(?i:million|thousand))?"
                  rf"\s+(?:(?i:of)\s+(?:(?i:the)\s+)?)?(?P<mods>(?:[A-Za-z][\w’'-]*\s+){{0,2}}?)"
                  rf"(?P<noun>(?i:{nouns}))\b")
    verb_count = (rf"(?i:\b(?P<act>{actions}))\s+(?P<core>{p['approx']}(?P<n1>{number}))"
                  rf"(?=\s*{STOP})")
    return {"noun": re.compile(noun_count), "verb": re.compile(verb_count),
            "after": re.compile(rf"\s+(?:(?i:{AUXILIARY})\s+)*(?i:(?P<act>{actions}))\b"),
            "before": re.compile(rf"(?i:\b(?P<act>{actions}))\s+$")}


def find_counts(text: str) -> Iterator[Amount]:
    """Every count in ``text`` (may overlap money or each other; the caller resolves)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    patterns = count_patterns()
    for match in patterns["noun"].finditer(text):
        mods = match.group("mods").split()
        if any(m.lower() in STOP_WORDS or parse_number(m) is not None for m in mods):
            continue
        amount = noun_count(text, match)
        if amount is not None:
            yield amount
    for match in patterns["verb"].finditer(text):
        value = parse_number(match.group("n1"))
        if value is None:
            continue
        start, end = match.span("core")
        yield Amount(start=start, end=end, text=text[start:end], value=value, unit="people",
                     kind="count", approximate=approximators().get(hedge_of(match)),
                     action=count_actions()[match.group("act").lower()])


def hedge_of(match: re.Match) -> str:
    return " ".join((match.group("approx") or "").lower().split())


def vague_value(words: str) -> Optional[float]:
    """The lower bound of a vague plural: "dozens" 24, "tens of thousands" 20,000."""
    parts = [w.lower().rstrip("s") for w in words.split() if w.lower() != "of"]
    first = scales().get(parts[0])
    if first is None or first[1] is None:
        return None
    value = first[1]
    for word in parts[1:]:
        value *= scales()[word][0]
    return value


def noun_count(text: str, match: re.Match) -> Optional[Amount]:
    """A number-and-noun match as a count, with the casualty verb next to it if any."""
    n1 = match.group("n1")
    vague = re.fullmatch(VAGUE, n1, re.IGNORECASE) is not None
    value = vague_value(n1) if vague else parse_number(n1)
    if value is None:
        return None
    if match.group("s1"):
        value *= scales()[match.group("s1").strip().lower()][0]
    value_max = parse_number(match.group("n2")) if match.group("n2") else None
    if value_max is not None and value_max <= value:
        return None
    approx = "range" if value_max else approximators().get(hedge_of(match)) or ("at_least" if vague else None)
    noun = " ".join(match.group("noun").lower().split())
    # The span is the quantity ("at least 30"); the counted noun goes to ``object``.
    start = match.start()
    end = max(match.end(group) for group in ("n1", "n2", "s1") if match.group(group))
    return Amount(start=start, end=end, text=text[start:end], value=value, value_max=value_max,
                  unit=count_nouns()[noun], object=noun, kind="count", approximate=approx,
                  action=action_near(text, match.start(), match.end()),
                  confidence=0.5 if vague else None)


def action_near(text: str, start: int, end: int) -> Optional[str]:
    """The casualty verb right before the count ("killed 30 people") or right after its noun,
    past any auxiliaries ("30 people were reportedly killed")."""
    before = count_patterns()["before"].search(text[max(0, start - 30):start])
    after = count_patterns()["after"].match(text, end)
    found = before or after
    return count_actions()[found.group("act").lower()] if found else None
