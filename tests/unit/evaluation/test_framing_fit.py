"""Fitting the framing scorer: token labels and the logistic fit, on sentences written here."""

from __future__ import annotations

import math

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_fit import fit, rows_of
from eventwire.extract.framing_features import NAMES

LL = "Loaded_Language"


def test_long_gold_spans_are_left_out_of_training():
    text = "A ghastly raid hit the small quiet northern farming village today."
    long_start = text.index("the small")
    article = GoldArticle("1", text, [(LL, 2, 9), (LL, long_start, len(text) - 1)])
    toks, X, labels = rows_of(article, {})
    words = [t.text for t in toks]
    assert X.shape == (len(toks), len(NAMES))
    assert labels[LL][words.index("ghastly")] == 1.0
    assert labels[LL][words.index("raid")] == 0.0
    assert math.isnan(labels[LL][words.index("village")])


def test_fit_learns_that_a_valenced_word_is_loaded():
    texts = [f"The {w} plan was announced on day {n}." for n, w in enumerate(
        ["horrible", "disgusting", "awful", "terrible", "pathetic", "outrageous"] * 3)]
    articles = [GoldArticle(str(n), t, [(LL, 4, t.index(" plan"))]) for n, t in enumerate(texts)]
    weights = fit([rows_of(a, {}) for a in articles], LL)
    assert weights[NAMES.index("vader")] > 0
