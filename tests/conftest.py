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
    """Build a cleaned article by hand: ``make_article(text, published="2021-07-30")``.

    ``actors={"Peru": ("GPE", "PER"), "Chilean troops": ("ORG", "CHLMIL")}`` adds one coded entity
    per name found in the text as a whole word (type and CAMEO-style code as given), so an event
    test states its parties exactly instead of depending on the NER."""

    def build(text: str, *, published: str | None = None,
              actors: dict[str, tuple[str, str]] | None = None, **fields) -> Article:
        source = Source(uri="test.txt", format="txt", published=published)
        if actors:
            fields["entities"] = coded_entities(text, actors)
        return Article(id=article_id(text), source=source, text=text, **fields)

    return build


def coded_entities(text: str, actors: dict[str, tuple[str, str]]) -> tuple:
    """The names of ``actors`` (name → (spaCy type, actor code)) found in ``text`` as entities."""
    import re

    from eventwire.record import Actor, Entity, Mention

    entities = []
    for name, (kind, code) in actors.items():
        found = tuple(Mention(start=m.start(), end=m.end(), text=m.group())
                      for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
        if found:
            actor = Actor(code=code, country=code[:3], sectors=(code[3:6],) if len(code) > 3 else ())
            entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=kind,
                                   mentions=found, actor=actor))
    return tuple(entities)
