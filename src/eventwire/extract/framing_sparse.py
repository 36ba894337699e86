"""Sparse lexical features for the framing scorer: word, stem, affixes, shape and neighbours.

The dense features of ``framing_features`` describe a word through general lexicons (VADER,
Pattern, Brill tags); a word those lexicons do not know is almost invisible to them. This module
gives each word token a handful of binary, named features of its own form and its context:

* ``w=`` the lowercased word, ``s=`` its Porter stem, ``x3=``/``x4=`` its last three / four
  letters (derogatory and doctrinal suffix families: "-ist", "-ism", "-monger", "-phobe");
* ``sh=`` its shape (capitalised, all capitals, hyphenated, digits);
* ``l1=``/``r1=``/``l2=``/``r2=`` the neighbouring tokens (punctuation included, so a quote or a
  comma before a word is a feature: scare quotes, "X, a radical", "so-called X"), ``<nl>`` across
  a line break; ``b-=``/``b+=`` the bigrams with the word before and after;
* ``ls=``/``rs=`` the neighbours' shapes (a capitalised nickname before a name);
* ``e=`` the word's Empath categories (Fast et al., CHI 2016: 194 categories such as hate,
  ridicule, crime, terrorism, negative_emotion, built from word embeddings and crowd-checked;
  ``empath/data/categories.tsv`` read from the installed wheel, no import, nothing downloaded).
  A category weight reaches words the dev articles never labelled; without the package the
  features are simply absent.

The weights (``data/framing_sparse.csv``, fitted by ``eventwire.evaluation.framing_sparse_fit`` on
the dev-split PTC train articles) exist only for feature strings seen in at least two dev
articles, so no rare string of a single article is stored; an unknown feature weighs 0.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from .framing_features import Token
from .framing_learned import normalise, stem
from .lexicons import read_table

WEIGHTS_FILE = "framing_sparse.csv"
#: the neighbours' Empath categories as features too (``le=``/``re=``): off, no gain in dev CV
NEIGHBOUR_CATEGORIES = False
COLUMNS = {"loaded": "Loaded_Language", "labeling": "Name_Calling,Labeling"}


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """A coarse shape: ``X`` all capitals, ``Xx`` capitalised, ``x`` lower, ``d`` with digits,
    ``-`` suffixed when hyphenated, ``p`` punctuation."""
    if not word[0].isalnum():
        return "p"
    if any(c.isdigit() for c in word):
        base = "d"
    elif len(word) > 1 and word.isupper():
        base = "X"
    elif word[0].isupper():
        base = "Xx"
    else:
        base = "x"
    return base + ("-" if "-" in word else "")


@lru_cache(maxsize=1)
def empath_categories() -> dict[str, tuple[str, ...]]:
    """Porter stem → the Empath categories of its words (empty when ``empath`` is not installed);
    by stem, so "thugs" finds the categories of "thug"."""
    spec = importlib.util.find_spec("empath")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "categories.tsv"
    if not path.exists():
        return {}
    found: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            category, *words = line.rstrip("\n").split("\t")
            for word in words:
                if word and "_" not in word:
                    found.setdefault(stem(word.lower()), set()).add(category)
    return {w: tuple(sorted(c)) for w, c in found.items()}


@lru_cache(maxsize=65536)
def own_keys(word: str) -> tuple[str, ...]:
    """Features of the word's own form."""
    lower = normalise(word)
    keys = ["w=" + lower, "sh=" + shape(word)]
    if word[0].isalpha():
        root = stem(lower)
        keys.append("s=" + root)
        if len(lower) > 4:
            keys += ["x3=" + lower[-3:], "x4=" + lower[-4:]]
        keys += ["e=" + c for c in empath_categories().get(root, ())]
    return tuple(keys)


def token_keys(text: str, toks: list[Token]) -> list[list[str]]:
    """The sparse feature strings of every token (punctuation tokens get an empty list)."""
    n = len(toks)
    lowers = [normalise(t.text) for t in toks] + ["<nl>"]  # index -1 / n: no neighbour
    shapes = [shape(t.text) for t in toks] + ["<nl>"]
    # the neighbour on each side, or -1 (read as "<nl>") across a line break or past an end
    nxt = [i + 1 if i + 1 < n and "\n" not in text[toks[i].end:toks[i + 1].start] else -1 for i in range(n)]
    prv = [-1] * n
    for i, j in enumerate(nxt):
        if j >= 0:
            prv[j] = i
    out = []
    for i, tok in enumerate(toks):
        if not tok.word:
            out.append([])
            continue
        left, right = prv[i], nxt[i]
        left2 = prv[left] if left >= 0 else -1
        right2 = nxt[right] if right >= 0 else -1
        word = lowers[i]
        keys = list(own_keys(tok.text))
        keys += ["l1=" + lowers[left], "r1=" + lowers[right], "l2=" + lowers[left2], "r2=" + lowers[right2],
                 "b-=" + lowers[left] + "|" + word, "b+=" + word + "|" + lowers[right],
                 "ls=" + shapes[left], "rs=" + shapes[right]]
        if NEIGHBOUR_CATEGORIES:
            for name, j in (("le=", left), ("re=", right)):
                if j >= 0 and toks[j].word:
                    keys += [name + k[2:] for k in own_keys(toks[j].text) if k.startswith("e=")]
        out.append(keys)
    return out


@lru_cache(maxsize=1)
def sparse_weights() -> dict[str, dict[str, float]]:
    """technique → feature string → weight, from ``framing_sparse.csv`` (empty when absent)."""
    try:
        rows = read_table(WEIGHTS_FILE)
    except FileNotFoundError:
        return {}
    return {technique: {row["feature"]: float(row[column]) for row in rows if float(row[column])}
            for column, technique in COLUMNS.items()}


def sparse_logits(keys: list[list[str]], table: dict[str, float]) -> np.ndarray:
    """Each token's summed sparse weight under ``table``."""
    return np.array([sum(table.get(k, 0.0) for k in ks) for ks in keys])


def all_logits(keys: list[list[str]], tables: dict[str, dict[str, float]]) -> dict[str, np.ndarray]:
    """technique → each token's summed sparse weight, one dictionary look-up per feature."""
    names, index, matrix = _packed(tables)
    flat = list(chain.from_iterable(keys))
    cols = list(map(index.get, flat, repeat(-1, len(flat))))
    values = matrix[np.asarray(cols, dtype=np.int64)] if cols else np.zeros((0, matrix.shape[1]))
    rows = np.repeat(np.arange(len(keys), dtype=np.int64), [len(ks) for ks in keys])
    return {t: np.bincount(rows, weights=values[:, c], minlength=len(keys))
            for c, t in enumerate(names)}


#: the last packing: (technique names, their tables, feature → row, matrix); the tables are held
#: and compared by identity, so a new table can never be served another's stale matrix
_LAST: list = [None]


def _packed(tables: dict[str, dict[str, float]]) -> tuple[tuple[str, ...], dict[str, int], np.ndarray]:
    """(technique names in order, feature → row, a (features + 1) × techniques weight matrix
    whose last row is zero for an unknown feature, index -1); cached for the last tables packed
    (the shipped ones in a run: :func:`sparse_weights` is cached)."""
    names = tuple(sorted(tables))
    chosen = tuple(tables[t] for t in names)
    last = _LAST[0]
    if last is None or last[0] != names or any(a is not b for a, b in zip(last[1], chosen)):
        features = sorted(set().union(*chosen))
        matrix = np.zeros((len(features) + 1, len(names)))
        for c, table in enumerate(chosen):
            for r, f in enumerate(features):
                matrix[r, c] = table.get(f, 0.0)
        last = _LAST[0] = (names, chosen, {f: r for r, f in enumerate(features)}, matrix)
    return last[0], last[2], last[3]
