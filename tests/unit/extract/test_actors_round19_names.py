"""Actors round 19: a word of an organisation's name is not an act ("the General Agreement on
Tariffs and Trade" holds no agreement), and "the Gulf" of international news is the Persian
Gulf, a sea with no country, not Papua New Guinea's Gulf Province. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.evaluation.events import GoldItem, events_pipeline, predicted_labels, run_sentence


@pytest.fixture(scope="module")
def coded():
    pipeline = events_pipeline()
    return lambda text: predicted_labels(
        run_sentence(pipeline, GoldItem("t", text, "1987-04-01", [], "events")))["triple"]


def test_agreement_inside_an_organisation_name_is_no_event(coded):
    found = coded("Norway's envoy to the General Agreement on Tariffs and Trade spoke on Monday.")
    assert not any(root == "05" for _, _, root in found)


def test_common_noun_agreement_is_still_an_event(coded):
    assert ("NOR", "SWE", "05") in coded("Norway signed an agreement with Sweden on Monday.") | \
        coded("Norway signed a fisheries agreement with Sweden on Monday.")


def test_the_gulf_has_no_country(coded):
    found = coded("Dozens of tankers were hit in the Gulf by Iran last year.")
    assert ("IRN", "PNG", "19") not in found
    assert all(target != "PNG" for _, target, _ in found)
