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
from pathlib import Path

import numpy as np

from .framing_features import Token
from .framing_learned import stem
from .lexicons import read_table

WEIGHTS_FILE = "framing_sparse.csv"
COLUMNS = {"loaded": "Loaded_Language", "labeling": "Name_Calling,Labeling"}


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


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=65536)
def own_keys(word: str) -> tuple[str, ...]:
    """Features of the word's own form."""
    lower = _norm(word)
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
    lowers = [_norm(t.text) for t in toks]
    shapes = [shape(t.text) for t in toks]
    # neighbour i+1 is reachable from i when no line break separates them
    linked = [("\n" not in text[toks[i].end:toks[i + 1].start]) for i in range(n - 1)] + [False]

    def near(i: int, offset: int) -> int | None:
        j = i
        for _ in range(abs(offset)):
            step = 1 if offset > 0 else -1
            if not (0 <= j + step < n) or not linked[min(j, j + step)]:
                return None
            j += step
        return j

    out = []
    for i, tok in enumerate(toks):
        if not tok.word:
            out.append([])
            continue
        keys = list(own_keys(tok.text))
        for name, offset in (("l1", -1), ("r1", 1), ("l2", -2), ("r2", 2)):
            j = near(i, offset)
            keys.append(f"{name}=" + (lowers[j] if j is not None else "<nl>"))
        left, right = near(i, -1), near(i, 1)
        keys.append("b-=" + (lowers[left] if left is not None else "<nl>") + "|" + lowers[i])
        keys.append("b+=" + lowers[i] + "|" + (lowers[right] if right is not None else "<nl>"))
        keys.append("ls=" + (shapes[left] if left is not None else "<nl>"))
        keys.append("rs=" + (shapes[right] if right is not None else "<nl>"))
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
