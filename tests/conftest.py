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
    per name found in the text as a whole word (type and CAMEO-style code as given; a code of
    None makes an entity with no actor, as the NER gives for a place name), so an event test
    states its parties exactly instead of depending on the NER. ``places={"Lima": ("city",
    "PER")}`` (feature, country) adds the places found the same way, ``dates={"Monday":
    "2021-07-26"}`` a date reference on each occurrence of the phrase; records given as a tuple
    are taken as they are."""

    def build(text: str, *, published: str | None = None,
              actors: dict[str, tuple[str, str | None]] | None = None,
              places: dict[str, tuple[str | None, str]] | tuple | None = None,
              dates: dict[str, str] | tuple | None = None, **fields) -> Article:
        source = Source(uri="test.txt", format="txt", published=published)
        if actors:
            fields["entities"] = coded_entities(text, actors)
        if places is not None:  # a tuple of Place records is taken as it is
            fields["places"] = hand_places(text, places) if isinstance(places, dict) else places
        if dates is not None:
            fields["dates"] = hand_dates(text, dates) if isinstance(dates, dict) else dates
        return Article(id=article_id(text), source=source, text=text, **fields)

    return build


@pytest.fixture(scope="session")
def nth_mention():
    """``nth_mention(text, phrase, nth=0)``: the ``nth`` occurrence of ``phrase`` in ``text`` as a
    Mention (any occurrence, not only whole words: "$31 million", a quote's opening words)."""
    from eventwire.record import Mention

    def find(text: str, phrase: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return Mention(start=start, end=start + len(phrase), text=phrase)

    return find


def mentions_of(text: str, name: str) -> tuple:
    """Every occurrence of ``name`` in ``text`` as a whole word (a hyphen joins words)."""
    import re

    from eventwire.record import Mention

    return tuple(Mention(start=m.start(), end=m.end(), text=m.group())
                 for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))


def coded_entities(text: str, actors: dict[str, tuple[str, str | None]]) -> tuple:
    """The names of ``actors`` (name → (spaCy type, actor code or None)) found in ``text``.

    An ORG coded as insurgents or rebels is a named armed group (``Actor.group``), as the rows of
    the packaged groups list are."""
    from eventwire.record import Actor, Entity

    entities = []
    for name, (kind, code) in actors.items():
        found = mentions_of(text, name)
        if not found:
            continue
        actor = None
        if code:
            sector = code[3:6]
            actor = Actor(code=code, country=code[:3], sectors=(sector,) if sector else (),
                          group=name if kind == "ORG" and sector in ("INS", "REB") else None)
        entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=kind, mentions=found,
                               actor=actor))
    return tuple(entities)


def hand_places(text: str, places: dict[str, tuple[str | None, str]]) -> tuple:
    """The names of ``places`` (name → (feature, ISO3 country)) found in ``text``."""
    from eventwire.record import Place

    found = ((name, feature, country, mentions_of(text, name))
             for name, (feature, country) in places.items())
    return tuple(Place(id=f"p{i}", name=name, feature=feature, country=country, mentions=mentions)
                 for i, (name, feature, country, mentions) in enumerate(
                     (f for f in found if f[3]), 1))


def hand_dates(text: str, dates: dict[str, str]) -> tuple:
    """A date reference (TIMEX3 ``value``) on each occurrence of each phrase of ``dates``."""
    from eventwire.record import DateRef

    return tuple(DateRef(start=m.start, end=m.end, text=m.text, value=value)
                 for phrase, value in dates.items() for m in mentions_of(text, phrase))
