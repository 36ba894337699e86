"""Shared fixtures. Tests build their own short texts; nothing here reads ../shared."""

from __future__ import annotations

import pytest

from eventwire.record import Article, Source, article_id


@pytest.fixture(scope="session")
def analyse():
    """Run the scan pipeline over one text: ``analyse(text) -> Analysis``."""
    from eventwire.annotate.nlp import analyse_one

    return analyse_one


@pytest.fixture
def make_article():
    """Build a cleaned article by hand: ``make_article(text, published="2021-07-30")``."""

    def build(text: str, *, published: str | None = None, **fields) -> Article:
        source = Source(uri="test.txt", format="txt", published=published)
        return Article(id=article_id(text), source=source, text=text, **fields)

    return build
