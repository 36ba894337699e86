"""Silver technique labels for the official PTC dev articles, whose gold techniques are hidden.

The PTC distribution holds 75 ``dev-articles/`` with their gold propaganda-span positions
(``dev-task-TC-template.out``: ``id  ?  start  end``), technique column ``?``. Only the articles
whose id falls in our **dev** split (``common.split_of`` over the numeric id, the convention of
``framing.load_gold``) are ever read; the others are test items and are never opened.

A span-level technique classifier (the SemEval-2020 TC subtask, which is given the span and
asks for its technique) is fitted on the gold spans of the dev-split train articles: one L2
logistic regression per technique (Loaded_Language, Name_Calling,Labeling, each against every
other technique), over the span's length, the mean and maximum of its words' dense lexicon
values (``framing_features``: VADER, Pattern, Brill tags, learned list, shape, scare quotes),
the first word's and last word's Brill tag and the sequence of its tags (a label is a noun
phrase, a loaded word mostly an adjective or adverb), and its words, stems and suffixes and
the words either side (``framing_sparse`` strings seen in at least two training articles).

Applied to the dev-article spans, a technique whose probability reaches ``LEVELS`` becomes a
silver span of it; a span with no confident technique keeps the technique ``UNKNOWN``, which the
fitting code reads as "propaganda of some technique": its words are neither positives nor
negatives for the scorer (``framing_fit.rows_of``) and the learned list (``framing_learn``),
and the CRF leaves out its line (``framing_crf_fit.train``). Words outside every span are real
negatives (the position file lists every span of every technique).

In cross-validation the classifier is fitted on the training half only and the silver articles
join the training half only (they are never scored), so CV figures stay comparable.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from ..extract.framing_features import NAMES, _tag, tokens
from ..extract.framing_model import TECHNIQUES
from ..extract.framing_sparse import token_keys
from .common import in_split
from .framing import GoldArticle, _folder
from .framing_learn import UNKNOWN

DEV_ARTICLES = "dev-articles"
TEMPLATE = "dev-task-TC-template.out"
#: probability a silver span needs to take a technique (dev CV: ``--report`` gives the held-out
#: precision of the classifier per level on the other half's gold spans)
LEVELS = {"Loaded_Language": 0.5, "Name_Calling,Labeling": 0.5}
SPAN_KEYS = ("w=", "s=", "x3=")
SIZES = (1, 2, 3, 4, 7)
DENSE = ("bias",) + tuple(f"n{n}" for n in SIZES) + ("quoted", "capital") \
    + tuple(f"mean:{n}" for n in NAMES[1:]) + tuple(f"max:{n}" for n in NAMES[1:])


def load_positions(gold: str | Path) -> list[GoldArticle]:
    """Dev-split official dev articles with their span positions (technique ``UNKNOWN``);
    a position listed twice (two hidden techniques) is kept once."""
    folder = _folder(gold)
    spans: dict[str, set] = defaultdict(set)
    with open(folder / TEMPLATE, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                article, _, start, end = line.rstrip("\n").split("\t")
                if in_split(article, "dev"):
                    spans[article].add((UNKNOWN, int(start), int(end)))
    out = []
    for path in sorted((folder / DEV_ARTICLES).glob("article*.txt")):
        article = path.stem.removeprefix("article")
        if in_split(article, "dev"):
            out.append(GoldArticle(article, path.read_text(encoding="utf-8"), sorted(spans.get(article, ()))))
    return out


def span_features(text: str, toks, X: np.ndarray, keys: list[list[str]], start: int, end: int) -> tuple[list[float], list[str]]:
    """Dense values (``DENSE`` order) and sparse strings of the span ``start:end``."""
    inside = [i for i, t in enumerate(toks) if t.start < end and start < t.end]
    words = [i for i in inside if toks[i].word] or inside
    n = len(words)
    size = [1.0 if (n == s if s < 4 else (4 <= n < 7 if s == 4 else n >= 7)) else 0.0 for s in SIZES]
    before, after = text[max(0, start - 1):start], text[end:end + 1]
    quoted = 1.0 if before in "\"“‘'" and before or after in "\"”’'" and after else 0.0
    capital = sum(toks[i].text[:1].isupper() for i in words) / max(n, 1)
    block = X[words][:, 1:] if words else np.zeros((1, len(NAMES) - 1))
    dense = [1.0, *size, quoted, capital, *block.mean(axis=0), *block.max(axis=0)]
    tags = [_tag(toks[i].text) for i in words]
    sparse = {f"in{k}" for i in words for k in keys[i] if k.startswith(SPAN_KEYS)}
    if words:
        sparse |= {"ft=" + tags[0], "lt=" + tags[-1], "tags=" + "|".join(tags[:4]),
                   "first=" + toks[words[0]].text.lower(), "last=" + toks[words[-1]].text.lower()}
        if inside[0] > 0:
            sparse.add("before=" + toks[inside[0] - 1].text.lower())
        if inside[-1] + 1 < len(toks):
            sparse.add("after=" + toks[inside[-1] + 1].text.lower())
    return dense, sorted(sparse)


def positions(article: GoldArticle) -> dict[tuple[int, int], set[str]]:
    """(start, end) → the techniques gold gives that position."""
    out: dict[tuple[int, int], set[str]] = defaultdict(set)
    for technique, start, end in article.spans:
        out[(start, end)].add(technique)
    return out


def _examples(parts, by_id: dict[str, GoldArticle], keys_of):
    """(article id, (start, end), techniques, dense, sparse) per gold position of ``parts``
    (``rows_of`` results keyed by article id)."""
    out = []
    for article_id, (toks, X, _) in parts:
        article = by_id[article_id]
        for (start, end), techniques in sorted(positions(article).items()):
            dense, sparse = span_features(article.text, toks, X, keys_of[article_id], start, end)
            out.append((article_id, (start, end), techniques, dense, sparse))
    return out


def fit_classifier(articles: list[GoldArticle], keys_of) -> dict:
    """technique → (dense weights, {sparse string: weight}), fitted on the gold positions of
    ``articles`` (learned-list values out of fold, as the scorer's own fit)."""
    from .framing_sparse_fit import Rows, fit, out_of_fold_parts

    examples = _examples(out_of_fold_parts(articles), {a.id: a for a in articles}, keys_of)
    df = Counter()
    for article_id in {e[0] for e in examples}:
        df.update({k for e in examples if e[0] == article_id for k in e[4]})
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in df.items() if n >= 2))}
    rows, cols = [], []
    for r, e in enumerate(examples):
        for k in e[4]:
            if k in vocab:
                rows.append(r)
                cols.append(vocab[k])
    labels = {t: np.array([1.0 if t in e[2] else 0.0 for e in examples]) for t in TECHNIQUES.values()}
    data = Rows(np.asarray([e[3] for e in examples]), np.asarray(rows, dtype=np.int64),
                np.asarray(cols, dtype=np.int64), labels)
    names = list(vocab)
    model = {}
    for technique in TECHNIQUES.values():
        wd, ws = fit(data, technique, len(vocab), l2_dense=1.0, l2_sparse=3.0)
        model[technique] = (wd, {names[i]: float(ws[i]) for i in np.flatnonzero(ws)})
    return model


def classify(model: dict, article: GoldArticle, lexicon, keys: list[list[str]]) -> dict[tuple[int, int], dict[str, float]]:
    """(start, end) → technique → probability, for every span position of ``article``."""
    from .framing_fit import rows_of

    toks, X, _ = rows_of(article, lexicon)
    out = {}
    for span in positions(article):
        dense, sparse = span_features(article.text, toks, X, keys, *span)
        out[span] = {t: float(1 / (1 + np.exp(-np.clip(np.dot(wd, dense) + sum(ws.get(k, 0.0) for k in sparse), -30, 30))))
                     for t, (wd, ws) in model.items()}
    return out


def silver_labels(train: list[GoldArticle], silver: list[GoldArticle], keys_of,
                  levels: dict[str, float] | None = None, masked: frozenset[str] = frozenset()) -> list[GoldArticle]:
    """``silver`` articles with each span position labelled by a classifier fitted on ``train``:
    the techniques whose probability reaches ``levels``, or ``UNKNOWN`` when none does (levels
    above 1: every position ``UNKNOWN``, no classifier fitted). ``masked``: techniques the
    silver articles are not used for at all (``GoldArticle.masked``)."""
    from .framing_fit import learned_list

    levels = LEVELS if levels is None else levels
    if all(level > 1 for level in levels.values()):
        return [GoldArticle(a.id, a.text, sorted((UNKNOWN, s, e) for _, s, e in a.spans), frozenset(masked))
                for a in silver]
    model, lexicon = fit_classifier(train, keys_of), learned_list(train)
    out = []
    for article in silver:
        spans = []
        for (start, end), probs in classify(model, article, lexicon, keys_of[article.id]).items():
            sure = [t for t, p in probs.items() if p >= levels.get(t, 1.1)]
            spans += [(t, start, end) for t in sure] or [(UNKNOWN, start, end)]
        out.append(GoldArticle(article.id, article.text, sorted(spans), frozenset(masked)))
    return out


def report(gold: str | Path, levels=(0.3, 0.4, 0.5, 0.6, 0.7, 0.8)) -> None:
    """Two-fold CV inside dev of the classifier itself: fit on one half's gold positions, label
    the other half's; per technique and level, the precision and recall of the confident labels."""
    from .framing import load_gold
    from .framing_fit import half, learned_list

    articles = list(load_gold(gold, "dev"))
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    hits = defaultdict(Counter)
    for k in (0, 1):
        train = [a for a in articles if half(a.id, "cv") != k]
        held = [a for a in articles if half(a.id, "cv") == k]
        model, lexicon = fit_classifier(train, keys_of), learned_list(train)
        for article in held:
            truth = positions(article)
            for span, probs in classify(model, article, lexicon, keys_of[article.id]).items():
                for technique, p in probs.items():
                    gold_has = technique in truth[span]
                    hits[technique]["gold"] += gold_has
                    for level in levels:
                        if p >= level:
                            hits[technique][(level, "labelled")] += 1
                            hits[technique][(level, "right")] += gold_has
    for technique, c in hits.items():
        for level in levels:
            n, right = c[(level, "labelled")], c[(level, "right")]
            print(f"{technique[:4]} level {level}: labelled {n}, precision {right / max(n, 1):.3f}, "
                  f"recall {right / max(c['gold'], 1):.3f} (gold {c['gold']})", flush=True)


if __name__ == "__main__":
    report(sys.argv[1])


def from_argv(gold: str | Path, articles: list[GoldArticle], keys_of: dict | None, argv: list[str]) -> list[GoldArticle]:
    """``articles`` plus the silver articles when ``argv`` asks for them (the fitting commands'
    shared options): ``--silver [LEVEL]`` (one level for both techniques; above 1: every span
    position unknown, the articles give negatives only) and ``--silver-mask TECHNIQUE``."""
    if "--silver" not in argv:
        return articles
    at = argv.index("--silver") + 1
    value = argv[at] if at < len(argv) else ""
    levels = dict.fromkeys(LEVELS, float(value)) if value.replace(".", "", 1).isdigit() else dict(LEVELS)
    masked = frozenset([argv[argv.index("--silver-mask") + 1]]) if "--silver-mask" in argv else frozenset()
    silver = load_positions(gold)
    keys_of = keys_of if keys_of is not None else {}
    for article in articles + silver:
        if article.id not in keys_of:
            keys_of[article.id] = token_keys(article.text, tokens(article.text))
    return articles + silver_labels(articles, silver, keys_of, levels, masked)
