"""Fitting the framing CRF: Viterbi spans and a fit on a handful of invented articles."""

from __future__ import annotations

import pytest

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_crf_fit import train, viterbi_spans
from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_sparse import token_keys

NC = "Name_Calling,Labeling"


def test_viterbi_spans_follow_bio_tags():
    text = "the vile crooks won so-called votes"
    toks = tokens(text)
    tags = ["O", "B-LL", "B-NC", "O", "I-LL", "I-LL"]
    assert [(t, text[s:e]) for t, s, e, _ in viterbi_spans(toks, tags)] == [
        ("Loaded_Language", "vile"), (NC, "crooks"), ("Loaded_Language", "so-called votes")]


def _article(n: int, sentence: str, label: str | None) -> GoldArticle:
    spans = [(NC, sentence.index(label), sentence.index(label) + len(label))] if label else []
    return GoldArticle(f"9{n:03d}", sentence + "\nThe council met on Monday.", spans)


def test_train_writes_a_model_that_tags_labels(tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    articles = [_article(n, s, label) for n, (s, label) in enumerate([
        ("Those crooks ran the city hall", "crooks"), ("The crooks lied about the taxes", "crooks"),
        ("Voters said the crooks must go", "crooks"), ("The mayor thanked the volunteers", None),
        ("The governor visited the school", None), ("Police said the crooks fled", "crooks")] * 2 + [("A zeppelin flew over the crooks", "crooks")])]
    articles = [GoldArticle(f"{a.id}{i}", a.text, a.spans) for i, a in enumerate(articles)]
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    path = tmp_path / "m.crfsuite"
    train(articles, keys_of, path, c1=0.0, c2=0.1, iterations=30)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    assert {"O", "B-NC"} <= set(tagger.labels())
    # a feature string seen in one article only is not in the model (min. two articles)
    info = tagger.info()
    assert any(attr == "w=crooks" for attr, _ in info.state_features)
    assert not any("zeppelin" in attr for attr, _ in info.state_features)
