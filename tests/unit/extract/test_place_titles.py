"""Office-title complements ("Minister for Maritime Affairs") are toponyms only when the title is
about the place (:mod:`eventwire.extract.place_titles`)."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import default_gazetteer
from eventwire.extract.place_spans import Toponym
from eventwire.extract.place_titles import in_title, supported
from eventwire.extract.places import PlacesStep
from eventwire.record import offset_errors


@pytest.fixture
def places_of(analyse, make_article):
    def run(text: str):
        article = PlacesStep()(make_article(text), analyse(text))
        assert offset_errors(article) == []
        return article

    return run


def names(article) -> set:
    return {m.text for p in article.places for m in p.mentions}


def top(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(start, start + len(name), name, "GPE")


@pytest.mark.parametrize("text, name, expected", [
    ("the Minister for Maritime Affairs said", "Maritime", True),
    ("the Secretary of State for Northern Ireland said", "Northern Ireland", True),
    ("the Ministry of the Interior in Cairo", "Interior", True),
    ("the Governor of Texas said", "Texas", False),
    ("fishermen from Maritime province", "Maritime", False),
])
def test_in_title(text, name, expected):
    assert in_title(text, top(text, name)) is expected


def test_subject_region_needs_evidence_of_its_country():
    gaz = default_gazetteer()
    text = "Indonesia's Coordinating Minister for Maritime Affairs will visit Canberra."
    others = [top(text, "Indonesia"), top(text, "Canberra")]
    assert not supported(text, top(text, "Maritime"), others, set(), gaz)
    # a demonym of the region's country is evidence that the title is about it
    assert supported(text, top(text, "Maritime"), others, {"TGO"}, gaz)


def test_ministry_subject_is_not_a_place(places_of):
    article = places_of("Indonesia's Coordinating Minister for Maritime Affairs, Rudi Prasetyo, "
                        "will visit Canberra next month.")
    assert "Maritime" not in names(article)
    assert {"Indonesia", "Canberra"} <= names(article)


def test_region_a_title_is_about_is_a_place(places_of):
    article = places_of("The Secretary of State for Northern Ireland said talks would resume "
                        "next week.")
    place = next(p for p in article.places if p.name == "Northern Ireland")
    assert place.country == "GBR"


def test_country_in_a_title_is_a_place(places_of):
    article = places_of("The Minister for Foreign Affairs met the Minister for Iraq on Tuesday.")
    assert "Foreign" not in names(article)
    assert [p.country for p in article.places] == ["IRQ"]
