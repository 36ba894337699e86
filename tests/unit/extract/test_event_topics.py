"""A country that is only the topic of a noun phrase is no party ("the debate about X's
economy", "advice on the legality of the X war", "a meeting on X reform"), while the object of a
target preposition still is ("an attack on X"). Invented sentences; entities made by hand with
their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_nested import is_topic

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean": ("NORP", "CHL"),
    "Bolivia": ("GPE", "BOL"),
}


def _recipients(named_events, text: str) -> set:
    return {name for _, _, recipients in named_events(text, ACTORS) for name in recipients}


@pytest.mark.parametrize("text, topic", [
    ("Peru rejected calls for the publication of advice on the legality of the Chile war.", "Chile"),
    ("Peru rejected questions about Chile's economy.", "Chile"),
    ("Peru criticised the debate about Chilean pensions.", "Chilean"),
    ("A meeting on Chilean reform was hosted by Peru.", "Chilean"),
])
def test_a_country_modifying_a_topic_is_no_recipient(named_events, text, topic):
    assert topic not in _recipients(named_events, text)


@pytest.mark.parametrize("text, target", [
    # the object of a topic preposition is itself what the comment is about (PETRARCH)
    ("Peru welcomed rumours about Chile.", "Chile"),
    # "on" after a noun whose lexicon rows take an "on" target names the target
    ("Peru condemned the attack on Chile.", "Chile"),
    ("Peru imposed sanctions on Chile.", "Chile"),
    # a participle clause below the topic still names the message's source
    ("Peru welcomed assurances on trade issues sent from Chile.", "Chile"),
])
def test_targets_and_topic_objects_stay_recipients(named_events, text, target):
    assert target in _recipients(named_events, text)


def test_the_actor_is_kept_when_the_topic_recipient_goes(named_events):
    events = named_events("Peru rejected questions about Chile's economy.", ACTORS)
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
