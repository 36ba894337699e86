"""People named with a bare domestic title take the story's home country
(``actors_domestic_people``). Stories and names are invented; the first sentences give each a
home country (four or more country-bearing mentions, two in three of one country)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors_domestic_people import DOMESTIC_SECTORS, titled_at_home
from eventwire.record import Actor, Entity, Mention


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("MP Harriet Qwenby criticised the plan.", "Harriet Qwenby", "GBRLEG"),
        ("Judge Martin Ostley jailed the two men.", "Martin Ostley", "GBRJUD"),
        ("General Peter Wallop said the army was ready.", "Peter Wallop", "GBRMIL"),
    ],
)
def test_bare_titled_people_take_the_home_country(domestic_coded, sentence, name, code, opening):
    assert domestic_coded(opening["UK"] + sentence).get(name) == code


def test_a_foreign_country_in_the_sentence_keeps_the_person_uncoded(domestic_coded, opening):
    found = domestic_coded(opening["UK"] + "General Peter Wallop spoke to reporters in Baghdad.")
    assert found.get("Peter Wallop") is None


def test_no_home_country_no_code(domestic_coded, opening):
    assert domestic_coded(opening["MIXED"] + "Judge Martin Ostley jailed the two men.").get("Martin Ostley") is None


def test_a_government_title_is_not_domestic_by_nature(domestic_coded, opening):
    # foreign leaders are named with their bare titles in every story
    assert domestic_coded(opening["UK"] + "President Arvo Kesting criticised the plan.").get("Arvo Kesting") is None


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
