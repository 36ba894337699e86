"""The neural framing tagger's run-time side: Docs aligned with the framing tokens, probabilities
per token, span decoding, and a missing weights file."""

from __future__ import annotations

import numpy as np

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
