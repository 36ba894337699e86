"""Round 13: a country that is only the topic of a noun phrase is no party ("the debate about
X's economy", "advice on the legality of the X war", "a meeting on X reform"), while the
object of a target preposition still is ("an attack on X"). Invented sentences; entities made
by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_phrase import is_topic
from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Chilean": ("NORP", "CHL"),
    "Bolivia": ("GPE", "BOL"),
}


def _article(make_article, text: str):
    return make_article(text, actors=ACTORS)


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


# 2. a proper name the parser reads as an adverb ---------------------------------------------

def _doc(words, tags, pos, deps, heads):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize("dep", ["advmod", "neg", "npadvmod"])
def test_a_surname_read_as_an_adverb_is_the_subject_of_a_finite_verb(dep):
    from eventwire.extract.event_args import subject_heads

    doc = _doc(["Kovalenko", "called", "the", "plan", "a", "crime", "."],
               ["NNP", "VBD", "DT", "NN", "DT", "NN", "."],
               ["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
               [dep, "ROOT", "det", "dobj", "det", "oprd", "punct"], [1, 1, 3, 1, 5, 1, 1])
    actors, recipients = subject_heads(doc[1])
    assert [t.text for t in actors] == ["Kovalenko"] and recipients == []


@pytest.mark.parametrize("words, tags, pos, deps, heads", [
    # a day name as a bare adverbial is no subject
    (["Monday", "saw", "protests", "."], ["NNP", "VBD", "NNS", "."], ["PROPN", "VERB", "NOUN", "PUNCT"],
     ["npadvmod", "ROOT", "dobj", "punct"], [1, 1, 1, 1]),
    # a real subject is kept as the parser gave it: the name then stays an adverbial
    (["Kovalenko", "he", "called", "."], ["NNP", "PRP", "VBD", "."], ["PROPN", "PRON", "VERB", "PUNCT"],
     ["advmod", "nsubj", "ROOT", "punct"], [2, 2, 2, 2]),
    # a comma between the name and the verb marks a vocative or a fronted phrase
    (["Kovalenko", ",", "called", "."], ["NNP", ",", "VBD", "."], ["PROPN", "PUNCT", "VERB", "PUNCT"],
     ["advmod", "punct", "ROOT", "punct"], [2, 2, 2, 2]),
    # an untensed verb need not have a subject
    (["Kovalenko", "calling", "."], ["NNP", "VBG", "."], ["PROPN", "VERB", "PUNCT"],
     ["advmod", "ROOT", "punct"], [1, 1, 1]),
])
def test_no_subject_is_made_up(words, tags, pos, deps, heads):
    from eventwire.extract.event_args import mislabeled_subject, subject_heads

    doc = _doc(words, tags, pos, deps, heads)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert mislabeled_subject(verb) == []
    assert all(t.dep_ == "nsubj" for t in subject_heads(verb)[0])
