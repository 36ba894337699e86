"""Verb + particle senses news uses for CAMEO acts, as CAMEO's verb dictionary is organised
(verb, particle, object): "hit out at" / "lash out at" criticize (111), "rule out" rejects
(12; what is ruled out is no event of its own), "back" endorses (051). Invented sentences;
entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


def _events(make_article, analyse, text: str) -> list:
    article = make_article(text, actors=ACTORS)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text))[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events if e.modality != "negated"]


@pytest.mark.parametrize("text, code", [
    ("Peru hit out at Chile over its fishing policy.", "111"),
    ("Peru lashed out at Chile.", "111"),
    ("Peru ruled out talks with Chile.", "120"),
    ("Peru ruled out a ceasefire with Chile.", "120"),
    ("Peru backed Chile's bid for a seat on the council.", "051"),
])
def test_particle_senses(make_article, analyse, text, code):
    assert _events(make_article, analyse, text) == [(code, ["Peru"], ["Chile"])]


def test_hitting_without_out_is_no_criticism(make_article, analyse):
    codes = [code for code, _, _ in _events(make_article, analyse, "Peru hit Chile with missiles.")]
    assert "111" not in codes


def test_backing_down_is_no_endorsement(make_article, analyse):
    codes = [code for code, _, _ in _events(make_article, analyse, "Peru backed down on its demands.")]
    assert "051" not in codes


def test_a_call_for_talks_is_an_appeal_to_meet(make_article, analyse):
    # the noun asked for is absorbed by the appeal and refines it (CAMEO 026)
    assert _events(make_article, analyse, "Peru called for talks with Chile.") == \
        [("026", ["Peru"], ["Chile"])]
