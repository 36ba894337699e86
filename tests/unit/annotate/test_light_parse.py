"""Light parses (no attribute ruler / lemmatizer) give the same tree and the same POS on the
requested words as the full pipeline, and a later full request completes them exactly."""

from __future__ import annotations

import pytest

from eventwire.annotate.light_parse import context_words, light_ok
from eventwire.annotate.nlp import parse_batch, parse_pipeline

TEXT = ("The minister said on Monday that talks would resume.  Critics warned the plan was weak. "
        "There is no show tonight, the spokeswoman told reporters. She says  it has been delayed.")
WORDS = frozenset({"said", "warned", "told", "says", "show"})


def _attrs(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc]


def _tree(doc):
    return [(t.text, t.dep_, t.head.i) for t in doc]


def test_light_parse_matches_full_on_tree_and_requested_words(analyse):
    light, full = analyse(TEXT), analyse(TEXT)
    sents = light.sentences
    got = light.parse(sents, pos_for=WORDS)
    want = full.parse(sents)
    assert len(light._light) == len(sents)
    for g, w in zip(got, want):
        assert _tree(g.doc) == _tree(w.doc)
        for gt, wt in zip(g.doc, w.doc):
            if gt.lower_ in WORDS or gt.is_space:
                assert (gt.pos_, gt.tag_, gt.dep_) == (wt.pos_, wt.tag_, wt.dep_)
    # the skipped pipes really were skipped: no lemmas on the light parse yet
    assert all(not t.lemma_ for g in got for t in g.doc if t.lower_ not in WORDS)


def test_full_request_completes_a_light_parse_exactly(analyse):
    light, full = analyse(TEXT), analyse(TEXT)
    sents = light.sentences
    first = light.parse(sents, pos_for=WORDS)
    completed = light.parse(sents)
    assert not light._light
    assert [p.doc for p in completed] == [p.doc for p in first]  # same objects, finished in place
    for g, w in zip(completed, full.parse(sents)):
        assert _attrs(g.doc) == _attrs(w.doc)


def test_light_request_for_other_words_completes(analyse):
    analysis = analyse(TEXT)
    sents = analysis.sentences[:1]
    analysis.parse(sents, pos_for=frozenset({"said"}))
    assert analysis._light
    analysis.parse(sents, pos_for=frozenset({"said", "talks"}))
    assert not analysis._light
    assert [t.lemma_ for t in analysis.parse(sents)[0].doc][:3] == ["the", "minister", "say"]


def test_parse_batch_light_then_cached(analyse):
    a, b = analyse(TEXT), analyse("Officials said the bridge was closed.")
    parse_batch([(a, a.sentences), (b, b.sentences)], pos_for=WORDS)
    assert len(a._parsed) == len(a.sentences) and len(b._parsed) == 1
    said = next(t for t in b.parse(b.sentences, pos_for=WORDS)[0].doc if t.text == "said")
    assert said.pos_ == "VERB" and said.dep_ == "ROOT"


@pytest.mark.parametrize("word", ["is", "was"])
def test_words_a_multi_token_rule_sets_pos_on_get_the_full_parse(analyse, word):
    assert word in context_words(parse_pipeline())
    assert not light_ok(parse_pipeline(), frozenset({word}))
    analysis = analyse(TEXT)
    analysis.parse(analysis.sentences, pos_for=frozenset({word}))
    assert not analysis._light


def test_sentences_are_cached_but_a_fresh_list(analyse):
    analysis = analyse(TEXT)
    first = analysis.sentences
    first.clear()
    assert len(analysis.sentences) == 4
