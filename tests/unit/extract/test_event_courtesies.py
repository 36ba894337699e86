"""Courtesies and invitations as CAMEO codes them: congratulating and thanking are praise
(051), condolences extended or sent are an empathetic comment (018), an invitation to visit or to
talks is an intent to meet (036; the visit invited to is no event), and firing shots or rounds at
X targets X even when "at" hangs on what is fired. Invented sentences; entities made by hand
with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Peruvian troops": ("NORP", "PERMIL"),
          "Chilean soldiers": ("NORP", "CHLMIL")}


def _events(make_article, analyse, text: str) -> list:
    article = make_article(text, actors=ACTORS)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text))[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events if e.modality != "negated"]


@pytest.mark.parametrize("text, code", [
    ("Peru congratulated Chile on its election.", "051"),
    ("Peru thanked Chile for its support.", "051"),
    ("Peru extended its condolences to Chile.", "018"),
    ("Peru invited Chile to talks.", "036"),
    ("Peru invited Chile's president to visit Lima.", "036"),
])
def test_courtesy_codes(make_article, analyse, text, code):
    assert _events(make_article, analyse, text) == [(code, ["Peru"], ["Chile"])]


def test_shots_fired_at_a_party_target_it(make_article, analyse):
    found = _events(make_article, analyse, "Peruvian troops fired warning shots at Chilean soldiers.")
    assert found == [("193", ["Peruvian troops"], ["Chilean soldiers"])]


def test_extending_sanctions_is_no_condolence(make_article, analyse):
    codes = [c for c, _, _ in _events(make_article, analyse, "Peru extended its sanctions on Chile.")]
    assert "018" not in codes and codes


@pytest.mark.parametrize("text", [
    "Peru test-fired a long-range missile.",
    "Peruvian troops fired shots into the air.",
])
def test_firing_at_no_one_is_no_attack(make_article, analyse, text):
    assert _events(make_article, analyse, text) == []
