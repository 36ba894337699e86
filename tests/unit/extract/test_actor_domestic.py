"""Domestic institutions named without a country take the story's home country
(``actors_domestic``). Stories are invented; the first sentences give each a home country
(four or more country-bearing mentions, two in three of one country)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors_domestic import DomesticActorsStep, domestic_roles, sectors_for


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("MPs voted against the plan on Monday.", "MPs", "GBRLEG"),
        ("The bill was passed by Parliament on Monday.", "Parliament", "GBRLEG"),
        ("The opposition criticised the plan.", "opposition", "GBROPP"),
        ("Police arrested two men on Friday.", "Police", "GBRCOP"),
        ("Senior judges rejected the appeal.", "judges", "GBRJUD"),
        ("The army said it was ready.", "army", "GBRMIL"),
        ("Their politicians stayed silent.", "politicians", "GBRPTY"),
    ],
)
def test_bare_domestic_nouns_take_the_home_country(domestic_coded, sentence, name, code, opening):
    assert domestic_coded(opening["UK"] + sentence).get(name) == code


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Police in Basra arrested two men.", "Police"),  # a place names whose police
        ("Labour's MPs were angry on Monday.", "MPs"),  # a possessor names whose MPs
        ("A student parliament met on Monday.", "parliament"),  # a compound noun: not the state's
        ("Police officers near the police station were angry.", "police"),  # a noun modifier
        ("Opposition to the plan grew on Monday.", "Opposition"),  # the abstract noun
        ("Protesters marched on Monday.", "Protesters"),  # not a domestic institution
        ("Rebels attacked a town.", "Rebels"),
        ("Troops left on Monday.", "Troops"),
    ],
)
def test_phrases_naming_someone_else_stay_uncoded(domestic_coded, sentence, name, opening):
    assert domestic_coded(opening["UK"] + sentence).get(name) is None


def test_no_home_country_no_code(domestic_coded, opening):
    assert domestic_coded(opening["MIXED"] + "MPs voted against the plan on Monday.").get("MPs") is None


def test_phrase_with_its_own_country_keeps_it(domestic_coded, opening):
    assert domestic_coded(opening["UK"] + "Iraqi police said they were ready.").get("Iraqi police") == "IRQCOP"


def test_congress_is_the_party_in_indian_stories_and_the_legislature_in_us_ones(domestic_coded, opening):
    assert domestic_coded(opening["INDIA"] + "Congress won the vote on Friday.").get("Congress") == "INDPTY"
    assert domestic_coded(opening["US"] + "Congress passed the bill on Friday.").get("Congress") == "USALEG"


def test_home_specific_sense_falls_back_to_the_general_one():
    assert sectors_for(("congress",), "IND") == ("PTY",)
    assert sectors_for(("congress",), "PHL") == ("LEG",)
    assert sectors_for(("troops",), "GBR") is None


def test_table_lists_only_state_sectors():
    from eventwire.extract.actors_offices import role_offices

    allowed = {"LEG", "PTY", "OPP", "JUD", "COP", "MIL"}
    for words, senses in domestic_roles().items():
        for sectors in senses.values():
            # a government office is listed only as a regional one checked against the home
            # state's institutions (governors)
            assert set(sectors) <= allowed or role_offices().get(words) == "governor"


def test_default_pipeline_runs_the_step_after_places():
    from eventwire.pipeline import Pipeline

    names = [step.name for step in Pipeline.default().steps]
    places = next(i for i, n in enumerate(names) if n.startswith("eventwire.places"))
    assert names[places + 1] == DomesticActorsStep.name
