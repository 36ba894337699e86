"""Distributional word features for the framing scorer (``data/framing_crf/framing_vectors.npz``).

The file holds, for a bounded vocabulary (the 30,000 most frequent words of unlabelled news
text), a unit word2vec skip-gram vector (float16) and the word's Porter stem (and, in experiment
files, a wordfreq Zipf frequency ×10); it is fitted offline by
``eventwire.evaluation.framing_vectors_fit`` (no gensim or wordfreq at run time). It is read once,
lazily, on the first article.

Per word token, ``VECTOR_NAMES``:

* ``novec``: the word is not in the file (a rare word or a coinage);
* ``sim_ll`` / ``sim_nc``: cosine (floored at 0) to the centroid of the vectors of the learned
  list's entries of that technique (``framing_learned``; word forms, and every vocabulary word of a
  ``~stem`` entry), weighted by their estimates;
* ``near_ll`` / ``near_nc``: the highest cosine to any such entry word of another stem (a word's
  own entry is already the ``ll``/``nc`` value), so a word the list never saw is scored by its
  nearest listed neighbour;
* experiments only: ``zipf`` (Zipf frequency / 8) and ``rare`` (Zipf < 3.5), ``vecK`` dimensions.

The learned list passed in is the one the features use, so in cross-validation the prototypes
come from the training half only. Words outside the file get zeros and ``novec`` 1.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

#: leading principal dimensions of the vector given as values too (``vec0`` …, scaled by
#: ``DIM_SCALE``); the fitting script stores the vectors in their principal-axis basis
DIMS = int(os.environ.get("EVENTWIRE_FRAMING_VECTOR_DIMS", "0"))
DIM_SCALE = 4.0
#: ``zipf``/``rare`` (wordfreq) only when ``EVENTWIRE_FRAMING_ZIPF=1`` and the file holds them: dev CV
#: gave them no gain over the similarities (round 6), and their data is CC-BY-SA 4.0
ZIPF = os.environ.get("EVENTWIRE_FRAMING_ZIPF") == "1"
VECTOR_NAMES = (("zipf", "rare") if ZIPF else ()) + ("novec", "sim_ll", "sim_nc", "near_ll", "near_nc") \
    + tuple(f"vec{k}" for k in range(DIMS))
TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
#: the techniques whose scorer reads the vector columns (the others' weights for them are fitted
#: as zero); the CRF reads none of them (``framing_crf.items``). Dev CV: Name_Calling lost
#: F1 at its precision floor with them in the NC scorer and the CRF, Loaded_Language gained (eval/framing.md, round 6)
USED_BY = tuple(t for t in os.environ.get("EVENTWIRE_FRAMING_VECTOR_USERS", "Loaded_Language").split("|") if t)
RARE = 3.5
CHUNK = 4096
#: columns zeroed for an ablation run (comma-separated names; experiments only, unset in use)
_ABLATED = tuple(n for n in os.environ.get("EVENTWIRE_FRAMING_VECTOR_ABLATE", "").split(",") if n)
_DEFAULT = Path(__file__).resolve().parents[1] / "data" / "framing_crf" / "framing_vectors.npz"


def data_path() -> Path | None:
    """The vectors file, or None when vector features are off: ``EVENTWIRE_FRAMING_VECTORS`` may
    name another file, or ``0`` to turn them off."""
    value = os.environ.get("EVENTWIRE_FRAMING_VECTORS", "")
    if value == "0":
        return None
    path = Path(value) if value else _DEFAULT
    return path if path.exists() else None


def enabled() -> bool:
    return data_path() is not None


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
    """word → row, unit vectors (float32), stem ids, Zipf ×10."""
    with np.load(data_path()) as data:
        words = data["words"].tolist()
        _, stem_ids = np.unique(data["stems"], return_inverse=True)  # compared as integers
        zipf = data["zipf"].astype(np.float32) if "zipf" in data.files else np.zeros(len(words), np.float32)
        return ({w: i for i, w in enumerate(words)}, data["vectors"].astype(np.float32),
                stem_ids.astype(np.int32), zipf)


@lru_cache(maxsize=1)
def _stem_rows() -> dict[str, np.ndarray]:
    """Porter stem → the vocabulary rows carrying it."""
    with np.load(data_path()) as data:
        stems = data["stems"]
    order = np.argsort(stems, kind="stable")
    keys, starts = np.unique(stems[order], return_index=True)
    return {k: rows for k, rows in zip(keys.tolist(), np.split(order, starts[1:]))}


class _Prototypes:
    """Per technique: the entry words' rows, the weighted centroid, and every vocabulary word's
    ``sim_*``/``near_*`` values (``values``)."""

    def __init__(self, learned: dict[str, tuple[str, float]]):
        index, vectors, stems, _ = _table()
        by_stem = _stem_rows()
        self.rows, self.centroid = {}, {}
        for technique in TECHNIQUES:
            weights: dict[int, float] = {}
            for key, (t, estimate) in learned.items():
                if t != technique:
                    continue
                found = by_stem.get(key[1:], ()) if key.startswith("~") else [index[key]] if key in index else ()
                for row in found:
                    weights[int(row)] = max(weights.get(int(row), 0.0), estimate)
            rows = np.array(sorted(weights), dtype=int)
            self.rows[technique] = rows
            if len(rows):
                c = (vectors[rows] * np.array([weights[r] for r in rows])[:, None]).sum(axis=0)
                self.centroid[technique] = c / max(float(np.linalg.norm(c)), 1e-9)
            else:
                self.centroid[technique] = np.zeros(vectors.shape[1], dtype=np.float32)
        # every vocabulary word's four similarity values, computed once in large blocks (many
        # small per-article products cost more in BLAS thread start-up than in arithmetic)
        self.values = np.zeros((len(vectors), 2 * len(TECHNIQUES)), dtype=np.float32)
        for k, technique in enumerate(TECHNIQUES):
            self.values[:, k] = np.maximum(vectors @ self.centroid[technique], 0)
            rows = self.rows[technique]
            if not len(rows):
                continue
            entries, entry_stems = vectors[rows].T, stems[rows]
            for first in range(0, len(vectors), CHUNK):
                sims = vectors[first:first + CHUNK] @ entries
                sims[stems[first:first + CHUNK, None] == entry_stems[None, :]] = -1  # not its own entry
                self.values[first:first + CHUNK, len(TECHNIQUES) + k] = np.maximum(sims.max(axis=1), 0)


_PROTOTYPES: dict[int, tuple[dict, _Prototypes]] = {}


def _prototypes(learned: dict[str, tuple[str, float]]) -> _Prototypes:
    hit = _PROTOTYPES.get(id(learned))
    if hit is None or hit[0] is not learned:
        if len(_PROTOTYPES) > 4:
            _PROTOTYPES.clear()
        hit = _PROTOTYPES[id(learned)] = (learned, _Prototypes(learned))
    return hit[1]


def vector_features(words: list[str], learned: dict[str, tuple[str, float]]) -> np.ndarray:
    """One row of ``VECTOR_NAMES`` per (normalised) word of ``words``."""
    out = np.zeros((len(words), len(VECTOR_NAMES)), dtype=float)
    if not words:
        return out
    index, vectors, stems, zipf = _table()
    rows = np.array([index.get(w, -1) for w in words])
    known = rows >= 0
    out[:, VECTOR_NAMES.index("novec")] = ~known
    if not known.any():
        return out
    unique, inverse = np.unique(rows[known], return_inverse=True)
    values = np.zeros((len(unique), len(VECTOR_NAMES)))
    at = VECTOR_NAMES.index("sim_ll")
    if ZIPF:
        z = zipf[unique] / 10
        values[:, 0] = z / 8
        values[:, 1] = (z > 0) & (z < RARE)
    values[:, at:at + 4] = _prototypes(learned).values[unique]
    if DIMS:
        values[:, at + 4:] = DIM_SCALE * vectors[unique][:, :DIMS]
    for name in _ABLATED:
        values[:, VECTOR_NAMES.index(name)] = 0.0
    out[known] = values[inverse]
    return out
