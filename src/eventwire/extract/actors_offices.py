"""Which states have which offices: a domestic role takes the home country only where that
country has the office.

"The Senate" in a German story is not the Bundestag, and "Senator X" in a British story is not a
member of a British body: the United Kingdom has a House of Lords, Germany a Bundesrat, neither a
senate. A role noun of ``data/domestic_roles.csv`` whose ``office`` column names an office of
``data/home_offices.csv`` (senate, congress, chamber of deputies, members of parliament,
governors) is read as the home state's only when the home country is one that has it; elsewhere
it stays uncoded, as a bare role does in a story with no home country. Offices every state has
(a parliament, courts, judges, police, an army) have no ``office`` value and need no check.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Optional


def _rows(name: str) -> list[dict]:
    raw = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


@lru_cache(maxsize=1)
def office_states() -> dict[str, tuple[bool, frozenset[str]]]:
    """Office → (listed countries are the holders?, countries) from ``home_offices.csv``:
    scope ``only`` lists the states that have it, ``except`` the states that lack it."""
    return {row["office"]: (row["scope"] == "only", frozenset(row["countries"].split("|")))
            for row in _rows("home_offices.csv")}


@lru_cache(maxsize=1)
def role_offices() -> dict[tuple[str, ...], str]:
    """Lowercase role phrase tokens → office, for the rows of ``domestic_roles.csv`` that name
    one (a row with a ``home`` is that country's own sense and needs no check)."""
    return {tuple(row["phrase"].lower().split()): row["office"]
            for row in _rows("domestic_roles.csv") if row.get("office") and not row["home"]}


def has_office(office: Optional[str], home: str) -> bool:
    """Does the state ``home`` have ``office``? An empty office is one every state has."""
    if not office:
        return True
    listed, countries = office_states()[office]
    return (home in countries) == listed


def role_ok(words: tuple[str, ...], home: str, own_sense: bool = False) -> bool:
    """May the role phrase ``words`` be the home state's? (``own_sense``: the table has a row for
    this very home, which is its own sense and needs no office.)"""
    return own_sense or has_office(role_offices().get(words), home)


def title_office(title: Optional[str]) -> Optional[str]:
    """The office a person's title names ("Senator", "Republican Senator", "Labour MP" →
    senate, mp), from the longest role phrase of ``domestic_roles.csv`` in it; None for none."""
    if not title:
        return None
    words = re.findall(r"[a-z]+", title.split(";")[0].lower())
    table = role_offices()
    for length in (3, 2, 1):
        for i in range(len(words) - length + 1):
            office = table.get(tuple(words[i:i + length]))
            if office:
                return office
    return None
