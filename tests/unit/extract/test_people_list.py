"""Integrity of the packaged office-holder list (``data/people.csv``).

Every row must parse, carry CAMEO-style codes the rest of the vocabulary knows, keep its
periods of office free of overlaps, and own its names: a name in two rows would make the
lookup depend on file order, and an ambiguous bare surname would code strangers."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from eventwire.extract.actors_data import PEOPLE_COLUMNS_DATED, split
from eventwire.extract.actors_periods import BLOCKS, parse_periods
from eventwire.record import Actor

#: CAMEO 1.1b3 actor type codes (domestic roles and primary/secondary types, CAMEO manual ch. 4).
CAMEO_TYPES = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
    "REF", "MOD", "RAD", "REL",
})

#: Surnames shared by many office holders or people in the news: never a name on their own.
AMBIGUOUS_SURNAMES = frozenset({
    "kim", "lee", "park", "wang", "li", "singh", "khan", "ali", "abbas", "bashir", "may", "sharif",
    "hussein", "castro", "ahmed", "mohammed", "saleh", "hadi", "brown", "martin", "howard", "rice",
    "fischer", "herzog", "marcos", "aquino", "fujimori", "aoun", "hammond", "hunt", "ivanov",
})


def _data(name: str) -> str:
    return resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict]:
    return list(csv.DictReader(_data(name).splitlines()))


PEOPLE = _rows("people.csv")
COUNTRIES = {row["iso3"] for row in _rows("countries.csv")}
GROUP_CODES = {row["code"] for row in _rows("groups.csv")}


def _first(row: dict) -> str:
    return split(row["names"])[0]


def code_problem(code: str) -> str | None:
    """Why ``code`` is not a CAMEO-style code of this vocabulary, or ``None``."""
    if len(code) < 3 or len(code) % 3 or not code.isalpha() or not code.isupper():
        return "not three-letter blocks"
    block, rest = code[:3], code[3:]
    if block in BLOCKS:
        return None if code in GROUP_CODES else "IGO/IMG code unknown to groups.csv"
    if block not in COUNTRIES:
        return "unknown country"
    bad = [rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] not in CAMEO_TYPES]
    return f"unknown sector {bad}" if bad else None


def test_header_is_the_dated_one():
    assert tuple(csv.DictReader(_data("people.csv").splitlines()).fieldnames) == PEOPLE_COLUMNS_DATED


def test_list_covers_office_holders_of_many_countries():
    assert len(PEOPLE) > 800
    assert len({row["country"] for row in PEOPLE}) > 90


@pytest.mark.parametrize("row", PEOPLE, ids=_first)
def test_row_is_well_formed(row):
    assert split(row["names"]) and row["description"].strip()
    assert code_problem(row["code"]) is None, code_problem(row["code"])
    assert row["country"] == row["code"][:3]
    if row["country"] not in BLOCKS:
        rest = row["code"][3:]
        assert split(row["sectors"]) == [rest[i:i + 3] for i in range(0, len(rest), 3)]
    actor = Actor(code=row["code"], country=row["country"], sectors=tuple(split(row["sectors"])))
    periods = parse_periods(row["periods"], actor)  # raises on a malformed item
    for period in periods:
        assert code_problem(period.actor.code) is None, (period.actor.code, code_problem(period.actor.code))
    assert sum(not p.ranged for p in periods) <= 1, "at most one code for 'any other date'"
    ranged = sorted((p for p in periods if p.ranged), key=lambda p: p.start or dt.date.min)
    for earlier, later in zip(ranged, ranged[1:]):
        assert earlier.end is not None and later.start is not None and later.start >= earlier.end, \
            f"overlapping periods: {row['periods']}"


def test_no_name_in_two_rows():
    owner: dict[str, str] = {}
    clashes = []
    for row in PEOPLE:
        for name in split(row["names"]):
            key = name.casefold()
            if key in owner and owner[key] != _first(row):
                clashes.append((name, owner[key], _first(row)))
            owner.setdefault(key, _first(row))
    assert not clashes


def test_no_ambiguous_bare_surname():
    names = {name.casefold() for row in PEOPLE for name in split(row["names"])}
    assert not names & AMBIGUOUS_SURNAMES


def test_no_person_name_is_a_country_or_group_name():
    others = {row["name"].casefold() for row in _rows("countries.csv")}
    others |= {name.casefold() for row in _rows("groups.csv") for name in split(row["names"])}
    people = {name.casefold() for row in PEOPLE for name in split(row["names"])}
    assert not people & others


def test_code_check_rejects_made_up_codes():
    assert code_problem("USAGOV") is None and code_problem("IGOUNOIAE") is None
    assert code_problem("XXXGOV") == "unknown country"
    assert code_problem("USAFOO") == "unknown sector ['FOO']"
    assert code_problem("IGOFOO") == "IGO/IMG code unknown to groups.csv"
    assert code_problem("USAGO") == "not three-letter blocks"
