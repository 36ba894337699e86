"""Round 13: a country that is only the topic of a noun phrase is no party ("the debate about
X's economy", "advice on the legality of the X war", "a meeting on X reform"), while the
object of a target preposition still is ("an attack on X"). Invented sentences; entities made
by hand with their spaCy types."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.event_phrase import is_topic
from eventwire.extract.events import events_and_anaphors
from eventwire.record import Actor, Entity, Mention

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean": ("NORP", "CHL"),
    "Bolivia": ("GPE", "BOL"),
}


def _article(make_article, text: str):
    entities = []
    for name, (kind, code) in ACTORS.items():
        found = tuple(Mention(start=m.start(), end=m.end(), text=m.group())
                      for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
        if found:
            actor = Actor(code=code, country=code[:3], sectors=(code[3:6],) if len(code) > 3 else ())
            entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=kind,
                                   mentions=found, actor=actor))
    return make_article(text, entities=tuple(entities))


def _events(make_article, analyse, text: str):
    article = _article(make_article, text)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text))[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events]


def _recipients(make_article, analyse, text: str) -> set:
    return {name for _, _, recipients in _events(make_article, analyse, text) for name in recipients}


@pytest.mark.parametrize("text, topic", [
    ("Peru rejected calls for the publication of advice on the legality of the Chile war.", "Chile"),
    ("Peru rejected questions about Chile's economy.", "Chile"),
    ("Peru criticised the debate about Chilean pensions.", "Chilean"),
    ("A meeting on Chilean reform was hosted by Peru.", "Chilean"),
])
def test_a_country_modifying_a_topic_is_no_recipient(make_article, analyse, text, topic):
    assert topic not in _recipients(make_article, analyse, text)


@pytest.mark.parametrize("text, target", [
    # the object of a topic preposition is itself what the comment is about (PETRARCH)
    ("Peru welcomed rumours about Chile.", "Chile"),
    # "on" after a noun whose lexicon rows take an "on" target names the target
    ("Peru condemned the attack on Chile.", "Chile"),
    ("Peru imposed sanctions on Chile.", "Chile"),
    # a participle clause below the topic still names the message's source
    ("Peru welcomed assurances on trade issues sent from Chile.", "Chile"),
])
def test_targets_and_topic_objects_stay_recipients(make_article, analyse, text, target):
    assert target in _recipients(make_article, analyse, text)


def test_the_actor_is_kept_when_the_topic_recipient_goes(make_article, analyse):
    events = _events(make_article, analyse, "Peru rejected questions about Chile's economy.")
    assert events and all(actor == ["Peru"] for _, actor, _ in events)


@pytest.mark.parametrize("text, word, expected", [
    ("The talks about trade ended.", "about", True),
    ("The dispute over water ended.", "over", True),
    ("The meeting on reform ended.", "on", True),
    ("The attack on the town ended.", "on", False),
    ("The sanctions on the country ended.", "on", False),
    ("The talks in the city ended.", "in", False),
])
def test_is_topic(analyse, text, word, expected):
    analysis = analyse(text)
    doc = analysis.parse(analysis.sentences)[0].doc
    token = next(t for t in doc if t.lower_ == word)
    assert is_topic(token) is expected
