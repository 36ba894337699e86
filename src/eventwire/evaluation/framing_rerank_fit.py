"""Fit and measure the framing step's span re-ranker (``extract.framing_rerank``) on PTC **dev** only.

Candidates must come from first-stage models (learned list, scorer, CRF) that did not see the
candidate's article, or they look far too good. So, inside the two-fold dev CV of rounds 1–6:

* held-out half k: candidates from the first stage fitted on training half k (``held_out`` of
  ``framing_crf_fit``, the outputs the v8 CV row is scored on);
* training half k: candidates from a nested two-fold split of that half (salt "inner"), each
  quarter's candidates from first-stage models fitted on the other quarter only;
* the re-ranker of fold k is fitted on the nested candidates of training half k and scored on
  the held-out half k's candidates. The shipped re-ranker would be fitted on the outer CV's
  held-out candidates of all dev articles (each from models that did not see it).

The target of a candidate is the share of its characters inside gold spans of its technique
(the partial-overlap precision it would earn), fitted as a soft-label logistic regression.

Run: ``python -m eventwire.evaluation.framing_rerank_fit GOLD --cache /tmp/r7`` (after the
nested ``held_out`` caches exist; see eval/framing.md round 7).
"""

from __future__ import annotations

import sys
from itertools import product

import numpy as np

from ..extract.framing import combine, hand_list_spans
from ..extract.framing_crf import CRF_THRESHOLDS, CRF_VETO, backed, crf_spans
from ..extract.framing_model import SUPPORT, THRESHOLDS, decode, supported
from ..extract.framing_rerank import SPAN_NAMES, candidates, scores, select, span_rows
from .framing import FramingScores, GoldArticle, score_article
from .framing_sparse_fit import _lbfgs

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
L2 = 1.0
LEVELS = tuple(round(x, 3) for x in np.arange(0.08, 0.70, 0.01))
#: Name_Calling candidates also grown to their noun phrase (round 7 item 3; ``--noun-phrases``)
NOUN_PHRASES = False
LL_FLOORS, NC_FLOORS = (0.30, 0.32, 0.332, 0.34, 0.35, 0.36, 0.38), (0.45, 0.50, 0.521, 0.55)


def first_stage(text: str, scored) -> list[tuple[str, int, int, float]]:
    """The shipped first stage's learned-list, scorer and CRF spans (v8's ``extra``) of one
    article from its held-out ``scored`` tuple (``framing_crf_fit.held_out``)."""
    toks, crf, v5, words, _ = scored
    extra = [w for w in words if supported(toks, v5, w[0], w[1], w[2], SUPPORT)]
    extra += [(t, toks[a].start, toks[b - 1].end, p) for t, probs in v5.items()
              for a, b, p in decode(text, toks, probs, *THRESHOLDS[t])]
    extra = [x for x in extra if backed(toks, crf, x[0], x[1], x[2], CRF_VETO)]
    return extra + crf_spans(text, toks, crf, CRF_THRESHOLDS)


def article_candidates(article: GoldArticle, scored, only_first: bool = False):
    """(candidates, span rows, soft targets) of one article (``only_first``: the shipped first
    stage's own spans only, so the re-ranker can only drop spans: a filter)."""
    toks, crf, v5, words, _ = scored
    text = article.text
    cands = candidates(text, toks, v5, crf, words, first_stage(text, scored), noun_phrases=NOUN_PHRASES)
    if only_first:  # the first stage's spans (and their noun phrases) only
        cands = [c for c in cands if c.sources & {"first", "np"}]
    rows = span_rows(text, toks, v5, crf, cands)
    targets = np.zeros(len(cands))
    for n, c in enumerate(cands):
        s, e = toks[c.first].start, toks[c.end - 1].end
        gold = [(gs, ge) for t, gs, ge in article.spans if t == c.technique]
        covered = np.zeros(e - s, dtype=bool)
        for gs, ge in gold:
            covered[max(gs, s) - s:max(min(ge, e) - s, 0)] = True
        targets[n] = covered.mean() if e > s else 0.0
    return cands, rows, targets


def fit(rows: np.ndarray, targets: np.ndarray, l2: float = L2) -> np.ndarray:
    """Soft-label L2 logistic regression (bias unpenalised)."""
    penalty = np.r_[0.0, np.full(rows.shape[1] - 1, l2)]

    def fun(w):
        z = np.clip(rows @ w, -30, 30)
        loss = (np.logaddexp(0, z) - targets * z).sum() + 0.5 * (penalty * w * w).sum()
        return loss, rows.T @ (1 / (1 + np.exp(-z)) - targets) + penalty * w

    return _lbfgs(fun, np.zeros(rows.shape[1]), steps=500)


def fit_techniques(data: list, l2: float = L2, drop: tuple[str, ...] = ()) -> dict[str, np.ndarray]:
    """technique → weights over the candidates of ``data`` ((cands, rows, targets) per article);
    the ``drop`` value names are held at zero (ablations)."""
    keep = np.array([name not in drop for name in SPAN_NAMES])
    out = {}
    for technique in (LL, NC):
        parts = [(r[[c.technique == technique for c in cs]], t[[c.technique == technique for c in cs]])
                 for cs, r, t in data if len(cs)]
        rows = np.vstack([p[0] for p in parts])
        w = np.zeros(len(SPAN_NAMES))
        w[keep] = fit(rows[:, keep], np.concatenate([p[1] for p in parts]), l2)
        out[technique] = w
    return out


def predicted(article: GoldArticle, cands, rows, weights, levels, *, suppress: bool = True,
              hand: bool = True, keep_first: bool = False) -> list[tuple[str, int, int]]:
    """Spans of one article: the accepted candidates, combined with the hand list as the step does
    (``keep_first``: the shipped first stage's own spans are kept whatever their score)."""
    toks = article_toks[article.id]
    probs = scores(rows, cands, weights)
    if keep_first:
        probs = np.where([("first" in c.sources) for c in cands], 1.0, probs) if cands else probs
    extra = [(cands[i].technique, toks[cands[i].first].start, toks[cands[i].end - 1].end, float(probs[i]))
             for i in select(cands, probs, levels, suppress=suppress)]
    return [(t, s, e) for t, s, e, _ in combine(article.text, hand_list_spans(article.text) if hand else [], extra)]


article_toks: dict[str, list] = {}


def cv_grid(articles, outer: dict, inner: list[dict], halves: dict[str, int], keep_first: bool = False,
            only_first: bool = False, **fit_args) -> dict:
    """(level, suppress) → held-out FramingScores over both CV halves."""
    grid: dict = {}
    for k in (0, 1):
        train = [article_candidates(a, inner[k][a.id], only_first) for a in articles if halves[a.id] != k]
        weights = fit_techniques(train, **fit_args)
        for a in articles:
            if halves[a.id] != k:
                continue
            article_toks[a.id] = outer[a.id][0]
            cands, rows, _ = article_candidates(a, outer[a.id], only_first)
            for level, suppress in product(LEVELS, (True, False)):
                scores_ = grid.setdefault((level, suppress), FramingScores())
                score_article(scores_, predicted(a, cands, rows, weights, {LL: level, NC: level}, suppress=suppress,
                                                       keep_first=keep_first),
                              a.spans)
    return grid


def frontier(points: list[tuple[float, float, float]], floors=LL_FLOORS) -> dict:
    """floor → (P, R, F1) of the best F1 whose precision (rounded to 3 places, as the tables
    print it) reaches the floor."""
    out = {}
    for floor in floors:
        ok = [p for p in points if round(p[0], 3) >= floor]
        out[floor] = max(ok, key=lambda p: p[2]) if ok else None
    return out


def main(argv: list[str]) -> None:
    from .framing import load_gold
    from .framing_crf_fit import cross_validate, held_out
    from .framing_fit import half
    from ..extract.framing_features import tokens
    from ..extract.framing_sparse import token_keys

    cache = argv[argv.index("--cache") + 1]
    articles = list(load_gold(argv[0], "dev"))
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    params = dict(c1=0.0, c2=1.0, iterations=150, long=0, stack=0)
    outer = held_out(articles, keys_of, cache=cache, **params)
    halves = {a.id: half(a.id, "cv") for a in articles}
    inner = [held_out([a for a in articles if halves[a.id] != k], keys_of, cache=f"{cache}_in{k}", salt="inner",
                      **params) for k in (0, 1)]
    l2 = float(argv[argv.index("--l2") + 1]) if "--l2" in argv else L2
    global NOUN_PHRASES
    NOUN_PHRASES = "--noun-phrases" in argv
    drop = tuple(argv[argv.index("--drop") + 1].split(",")) if "--drop" in argv else ()
    if "--diagnose-swap" in argv:  # NOT a CV figure: training candidates from models that saw the held-out half
        inner = [outer, outer]
    setting = f"l2 {l2} drop {drop}" + " keep-first" * ("--keep-first" in argv) + " filter" * ("--filter" in argv)
    grid = cv_grid(articles, outer, inner, halves, keep_first="--keep-first" in argv, only_first="--filter" in argv,
                   l2=l2, drop=drop)
    for technique, floors in ((LL, LL_FLOORS), (NC, NC_FLOORS)):
        for suppress in (True, False):
            print(technique, "suppress" if suppress else "union", setting)
            for (lv, sup), s in grid.items():
                if sup == suppress and round(lv * 100) % 4 == 0:
                    x = s.per_technique[technique]
                    print(f"  level {lv:.2f}: P {x.precision:.3f} R {x.recall:.3f} F {x.f1:.3f} n {x.predicted}")
            _print_frontier(f"  {technique[:4]} {'suppress' if suppress else 'union'} {setting}",
                            [s for (lv, sup), s in grid.items() if sup == suppress], technique, floors)
    if "--baseline" in argv:  # v8's models over round 6's grid (scorer seeds × CRF seeds × vetoes)
        base = cross_validate(articles, outer, modes=("v5+crf",), v5_seeds=[(0.25, 0.5), (0.3, 0.55), (0.35, 0.6)])
        for technique, floors in ((LL, LL_FLOORS), (NC, NC_FLOORS)):
            _print_frontier(f"  {technique[:4]} v8 grid", list(base.values()), technique, floors)


def _print_frontier(title: str, scores: list[FramingScores], technique: str, floors) -> None:
    points = [(s.per_technique[technique].precision, s.per_technique[technique].recall,
               s.per_technique[technique].f1) for s in scores]
    print(title + " frontier: " + " ".join(f"{fl}:{p[2]:.3f} (P {p[0]:.3f} R {p[1]:.3f})" if p else f"{fl}:-"
                                           for fl, p in frontier(points, floors).items()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
