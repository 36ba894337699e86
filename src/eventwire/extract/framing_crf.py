"""A linear-chain CRF over tokens for Loaded_Language and Name_Calling,Labeling spans.

The per-word scorer of ``framing_model`` rates each word alone and a heuristic grows spans
around seeds; a conditional random field (Lafferty et al. 2001; CRFsuite, Okazaki 2007, through
``python-crfsuite``) labels a whole line at once with BIO tags (``B-LL``/``I-LL`` and
``B-NC``/``I-NC``), so span edges and label phrases ("so-called experts", "the radical Left")
are decided by learned transition and context weights instead of a seed list.

Each token (punctuation too: quotes and commas are context) is described by:

* the dense lexicon values of ``framing_features`` (VADER, Pattern, Brill tags, learned-list
  estimate, shape, neighbours' values, scare quotes, line and article density), as real values;
* the sparse lexical strings of ``framing_sparse`` (word, stem, suffixes, shape, neighbours,
  bigrams, Empath categories), as binary attributes; punctuation gets ``p=`` its character;
* ``BOL``/``EOL`` at the first and last token of a line.

The model (``data/framing_crf/framing_crf.crfsuite``) is fitted by
``eventwire.evaluation.framing_crf_fit`` on the dev-split PTC train articles only; it holds
attribute strings seen in at least two dev articles and their weights, no article text. A span is
decoded from the per-token marginal probability of a technique (``P(B-X) + P(I-X)``) by the same
seed/grow rule as the scorer (``framing_model.decode``), so precision can be traded for recall
with a threshold fixed by dev cross-validation (``CRF_THRESHOLDS``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from .framing_features import NAMES, Token

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "framing_crf" / "framing_crf.crfsuite"
LABELS = {"Loaded_Language": "LL", "Name_Calling,Labeling": "NC"}
#: whether the shipped model reads the scorer's probabilities (``stacked``)
STACKED = False
STACK_NAMES = tuple(f"v5{short}{part}" for short in ("ll", "nc") for part in ("", "@-1", "@+1", "_logit"))
#: (seed, grow) marginal-probability thresholds per technique, from dev two-fold CV
#: (``evaluation.framing_crf_fit --cv``)
CRF_THRESHOLDS = {"Loaded_Language": (0.3, 0.15), "Name_Calling,Labeling": (0.3, 0.15)}


def lines(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """(first, end) token ranges of the lines of ``text`` (a line break between two tokens
    starts a new sequence)."""
    out, first = [], 0
    for i in range(1, len(toks) + 1):
        if i == len(toks) or "\n" in text[toks[i - 1].end:toks[i].start]:
            out.append((first, i))
            first = i
    return [r for r in out if r[1] > r[0]]


def stacked(probs: dict[str, list[float]] | None, n: int) -> np.ndarray | None:
    """The scorer's probabilities as CRF values (``STACK_NAMES``): each technique's probability of
    the token and of its neighbours, and its logit / 5; None without ``probs``."""
    if probs is None:
        return None
    columns = []
    for technique in LABELS:
        p = np.clip(np.asarray(probs[technique], dtype=float), 1e-6, 1 - 1e-6)
        columns += [p, np.r_[0.0, p[:-1]], np.r_[p[1:], 0.0], np.log(p / (1 - p)) / 5]
    return np.column_stack(columns) if n else np.zeros((0, len(STACK_NAMES)))


def items(toks: list[Token], rows: np.ndarray, keys: list[list[str]], first: int, end: int,
          stack: np.ndarray | None = None) -> list[dict]:
    """CRFsuite attribute dictionaries of tokens ``first:end`` (one line); ``stack``: the
    :func:`stacked` scorer values, when the model was fitted with them."""
    out = []
    block = rows[first:end].tolist()
    extra = stack[first:end].tolist() if stack is not None else None
    for i in range(first, end):
        attrs = {name: value for name, value in zip(NAMES, block[i - first]) if value}
        if extra is not None:
            attrs.update(zip(STACK_NAMES, extra[i - first]))
        tok = toks[i]
        if tok.word:
            for k in keys[i]:
                attrs[k] = 1.0
        else:
            attrs["p=" + tok.text] = 1.0
        if i == first:
            attrs["BOL"] = 1.0
        if i == end - 1:
            attrs["EOL"] = 1.0
        out.append(attrs)
    return out


def bio(toks: list[Token], spans: list[tuple[str, int, int]], first: int, end: int) -> list[str]:
    """Gold BIO tags of tokens ``first:end``; where spans of both techniques cover a token the
    label (Name_Calling, the rarer technique) wins."""
    tags = ["O"] * (end - first)
    for technique in ("Loaded_Language", "Name_Calling,Labeling"):
        short = LABELS[technique]
        for t, s, e in spans:
            if t != technique:
                continue
            inside = [i for i in range(first, end) if toks[i].start < e and s < toks[i].end]
            for n, i in enumerate(inside):
                tags[i - first] = ("B-" if n == 0 else "I-") + short
    return tags


def marginals(tagger, xseq: list[dict]) -> dict[str, np.ndarray]:
    """technique → each token's marginal probability of lying inside a span of it."""
    tagger.set(xseq)
    known = set(tagger.labels())
    positions = range(len(xseq))
    out = {}
    for technique, short in LABELS.items():
        tags = [tag for tag in ("B-" + short, "I-" + short) if tag in known]
        out[technique] = np.array([sum(tagger.marginal(tag, i) for tag in tags) for i in positions], dtype=float)
    return out


@lru_cache(maxsize=1)
def tagger():
    """The shipped CRF tagger, or None when the model file or ``pycrfsuite`` is absent."""
    if not MODEL_FILE.exists():
        return None
    try:
        import pycrfsuite
    except ImportError:
        return None
    model = pycrfsuite.Tagger()
    model.open(str(MODEL_FILE))
    return model


def token_marginals(text: str, toks: list[Token], rows: np.ndarray, keys: list[list[str]],
                    probs: dict[str, list[float]] | None = None, model=None) -> dict[str, np.ndarray]:
    """technique → per-token marginal probability over the whole article (zeros without a
    model); ``probs``: the scorer's token probabilities, read when the model is ``STACKED``."""
    model = model if model is not None else tagger()
    out = {t: np.zeros(len(toks)) for t in LABELS}
    if model is None:
        return out
    stack = stacked(probs, len(toks)) if STACKED else None
    for first, end in lines(text, toks):
        for technique, values in marginals(model, items(toks, rows, keys, first, end, stack)).items():
            out[technique][first:end] = values
    return out


def crf_spans(text: str, toks: list[Token], rows: np.ndarray, keys: list[list[str]],
              probs: dict[str, list[float]] | None = None, *,
              thresholds: dict[str, tuple[float, float]] | None = None, model=None) -> list[tuple[str, int, int, float]]:
    """(technique, start, end, confidence) spans of the CRF, decoded from its marginals by the
    seed/grow rule of ``framing_model.decode`` with ``CRF_THRESHOLDS``; empty without a model."""
    from .framing_model import decode

    if not toks:
        return []
    marginal = token_marginals(text, toks, rows, keys, probs, model)
    found = []
    for technique, (seed, grow) in (thresholds or CRF_THRESHOLDS).items():
        values = [float(p) if tok.word else 0.0 for p, tok in zip(marginal[technique], toks)]
        for first, end, p in decode(text, toks, values, seed, grow):
            found.append((technique, toks[first].start, toks[end - 1].end, round(p, 3)))
    return found
