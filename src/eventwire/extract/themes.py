"""GDELT GKG-style themes from a keyword table: ``ThemesStep``.

``data/themes.csv`` lists, per GDELT theme code, lowercase keywords with a weight: 2 for a word that
on its own says the article is about the theme ("ceasefire"), 1 for a word that needs company
("troops"). A theme is kept when the weights of its keyword hits reach :data:`THRESHOLD`, so one
passing "army" does not make an article military, but two such mentions do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..record import Article
from .lexicons import phrase_pattern, read_table

THRESHOLD = 2


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, list[tuple[str, int]]]]:
    """One pattern over every keyword, and keyword -> [(theme, weight)]."""
    by_keyword: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for row in read_table("themes.csv"):
        by_keyword[row["keyword"].lower()].append((row["theme"], int(row["weight"])))
    return phrase_pattern(list(by_keyword)), dict(by_keyword)


def _normal(match: str) -> str:
    """A matched keyword back in table form (collapse whitespace, straight apostrophes)."""
    lowered = match.lower().replace("’", "'")
    for dash in "‐‑–":
        lowered = lowered.replace(dash, "-")
    return " ".join(lowered.split())


def theme_scores(text: str) -> dict[str, int]:
    """Summed keyword weights per theme over ``text``."""
    pattern, by_keyword = _table()
    scores: dict[str, int] = defaultdict(int)
    for match in pattern.finditer(text):
        for theme, weight in by_keyword.get(_normal(match.group(0)), ()):
            scores[theme] += weight
    return dict(scores)


def themes_of(text: str, *, threshold: int = THRESHOLD) -> tuple[str, ...]:
    """Sorted unique theme codes whose score reaches ``threshold``."""
    return tuple(sorted(t for t, score in theme_scores(text).items() if score >= threshold))


class ThemesStep:
    """GDELT-style theme codes of an article."""

    name = "eventwire.themes.v1"
    requires: tuple[str, ...] = ()
    assigns = ("themes",)

    def __init__(self, *, threshold: int = THRESHOLD) -> None:
        self.threshold = threshold

    def __call__(self, article: Article, analysis) -> Article:
        return article.model_copy(update={"themes": themes_of(article.text, threshold=self.threshold)})
