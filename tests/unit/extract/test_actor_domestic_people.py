"""People named with a bare domestic title take the story's home country
(``actors_domestic_people``). Stories and names are invented; the first sentences give each a
home country (four or more country-bearing mentions, two in three of one country)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors_domestic import DomesticActorsStep
from eventwire.extract.actors_domestic_people import DOMESTIC_SECTORS, titled_at_home
from eventwire.record import Actor, Entity, Mention

UK = "Tony Blair and Gordon Brown met in Britain. Britain and the UK agreed. "
MIXED = "France and Germany met. Spain, Italy and Japan agreed. "


@pytest.fixture
def coded(analyse, make_article):
    """``coded(text)``: name → code after the entity, place and domestic steps."""
    from eventwire.extract.entities import EntitiesStep
    from eventwire.extract.places import PlacesStep

    def run(text: str) -> dict:
        analysis = analyse(text)
        article = make_article(text, published="2005-03-01")
        for step in (EntitiesStep(), PlacesStep(), DomesticActorsStep()):
            article = step(article, analysis)
        return {m.text: e.actor.code if e.actor else None
                for e in article.entities for m in e.mentions}

    return run


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("MP Harriet Qwenby criticised the plan.", "Harriet Qwenby", "GBRLEG"),
        ("Judge Martin Ostley jailed the two men.", "Martin Ostley", "GBRJUD"),
        ("General Peter Wallop said the army was ready.", "Peter Wallop", "GBRMIL"),
    ],
)
def test_bare_titled_people_take_the_home_country(coded, sentence, name, code):
    assert coded(UK + sentence).get(name) == code


def test_a_foreign_country_in_the_sentence_keeps_the_person_uncoded(coded):
    found = coded(UK + "General Peter Wallop spoke to reporters in Baghdad.")
    assert found.get("Peter Wallop") is None


def test_no_home_country_no_code(coded):
    assert coded(MIXED + "Judge Martin Ostley jailed the two men.").get("Martin Ostley") is None


def test_a_government_title_is_not_domestic_by_nature(coded):
    # foreign leaders are named with their bare titles in every story
    assert coded(UK + "President Arvo Kesting criticised the plan.").get("Arvo Kesting") is None


def test_only_uncoded_people_with_domestic_sectors_qualify():
    mention = (Mention(start=0, end=1, text="X"),)
    judge = Entity(id="e1", name="X", type="PERSON", mentions=mention,
                   actor=Actor(sectors=("JUD",), description="Judge"))
    minister = judge.model_copy(update={"actor": Actor(sectors=("GOV",))})
    coded_judge = judge.model_copy(update={"actor": Actor(code="FRAJUD", country="FRA",
                                                          sectors=("JUD",))})
    court = judge.model_copy(update={"type": "ORG"})
    assert titled_at_home(judge)
    assert not any(titled_at_home(e) for e in (minister, coded_judge, court))
    assert "GOV" not in DOMESTIC_SECTORS
