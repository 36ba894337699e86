"""Events round 18: actors. A capital as the object or possessor of an act is its government
(PETRARCH lists capitals as GOV), but not in a locative phrase; a capital naming an accord is
its venue, not a party; an act in the content of a speculation is not coded; the 1987 state
names (Soviet Union, West Germany, East Germany) resolve as eval/gold/README.md codes them and
a dated office holder of the period gets the office's code. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.evaluation.events import GoldItem, events_pipeline, predicted_labels, run_sentence


@pytest.fixture(scope="module")
def coded():
    """``coded(text)``: the (source country, target country, root) triples of the full events
    pipeline (NER, actors, places, events) on one sentence dated 1987-04-01."""
    pipeline = events_pipeline()
    return lambda text: predicted_labels(
        run_sentence(pipeline, GoldItem("t", text, "1987-04-01", [], "events")))["triple"]


def test_capital_as_object_is_the_government(coded):
    assert ("CAN", "USA", "11") in coded("Canada accused Washington of failing to act.")


def test_capital_as_destination_of_a_trip(coded):
    assert ("KEN", "RUS", "04") in coded("The Kenyan president made a trip to Moscow last week.")


def test_capital_in_a_locative_phrase_is_a_place(coded):
    assert all(t[1] != "CHE" for t in coded("Kenya held talks with Uganda in Bern."))


def test_accord_named_after_a_capital_has_no_party(asserted_events):
    actors = {"Paris": ("GPE", None), "Japan": ("GPE", "JPN")}
    found = asserted_events(actors, "Japan will review the Paris accord next week.")
    assert all("Paris" not in a for _, a, _ in found)


def test_speculation_content_is_no_event(asserted_events):
    actors = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}
    text = "Speculation that Peru will offer wheat to Chile grew this week."
    assert asserted_events(actors, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Soviet Union accused West Germany of spying.", ("RUS", "DEU", "11")),
    ("East Germany criticised Bonn over the border.", ("DDR", "DEU", "11")),
    ("Miyazawa criticised the U.S. over the chip pact.", ("JPN", "USA", "11")),
])
def test_1987_actors(coded, text, expected):
    assert expected in coded(text)
