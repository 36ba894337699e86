"""A small neural token tagger for framing spans (Loaded_Language, Name_Calling,Labeling).

A spaCy ``tagger`` over the tokens of ``framing_features.tokens`` (so its probabilities line up
with the scorer's and the CRF's tokens) with three labels: ``O``, ``LL`` (inside a
Loaded_Language span), ``NC`` (inside a Name_Calling,Labeling span; where the two overlap, NC,
as in ``framing_crf.bio``). An inside/outside tagger rather than ``ner`` or ``spancat``: its
softmax gives every token a probability per technique, which the seed/grow decoder of the
scorer and the CRF (``framing_model.decode``) turns into spans at any threshold, so precision
can be traded for recall and the output can be combined with the other stages token by token.

Its tok2vec (``tok2vec_config``) is spaCy's ``Tok2Vec.v2``: hash embeddings of NORM, PREFIX, SUFFIX,
SHAPE, SPACY, IS_SPACE (the rows of ``en_core_web_sm``'s shared tok2vec, so its trained tables
can initialise them) plus the static word2vec vectors of ``data/framing_crf/framing_vectors.npz``
(30,000 lowercased words, 64 dims, kept frozen), mixed by a maxout layer, then a 4-layer maxout
CNN (window 1, width 96). ``evaluation.framing_neural_fit`` writes the fitted weights (the
tagger model's bytes; the labels are ``LABELS``; the vectors are read from the npz, not stored
twice) to the file you name; ``model`` loads them from ``MODEL_FILE`` or a path you give, once
per process. Nothing is downloaded.

Measured, not wired into the step (eval/framing_neural.md): ``step_marginals`` blends the CRF's
Loaded_Language marginal with the tagger's probability (their mean) before the CRF veto and the
CRF spans; dev two-fold CV LL F1 0.284 → 0.290 / 0.289 (two seeds) at v8's thresholds, NC worse
in every combination. The gain is the size of the checkpoint-to-checkpoint swing while the tagger
doubles the framing step's time (+19.5 ms per article), so no weights ship and ``model()``
returns None unless you fit and place them yourself.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from .framing_features import Token, tokens

LABELS = ("O", "LL", "NC")
TECHNIQUES = {"LL": "Loaded_Language", "NC": "Name_Calling,Labeling"}
MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "framing_neural" / "framing_neural.bin"
VECTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "framing_crf" / "framing_vectors.npz"
ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "SPACY", "IS_SPACE"]
ROWS = [5000, 1000, 2500, 2500, 50, 50]
WIDTH, DEPTH = 96, 4
#: techniques whose CRF marginals are blended with the tagger's probabilities (``blended``):
#: dev two-fold CV lifted Loaded_Language and cost Name_Calling (eval/framing_neural.md)
BLENDED = ("Loaded_Language",)
#: (seed, grow) of the decoder per technique, when spans are asked for
THRESHOLDS = {"Loaded_Language": (0.5, 0.2), "Name_Calling,Labeling": (0.5, 0.2)}


def tok2vec_config(static_vectors: bool = True) -> dict:
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": WIDTH, "attrs": list(ATTRS),
                  "rows": list(ROWS), "include_static_vectors": static_vectors},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": WIDTH, "depth": DEPTH,
                   "window_size": 1, "maxout_pieces": 3},
    }


def load_vectors(vocab, path: Path = VECTORS_FILE) -> None:
    """Put the word2vec vectors (keyed by the lowercased word) into ``vocab``."""
    from spacy.vectors import Vectors

    data = np.load(path, allow_pickle=False)
    words = [str(w) for w in data["words"]]
    keys = [vocab.strings.add(w) for w in words]
    vocab.vectors = Vectors(strings=vocab.strings, data=data["vectors"].astype(np.float32), keys=keys,
                            attr="LOWER")


def blank(static_vectors: bool = True):
    """An untrained pipeline: blank English vocabulary (+ vectors) and the tagger."""
    import spacy

    nlp = spacy.blank("en")
    if static_vectors:
        load_vectors(nlp.vocab)
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "normalize": True,
                                             "tok2vec": tok2vec_config(static_vectors)}})
    return nlp


def doc_of(nlp, text: str, toks: list[Token]):
    """A spaCy Doc whose tokens are ``toks`` (whitespace after each kept as ``SPACY``)."""
    from spacy.tokens import Doc

    words = [t.text for t in toks]
    spaces = [i + 1 < len(toks) and toks[i + 1].start > t.end or i + 1 == len(toks) and len(text) > t.end
              for i, t in enumerate(toks)]
    return Doc(nlp.vocab, words=words, spaces=spaces)


@lru_cache(maxsize=1)
def model(path: str | None = None):
    """The shipped tagger pipeline, or None when the weights file is missing."""
    file = Path(path) if path else MODEL_FILE
    if not file.exists():
        return None
    nlp = blank()
    tagger = nlp.get_pipe("tagger")
    for label in LABELS:
        tagger.add_label(label)
    nlp.initialize()
    tagger.model.from_bytes(file.read_bytes())
    return nlp


def probabilities(nlp, docs) -> list[dict[str, np.ndarray]]:
    """Per doc, technique → per-token probability (softmax share of its label)."""
    tagger = nlp.get_pipe("tagger")
    index = {label: tagger.labels.index(label) for label in TECHNIQUES}
    out = []
    for scores in tagger.model.predict(list(docs)):
        scores = tagger.model.ops.to_numpy(scores)
        out.append({TECHNIQUES[k]: scores[:, i].astype(np.float64) for k, i in index.items()})
    return out


def token_probabilities(text: str, toks: list[Token] | None = None, nlp=None,
                        ranges: list[tuple[int, int]] | None = None) -> dict[str, np.ndarray] | None:
    """technique → probability per token of ``toks`` (default ``tokens(text)``), one Doc per line
    (``framing_crf.lines``) as in training; None without a model. Punctuation keeps its
    probability (the decoder never seeds on it). ``ranges``: only these lines are tagged (the
    others get 0; a line's probabilities do not depend on the other lines)."""
    from .framing_crf import lines

    nlp = nlp or model()
    if nlp is None:
        return None
    toks = tokens(text) if toks is None else toks
    out = {t: np.zeros(len(toks)) for t in TECHNIQUES.values()}
    ranges = lines(text, toks) if ranges is None else ranges
    docs = [doc_of(nlp, text[:toks[end - 1].end], toks[first:end]) for first, end in ranges]
    for (first, end), values in zip(ranges, probabilities(nlp, docs) if docs else []):
        for technique, column in out.items():
            column[first:end] = values[technique]
    return out


def blended(marginal: dict[str, np.ndarray], probs: dict[str, np.ndarray] | None,
            techniques: tuple[str, ...] = BLENDED) -> dict[str, np.ndarray]:
    """The CRF ``marginal`` with, for each of ``techniques``, the mean of the CRF marginal and
    the tagger's probability instead (no weight fitted); the other techniques as they are."""
    if probs is None:
        return marginal
    return {t: (np.asarray(v) + np.asarray(probs[t])) / 2 if t in techniques else v for t, v in marginal.items()}


def step_marginals(text: str, toks: list[Token], marginal: dict[str, np.ndarray], spans: list,
                   seeds: dict[str, float] | None = None, nlp=None) -> dict[str, np.ndarray]:
    """The CRF ``marginal`` blended with the tagger (``blended``) for the step: ``spans`` are the
    learned-list/scorer spans the CRF veto will judge, ``seeds`` the CRF span seeds (default
    ``framing_crf.CRF_THRESHOLDS``'). The tagger runs only on the lines where it can change the
    output: a line holding one of ``spans`` of a blended technique, or a token whose CRF marginal
    could reach the seed once blended (≥ 2 × seed − 1). Elsewhere the blend takes 0 for the
    tagger, which leaves every value under the seed, and spans never grow across a line, so the
    output is the same as with the tagger run on every line."""
    from .framing_crf import CRF_THRESHOLDS, lines

    nlp = nlp or model()
    if nlp is None or not toks:
        return marginal
    seeds = {t: CRF_THRESHOLDS[t][0] for t in CRF_THRESHOLDS} if seeds is None else seeds
    needed = []
    for first, end in lines(text, toks):
        lo, hi = toks[first].start, toks[end - 1].end
        if any(t in BLENDED and s < hi and lo < e for t, s, e, *_ in spans) or any(
                np.any(np.asarray(marginal[t][first:end]) >= 2 * seeds.get(t, 1.0) - 1) for t in BLENDED):
            needed.append((first, end))
    if not needed:
        return blended(marginal, {t: np.zeros(len(toks)) for t in TECHNIQUES.values()})
    return blended(marginal, token_probabilities(text, toks, nlp, needed))


def neural_spans(text: str, toks: list[Token] | None = None, probs: dict[str, np.ndarray] | None = None,
                 thresholds: dict[str, tuple[float, float]] | None = None) -> list[tuple[str, int, int, float]]:
    """(technique, start, end, confidence) spans decoded from the tagger's probabilities by the
    seed/grow rule (``framing_crf.crf_spans``; punctuation never seeds or grows)."""
    from .framing_crf import crf_spans

    toks = tokens(text) if toks is None else toks
    probs = token_probabilities(text, toks) if probs is None else probs
    if probs is None:
        return []
    return crf_spans(text, toks, probs, THRESHOLDS if thresholds is None else thresholds)
