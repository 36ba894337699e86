"""The step contract: a named transformation of one article that declares what it reads and writes.

A step is any object with ``name``, ``requires``, ``assigns`` and
``__call__(article, analysis) -> Article``. ``requires``/``assigns`` name ``Article`` fields
(``"entities"``, ``"places"`` …); the pipeline refuses an order in which a step would read a
field that no earlier step (or cleaning, which fills ``text``/``source``/``title``) assigns.

A step may also define ``prepare(pairs)``, called once per batch with every ``(article,
analysis)`` pair before the step runs on each article: the batch adapter, used to parse the
sentences the step will need for all articles in one call (see ``annotate.nlp.parse_batch``).

Steps are pure: no I/O, no threads. They get the spaCy analysis of the article's text from
``annotate.nlp`` and return a new record with ``article.model_copy(update=...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .record import Article

if TYPE_CHECKING:  # pragma: no cover
    from .annotate.nlp import Analysis

#: Fields cleaning fills before any step runs.
CLEANED_FIELDS = frozenset({"id", "source", "title", "authors", "text", "boilerplate", "warnings"})


@runtime_checkable
class Step(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article, analysis: "Analysis") -> Article: ...


def add_warning(article: Article, code: str, message: str) -> Article:
    """Return ``article`` with one more warning."""
    from .record import Warning

    return article.model_copy(
        update={"warnings": article.warnings + (Warning(code=code, message=message),)}
    )
