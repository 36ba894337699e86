"""Actor codes the words around a name decide (issue 3.1, round 15): a country stated in a
party's own noun phrase, an office named as a person's title, the strongest of a person's
titles, and a sentence-first party name that is an ordinary word. Sentences are invented."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import resolve_actor


def codes(entities) -> dict:
    return {e.name: (e.actor.code if e.actor else None) for e in entities}


# --- a country in the phrase beats the party row's own country ------------------------------

@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Italy's Democratic Party", "ITAPTY"),  # the bare name is the US party's row
        ("the Japanese Democratic Party", "JPNPTY"),
        ("Australian Labour MPs", "AUSPTY"),  # the row's sector survives the role noun, as for "Labour MPs"
        ("Dutch Labour Party", "NLDPTY"),
        ("Canada's ruling Liberal Democratic Party", "CANPTY"),  # qualifiers may stand between
        ("Saudi Labour Minister", "SAUGOV"),  # a portfolio before an office: the role reading first
    ],
)
def test_stated_country_overrides_party_row(phrase, code):
    actor = resolve_actor(phrase, "ORG")
    assert actor is not None and actor.code == code
    assert actor.group is None  # not merged with the other country's party


def test_portfolio_reading_needs_an_office_noun():
    assert resolve_actor("Chinese trade minister").code == "CHNGOV"
    assert resolve_actor("Labour MPs").code == "GBRPTY"  # "labour" before MPs is the party


def test_same_country_keeps_the_row_and_its_own_mentions(entities_of):
    found = codes(entities_of("Britain's Labour Party won the vote in the north."))
    assert found["Labour Party"] == "GBRPTY"
    assert found["Britain"] == "GBR"


def test_sentence_with_foreign_democratic_party(entities_of):
    found = codes(entities_of("Italy's Democratic Party won the vote in the capital on Sunday."))
    assert found["Italy's Democratic Party"] == "ITAPTY"
    assert "USAPTY" not in found.values()


def test_armed_group_rows_are_not_rebuilt_from_a_demonym():
    """Only party and legislature names are reused from country to country; an armed group's
    name with another country's demonym is no phrase this rule reads."""
    assert resolve_actor("Egyptian Hamas", "ORG") is None


# --- an office as a title; the strongest title of a person ------------------------------------

def test_office_title_codes_its_holder(entities_of):
    found = codes(entities_of("Commons leader Jane Ardmore said the debate would go ahead."))
    assert found["Jane Ardmore"] == "GBRGOV"
    assert "Commons leader" not in found


def test_party_or_chamber_alone_is_no_title(entities_of):
    found = codes(entities_of("The Commons heard Jane Ardmore speak on Tuesday."))
    assert found.get("Jane Ardmore") is None


def test_party_title_alone_stays_party(entities_of):
    found = codes(entities_of("Labour leader Tom Brackley spoke in Leeds on Friday."))
    assert found["Tom Brackley"] == "GBRPTY"


@pytest.mark.parametrize(
    "text",
    [
        "Labour leader Tony Blair spoke in Leeds. Prime Minister Tony Blair said the plan was fair.",
        "Prime Minister Tony Blair spoke in Leeds. Labour leader Tony Blair said the plan was fair.",
    ],
)
def test_office_title_outranks_party_title(entities_of, text):
    assert codes(entities_of(text))["Tony Blair"] == "GBRGOV"


# --- a sentence-first party name in its ordinary sense ----------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Labour costs rose sharply last year, the firm said.",
        "Conservative estimates put the loss at three million.",
        "Labour markets firmed in March.",
        '"Labour markets firmed in March," the bank said.',  # after an opening quote
        '"Labour is too costly here," the Institute for the Study of Labour said.',
    ],
)
def test_sentence_first_common_word_is_no_party(entities_of, text):
    assert "GBRPTY" not in codes(entities_of(text)).values()


@pytest.mark.parametrize(
    "text",
    [
        "Tories attacked the plan on Monday.",  # no ordinary word to be mistaken for
        "Labour MPs attacked the plan on Monday.",  # a role noun after it
        "Conservatives said the plan was unfair.",
        "Labour and the Conservatives are still calling voters.",  # joined to a name
        "Conservative shadow home secretary Ann Orrin said no.",  # a title before a person
        "Labour is sure of its lead. Voters trust Labour more.",  # a name elsewhere in the story
    ],
)
def test_sentence_first_party_still_found(entities_of, text):
    assert "GBRPTY" in codes(entities_of(text)).values()
