"""An event noun that is the object of a verb of planning, hoping, fearing or putting off (the
lexicon's modal verbs) is no event: "postponed *talks*", "feared an *attack*", "hoped for a
*ceasefire*" report no talks, attack or ceasefire (CAMEO codes events that occur). A light verb
performs its noun ("held talks"), a verb presupposing its object leaves it standing ("flew to X
for talks"). Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest


#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL")}


@pytest.mark.parametrize("text", [
    "Peru postponed talks with Chile.",
    "Peru delayed the release of Chilean prisoners.",
    "Peru feared an attack by Chile.",
    "Peru hoped for a ceasefire between Chile and Bolivia.",
    "Peru prepared for talks with Chile.",
])
def test_a_mentioned_act_is_no_event(asserted_events, text):
    assert asserted_events(ACTORS, text) == []


@pytest.mark.parametrize("text, code", [
    ("Peru held talks with Chile.", "040"),
    ("Peru launched an attack on Chile.", "190"),
    ("Peru signed a treaty with Chile.", "057"),
])
def test_a_light_verb_performs_its_noun(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Chile"])]


def test_a_presupposed_act_stays(asserted_events):
    found = asserted_events(ACTORS, "Peru's envoy flew to Lima for talks with Chile.")
    assert [code for code, _, _ in found] == ["040"]


def test_a_trigger_row_for_the_object_still_codes(asserted_events):
    # "postpone" has rows for dissent acts: postponing a demonstration eases dissent (082)
    codes = [c for c, _, _ in asserted_events(ACTORS,
                                      "Peru's opposition postponed a demonstration against Chile.")]
    assert codes == ["082"]


def test_calling_off_a_mediation_halts_it(asserted_events):
    found = asserted_events(ACTORS, "Peru called off its mediation between Chile and Bolivia.")
    assert [code for code, _, _ in found] == ["165"]


@pytest.mark.parametrize("text", [
    "Peru's parliament authorized the army to attack Chile.",
    "Peru gave its army authorization to attack Chile.",
])
def test_an_authorized_act_is_no_event(asserted_events, text):
    assert not [c for c, _, _ in asserted_events(ACTORS, text) if c.startswith("19")]
