"""A verb row's object list is matched in the row's own slot (round 15): the object of its own
preposition, the direct object for rows without one. Possessors of agent-reading act nouns,
and passive participles that describe a thing. Invented sentences; entities made by hand."""

from __future__ import annotations

import pytest


#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
          "France": ("GPE", "FRA")}


def test_object_of_another_preposition_does_not_meet_the_row(asserted_events):
    # "talks" is where the mediation happens, not what is agreed to: the agree-to-mediation
    # row (038) stands, the agree-to-talks row (036) does not take the "in" object
    found = asserted_events(ACTORS,
                    "Peru agreed to Bolivian mediation in the talks with Chile.")
    assert ("036", ["Peru"], ["Chile"]) not in found
    assert [code for code, _, _ in found if code.startswith("03")] == ["038"]


@pytest.mark.parametrize("text, code", [
    ("Peru agreed to talks with Chile.", "036"),          # the surface plural meets the row
    ("Peru withdrew from the talks with Chile.", "164"),  # "from" row, its object's "with"
    ("Peru pulled out of the talks with Chile.", "164"),  # "out of" on the particle
    ("Peru called off the talks with Chile.", "164"),     # phrasal particle: the direct object
])
def test_prepositional_rows_read_their_own_object(asserted_events, text, code):
    assert (code, ["Peru"], ["Chile"]) in asserted_events(ACTORS, text)


def test_pulling_out_of_talks_is_no_troop_withdrawal(asserted_events):
    codes = [code for code, _, _ in asserted_events(ACTORS,
                                           "Peru pulled out of the talks with Chile.")]
    assert "087" not in codes


def test_object_shifted_after_a_phrase_still_meets_the_row(asserted_events):
    # heavy-NP shift: "money" follows "by courier" and the parser reads it inside that phrase
    found = asserted_events(ACTORS, "Peru has received by courier money from Chile.")
    assert ("071", ["Chile"], ["Peru"]) in found


@pytest.mark.parametrize("text, actor, recipient", [
    # news usage makes a lone genitive of an occupation or blockade its agent (event_lexicon)
    ("Peru's occupation has lasted ten years.", ["Peru"], []),
    ("Peru's blockade hurt the economy.", ["Peru"], []),
    ("Peru's blockade on Chile hurt the economy.", ["Peru"], ["Chile"]),
    ("Peru's occupation of Bolivia has lasted ten years.", ["Peru"], ["Bolivia"]),
])
def test_possessor_of_an_occupation_is_its_agent(asserted_events, text, actor, recipient):
    found = [e for e in asserted_events(ACTORS, text) if e[0][:2] == "19"]
    assert found and found[0][1:] == (actor, recipient)


def test_possessor_of_an_arrest_stays_its_patient(asserted_events):
    # an affected patient may stand in the genitive: Peru's (citizens') arrest
    found = [e for e in asserted_events(ACTORS, "Peru's arrest angered Chile.")
             if e[0] == "173"]
    assert found and all("Peru" not in actor and "Peru" in recipient
                         for _, actor, recipient in found)


@pytest.mark.parametrize("text", [
    "Chile passed a law backed by France.",
    "Chile dropped the schemes backed by French directives.",
])
def test_participle_describing_a_thing_is_no_endorsement(asserted_events, text):
    assert not [e for e in asserted_events(ACTORS, text) if e[0].startswith("05")]


def test_participle_describing_a_party_is_an_endorsement(asserted_events):
    found = asserted_events(ACTORS, "The Peru delegation, backed by France, left.")
    assert ("051", ["France"], ["Peru"]) in found


def test_finite_backing_of_a_plan_stays(asserted_events):
    assert [e[0] for e in asserted_events(ACTORS, "France backed the plan.")] == ["051"]


def test_talks_left_are_no_event_of_their_own(asserted_events):
    # the row names its object: "the talks" are what is left, not talks held
    found = asserted_events(ACTORS, "Peru pulled out of the talks with Chile.")
    assert [code for code, _, _ in found] == ["164"]


@pytest.mark.parametrize("text, code", [
    ("Peru supplied Chile with weapons.", "072"),
    ("Peru provided Chile with loans.", "071"),
    ("Peru provided weapons to Chile.", "072"),
])
def test_fulfilling_alternation_names_the_one_given_to(asserted_events, text, code):
    assert (code, ["Peru"], ["Chile"]) in asserted_events(ACTORS, text)


def test_with_companion_is_no_theme(asserted_events):
    # "with" a party is company, not a thing given: no aid event
    codes = [c for c, _, _ in asserted_events(ACTORS, "Peru provided Chile with Bolivia.")]
    assert not [c for c in codes if c.startswith("07")]
