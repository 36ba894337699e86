"""The MiniLM CV code's pure parts: gold token masks, frontiers, and the fitted head's stored
arithmetic matching the classifier it came from (skipped without scikit-learn)."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_minilm_combine import frontier
from eventwire.evaluation.framing_minilm_fit import gold_mask
from eventwire.extract.framing_features import tokens

LL = "Loaded_Language"


def test_gold_mask_marks_tokens_overlapping_a_span_of_the_technique_only():
    text = "The vile mob cheered loudly."
    article = GoldArticle("1", text, [(LL, 4, 12), ("Doubt", 13, 20)])
    mask = gold_mask(article, tokens(text), LL)
    assert [t.text for t, m in zip(tokens(text), mask) if m] == ["vile", "mob"]


def test_frontier_takes_the_best_f1_at_or_above_each_floor():
    at = {"a": (0.45, 0.10, 0.164, 10), "b": (0.40, 0.30, 0.343, 30), "c": (0.3995, 0.40, 0.400, 40),
          "d": (0.35, 0.50, 0.412, 50)}
    out = frontier(at, (0.36, 0.40, 0.45, 0.5))
    assert out[0.36][4] == "c"  # 0.3995 passes 0.36
    assert out[0.40][4] == "c"  # precision is rounded to 3 places: 0.3995 → 0.400
    assert out[0.45][4] == "a"
    assert out[0.5] is None


def test_the_stored_logistic_head_reproduces_the_classifier():
    pytest.importorskip("sklearn")
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from eventwire.evaluation.framing_minilm_fit import apply_head, fit_head

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 5)) * [1, 2, 3, 4, 5] + 7
    y = (X[:, 0] - 7 + rng.normal(size=300) > 0).astype(int)
    head = fit_head(X, y, c=0.5)
    scaler = StandardScaler().fit(X)
    reference = LogisticRegression(C=0.5, max_iter=300).fit(scaler.transform(X), y)
    assert np.allclose(apply_head(head, X), reference.predict_proba(scaler.transform(X))[:, 1], atol=1e-6)
    assert head[3][0] > 0  # the informative column gets the positive weight
