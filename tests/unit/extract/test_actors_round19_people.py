"""Actors round 19: office holders of the 1980s outside the G7 (dated people.csv rows), central
banks, GATT and state trade bodies as groups, and a listed person spaCy leaves untagged. All
sentences invented."""

from __future__ import annotations

import pytest

from eventwire.evaluation.events import GoldItem, events_pipeline, run_sentence


@pytest.fixture(scope="module")
def actors():
    """``actors(text, date)``: {entity name: actor code} of the pipeline on one sentence."""
    pipeline = events_pipeline()

    def run(text, date="1987-04-01"):
        article = run_sentence(pipeline, GoldItem("t", text, date, [], "events"))
        return {e.name: (e.actor.code if e.actor else None) for e in article.entities}
    return run


def test_untagged_listed_person_mid_sentence(actors):
    assert actors("Mulroney and Tambo would discuss the embargo next week.")["Tambo"] == "ZAFPTY"


def test_untagged_listed_person_first_in_sentence(actors):
    assert actors("Tambo would ask Ottawa to cut its links with Pretoria.")["Tambo"] == "ZAFPTY"


def test_person_dates_of_office(actors):
    assert actors("Prime Minister Turgut Ozal flew to Bonn on Monday.")["Turgut Ozal"] == "TURGOV"
    later = actors("Turgut Ozal spoke at a dinner in Ankara.", "1996-05-01")
    assert later["Turgut Ozal"] == "TURELI"


def test_shared_surname_covers_both_office_holders(actors):
    found = actors("Papandreou asked the Americans to close the base, officials said.")
    assert found["Papandreou"] == "GRCGOV"


@pytest.mark.parametrize("text,name,code", [
    ("The Bundesbank left its discount rate unchanged on Thursday.", "Bundesbank", "DEUGOV"),
    ("The Bank of Japan bought dollars in Tokyo, dealers said.", "Bank of Japan", "JPNGOV"),
    ("Ottawa took the dispute to the General Agreement on Tariffs and Trade.",
     "General Agreement on Tariffs and Trade", "IGOBUSWTO"),
])
def test_state_and_intergovernmental_bodies(actors, text, name, code):
    assert actors(text)[name] == code


def test_unlisted_capitalised_word_stays_uncoded(actors):
    assert actors("Officials in Ruritania said Moravec would resign.").get("Moravec") is None
