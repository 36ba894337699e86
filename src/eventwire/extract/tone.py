"""Document tone in the shape of GDELT GKG 2.1 V2Tone: ``ToneStep``.

GDELT counts words against sentiment dictionaries; we do the same with the VADER lexicon that the
vaderSentiment package ships (about 7,500 scored words, read offline from the package):

* ``positive`` / ``negative``: percent of words whose VADER score is above / below zero;
* ``tone`` = positive − negative; ``polarity`` = positive + negative;
* ``activity``: percent of words in ``data/activity_words.csv`` (action verbs and nouns). GDELT's own
  activity dictionary is not public in usable form, so this density is an approximation;
* ``self_group``: percent of words that are first-person pronouns (I, we, our, us …);
* ``word_count``: tokens holding a letter, from the scan pipeline's tokeniser (no parse needed).

Single-word lookups only, no negation handling or intensifiers: that is how GDELT counts too.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterable

from ..record import Article, Tone
from .lexicons import read_table

SELF_GROUP = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
DIGITS = 4


@lru_cache(maxsize=1)
def vader_scores() -> dict[str, float]:
    """Word -> mean valence from vaderSentiment's bundled ``vader_lexicon.txt``."""
    raw = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    scores = {}
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and any(c.isalpha() for c in parts[0]):
            scores[parts[0].lower()] = float(parts[1])
    return scores


@lru_cache(maxsize=1)
def activity_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_table("activity_words.csv"))


def _percent(count: int, total: int) -> float:
    return round(100.0 * count / total, DIGITS) if total else 0.0


def tone_of(words: Iterable[str]) -> Tone:
    """V2Tone fields for a sequence of words (case is ignored)."""
    scores, active = vader_scores(), activity_words()
    total = positive = negative = activity = self_group = 0
    for word in words:
        lowered = word.lower()
        total += 1
        score = scores.get(lowered, 0.0)
        positive += score > 0
        negative += score < 0
        activity += lowered in active
        self_group += lowered in SELF_GROUP
    pos, neg = _percent(positive, total), _percent(negative, total)
    return Tone(
        tone=round(pos - neg, DIGITS), positive=pos, negative=neg, polarity=round(pos + neg, DIGITS),
        activity=_percent(activity, total), self_group=_percent(self_group, total), word_count=total,
    )


def article_words(analysis) -> list[str]:
    """The words of the scanned text: tokens with at least one letter."""
    return [token.text for token in analysis.doc if any(c.isalpha() for c in token.text)]


def article_tone(analysis) -> Tone:
    """Tone of one analysed article."""
    return tone_of(article_words(analysis))


class ToneStep:
    """Document tone (GDELT V2Tone fields) from the VADER word lexicon."""

    name = "eventwire.tone.v1"
    requires: tuple[str, ...] = ()
    assigns = ("tone",)

    def __init__(self) -> None:
        pass

    def __call__(self, article: Article, analysis) -> Article:
        return article.model_copy(update={"tone": article_tone(analysis)})
