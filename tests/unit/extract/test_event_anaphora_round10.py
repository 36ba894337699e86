"""Round 10: "he"/"she" as an event party, read as the one coded person of the window.
Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import re

from eventwire.extract.events import EventsStep, extract_events
from eventwire.record import Actor, Entity, Mention, offset_errors

#: name → (type, code or None)
ACTORS = {
    "Rosa Quispe": ("PERSON", "PERGOV"), "Juan Araya": ("PERSON", "CHLGOV"),
    "Pablo Rojas": ("PERSON", None), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"),
}


def _mentions(text: str, name: str) -> tuple[Mention, ...]:
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    return tuple(Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(pattern, text))


def article_for(make_article, text: str):
    entities = []
    for name, (kind, code) in ACTORS.items():
        if _mentions(text, name):
            actor = Actor(code=code, country=code[:3], sectors=(code[3:],)) if code else None
            entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=kind,
                                   mentions=_mentions(text, name), actor=actor))
    return make_article(text, entities=tuple(entities))


def accusations(make_article, analyse, text: str):
    events = extract_events(article_for(make_article, text), analyse(text))
    return [(e.actor_code, e.recipient_code) for e in events if e.cameo_root == "11"]


def test_she_takes_the_one_coded_person_before(make_article, analyse):
    text = "Rosa Quispe arrived in Lima on Monday. She accused Chile of spying."
    assert accusations(make_article, analyse, text) == [("PERGOV", "CHL")]


def test_pronoun_mention_sits_on_the_pronoun_with_lower_confidence(make_article, analyse):
    text = "Rosa Quispe arrived in Lima on Monday. She accused Chile of spying."
    out = EventsStep()(article_for(make_article, text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    person = next(e for e in out.entities if e.id == event.actor[0])
    assert person.name == "Rosa Quispe"
    assert [m.text for m in person.mentions if m.start >= event.sentence.start] == ["She"]
    assert offset_errors(out) == []
    assert event.confidence < 0.8


def test_two_coded_people_leave_the_pronoun_empty(make_article, analyse):
    text = "Rosa Quispe met Juan Araya in Lima on Monday. She accused Kenya of spying."
    assert accusations(make_article, analyse, text) == [(None, "KEN")]


def test_a_courtesy_title_of_the_other_gender_rules_a_person_out(make_article, analyse):
    text = "Mr Juan Araya met Rosa Quispe in Lima on Monday. She accused Kenya of spying."
    assert accusations(make_article, analyse, text) == [("PERGOV", "KEN")]


def test_a_nearer_uncoded_person_blocks_the_pronoun(make_article, analyse):
    text = ("Rosa Quispe arrived in Lima on Monday. Pablo Rojas spoke to reporters at the airport. "
            "He accused Chile of spying.")
    assert accusations(make_article, analyse, text) == [(None, "CHL")]


def test_a_nearer_non_person_subject_does_not_block(make_article, analyse):
    text = ("Rosa Quispe arrived in Lima on Monday. The storm began at midnight. "
            "She accused Chile of spying.")
    assert accusations(make_article, analyse, text) == [("PERGOV", "CHL")]


def test_person_outside_the_window_is_not_used(make_article, analyse):
    text = ("Rosa Quispe arrived in Lima on Monday. Prices rose. Rain fell. The river rose. "
            "She accused Chile of spying.")
    assert accusations(make_article, analyse, text) == [(None, "CHL")]
