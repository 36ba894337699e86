"""Material cooperation and its parties: joint exercises of a compound actor are the
reciprocal form (062, every party an actor, no recipient, as "X and Y met"), training another's
forces is military cooperation (062), and support or a loan "for X" names X. Invented
sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
    "Bolivian troops": ("NORP", "BOLMIL"),
}


def _events(make_article, analyse, text: str) -> list:
    article = make_article(text, actors=ACTORS)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text))[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events if e.modality != "negated"]


def test_joint_exercises_of_two_parties_are_reciprocal(make_article, analyse):
    found = _events(make_article, analyse, "Peru and Chile held joint naval exercises.")
    assert found == [("062", ["Chile", "Peru"], [])]


def test_joint_exercises_of_one_party_name_no_partner(make_article, analyse):
    # COOPERATE needs a recipient (PLOVER); one party alone is no cooperation event
    assert _events(make_article, analyse, "Peru held joint naval exercises.") == []


def test_training_another_s_forces_is_military_cooperation(make_article, analyse):
    found = _events(make_article, analyse, "Peru trained Bolivian troops.")
    assert found == [("062", ["Peru"], ["Bolivian troops"])]


@pytest.mark.parametrize("text, code", [
    ("Peru pledged support for Chile.", "030"),
    ("Peru approved a loan for Chile.", "071"),
])
def test_for_names_the_beneficiary(make_article, analyse, text, code):
    assert _events(make_article, analyse, text) == [(code, ["Peru"], ["Chile"])]
