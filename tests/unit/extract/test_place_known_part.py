"""An unknown place mention narrowed to the known name that opens or closes it
(:func:`eventwire.extract.place_spans.known_part`)."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import default_gazetteer
from eventwire.extract.place_spans import Toponym, known_part


def part(text: str, label: str = "GPE") -> str:
    top = Toponym(10, 10 + len(text), text, label)
    found = known_part(top, default_gazetteer())
    assert found.end - found.start == len(found.text)
    assert text[found.start - 10:found.end - 10] == found.text  # offsets stay in the text
    return found.text


@pytest.mark.parametrize("text, expected", [
    ("Historic Dublin", "Dublin"),
    ("Battle of Richmond", "Richmond"),
    ("Newark Live Bait", "Newark"),
    ("Greenbrier-Pocahontas County", "Pocahontas County"),
    ("Oaxaca State", "Oaxaca"),
])
def test_known_name_at_either_end_is_the_place(text, expected):
    assert part(text) == expected


@pytest.mark.parametrize("text", [
    "Chestatee River",  # a natural feature named after a place is not the place
    "Lake Cunningham",
    "Dublin Road",  # a street
    "Scott West",  # a bare compass word is no place
    "Act Two",  # an alias ("ACT") is not enough
    "Giant Eagle Market",  # a name inside, neither opening nor closing the mention
])
def test_no_narrowing(text):
    assert part(text) == text


def test_facility_needs_of_or_a_comma_before_a_city():
    assert part("Port of Los Angeles", "FAC") == "Los Angeles"
    assert part("Donington Park, Leicestershire", "FAC") == "Leicestershire"  # a county
    assert part("Coronado Meat Market", "FAC") == "Coronado Meat Market"
