"""A MiniLM span re-ranker over v10's candidates, in the 4-fold dev CV (session 8, issue 5.4).

Candidates per article and technique (Loaded_Language, Name_Calling): the learned-list spans the
scorer supports, the scorer's spans at a seed below the shipped one (``POOL_SEEDS``), and the
CRF spans at marginal seed 0.15 (grow 0.15), all from v10's held-out parts, no CRF veto; the same
(start, end) from two sources is one candidate. Hand-list spans are not candidates (they are
kept as the step keeps them, and win overlaps). Features:

* the mean MiniLM vector of the span's tokens and of its line (384 + 384);
* v10's own evidence: source flags (learned list, scorer, CRF), the span's best scorer
  probability and CRF marginal (logit / 5) and the best MiniLM head probability is *not* used
  (its held-out values on training articles come from heads that saw the held-out quarter);
  whether v10 at its shipped point outputs an overlapping span; log of the span's word count.

Label: the candidate overlaps a gold span of its technique. An L2 logistic regression per
technique is fitted on the training quarters' candidates and the held-out quarter's candidates
are kept at p ≥ a threshold; output = ``combine(hand list, kept)``.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from ..extract.framing import combine, hand_list_spans
from ..extract.framing_crf import backed, crf_spans, lines
from .framing import FramingScores, score_article
from .framing_folds import V9
from .framing_minilm_combine import LL, NC, scorer_spans

#: scorer seeds of the candidate pool (shipped: LL 0.25, NC 0.5)
POOL_SEEDS = (0.15, 0.3)
POOL_CRF = (0.15, 0.15)
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.1, 0.86, 0.05))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return float(np.log(p / (1 - p)) / 5)


def candidates(article, scored_article, emb: np.ndarray) -> dict[str, list[tuple[tuple, np.ndarray]]]:
    """technique → [((technique, start, end, confidence), feature row)] of one article."""
    toks, crf, v5, words, _ = scored_article
    text = article.text
    hand = hand_list_spans(text)
    crf = {t: np.asarray(v) for t, v in crf.items()}
    line_of = np.zeros(len(toks), dtype=int)
    line_mean = []
    for k, (first, end) in enumerate(lines(text, toks)):
        line_of[first:end] = k
        w = [i for i in range(first, end) if toks[i].word] or list(range(first, end))
        line_mean.append(emb[w].astype(np.float32).mean(axis=0))
    pooled: dict[tuple, set] = {}
    for x in scorer_spans(text, toks, v5, [w for w in words], POOL_SEEDS):
        source = "list" if x in words else "scorer"
        pooled.setdefault(x[:3], set()).add(source)
    for x in crf_spans(text, toks, crf, dict.fromkeys((LL, NC), POOL_CRF)):
        pooled.setdefault(x[:3], set()).add("crf")
    # v10 at its shipped point (to flag candidates the shipped step would output)
    ship = [x for seeds in [(V9[LL][0], V9[NC][0])] for x in scorer_spans(text, toks, v5, words, seeds)
            if backed(toks, crf, x[0], x[1], x[2], {t: V9[t][2] for t in (LL, NC)})]
    ship += [x for t in (LL, NC) for x in crf_spans(text, toks, crf, {t: (V9[t][1], CRF_GROW_SHIPPED)})]
    out: dict[str, list] = {LL: [], NC: []}
    for (t, s, e), sources in sorted(pooled.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        if t not in out or any(s < he and hs < e for _, hs, he, _ in hand):
            continue
        idx = [i for i, tok in enumerate(toks) if tok.start < e and s < tok.end and tok.word]
        if not idx:
            continue
        span_vec = emb[idx].astype(np.float32).mean(axis=0)
        line_vec = line_mean[line_of[idx[0]]]
        in_ship = any(x[0] == t and x[1] < e and s < x[2] for x in ship)
        scalars = np.array([*(float(k in sources) for k in ("list", "scorer", "crf")),
                            _logit(max(v5[t][i] for i in idx)), _logit(float(crf[t][idx].max())),
                            float(in_ship), np.log(len(idx))], dtype=np.float32)
        out[t].append(((t, s, e, float(max(v5[t][i] for i in idx))), np.concatenate([span_vec, line_vec, scalars])))
    return out


CRF_GROW_SHIPPED = 0.15


def held_out_scores(articles, scored: dict, emb: dict, folds_of: dict, *, c: float = 0.1) -> dict:
    """article id → technique → [(span, held-out probability)] from re-rankers fitted on the other
    quarters' candidates."""
    from .framing_minilm_fit import apply_head, fit_head

    cands = {a.id: candidates(a, scored[a.id], emb[a.id]) for a in articles}
    labels = {a.id: {t: [any(g[0] == t and g[1] < x[2] and x[1] < g[2] for g in a.spans) for x, _ in cands[a.id][t]]
                     for t in (LL, NC)} for a in articles}
    out = {a.id: {} for a in articles}
    for k in sorted(set(folds_of.values())):
        for t in (LL, NC):
            train = [a.id for a in articles if folds_of[a.id] != k and cands[a.id][t]]
            X = np.vstack([np.vstack([f for _, f in cands[i][t]]) for i in train])
            y = np.concatenate([labels[i][t] for i in train])
            started = time.time()
            head = fit_head(X, y, c=c)
            print(f"rerank fold {k} {t[:4]}: {len(y)} candidates, {y.mean():.2f} positive, "
                  f"fitted in {time.time() - started:.0f} s", file=sys.stderr, flush=True)
            for a in articles:
                if folds_of[a.id] == k:
                    rows = cands[a.id][t]
                    p = apply_head(head, np.vstack([f for _, f in rows])) if rows else []
                    out[a.id][t] = [(x, float(q)) for (x, _), q in zip(rows, p)]
    return out


def grid(articles, reranked: dict, thresholds=THRESHOLDS) -> dict:
    """("rerank", threshold) → held-out FramingScores (hand list + kept candidates)."""
    out = {}
    for a in articles:
        hand = hand_list_spans(a.text)
        gold = [g for g in a.spans if g[0] in (LL, NC)]
        for thr in thresholds:
            kept = [x for t in (LL, NC) for x, p in reranked[a.id][t] if p >= thr]
            spans = combine(a.text, hand, kept)
            score_article(out.setdefault(("rerank", None, thr, None, None), FramingScores()),
                          [(t, s, e) for t, s, e, _ in spans if t in (LL, NC)], gold)
    return out
