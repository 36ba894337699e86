"""Subjects the parser mislabels (:mod:`eventwire.extract.event_args`): a proper name read as
an adverb before a finite verb is its subject, while day names, names beside a real subject,
names set off by a comma and names before an untensed verb stay adverbials. Parses built by
hand."""

from __future__ import annotations

import pytest


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
