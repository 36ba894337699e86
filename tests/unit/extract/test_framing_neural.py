"""The neural framing tagger's run-time side: Docs aligned with the framing tokens, probabilities
per token, span decoding, and a missing weights file."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.extract import framing_neural
from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_neural import (
    blank,
    doc_of,
    model,
    neural_spans,
    token_probabilities,
)

LL, NC = "Loaded_Language", "Name_Calling,Labeling"


def test_doc_tokens_and_spaces_follow_the_framing_tokens():
    text = 'So-called "experts" lied,  again.'
    toks = tokens(text)
    doc = doc_of(blank(static_vectors=False), text, toks)
    assert [t.text for t in doc] == [t.text for t in toks]
    assert [bool(t.whitespace_) for t in doc] == [text[t.end:t.end + 1] == " " for t in toks]


def test_static_vectors_are_keyed_by_the_lowercased_word():
    nlp = blank()
    doc = doc_of(nlp, "The Crisis", tokens("The Crisis"))
    assert nlp.vocab.vectors.shape[1] == 64
    assert doc[1].has_vector and np.allclose(doc[1].vector, nlp.vocab["crisis"].vector)


def test_untrained_tagger_gives_one_probability_per_token():
    nlp = blank()
    tagger = nlp.get_pipe("tagger")
    for label in framing_neural.LABELS:
        tagger.add_label(label)
    nlp.initialize()
    text = "A vile, corrupt plan."
    probs = token_probabilities(text, nlp=nlp)
    assert set(probs) == {LL, NC} and len(probs[LL]) == len(tokens(text))
    assert np.allclose(probs[LL], 1 / 3) and np.allclose(probs[NC], 1 / 3)  # zero-initialised output layer


def test_spans_are_decoded_from_given_probabilities():
    text = "They called him a vile traitor today."
    toks = tokens(text)
    ll = np.zeros(len(toks))
    nc = np.zeros(len(toks))
    ll[4] = 0.9
    nc[4], nc[5] = 0.3, 0.8
    found = neural_spans(text, toks, {LL: ll, NC: nc}, {LL: (0.5, 0.2), NC: (0.5, 0.2)})
    assert [(t, text[s:e]) for t, s, e, _ in found] == [(LL, "vile"), (NC, "vile traitor")]


def test_no_weights_file_means_no_model(tmp_path):
    assert model(str(tmp_path / "missing.bin")) is None


def test_blend_averages_only_the_blended_techniques():
    marginal = {LL: np.array([0.2, 0.0]), NC: np.array([0.6, 0.1])}
    probs = {LL: np.array([0.6, 0.4]), NC: np.array([0.0, 0.9])}
    out = framing_neural.blended(marginal, probs, (LL,))
    assert np.allclose(out[LL], [0.4, 0.2]) and out[NC] is marginal[NC]
    assert framing_neural.blended(marginal, None) is marginal


def _initialised():
    nlp = blank()
    for label in framing_neural.LABELS:
        nlp.get_pipe("tagger").add_label(label)
    nlp.initialize()
    return nlp


def test_step_blend_tags_only_lines_where_it_can_matter_and_keeps_the_spans():
    from eventwire.extract.framing_crf import crf_spans

    nlp = _initialised()  # untrained: every token gets 1/3 per label
    text = "A vile scheme.\nThe weather was mild.\nThey lied again."
    toks = tokens(text)
    ll = np.zeros(len(toks))
    ll[1] = 0.9  # "vile": a CRF seed once blended
    marginal = {LL: ll, NC: np.zeros(len(toks))}
    lied = text.index("lied")
    got = framing_neural.step_marginals(text, toks, marginal, [(LL, lied, lied + 4, 0.5)], {LL: 0.55}, nlp=nlp)
    line2 = [i for i, t in enumerate(toks) if t.text in ("weather", "mild")]
    assert np.allclose(got[LL][line2], 0.0)  # no seed, no span: not tagged
    assert got[LL][1] == pytest.approx((0.9 + 1 / 3) / 2)
    assert got[LL][[t.text for t in toks].index("lied")] == pytest.approx(1 / 6)  # a vetoed span's line is tagged
    assert got[NC] is marginal[NC]
    full = framing_neural.blended(marginal, token_probabilities(text, toks, nlp))
    assert crf_spans(text, toks, got, {LL: (0.55, 0.15)}) == crf_spans(text, toks, full, {LL: (0.55, 0.15)})
