"""The span re-ranker's candidates, span values and selection (``framing_rerank``)."""

from __future__ import annotations

import numpy as np

from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_rerank import SPAN_NAMES, Candidate, candidates, scores, select, span_rows, token_range

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
TEXT = 'The vile regime said "patriots" would win.\nA quiet day.'


def _probs(toks, hot):
    return {LL: [0.9 if t.text in hot else 0.0 for t in toks], NC: [0.0] * len(toks)}


def test_candidates_merge_sources_of_the_same_span():
    toks = tokens(TEXT)
    probs, marginal = _probs(toks, {"vile"}), _probs(toks, {"vile"})
    vile = TEXT.index("vile")
    cands = candidates(TEXT, toks, probs, marginal, [(LL, vile, vile + 4, 0.6)], [])
    assert len(cands) == 1
    assert cands[0].sources == {"scorer", "crf", "learned"} and cands[0].learned == 0.6
    assert [toks[i].text for i in range(cands[0].first, cands[0].end)] == ["vile"]


def test_span_rows_read_probabilities_quotes_and_line():
    toks = tokens(TEXT)
    probs, marginal = _probs(toks, {"vile", "patriots"}), _probs(toks, {"patriots"})
    cands = candidates(TEXT, toks, probs, marginal, [], [])
    rows = span_rows(TEXT, toks, probs, marginal, cands)
    assert rows.shape == (2, len(SPAN_NAMES))
    col = {name: i for i, name in enumerate(SPAN_NAMES)}
    vile, patriots = rows[0], rows[1]
    assert vile[col["p_max"]] == 0.9 and vile[col["c_max"]] == 0.0 and vile[col["agree"]] == 0.0
    assert patriots[col["quoted"]] == 1.0 and vile[col["quoted"]] == 0.0
    assert vile[col["first_JJ"]] == 1.0 and vile[col["line_cands"]] == 0.2
    assert vile[col["p>=0.5"]] == 1.0 and vile[col["c>=0.02"]] == 0.0


def test_select_keeps_the_better_of_two_overlapping_candidates():
    cands = [Candidate(LL, 0, 3), Candidate(LL, 1, 2), Candidate(NC, 1, 2), Candidate(LL, 5, 6)]
    probs = np.array([0.4, 0.8, 0.5, 0.2])
    assert select(cands, probs, {LL: 0.3, NC: 0.3}) == [1, 2]
    assert select(cands, probs, {LL: 0.3, NC: 0.6}, suppress=False) == [0, 1]


def test_scores_use_each_techniques_weights():
    cands = [Candidate(LL, 0, 1), Candidate(NC, 0, 1)]
    rows = np.ones((2, 2))
    out = scores(rows, cands, {LL: np.array([0.0, 0.0]), NC: np.array([5.0, 5.0])})
    assert out[0] == 0.5 and out[1] > 0.99


def test_token_range_covers_partial_words():
    toks = tokens(TEXT)
    assert token_range(toks, TEXT.index("regime") + 2, TEXT.index("said") + 1) == (2, 4)
    assert token_range(toks, 1000, 1001) is None


def test_noun_phrase_candidates_grow_first_stage_labels_only():
    text = "They attacked the corrupt elites again."
    toks = tokens(text)
    zero = {LL: [0.0] * len(toks), NC: [0.0] * len(toks)}
    corrupt = text.index("corrupt")
    cands = candidates(text, toks, zero, zero, [], [(NC, corrupt, corrupt + 7, 0.9)], noun_phrases=True)
    grown = [c for c in cands if "np" in c.sources]
    assert [" ".join(toks[i].text for i in range(c.first, c.end)) for c in grown] == ["the corrupt elites"]
    assert candidates(text, toks, zero, zero, [(NC, corrupt, corrupt + 7, 0.9)], [], noun_phrases=True)[0].sources == {"learned"}
