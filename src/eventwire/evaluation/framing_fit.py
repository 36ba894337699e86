"""Fit ``data/framing_weights.csv`` (the framing scorer) on the PTC **dev** train articles only.

Each word token is one example: does it lie inside a gold Loaded_Language span, and inside a
Name_Calling,Labeling span? Two L2-regularised logistic regressions (Newton steps, numpy) over
the features of ``extract.framing_features``. The learned-list feature must not be in-sample:
for training, each half of the training articles gets its learned-list values from a list
learned on the other half (``framing_learn``); at run time the list learned on all dev articles
is used, as on any unseen text.

``cross_validate`` runs that whole procedure two-fold inside dev (fit on one half, score the
other with the partial-overlap metric) over a grid of seed/grow thresholds; this is how
``THRESHOLDS`` in ``extract.framing_model`` were picked. The stored weights are aggregate
statistics (one number per feature); no article text or span is kept.

``--cv --context`` repeats the cross-validation with the contextual features of
``evaluation.framing_context`` (spaCy tok2vec, POS, dependencies, noun chunks) appended: the
round-2 experiment; it writes no weights.

Since framing.v5 the shipped ``framing_weights.csv`` is fitted together with the sparse lexical
weights by ``framing_sparse_fit`` (which reuses this module's rows and out-of-fold lists); this
module's own fit and CV are the lexicon-only scorer of v3/v4, kept to reproduce those figures.
Writing its weights over the shipped file would leave them out of step with ``framing_sparse.csv``.

Run: ``python -m eventwire.evaluation.framing_fit GOLD_FOLDER OUT.csv [--cv [--context]]``
"""

from __future__ import annotations

import hashlib
import sys
from itertools import product
from pathlib import Path

import numpy as np

from ..extract.framing import MIN_CONFIDENCE, combine, hand_list_spans
from ..extract.framing_features import NAMES, features, tokens
from ..extract.framing_learned import learned_spans
from ..extract.framing_model import TECHNIQUES, decode, supported
from .framing import FramingScores, GoldArticle, load_gold, score_article
from .framing_learn import UNKNOWN, count_both, select_both

L2 = 1.0
LONG_SPAN = 4
SEEDS = (0.2, 0.25, 0.3, 0.4, 0.5, 1.1)
GROWS = (0.05, 0.1)
#: scorer support a learned-list span needs (``framing_model.SUPPORT``), tried for both techniques
SUPPORTS = (0.0, 0.1, 0.15, 0.2)


def half(article_id: str, salt: str) -> int:
    return fold_of(article_id, salt, 2)


def fold_of(article_id: str, salt: str, folds: int) -> int:
    """The article's fold among ``folds``: sha1(salt + id) modulo ``folds``, a fixed function of
    the id. With 2 folds this is :func:`half`; with 4 the quarters nest in those halves (a
    quarter's number modulo 2 is its half)."""
    return int(hashlib.sha1((salt + article_id).encode()).hexdigest(), 16) % folds


def learned_list(articles: list[GoldArticle]) -> dict[str, tuple[str, float]]:
    return {row["word"]: (row["technique"], row["estimate"]) for row in select_both(count_both(articles))}


def rows_of(article: GoldArticle, lexicon, context=None) -> tuple[list, np.ndarray, dict[str, np.ndarray]]:
    """Tokens, feature matrix and per-technique 0/1 labels of one article (``context``: article
    id → its ``framing_context`` rows, appended after the lexicon features)."""
    toks = tokens(article.text)
    X = np.asarray(features(article.text, toks, lexicon), dtype=float).reshape(len(toks), len(NAMES))
    if context is not None:
        X = np.hstack([X, context[article.id]])
    labels = {}
    for technique in TECHNIQUES.values():
        spans = [(s, e) for t, s, e in article.spans if t == technique]
        short = [(s, e) for s, e in spans if len(article.text[s:e].split()) <= LONG_SPAN]
        # a word of a long gold span is left out of training: the span does not say which word is loaded
        labels[technique] = np.array([1.0 if any(s < tok.end and tok.start < e for s, e in short) else
                                      np.nan if any(s < tok.end and tok.start < e for s, e in spans) else 0.0
                                      for tok in toks])
    for technique in article.masked & set(labels):  # a silver article says nothing of it
        labels[technique][:] = np.nan
    unknown = [(s, e) for t, s, e in article.spans if t == UNKNOWN]
    if unknown:  # a silver span of no confident technique: its words are neither positive nor negative
        inside = np.array([any(s < tok.end and tok.start < e for s, e in unknown) for tok in toks], dtype=bool)
        for technique in labels:
            labels[technique][inside & (labels[technique] == 0.0)] = np.nan
    return toks, X, labels


def out_of_fold(articles: list[GoldArticle], context=None):
    """Rows of ``articles`` whose learned-list values come from the other half of them."""
    halves = [[a for a in articles if half(a.id, "lexicon") == k] for k in (0, 1)]
    out = []
    for k in (0, 1):
        lexicon = learned_list(halves[1 - k])
        out += [rows_of(a, lexicon, context) for a in halves[k]]
    return out


def fit(rows, technique: str, l2: float = L2, steps: int = 25) -> np.ndarray:
    """Logistic-regression weights (Newton / IRLS) for ``technique`` over word tokens."""
    X = np.vstack([x[[t.word for t in toks]] for toks, x, _ in rows])
    y = np.concatenate([lab[technique][[t.word for t in toks]] for toks, _, lab in rows])
    X, y = X[~np.isnan(y)], y[~np.isnan(y)]
    w = np.zeros(X.shape[1])
    penalty = l2 * np.eye(X.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        gradient = X.T @ (p - y) + penalty @ w
        hessian = (X * (p * (1 - p))[:, None]).T @ X + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def fit_all(articles: list[GoldArticle], context=None) -> dict[str, np.ndarray]:
    rows = out_of_fold(articles, context)
    return {technique: fit(rows, technique) for technique in TECHNIQUES.values()}


def cross_validate(articles: list[GoldArticle], context=None) -> dict[tuple, FramingScores]:
    """Scores per (seed, grow, support) of the two-fold procedure, both held-out halves summed.
    ``context``: article id → ``framing_context`` rows (the contextual experiment, see ``main``)."""
    grid = {key: FramingScores() for key in product(SEEDS, GROWS, SUPPORTS)}
    for k in (0, 1):
        train = [a for a in articles if half(a.id, "cv") != k]
        held = [a for a in articles if half(a.id, "cv") == k]
        table, lexicon = fit_all(train, context), learned_list(train)
        for article in held:
            toks, X, _ = rows_of(article, lexicon, context)
            probs = {t: 1 / (1 + np.exp(-np.clip(X @ w, -30, 30))) for t, w in table.items()}
            hand = hand_list_spans(article.text)
            words = [(s.technique, s.start, s.end, s.confidence) for s in learned_spans(article.text, lexicon)
                     if s.confidence >= MIN_CONFIDENCE]
            for (seed, grow, level), scores in grid.items():
                model = [(t, toks[a].start, toks[b - 1].end, p) for t, probs_t in probs.items()
                         for a, b, p in decode(article.text, toks, list(probs_t), seed, grow)]
                backed = [w for w in words if supported(toks, probs, w[0], w[1], w[2], dict.fromkeys(probs, level))]
                predicted = [(t, s, e) for t, s, e, _ in combine(article.text, hand, backed + model)]
                score_article(scores, predicted, article.spans)
    return grid


def write(table: dict[str, np.ndarray], out: str | Path, articles: int) -> None:
    header = (f"# fitted by eventwire.evaluation.framing_fit on the {articles} PTC v2 train articles of the "
              "dev split only (L2 logistic regression per technique over general lexicon features); one "
              "aggregate weight per feature, no corpus text. PTC is research-only: these are statistics.\n")
    columns = {technique: column for column, technique in TECHNIQUES.items()}
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(header + "feature," + ",".join(columns.values()) + "\n")
        for i, name in enumerate(NAMES):
            fh.write(name + "," + ",".join(f"{table[t][i]:.4f}" for t in columns) + "\n")


def contexts(articles: list[GoldArticle]) -> dict[str, np.ndarray]:
    """article id → ``framing_context`` rows (spaCy scan + full parse of every sentence)."""
    from ..annotate.nlp import analyse
    from .framing_context import article_context

    return {a.id: article_context(tokens(a.text), analysis)
            for a, analysis in zip(articles, analyse([a.text for a in articles]))}


def main(argv: list[str]) -> None:
    articles = list(load_gold(argv[0], "dev"))
    if "--cv" in argv:
        # --context: the round-2 experiment, lexicon features plus tok2vec/syntax; CV only, the
        # shipped weights stay lexicon-only (the context did not help, see eval/framing.md)
        context = contexts(articles) if "--context" in argv else None
        for (seed, grow, level), scores in sorted(cross_validate(articles, context).items()):
            cells = [f"{t[:4]} P {s.precision:.3f} R {s.recall:.3f} F {s.f1:.3f}"
                     for t, s in sorted(scores.per_technique.items()) if t in TECHNIQUES.values()]
            print(f"seed {seed} grow {grow} support {level}: " + " | ".join(cells))
        if "--context" in argv:
            return
    write(fit_all(articles), argv[1], len(articles))


if __name__ == "__main__":
    main(sys.argv[1:])
