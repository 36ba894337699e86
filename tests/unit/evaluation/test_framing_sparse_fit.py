"""Fitting the sparse framing scorer, on sentences written here."""

from __future__ import annotations

import numpy as np

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_sparse_fit import _lbfgs, drop_overlaps, fit_all, vocabulary
from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_sparse import token_keys

NC = "Name_Calling,Labeling"
LL = "Loaded_Language"


def _articles():
    out = []
    for n in range(12):
        label = ("grifters", "zealots", "stooges")[n % 3]
        text = f"Critics said the {label} met officials on day {n}. The meeting ended at noon."
        start = text.index(label)
        out.append(GoldArticle(str(n), text, [(NC, start, start + len(label))]))
    return out


def test_vocabulary_keeps_only_strings_of_two_articles():
    articles = _articles()[:2] + [GoldArticle("x", "Lone zyzzyvas gathered.", [])]
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    vocab = vocabulary(articles, keys_of)
    assert "w=critics" in vocab and "w=zyzzyvas" not in vocab and "w=1" not in vocab and "r1=officials" in vocab


def test_fit_gives_labelled_words_positive_sparse_weights():
    articles = _articles()
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    dense, sparse = fit_all(articles, keys_of)
    assert set(dense) == {LL, NC}
    assert sparse[NC]["w=grifters"] > 0 and sparse[NC].get("w=noon", 0.0) <= 0


def test_lbfgs_minimises_a_quadratic():
    target = np.array([1.0, -2.0, 3.0])
    w = _lbfgs(lambda x: (float(((x - target) ** 2).sum()), 2 * (x - target)), np.zeros(3))
    assert np.allclose(w, target, atol=1e-3)


def test_drop_overlaps_removes_the_named_technique_only_where_they_meet():
    spans = [(LL, 0, 10), (NC, 5, 15), (NC, 30, 40), ("Doubt", 0, 10)]
    assert drop_overlaps(spans, NC) == [(LL, 0, 10), (NC, 30, 40), ("Doubt", 0, 10)]
    assert drop_overlaps(spans, LL) == spans[1:]
    assert drop_overlaps(spans, "both") == spans


def test_cross_validation_scores_tokens_as_the_shipped_scorer_does():
    from eventwire.evaluation.framing_sparse_fit import probabilities
    from eventwire.extract.framing_features import features
    from eventwire.extract.framing_learned import learned_words
    from eventwire.extract.framing_model import token_probabilities, weights
    from eventwire.extract.framing_sparse import sparse_weights

    text = "Critics mocked the so-called experts and their reckless, corrupt scheme."
    toks = tokens(text)
    dense = {t: np.asarray(w) for t, w in weights().items()}
    got = probabilities(features(text, toks, learned_words()), token_keys(text, toks), dense, sparse_weights())
    _, shipped = token_probabilities(text)
    assert set(got) == set(shipped) == {LL, NC}
    for technique in shipped:
        assert np.allclose(got[technique], shipped[technique])
