"""A span-level second stage for the framing step: generous candidates, one logistic score per span.

The scorer (``framing_model``) and the CRF (``framing_crf``) decide word by word and a seed/grow
rule turns their words into spans; nothing there judges a candidate span as a whole. Here the
candidates are generated generously (scorer and CRF seeds under the shipped ones, learned-list
spans, the shipped first stage's own spans) and each is scored by a small logistic model over
span-level values (:data:`SPAN_NAMES`): the scorer's and the CRF's max/mean token probability and
their agreement, the words just outside the span, length, the first and last word's Brill class,
quotation marks, position and length of the line, the line's and the article's density of
candidates (propaganda-heavy lines and articles), the other technique's probabilities.

Fitted offline by ``eventwire.evaluation.framing_rerank_fit`` on candidates from first-stage
models that did not see the candidate's article (nested folds); the weights, if shipped, live in
``data/framing_rerank.csv`` (one weight per value name and technique, no text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .framing_features import Token, _tag
from .framing_learned import stop_words

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
#: candidate seeds (seed, grow) per technique, under the shipped first stage's: scorer, CRF
SCORER_SEEDS = {LL: ((0.12, 0.08), (0.25, 0.1), (0.4, 0.2)), NC: ((0.25, 0.1), (0.5, 0.1))}
CRF_SEEDS = {LL: ((0.25, 0.15), (0.55, 0.15)), NC: ((0.3, 0.15), (0.7, 0.15))}
#: probability bins: the first stage's decisions are thresholds, which a linear score over the
#: raw probabilities cannot express
P_BINS, C_BINS = (0.15, 0.25, 0.35, 0.5), (0.02, 0.1, 0.3, 0.55)
SOURCES = ("scorer", "crf", "learned", "first", "np")
#: Brill classes a Name_Calling noun phrase grows over (left: determiners and modifiers; right: nouns)
NP_LEFT, NP_RIGHT = ("DT", "JJ", "NN", "NNS", "NNP", "PRP$"), ("NN", "NNS")
CLASSES = ("JJ", "RB", "NN", "NNP", "VB", "other")
QUOTES = frozenset('"“”‘’')
SPAN_NAMES = (
    ("bias", "p_max", "p_mean", "c_max", "c_mean", "agree", "both", "p_other", "c_other", "p_out", "c_out")
    + tuple(f"src_{s}" for s in SOURCES) + ("learned_est", "words", "log_chars", "one_word", "upper_share")
    + tuple(f"first_{c}" for c in CLASSES) + tuple(f"last_{c}" for c in CLASSES)
    + ("quoted", "line_pos", "line_words", "line_cands", "line_p", "art_cands", "art_p", "near_cands")
    + tuple(f"p>={b}" for b in P_BINS) + tuple(f"c>={b}" for b in C_BINS) + ("p_logit", "c_logit")
)


@dataclass
class Candidate:
    technique: str
    first: int  # token index
    end: int  # token index, exclusive
    sources: set[str] = field(default_factory=set)
    learned: float = 0.0


def token_range(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """(first, end) indices of the tokens overlapping characters ``start:end``."""
    inside = [i for i, tok in enumerate(toks) if tok.start < end and start < tok.end]
    return (inside[0], inside[-1] + 1) if inside else None


def candidates(text: str, toks: list[Token], probs: dict[str, list[float]], marginal: dict[str, list[float]],
               learned: list[tuple[str, int, int, float]], first_stage: list[tuple[str, int, int, float]],
               scorer_seeds=None, crf_seeds=None, noun_phrases: bool = False) -> list[Candidate]:
    """Distinct (technique, token range) candidates of one article, with where each came from
    (``noun_phrases``: each first-stage Name_Calling span also grown to its noun phrase by Brill
    tags)."""
    from .framing_model import decode

    found: dict[tuple[str, int, int], Candidate] = {}

    def add(technique, first, end, source, estimate=0.0):
        c = found.setdefault((technique, first, end), Candidate(technique, first, end))
        c.sources.add(source)
        c.learned = max(c.learned, estimate)

    for source, values, seeds in (("scorer", probs, scorer_seeds or SCORER_SEEDS), ("crf", marginal, crf_seeds or CRF_SEEDS)):
        for technique, levels in seeds.items():
            if technique in values:
                for seed, grow in levels:
                    for first, end, _ in decode(text, toks, list(values[technique]), seed, grow):
                        add(technique, first, end, source)
    for source, spans in (("learned", learned), ("first", first_stage)):
        for technique, start, end, confidence in spans:
            r = token_range(toks, start, end)
            if technique in (LL, NC) and r:
                add(technique, *r, source, confidence if source == "learned" else 0.0)
    if noun_phrases:
        for c in [c for c in found.values() if c.technique == NC and "first" in c.sources]:
            first, end = noun_phrase(text, toks, c.first, c.end)
            if (first, end) != (c.first, c.end):
                add(NC, first, end, "np", c.learned)
    return sorted(found.values(), key=lambda c: (c.first, c.end, c.technique))


def noun_phrase(text: str, toks: list[Token], first: int, end: int, most: int = 2) -> tuple[int, int]:
    """Token range ``first:end`` grown by up to ``most`` words each side over the Brill classes of
    a noun phrase (same line, no punctuation between)."""
    def joins(a: int, b: int) -> bool:
        return "\n" not in text[toks[a].end:toks[b].start]

    for _ in range(most):  # a determiner opens the phrase: nothing joins before it
        tag = _tag(toks[first - 1].text.replace("’", "'")) if first > 0 else ""
        if not (tag in NP_LEFT and toks[first - 1].word and joins(first - 1, first)):
            break
        first -= 1
        if tag in ("DT", "PRP$"):
            break
    for _ in range(most):
        if end < len(toks) and toks[end].word and joins(end - 1, end) and \
                _tag(toks[end].text.replace("’", "'")) in NP_RIGHT:
            end += 1
    return first, end


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _class(word: str) -> str:
    tag = _tag(word.replace("’", "'"))
    for c in ("NNP", "JJ", "RB", "NN", "VB"):
        if tag.startswith(c):
            return c
    return "other"


def _lines(text: str, toks: list[Token]) -> np.ndarray:
    """Line number of each token."""
    out, line = np.zeros(len(toks), dtype=int), 0
    for i in range(1, len(toks)):
        line += "\n" in text[toks[i - 1].end:toks[i].start]
        out[i] = line
    return out


def span_rows(text: str, toks: list[Token], probs: dict[str, list[float]], marginal: dict[str, list[float]],
              cands: list[Candidate]) -> np.ndarray:
    """One row of :data:`SPAN_NAMES` values per candidate."""
    if not cands:
        return np.zeros((0, len(SPAN_NAMES)))
    line_of = _lines(text, toks)
    words = np.array([t.word for t in toks], dtype=bool)
    n_words = max(1, int(words.sum()))
    line_words = np.bincount(line_of[words], minlength=line_of.max() + 1) if words.any() else np.zeros(line_of.max() + 1)
    P = {t: np.asarray(v, dtype=float) for t, v in probs.items()}
    C = {t: np.asarray(v, dtype=float) for t, v in marginal.items()}
    cand_lines = np.bincount([line_of[c.first] for c in cands], minlength=line_of.max() + 1)
    # the line's and the article's mean scorer probability over words (both techniques)
    p_any = np.maximum(P[LL], P[NC]) if LL in P and NC in P else np.zeros(len(toks))
    line_p = np.bincount(line_of[words], weights=p_any[words], minlength=line_of.max() + 1) / np.maximum(line_words, 1)
    art_p = float(p_any[words].mean()) if words.any() else 0.0
    starts = np.array([c.first for c in cands])
    rows = []
    for c in cands:
        other = NC if c.technique == LL else LL
        idx = [i for i in range(c.first, c.end) if toks[i].word] or list(range(c.first, c.end))
        p, m = P[c.technique][idx], C[c.technique][idx]
        outside = [i for i in (c.first - 1, c.end) if 0 <= i < len(toks) and toks[i].word]
        line = line_of[c.first]
        line_first = int(np.searchsorted(line_of, line))
        span_words = [toks[i].text for i in idx]
        before = text[max(0, toks[line_first].start):toks[c.first].start]
        row = [1.0, p.max(), p.mean(), m.max(), m.mean(), min(p.max(), m.max()), p.max() * m.max(),
               P[other][idx].max(), C[other][idx].max(),
               max((P[c.technique][i] for i in outside), default=0.0),
               max((C[c.technique][i] for i in outside), default=0.0)]
        row += [float(s in c.sources) for s in SOURCES] + [c.learned]
        row += [min(len(idx), 8) / 8, math.log1p(toks[c.end - 1].end - toks[c.first].start) / 5, float(len(idx) == 1),
                sum(w[:1].isupper() for w in span_words) / len(span_words)]
        first_class, last_class = _class(toks[idx[0]].text), _class(toks[idx[-1]].text)
        row += [float(first_class == k) for k in CLASSES] + [float(last_class == k) for k in CLASSES]
        row += [float(sum(ch in QUOTES for ch in before) % 2 == 1 or text[toks[c.first].start - 1:toks[c.first].start] in QUOTES),
                (c.first - line_first) / max(1, line_words[line]), min(line_words[line], 60) / 60,
                min(cand_lines[line], 10) / 10, line_p[line], min(len(cands) / n_words * 100, 20) / 20, art_p,
                min(int(((starts >= c.first - 10) & (starts <= c.end + 10)).sum()) - 1, 10) / 10]
        row += [float(p.max() >= b) for b in P_BINS] + [float(m.max() >= b) for b in C_BINS]
        row += [_logit(p.max()) / 5, _logit(m.max()) / 5]
        rows.append(row)
    return np.asarray(rows, dtype=float)


def scores(rows: np.ndarray, cands: list[Candidate], weights: dict[str, np.ndarray]) -> np.ndarray:
    """Each candidate's probability under its technique's weights (0 without weights)."""
    out = np.zeros(len(cands))
    for technique, w in weights.items():
        mask = np.array([c.technique == technique for c in cands], dtype=bool)
        if mask.any():
            out[mask] = 1 / (1 + np.exp(-np.clip(rows[mask] @ w, -30, 30)))
    return out


def select(cands: list[Candidate], probs: np.ndarray, levels: dict[str, float], *, suppress: bool = True) -> list[int]:
    """Indices of the accepted candidates: probability ≥ the technique's level; with ``suppress``
    a candidate overlapping a better accepted one of its technique is dropped (greedy, best
    first), so overlapping candidates do not merge into a longer span."""
    order = sorted(range(len(cands)), key=lambda i: -probs[i])
    kept: list[int] = []
    for i in order:
        c = cands[i]
        if probs[i] < levels.get(c.technique, 1.1):
            continue
        if suppress and any(cands[j].technique == c.technique and cands[j].first < c.end and c.first < cands[j].end
                            for j in kept):
            continue
        kept.append(i)
    return sorted(kept)


def edge_word(word: str) -> bool:
    return word.lower() in stop_words()
