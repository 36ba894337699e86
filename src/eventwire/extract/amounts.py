"""Amounts: sums of money, counts and measured quantities → :class:`~eventwire.record.Amount`.

Money (``amounts_money``) carries an ISO 4217 ``unit`` and, where the words after it name one,
the ``object`` it pays for ("$62 billion investment plan" → "investment plan"). Counts
(``amounts_counts``) carry the counted noun as ``object``, its class as ``unit`` ("people") and
the casualty verb as ``action``. Percentages and measures (``amounts_quantity``) carry a
canonical ``unit`` ("percent", "tonne") and ``kind="quantity"``. Phrases with no number ("multi-billion dollar deal", "billions
of dollars") are left out: their value is unknown and the record says nothing rather than guess.
"""

from __future__ import annotations

import re
from typing import Optional

from ..record import Amount, Article
from .amounts_counts import find_counts
from .amounts_money import find_money
from .amounts_quantity import find_quantities

#: Words that can start or continue what a sum pays for ("aid", "investment plan").
WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
MAX_OBJECT_WORDS = 3
#: Prepositions spaCy's stop list lacks; wire copy writes "12 cts vs 10 cts" (versus).
NOT_OBJECT = frozenset({"vs", "versus", "v"})


def extract_amounts(article: Article, analysis=None) -> tuple[Amount, ...]:
    """Every sum of money and count in ``article.text``, in text order, no two overlapping.

    ``analysis`` is accepted for the step contract; the patterns read the text directly.
    """
    text = article.text
    money = [with_object(text, amount) for amount in find_money(text)]
    chosen = keep_longest(money)
    quantities = [quantity_object(text, q) for q in find_quantities(text)]
    chosen += [q for q in keep_longest(quantities) if not overlaps_any(q, chosen)]
    chosen += [c for c in keep_longest(list(find_counts(text))) if not overlaps_any(c, chosen)]
    return tuple(sorted(chosen, key=lambda a: a.start))


def keep_longest(amounts: list[Amount]) -> list[Amount]:
    """Of overlapping readings, the longest (then the earliest) wins."""
    chosen: list[Amount] = []
    for amount in sorted(amounts, key=lambda a: (a.start - a.end, a.start)):
        if not overlaps_any(amount, chosen):
            chosen.append(amount)
    return chosen


def overlaps_any(amount: Amount, others: list[Amount]) -> bool:
    return any(amount.start < o.end and o.start < amount.end for o in others)


def with_object(text: str, amount: Amount) -> Amount:
    """The sum with the noun phrase it quantifies, read from the words right after it."""
    found = object_after(text, amount.end)
    return amount.model_copy(update={"object": found}) if found else amount


def quantity_object(text: str, amount: Amount) -> Amount:
    """A measure names what it measures after "of" ("40% of homes", "40,000 tonnes of wheat") or
    as an adjective joined by a hyphen ("a 300-km pipeline"); the word after a bare measure is
    no object ("five percent lower", "40 miles north")."""
    adjectival = "-" in amount.text[1:] and amount.approximate != "range"
    if adjectival or re.match(r"\s+of\s", text[amount.end:amount.end + 4]):
        return with_object(text, amount)
    return amount


def object_after(text: str, end: int) -> Optional[str]:
    """Up to three content words after a sum ("investment plan"), past "in"/"of" ("$5bn in
    aid"). Stops at a function word, a capitalised name, a participle or punctuation. No parse:
    the scan doc has no tags, and a noun compound right after a sum is the common case."""
    from spacy.lang.en.stop_words import STOP_WORDS

    rest = text[end:end + 80]
    lead = re.match(r"(?:\s+(?:in|of|worth of|for)\b)?\s+", rest)
    if not lead:
        return None
    words: list[str] = []
    pos = lead.end()
    while len(words) < MAX_OBJECT_WORDS:
        match = WORD.match(rest, pos)
        word = match.group() if match else ""
        if (not word or word.lower() in STOP_WORDS or word.lower() in NOT_OBJECT
                or word[0].isupper() or word.endswith("ed")):
            break
        words.append(word.lower())
        pos = match.end()
        gap = re.match(r" (?=[A-Za-z])", rest[pos:])
        if not gap:
            break
        pos += 1
    return " ".join(words) or None


class AmountsStep:
    """Pipeline step: fills ``amounts`` with money and counts."""

    name = "eventwire.amounts.v2"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("amounts",)

    def __call__(self, article: Article, analysis) -> Article:
        return article.model_copy(update={"amounts": extract_amounts(article, analysis)})
