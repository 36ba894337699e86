"""Name spellings the gazetteer must meet: abbreviated name words, spaced state abbreviations."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import default_gazetteer
from eventwire.extract.gazetteer_index import fold


@pytest.mark.parametrize("short, long", [
    ("Mt. Pleasant", "Mount Pleasant"),
    ("Ft. Worth", "Fort Worth"),
    ("St. George", "Saint George"),
    ("Port St. Lucie", "Port Saint Lucie"),
])
def test_place_names_abbreviated_words_fold_like_the_full_word(short, long):
    assert fold(short) == fold(long)


def test_place_names_a_word_merely_starting_like_an_abbreviation_is_kept():
    assert fold("Stanton") == "stanton" and fold("Mtwara") == "mtwara"


@pytest.mark.parametrize("written, region", [
    ("W. Va.", "West Virginia"), ("W.Va.", "West Virginia"), ("N.L.", "Newfoundland and Labrador"),
])
def test_place_names_state_abbreviations_with_or_without_spaces(written, region):
    (cand,) = default_gazetteer().lookup(written)
    assert (cand.feature, cand.name) == ("admin1", region)
