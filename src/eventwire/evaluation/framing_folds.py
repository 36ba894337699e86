"""The framing step's operating point from a k-fold CV inside dev (round 8, issue 5.4).

The shipped models are fitted on all 193 dev articles; a two-fold CV fits on ~96, so its
precision and recall at a given threshold are those of a model fitted on half the data. A
four-fold CV (``framing_crf_fit.held_out(..., folds=4)``: models fitted on three quarters,
~145 articles, each quarter scored once) sits closer to the shipped model on that learning
curve. This module scores the round-6/7 grid (scorer seeds × CRF seeds × CRF vetoes) on the
held-out outputs of one or more fold counts and prints, per technique:

* P/R/F1 at v8's shipped point and at every grid point (fixed thresholds: how P and R move
  with the training size);
* the frontier: best F1 at each precision floor;
* the point picked by the round-8 rule (:func:`choose`): best CV F1 among the points with CV
  precision ≥ ``FLOOR`` (the issue's own bar), else v8's point.

Run: ``python -m eventwire.evaluation.framing_folds GOLD --cache 2:/tmp/r7 --cache 4:/tmp/r8k``
(each cache a ``held_out`` prefix; missing folds are fitted and cached, ~3-4 min per fold).
"""

from __future__ import annotations

import sys
from itertools import product

from .framing import FramingScores, GoldArticle, score_article

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
#: the issue's precision floor, the rule's too
FLOOR = 0.40
SCORER_SEEDS = ((0.25, 0.5), (0.3, 0.55), (0.35, 0.6))
#: CRF marginal seeds (0: Viterbi spans) and CRF vetoes of the round-6/7 grid
CRF_SEEDS = (0.0, 0.15, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7)
VETOES = (0.0, 0.02, 0.05)
#: v8's shipped point per technique, as (scorer seed, CRF seed, veto)
V8 = {LL: (0.25, 0.55, 0.02), NC: (0.5, 0.7, 0.0)}
#: v9's shipped point (round 8's rule moved NC's CRF seed to 0.4)
V9 = {LL: (0.25, 0.55, 0.02), NC: (0.5, 0.4, 0.0)}
FLOORS = {LL: (0.30, 0.32, 0.332, 0.34, 0.35, 0.36, 0.38, 0.40, 0.42),
          NC: (0.40, 0.45, 0.50, 0.521, 0.55, 0.60)}
PARAMS = dict(c1=0.0, c2=1.0, iterations=150, long=0, stack=0)


def grid(articles: list[GoldArticle], scored: dict) -> dict[tuple, FramingScores]:
    """(LL/NC scorer seeds, CRF seed, veto) → held-out scores of every technique, over the
    round-6/7 grid (``framing_crf_fit.predicted`` in mode ``v5+crf``, CRF grow 0.15)."""
    from .framing_crf_fit import predicted

    out = {}
    for seeds, crf_seed, veto in product(SCORER_SEEDS, CRF_SEEDS, VETOES):
        scores = FramingScores()
        for article in articles:
            score_article(scores, predicted(article, scored[article.id], "v5+crf", crf_seed, 0.15, veto, seeds),
                          article.spans)
        out[(seeds, crf_seed, veto)] = scores
    return out


def points(results: dict[tuple, FramingScores], technique: str) -> dict[tuple, tuple[float, float, float]]:
    """This technique's (scorer seed, CRF seed, veto) → (P, R, F1); the scorer seed is the
    technique's own (its spans do not depend on the other technique's seed)."""
    index = 0 if technique == LL else 1
    out = {}
    for (seeds, crf_seed, veto), scores in results.items():
        s = scores.per_technique[technique]
        out[(seeds[index], crf_seed, veto)] = (s.precision, s.recall, s.f1)
    return out


def choose(at: dict[tuple, tuple[float, float, float]], fallback: tuple, floor: float = FLOOR) -> tuple:
    """The round-8 rule: the point with the best F1 (3 places; ties: higher precision) among
    those with precision ≥ ``floor``; ``fallback`` (v8's point) when none reaches it."""
    ok = [(round(f, 3), p, key) for key, (p, r, f) in at.items() if p >= floor]
    return max(ok)[2] if ok else fallback


def frontier(at: dict[tuple, tuple[float, float, float]], floors) -> dict[float, tuple | None]:
    """floor → (P, R, F1, point) of the best F1 whose precision (3 places) reaches the floor."""
    out = {}
    for floor in floors:
        ok = [(v[2], v, key) for key, v in at.items() if round(v[0], 3) >= floor]
        out[floor] = (*max(ok)[1], max(ok)[2]) if ok else None
    return out


def _cells(v) -> str:
    return f"P {v[0]:.3f} R {v[1]:.3f} F {v[2]:.3f}"


def report(articles: list[GoldArticle], scored_by_folds: dict[int, dict]) -> dict[int, dict]:
    """Print the tables for every fold count; return folds → technique → points."""
    out = {}
    for folds, scored in scored_by_folds.items():
        results = grid(articles, scored)
        out[folds] = {t: points(results, t) for t in (LL, NC)}
        v8 = results[((V8[LL][0], V8[NC][0]), V8[LL][1], V8[LL][2])]
        v8nc = results[((V8[LL][0], V8[NC][0]), V8[NC][1], V8[NC][2])]
        print(f"== {folds}-fold CV at v8's points (LL row from the LL point, NC row from the NC point)")
        for t, s in sorted(v8.per_technique.items()):
            s = v8nc.per_technique[t] if t == NC else s
            print(f"  {t:28s} P {s.precision:.3f} R {s.recall:.3f} F {s.f1:.3f}  predicted {s.predicted} gold {s.gold}")
        for t in (LL, NC):
            print(f"  {t[:4]} frontier: " + "  ".join(
                f"{fl}: {_cells(b)} @ {b[3]}" if b else f"{fl}: -" for fl, b in frontier(out[folds][t], FLOORS[t]).items()))
    return out


def learning_curve(by_folds: dict[int, dict]) -> None:
    """P and R at fixed thresholds, fold count against fold count (every grid point)."""
    counts = sorted(by_folds)
    for t in (LL, NC):
        print(f"== {t}: fixed thresholds, " + " vs ".join(f"{k}-fold" for k in counts))
        for key in sorted(by_folds[counts[0]][t]):
            print(f"  {key}: " + " | ".join(_cells(by_folds[k][t][key]) for k in counts))


def handlist_cv(articles: list[GoldArticle], scored: dict, folds: int, at: dict = V9, salt: str = "cv") -> dict:
    """Round 9: the whole step's held-out LL/NC scores at ``at``'s points with the hand list as
    shipped ("before") and with its LL/NC entries recalibrated on the training folds only
    (``framing_handlist.recalibrated``) and applied to the held-out fold ("after"); ``scored``:
    ``held_out`` outputs of the same ``folds``/``salt``. Returns {"before"/"after": technique →
    (P, R, F1, spans), "dropped"/"added": technique → hand spans, "below": fold → entries out}."""
    from collections import Counter

    from ..extract.framing import MIN_CONFIDENCE, hand_list_spans
    from .framing_crf_fit import predicted
    from .framing_fit import fold_of
    from .framing_handlist import hand_spans_with, recalibrated

    seeds = (at[LL][0], at[NC][0])
    scores = {"before": {t: FramingScores() for t in (LL, NC)}, "after": {t: FramingScores() for t in (LL, NC)}}
    dropped, added, below = Counter(), Counter(), {}
    for k in range(folds):
        train = [a.id for a in articles if fold_of(a.id, salt, folds) != k]
        confidences = recalibrated(articles, train)
        below[k] = sorted(key for key, c in confidences.items() if c < MIN_CONFIDENCE)
        for article in (a for a in articles if fold_of(a.id, salt, folds) == k):
            hands = {"before": hand_list_spans(article.text), "after": hand_spans_with(article.text, confidences)}
            old, new = ({x[:3] for x in h} for h in hands.values())
            dropped.update(t for t, _, _ in old - new)
            added.update(t for t, _, _ in new - old)
            for name, hand in hands.items():
                for t in (LL, NC):
                    spans = predicted(article, scored[article.id], "v5+crf", at[t][1], 0.15, at[t][2], seeds, hand)
                    score_article(scores[name][t], [x for x in spans if x[0] == t],
                                  [g for g in article.spans if g[0] == t])
    out = {name: {t: (s.per_technique[t].precision, s.per_technique[t].recall, s.per_technique[t].f1,
                      s.per_technique[t].predicted) for t, s in by.items()} for name, by in scores.items()}
    return {**out, "dropped": dict(dropped), "added": dict(added), "below": below}


def main(argv: list[str]) -> None:
    from ..extract.framing_features import tokens
    from ..extract.framing_sparse import token_keys
    from .framing import load_gold
    from .framing_crf_fit import held_out

    articles = list(load_gold(argv[0], "dev"))
    caches = dict(arg.split(":", 1) for arg in (argv[i + 1] for i, a in enumerate(argv) if a == "--cache"))
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    scored = {int(k): held_out(articles, keys_of, cache=c, folds=int(k), **PARAMS) for k, c in caches.items()}
    if "--handlist" in argv:
        for k, s in scored.items():
            result = handlist_cv(articles, s, k)
            for t in (LL, NC):
                b, a = result["before"][t], result["after"][t]
                print(f"{k}-fold {t[:4]}: before {_cells(b)} spans {b[3]} | after {_cells(a)} spans {a[3]}")
            print(f"{k}-fold hand spans dropped {result['dropped']} added {result['added']}")
            for fold, keys in result["below"].items():
                print(f"  fold {fold}: LL/NC entries under MIN_CONFIDENCE: {', '.join(keys)}")
        return
    by_folds = report(articles, scored)
    if "--curve" in argv:
        learning_curve(by_folds)
    if "--choose" in argv:
        folds = int(argv[argv.index("--choose") + 1])
        for t in (LL, NC):
            pick = choose(by_folds[folds][t], V8[t])
            print(f"rule ({folds}-fold, P >= {FLOOR}): {t} -> {pick}: {_cells(by_folds[folds][t][pick])}"
                  + (" (v8's point)" if pick == V8[t] else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
