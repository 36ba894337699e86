"""Fit the sparse framing scorer (``data/framing_sparse.csv``) on the PTC **dev** articles only.

One L2 logistic regression per technique over the dense lexicon features of
``extract.framing_features`` (weights in ``framing_weights.csv``) plus the binary lexical
features of ``extract.framing_sparse`` (word, stem, suffix, shape, neighbours, bigrams). A sparse
feature is kept only when its string occurs in at least ``MIN_ARTICLES`` training articles, so
no string of one article is ever stored; weights are numbers learned from dev labels. Fitted by
L-BFGS in numpy (no scikit-learn needed), the learned-list feature out of fold as in
``framing_fit``.

``--cv`` runs the whole procedure two-fold inside dev and prints a seed/grow/support grid per
regularisation setting (the honest dev figure); without it, fits on all dev articles and writes
both weight files.

Run: ``python -m eventwire.evaluation.framing_sparse_fit GOLD_FOLDER src/eventwire/data [--cv]``
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from itertools import product
from pathlib import Path

import numpy as np

from ..extract.framing import LABEL, MIN_CONFIDENCE, combine, hand_list_spans
from ..extract.framing_features import NAMES, VECTORS
from ..extract.framing_vectors import USED_BY as VECTOR_USERS
from ..extract.framing_learned import learned_spans
from ..extract.framing_features import _tag
from ..extract.framing_learned import stop_words
from ..extract.framing_model import TECHNIQUES, decode, supported
from ..extract.framing_model import probabilities as model_probabilities
from ..extract.framing_sparse import COLUMNS, sparse_logits, token_keys
from .framing import FramingScores, GoldArticle, load_gold, score_article
from .framing_fit import half, learned_list, rows_of

MIN_ARTICLES = 2
#: sparse weights smaller than this are not stored (they move a probability by well under 1%)
PRUNE = 0.02
#: feature families (prefixes) a technique's model leaves out
WITHOUT = {"Name_Calling,Labeling": ("e=",)}
#: L2 on the dense lexicon weights and on each sparse weight
L2_DENSE = 1.0
L2_SPARSE = 3.0
SEEDS = (0.25, 0.3, 0.35, 0.4, 0.5)
GROWS = (0.1,)
SUPPORTS = (0.0, 0.1)
#: where a Loaded_Language and a Name_Calling span overlap: keep both, or drop the named one
OVERLAPS = ("both",)
#: label (Name_Calling) spans of the scorer as decoded, or snapped to their noun phrase
#: (``snap_label``; measured: +0.001 NC CV F1, not shipped)
SNAPS = (False,)


@dataclass
class Rows:
    """Word-token rows of some articles: dense matrix, sparse (row, column) pairs, labels."""

    dense: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    labels: dict[str, np.ndarray]


def vocabulary(articles: list[GoldArticle], keys_of: dict[str, list[list[str]]],
               min_articles: int = MIN_ARTICLES) -> dict[str, int]:
    """Feature string → column, for strings in at least ``MIN_ARTICLES`` of ``articles``."""
    df = Counter()
    for article in articles:
        df.update({k for ks in keys_of[article.id] for k in ks})
    return {k: i for i, k in enumerate(sorted(k for k, n in df.items() if n >= min_articles))}


def assemble(parts, keys_of, vocab: dict[str, int]) -> Rows:
    """Stack ``rows_of`` results (word tokens only) with their sparse columns."""
    dense, rows, cols, labels, offset = [], [], [], {t: [] for t in TECHNIQUES.values()}, 0
    for article_id, (toks, X, lab) in parts:
        keep = [i for i, t in enumerate(toks) if t.word]
        dense.append(X[keep])
        keys = keys_of[article_id]
        for r, i in enumerate(keep):
            for k in keys[i]:
                c = vocab.get(k)
                if c is not None:
                    rows.append(offset + r)
                    cols.append(c)
        for t in labels:
            labels[t].append(lab[t][keep])
        offset += len(keep)
    return Rows(np.vstack(dense), np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64),
                {t: np.concatenate(v) for t, v in labels.items()})


def _lbfgs(fun, w: np.ndarray, steps: int = 300, memory: int = 10, tol: float = 1e-5) -> np.ndarray:
    """Minimise a smooth convex ``fun`` (returns value, gradient) by L-BFGS with backtracking."""
    f, g = fun(w)
    s_list, y_list = [], []
    for _ in range(steps):
        q = g.copy()
        alphas = []
        for s, y in reversed(list(zip(s_list, y_list))):
            a = s @ q / (y @ s)
            alphas.append(a)
            q -= a * y
        if s_list:
            q *= (s_list[-1] @ y_list[-1]) / (y_list[-1] @ y_list[-1])
        for (s, y), a in zip(zip(s_list, y_list), reversed(alphas)):
            q += s * (a - y @ q / (y @ s))
        direction, step = -q, 1.0
        while True:
            w_new = w + step * direction
            f_new, g_new = fun(w_new)
            if f_new <= f + 1e-4 * step * (g @ direction) or step < 1e-8:
                break
            step *= 0.5
        s, y = w_new - w, g_new - g
        if y @ s > 1e-10:
            s_list.append(s)
            y_list.append(y)
            s_list, y_list = s_list[-memory:], y_list[-memory:]
        w, f, g = w_new, f_new, g_new
        if np.abs(g).max() < tol * max(1.0, abs(f)):
            break
    return w


def fit(data: Rows, technique: str, n_sparse: int, l2_dense: float = L2_DENSE,
        l2_sparse: float = L2_SPARSE) -> tuple[np.ndarray, np.ndarray]:
    """(dense weights, sparse weights) of one technique's logistic regression."""
    y = data.labels[technique]
    ok = ~np.isnan(y)
    n, d = data.dense.shape
    y0 = np.where(ok, y, 0.0)
    penalty = np.concatenate([[0.0], np.full(d - 1, l2_dense), np.full(n_sparse, l2_sparse)])

    def fun(w):
        z = data.dense @ w[:d] + np.bincount(data.rows, weights=w[d:][data.cols], minlength=n)
        z = np.clip(z, -30, 30)
        loss = np.where(ok, np.logaddexp(0, z) - y0 * z, 0.0).sum() + 0.5 * (penalty * w * w).sum()
        r = np.where(ok, 1 / (1 + np.exp(-z)) - y0, 0.0)
        grad = np.concatenate([data.dense.T @ r, np.bincount(data.cols, weights=r[data.rows], minlength=n_sparse)])
        return loss, grad + penalty * w

    w = _lbfgs(fun, np.zeros(d + n_sparse))
    return w[:d], w[d:]


def out_of_fold_parts(articles: list[GoldArticle]):
    """(article id, ``rows_of``) with learned-list values from the other half (as ``framing_fit``)."""
    halves = [[a for a in articles if half(a.id, "lexicon") == k] for k in (0, 1)]
    parts = []
    for k in (0, 1):
        lexicon = learned_list(halves[1 - k])
        parts += [(a.id, rows_of(a, lexicon)) for a in halves[k]]
    return parts


def fit_all(articles: list[GoldArticle], keys_of, min_articles: int = MIN_ARTICLES, **l2) -> tuple[dict, dict]:
    """technique → dense weights, technique → {feature string: weight}."""
    vocab = vocabulary(articles, keys_of, min_articles)
    data = assemble(out_of_fold_parts(articles), keys_of, vocab)
    names = list(vocab)
    dense, sparse = {}, {}
    for technique in TECHNIQUES.values():
        keep = np.array([not n.startswith(WITHOUT.get(technique, ())) for n in names])
        inside = keep[data.cols]
        dense_values = data.dense
        if VECTORS and technique not in VECTOR_USERS:  # its weights for them stay exactly zero
            dense_values = data.dense.copy()
            dense_values[:, len(NAMES) - len(VECTORS):] = 0.0
        part = Rows(dense_values, data.rows[inside], data.cols[inside], data.labels)
        wd, ws = fit(part, technique, len(vocab), **l2)
        dense[technique] = wd
        sparse[technique] = {names[i]: float(ws[i]) for i in np.flatnonzero(np.abs(ws) >= PRUNE)}
    return dense, sparse


def probabilities(X: np.ndarray, keys: list[list[str]], dense: dict, sparse: dict) -> dict[str, list[float]]:
    """technique → each token's probability under fitted weights, by the shipped scorer's own
    formula (``framing_model.probabilities`` with the sparse logits added)."""
    return model_probabilities(X, dense, {t: sparse_logits(keys, sparse[t]) for t in dense})


def cross_validate(articles: list[GoldArticle], keys_of, *, learned: bool = True, min_articles: int = MIN_ARTICLES, **l2) -> dict[tuple, FramingScores]:
    """Held-out scores per (seed, grow, support), both halves of the two-fold split summed.
    ``learned=False``: the learned list's own spans are left out (the model alone)."""
    grid = {key: FramingScores() for key in product(SEEDS, GROWS, SUPPORTS, OVERLAPS, SNAPS)}
    for k in (0, 1):
        train = [a for a in articles if half(a.id, "cv") != k]
        held = [a for a in articles if half(a.id, "cv") == k]
        (dense, sparse), lexicon = fit_all(train, keys_of, min_articles, **l2), learned_list(train)
        for article in held:
            toks, X, _ = rows_of(article, lexicon)
            probs = probabilities(X, keys_of[article.id], dense, sparse)
            for t in probs:
                probs[t] = [p if tok.word else 0.0 for p, tok in zip(probs[t], toks)]
            hand = hand_list_spans(article.text)
            words = [(s.technique, s.start, s.end, s.confidence) for s in learned_spans(article.text, lexicon)
                     if s.confidence >= MIN_CONFIDENCE] if learned else []
            for (seed, grow, level, overlap, snap), scores in grid.items():
                model = [(t, toks[a].start, toks[b - 1].end, p) for t, probs_t in probs.items()
                         for a, b, p in decode(article.text, toks, probs_t, seed, grow)
                         for a, b in [snap_label(article.text, toks, a, b) if snap and t == LABEL else (a, b)]]
                backed = [w for w in words if supported(toks, probs, w[0], w[1], w[2], dict.fromkeys(probs, level))]
                predicted = [(t, s, e) for t, s, e, _ in combine(article.text, hand, backed + model)]
                score_article(scores, drop_overlaps(predicted, overlap), article.spans)
    return grid


#: Penn tags a label phrase grows over: modifiers on the left, nouns (its head) on the right
SNAP_LEFT, SNAP_RIGHT, SNAP_WORDS = ("JJ", "JJR", "JJS", "NN", "NNS", "VBN"), ("NN", "NNS"), 2


def snap_label(text: str, toks, first: int, end: int) -> tuple[int, int]:
    """Token range ``first:end`` grown to the noun phrase a label sits in, without a parse: up to
    ``SNAP_WORDS`` adjectives or nouns on its left ("rabid" + "partisans") and nouns on its
    right, by each word's most frequent tag in Brill's lexicon, on one line, spaces between."""
    def next_to(a: int, b: int) -> bool:
        gap = text[toks[a].end:toks[b].start]
        return gap.strip() == "" and "\n" not in gap

    def tagged(i: int, tags) -> bool:
        tok = toks[i]
        return tok.word and tok.text.lower() not in stop_words() and _tag(tok.text) in tags

    for _ in range(SNAP_WORDS):
        if end < len(toks) and next_to(end - 1, end) and tagged(end, SNAP_RIGHT):
            end += 1
    for _ in range(SNAP_WORDS):
        if first > 0 and next_to(first - 1, first) and tagged(first - 1, SNAP_LEFT):
            first -= 1
    return first, end


def drop_overlaps(spans: list, loser: str) -> list:
    """``spans`` without the ``loser`` technique's spans that overlap a span of the other main
    technique (``loser`` = "both": unchanged)."""
    main = set(TECHNIQUES.values())
    if loser not in main:
        return spans
    others = [(s, e) for t, s, e in spans if t in main and t != loser]
    return [(t, s, e) for t, s, e in spans if t != loser or not any(s < oe and os < e for os, oe in others)]


def write(dense: dict, sparse: dict, folder: str | Path, articles: int, silver: int = 0) -> None:
    """``framing_weights.csv`` (dense) and ``framing_sparse.csv`` (sparse) in ``folder``."""
    import csv

    columns = {technique: column for column, technique in COLUMNS.items()}
    extra = f" and {silver} PTC v2 dev articles of the dev split (span positions, no technique)" if silver else ""
    note = (f"# fitted by eventwire.evaluation.framing_sparse_fit on the {articles} PTC v2 train articles of "
            f"the dev split{extra} only (L2 logistic regression per technique); one aggregate weight per feature, "
            "features seen in at least {} dev articles only, no corpus text. PTC is research-only: these are "
            "statistics.\n").format(MIN_ARTICLES)
    with open(Path(folder) / "framing_weights.csv", "w", encoding="utf-8") as fh:
        fh.write(note + "feature," + ",".join(columns.values()) + "\n")
        for i, name in enumerate(NAMES):
            fh.write(name + "," + ",".join(f"{dense[t][i]:.4f}" for t in columns) + "\n")
    names = sorted(set().union(*(sparse[t] for t in columns)))
    with open(Path(folder) / "framing_sparse.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write(note)
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["feature", *columns.values()])
        for name in names:
            writer.writerow([name, *(f"{sparse[t].get(name, 0.0):.3f}" for t in columns)])


def main(argv: list[str]) -> None:
    """``GOLD_FOLDER DATA_FOLDER``: fit on all dev articles and write both weight files; ``--cv``
    prints the two-fold grid instead (``--l2 a,b`` sparse L2 settings, ``--grid`` also without
    the learned list); ``--min-articles N`` and ``--without p1,p2`` (feature prefixes) for
    ablations."""
    from ..extract.framing_features import tokens

    articles = list(load_gold(argv[0], "dev"))
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    min_articles = int(argv[argv.index("--min-articles") + 1]) if "--min-articles" in argv else MIN_ARTICLES
    if "--without" in argv:  # ablation: leave these feature families (comma-separated prefixes) out
        dropped = tuple(argv[argv.index("--without") + 1].split(","))
        for technique in TECHNIQUES.values():
            WITHOUT[technique] = WITHOUT.get(technique, ()) + dropped
    if "--cv" in argv:
        settings = [(L2_DENSE, float(v)) for v in argv[argv.index("--l2") + 1].split(",")] if "--l2" in argv \
            else [(L2_DENSE, L2_SPARSE)]
        for l2_dense, l2_sparse in settings:
            for learned in ((True, False) if "--grid" in argv else (True,)):
                grid = cross_validate(articles, keys_of, learned=learned, min_articles=min_articles,
                                      l2_dense=l2_dense, l2_sparse=l2_sparse)
                for (seed, grow, level, overlap, snap), scores in sorted(grid.items()):
                    cells = [f"{t[:4]} P {s.precision:.3f} R {s.recall:.3f} F {s.f1:.3f}"
                             for t, s in sorted(scores.per_technique.items()) if t in TECHNIQUES.values()]
                    print(f"l2 {l2_dense}/{l2_sparse} list {learned} seed {seed} grow {grow} support {level} drop {overlap[:4]} snap {snap}: "
                          + " | ".join(cells), flush=True)
        return
    from .framing_silver import from_argv

    gold = len(articles)
    articles = from_argv(argv[0], articles, keys_of, argv)  # --silver: the dev-split dev articles join
    dense, sparse = fit_all(articles, keys_of)
    write(dense, sparse, argv[1], gold, len(articles) - gold)


if __name__ == "__main__":
    main(sys.argv[1:])
