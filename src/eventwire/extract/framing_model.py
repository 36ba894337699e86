"""Loaded-language and labelling spans from a small logistic scorer over word features.

Every word gets a probability of lying inside a Loaded_Language span and one for a
Name_Calling,Labeling span: ``sigmoid(w · x + Σ sparse)`` with ``x`` the dense lexicon features of
``framing_features`` (weights ``data/framing_weights.csv``) and the binary lexical features of
``framing_sparse`` (weights ``data/framing_sparse.csv``), both fitted together by
``eventwire.evaluation.framing_sparse_fit`` on the dev-split PTC train articles only; the files
hold one weight per feature name, no text. A span is a run of words with probability ≥ seed
grown over adjacent words with probability ≥ grow (``THRESHOLDS``); punctuation and line breaks
end a span, and function words are trimmed from its edges (a phrase is loaded, not its article
or preposition; a lone function word is no span). Both thresholds were tuned by two-fold
cross-validation inside the dev split.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .framing_features import NAMES, features, tokens
from .framing_learned import learned_words, stop_words
from .framing_sparse import all_logits, sparse_weights, token_keys
from .lexicons import read_table

LINKS = frozenset({"and", "or", "of"})
TECHNIQUES = {"loaded": "Loaded_Language", "labeling": "Name_Calling,Labeling"}
#: (seed, grow) probability thresholds per technique, from two-fold cross-validation inside dev
#: (``evaluation.framing_sparse_fit --cv``): Loaded_Language the best CV F1 whose precision stays
#: within 0.025 of the lists' own (0.324 vs 0.332); Name_Calling the seed whose CV precision has
#: the widest margin over 0.40 without losing recall against v4 (P 0.510, R 0.101)
THRESHOLDS = {"Loaded_Language": (0.25, 0.1), "Name_Calling,Labeling": (0.5, 0.1)}
#: a learned-list span of this technique is kept only where the scorer gives one of its words at
#: least this probability: the list knows the word, the scorer sees its neighbours, line and
#: article, so a label word in a plain context ("militants" in a wire report) is dropped. Chosen
#: by the same dev cross-validation (v4: Name_Calling CV precision 0.301 -> 0.448); for
#: Loaded_Language any veto cost more recall than it bought precision.
SUPPORT = {"Loaded_Language": 0.0, "Name_Calling,Labeling": 0.1}


@dataclass(frozen=True)
class ScoredSpan:
    start: int
    end: int
    technique: str
    confidence: float


@lru_cache(maxsize=1)
def weights() -> dict[str, list[float]]:
    """technique → weights in ``NAMES`` order, from ``framing_weights.csv``."""
    rows = {row["feature"]: row for row in read_table("framing_weights.csv")}
    return {technique: [float(rows[name][column]) if name in rows else 0.0 for name in NAMES]
            for column, technique in TECHNIQUES.items()}


def probabilities(rows: np.ndarray, table: dict[str, list[float]],
                  extra: dict[str, np.ndarray] | None = None) -> dict[str, list[float]]:
    """technique → each token's probability of lying inside a span of it (``extra``: technique →
    logits added per token, the sparse features' share)."""
    extra = extra or {}
    return {technique: list(1 / (1 + np.exp(-np.clip(rows @ np.asarray(ws) + extra.get(technique, 0.0), -30, 30))))
            for technique, ws in table.items()}


def _edge_word(word: str) -> bool:
    """A function word ("a", "of", "and"), which neither begins nor ends a grown span."""
    return word.lower() in stop_words()


def _joins(text: str, toks, probs, at: int, to: int, seed: float, grow: float) -> bool:
    """Whether a span at token ``at`` grows over its neighbour ``to``: a word on the same line
    with probability ≥ ``grow``; a function word only when it links a phrase ("and", "or",
    "of") or is a seed itself, so a span does not run across a verb's auxiliary or subject."""
    tok = toks[to]
    if not tok.word or probs[to] < grow or "\n" in text[toks[min(at, to)].end:toks[max(at, to)].start]:
        return False
    return probs[to] >= seed or not _edge_word(tok.text) or tok.text.lower() in LINKS


def decode(text: str, toks, probs: list[float], seed: float, grow: float) -> list[tuple[int, int, float]]:
    """(start token, end token exclusive, best probability) of each seed run grown over neighbours."""
    spans, i = [], 0
    # the seed words, found in one pass; a seed already inside a grown span is skipped
    seeds = [k for k, (tok, p) in enumerate(zip(toks, probs)) if p >= seed and tok.word]
    for k in seeds:
        if k < i:
            continue
        first, last = k, k
        while (last + 1 < len(toks) and _joins(text, toks, probs, last, last + 1, seed, grow)):
            last += 1
        while (first > 0 and _joins(text, toks, probs, first, first - 1, seed, grow)):
            first -= 1
        i = last + 1
        while first < last and _edge_word(toks[first].text):
            first += 1
        while last > first and _edge_word(toks[last].text):
            last -= 1
        if not _edge_word(toks[first].text) or first < last:
            spans.append((first, last + 1, max(probs[first:last + 1])))
    return spans


def supported(toks, probs: dict[str, list[float]], technique: str, start: int, end: int,
              support: dict[str, float] | None = None) -> bool:
    """Whether the scorer backs a span: some word in ``start:end`` has a probability of
    ``technique`` ≥ its ``SUPPORT`` level (techniques the scorer does not rate always pass)."""
    level = (SUPPORT if support is None else support).get(technique, 0.0)
    if level <= 0.0 or technique not in probs:
        return True
    return any(probs[technique][i] >= level for i, tok in enumerate(toks) if tok.start < end and start < tok.end)


def token_rows(text: str, learned: dict[str, tuple[str, float]] | None = None):
    """(tokens, dense feature rows, sparse feature strings) of ``text``: what the scorer and the
    CRF (``framing_crf``) both read."""
    toks = tokens(text)
    if not toks:
        return toks, np.zeros((0, len(NAMES))), []
    return toks, features(text, toks, learned_words() if learned is None else learned), token_keys(text, toks)


def token_probabilities(text: str, *, table: dict[str, list[float]] | None = None,
                        learned: dict[str, tuple[str, float]] | None = None,
                        sparse: dict[str, dict[str, float]] | None = None, parts=None):
    """(tokens, technique → each token's probability) of ``text`` (``sparse``: technique →
    sparse feature weights, default ``framing_sparse.csv`` with the shipped dense ``table``;
    ``parts``: the :func:`token_rows` of ``text`` when already computed)."""
    toks, rows, keys = parts or token_rows(text, learned)
    if not toks:
        return toks, {}
    if sparse is None and table is None:
        sparse = sparse_weights()
    extra = {}
    if sparse:
        extra = all_logits(keys, sparse)
    return toks, probabilities(rows, table or weights(), extra)


def scored_spans(text: str, *, table: dict[str, list[float]] | None = None,
                 learned: dict[str, tuple[str, float]] | None = None,
                 thresholds: dict[str, tuple[float, float]] | None = None, scored=None) -> list[ScoredSpan]:
    """Loaded_Language and Name_Calling,Labeling spans of ``text`` in text order (``scored``:
    the ``token_probabilities`` of ``text`` when already computed)."""
    toks, probs_of = scored or token_probabilities(text, table=table, learned=learned)
    found = []
    for technique, probs in probs_of.items():
        seed, grow = (thresholds or THRESHOLDS)[technique]
        for first, end, p in decode(text, toks, probs, seed, grow):
            found.append(ScoredSpan(toks[first].start, toks[end - 1].end, technique, round(p, 3)))
    return sorted(found, key=lambda s: (s.start, s.end))
