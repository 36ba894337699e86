"""An event noun that is the object of a verb of planning, hoping, fearing or putting off (the
lexicon's modal verbs) is no event: "postponed *talks*", "feared an *attack*", "hoped for a
*ceasefire*" report no talks, attack or ceasefire (CAMEO codes events that occur). A light verb
performs its noun ("held talks"), a verb presupposing its object leaves it standing ("flew to X
for talks"). Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL")}


def _events(make_article, analyse, text: str) -> list:
    article = make_article(text, actors=ACTORS)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text))[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events if e.modality != "negated"]


@pytest.mark.parametrize("text", [
    "Peru postponed talks with Chile.",
    "Peru delayed the release of Chilean prisoners.",
    "Peru feared an attack by Chile.",
    "Peru hoped for a ceasefire between Chile and Bolivia.",
    "Peru prepared for talks with Chile.",
])
def test_a_mentioned_act_is_no_event(make_article, analyse, text):
    assert _events(make_article, analyse, text) == []


@pytest.mark.parametrize("text, code", [
    ("Peru held talks with Chile.", "040"),
    ("Peru launched an attack on Chile.", "190"),
    ("Peru signed a treaty with Chile.", "057"),
])
def test_a_light_verb_performs_its_noun(make_article, analyse, text, code):
    assert _events(make_article, analyse, text) == [(code, ["Peru"], ["Chile"])]


def test_a_presupposed_act_stays(make_article, analyse):
    found = _events(make_article, analyse, "Peru's envoy flew to Lima for talks with Chile.")
    assert [code for code, _, _ in found] == ["040"]


def test_a_trigger_row_for_the_object_still_codes(make_article, analyse):
    # "postpone" has rows for dissent acts: postponing a demonstration eases dissent (082)
    codes = [c for c, _, _ in _events(make_article, analyse,
                                      "Peru's opposition postponed a demonstration against Chile.")]
    assert codes == ["082"]


def test_calling_off_a_mediation_halts_it(make_article, analyse):
    found = _events(make_article, analyse, "Peru called off its mediation between Chile and Bolivia.")
    assert [code for code, _, _ in found] == ["165"]


@pytest.mark.parametrize("text", [
    "Peru's parliament authorized the army to attack Chile.",
    "Peru gave its army authorization to attack Chile.",
])
def test_an_authorized_act_is_no_event(make_article, analyse, text):
    assert not [c for c, _, _ in _events(make_article, analyse, text) if c.startswith("19")]
