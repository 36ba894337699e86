"""MiniLM heads combined with v10 in the 4-fold dev CV (session 8, issue 5.4).

v10's held-out parts come from ``framing_crf_fit.held_out(..., folds=4)`` (tokens, CRF marginals,
scorer probabilities, learned-list spans, Viterbi tags, each from models fitted on the other
three quarters); the MiniLM head's probabilities from ``framing_minilm_fit.held_out_probs`` (same
quarters). Per technique (each technique's spans depend on its own thresholds only), over the
round-6/7 grid of ``framing_folds`` (scorer seeds × CRF seeds × CRF vetoes):

* ``v10``: the grid as ``framing_folds.grid`` computes it (``framing_crf_fit.predicted``);
* ``blend``: the CRF marginal replaced by the mean of the CRF marginal and the MiniLM
  probability, for the CRF spans and the CRF veto alike (round 8b's blend; nothing fitted);
* ``union``: v10 ∪ the MiniLM head's spans (seed/grow decode) at a setting;
* ``alone``: the MiniLM head's spans alone (same decode settings; with the hand list);
* ``veto``: v10, its learned-list/scorer spans kept only where the MiniLM head gives a word
  ≥ a level;
* ``rerank``: a logistic span classifier over a low-threshold candidate pool (learned list,
  scorer at low seeds, CRF at seed 0.15), features = mean MiniLM vector of the span and of its
  line, v10's scores and sources; fitted on the training quarters' candidates, and the held-out
  quarter's candidates kept above a threshold (``framing_minilm_rerank``).
"""

from __future__ import annotations

import pickle
from itertools import product
from pathlib import Path

import numpy as np

from ..extract.framing import combine, hand_list_spans
from ..extract.framing_crf import backed, crf_spans
from ..extract.framing_model import SUPPORT, THRESHOLDS, decode, supported
from .framing import FramingScores, score_article
from .framing_crf_fit import viterbi_spans
from .framing_folds import CRF_SEEDS, SCORER_SEEDS, V9, VETOES

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
CRF_GROW = 0.15
#: the MiniLM head's (seed, grow) decode settings for ``union``; levels for ``veto``
UNION = ((0.3, 0.15), (0.4, 0.2), (0.5, 0.25), (0.6, 0.3), (0.7, 0.35))
MINILM_VETOES = (0.05, 0.1, 0.2, 0.3)
FLOORS = (0.36, 0.38, 0.40, 0.42, 0.45)
KINDS = ("v10", "blend", "union", "veto")


def _crf_found(text, toks, marginal, viterbi, seed: float) -> list:
    if seed == 0:
        return viterbi_spans(toks, viterbi)
    return crf_spans(text, toks, marginal, dict.fromkeys(marginal, (seed, CRF_GROW)))


def scorer_spans(text, toks, v5, words, seeds) -> list:
    """Learned-list spans the scorer supports and the scorer's own spans at ``seeds`` (LL, NC),
    before any CRF veto (``framing_crf_fit.predicted``'s ``extra``)."""
    thresholds = {t: (s, THRESHOLDS[t][1]) for t, s in zip((LL, NC), seeds)}
    extra = [w for w in words if supported(toks, v5, w[0], w[1], w[2], SUPPORT)]
    extra += [(t, toks[a].start, toks[b - 1].end, p) for t, probs in v5.items() if t in thresholds
              for a, b, p in decode(text, toks, probs, *thresholds[t])]
    return extra


def grid(articles, scored: dict, probs: dict, kinds=KINDS) -> dict:
    """(kind, scorer seeds, CRF seed, veto, MiniLM setting) → held-out FramingScores."""
    out: dict = {}
    for a in articles:
        toks, crf, v5, words, viterbi = scored[a.id]
        text, hand = a.text, hand_list_spans(a.text)
        crf = {t: np.asarray(v) for t, v in crf.items()}
        mini = {t: np.asarray(probs[a.id][t]) for t in (LL, NC)}
        blend = {t: (crf[t] + mini[t]) / 2 if t in mini else crf[t] for t in crf}
        found = {cs: _crf_found(text, toks, crf, viterbi, cs) for cs in CRF_SEEDS}
        blended = {cs: _crf_found(text, toks, blend, viterbi, cs) for cs in CRF_SEEDS if cs} if "blend" in kinds else {}
        union = {s: crf_spans(text, toks, mini, dict.fromkeys(mini, s)) for s in UNION} if {"union", "alone"} & set(kinds) else {}
        for s, spans in union.items() if "alone" in kinds else ():  # the head's own spans (and the hand list)
            _add(out, ("alone", None, None, None, s), a, combine(text, hand, spans))
        for seeds in SCORER_SEEDS:
            extra = scorer_spans(text, toks, v5, words, seeds)
            for cs, veto in product(CRF_SEEDS, VETOES):
                level = dict.fromkeys(crf, veto)
                kept = [x for x in extra if backed(toks, crf, x[0], x[1], x[2], level)]
                _add(out, ("v10", seeds, cs, veto, None), a, combine(text, hand, kept + found[cs]))
                for s, spans in union.items() if "union" in kinds else ():
                    _add(out, ("union", seeds, cs, veto, s), a, combine(text, hand, kept + found[cs] + spans))
                for nv in MINILM_VETOES if "veto" in kinds else ():
                    nkept = [x for x in kept if backed(toks, mini, x[0], x[1], x[2], dict.fromkeys(mini, nv))]
                    _add(out, ("veto", seeds, cs, veto, nv), a, combine(text, hand, nkept + found[cs]))
                if cs and "blend" in kinds:
                    bkept = [x for x in extra if backed(toks, blend, x[0], x[1], x[2], level)]
                    _add(out, ("blend", seeds, cs, veto, None), a, combine(text, hand, bkept + blended[cs]))
    return out


def _add(out: dict, key, article, spans) -> None:
    score_article(out.setdefault(key, FramingScores()), [(t, s, e) for t, s, e, _ in spans if t in (LL, NC)],
                  [g for g in article.spans if g[0] in (LL, NC)])


def points(scores: dict, technique: str, kind: str) -> dict:
    """This technique's grid points of one kind: key → (P, R, F1, spans)."""
    out = {}
    for key, s in scores.items():
        if key[0] == kind and technique in s.per_technique:
            x = s.per_technique[technique]
            out[key] = (x.precision, x.recall, x.f1, x.predicted)
    return out


def frontier(at: dict, floors=FLOORS) -> dict:
    """floor → (P, R, F1, spans, key) of the best F1 whose precision (3 places) reaches the floor."""
    out = {}
    for floor in floors:
        ok = [(v[2], v, key) for key, v in at.items() if round(v[0], 3) >= floor]
        out[floor] = (*max(ok)[1], max(ok)[2]) if ok else None
    return out


def shipped(scores: dict, technique: str) -> tuple | None:
    """v10's own operating point (V9's thresholds, unchanged in v10) in the ``v10`` rows."""
    index = 0 if technique == LL else 1
    for key, s in scores.items():
        if key[0] == "v10" and key[1][index] == V9[technique][0] and key[2:4] == V9[technique][1:]:
            x = s.per_technique[technique]
            return x.precision, x.recall, x.f1, x.predicted
    return None


def print_frontiers(scores: dict, label: str = "", floors=FLOORS) -> dict:
    """Print and return technique → kind → frontier."""
    out = {}
    for technique in (LL, NC):
        ship = shipped(scores, technique)
        if ship:
            print(f"{label}{technique[:4]} v10 at its shipped point: P {ship[0]:.3f} R {ship[1]:.3f} F {ship[2]:.3f} "
                  f"spans {ship[3]}", flush=True)
        for kind in sorted({k[0] for k in scores}, key=lambda k: (k != "v10", k)):
            front = frontier(points(scores, technique, kind), floors)
            out.setdefault(technique, {})[kind] = front
            print(f"{label}{technique[:4]} {kind:6s} " + "  ".join(
                f"{fl}: {b[2]:.3f} (P {b[0]:.3f} R {b[1]:.3f} @ {b[4][1:]})" if b else f"{fl}: -"
                for fl, b in front.items()), flush=True)
    return out


def frontiers(articles, cache: str, paths: list[str], kinds: tuple[str, ...]) -> None:
    """Per held-out probability file (``{"article id": {technique: probs}}``, ``framing_minilm_tune``'s or
    ``framing_minilm_fit``'s): the combination grid with v10's 4-fold outputs at ``cache``,
    its frontiers printed and its points dumped next to it (``*_grid.pkl``)."""
    from .framing_minilm_fit import outer

    scored = outer(articles, cache)
    for path in paths:
        scores = grid(articles, scored, pickle.loads(Path(path).read_bytes()), kinds)
        print_frontiers(scores, f"[{Path(path).stem}] ")
        dump = {t: {kind: points(scores, t, kind) for kind in kinds} for t in (LL, NC)}
        Path(path).with_name(Path(path).stem + "_grid.pkl").write_bytes(pickle.dumps(dump))


def compare(paths: list[str], floors=(0.40, 0.45)) -> dict:
    """Per grid dump (``frontiers``' ``*_grid.pkl``) and technique: per kind and over all kinds,
    the best F1 at each precision floor ("all": every kind but v10 itself); and, over all the
    dumps together (the seeds of one variant), the point whose mean P reaches the floor with the
    best mean F1."""
    dumps = {Path(p).stem: pickle.loads(Path(p).read_bytes()) for p in paths}
    out = {}
    for t in (LL, NC):
        for name, dump in dumps.items():
            merged = {key: v for kind, at in dump[t].items() if kind != "v10" for key, v in at.items()}
            for kind, at in [*dump[t].items(), ("all", merged)]:
                front = frontier(at, floors)
                out[(t, name, kind)] = front
                print(f"{t[:4]} {name} {kind:6s} " + "  ".join(
                    f"{fl}: {b[2]:.3f} (P {b[0]:.3f} R {b[1]:.3f} n {b[3]} @ {b[4]})" if b else f"{fl}: -"
                    for fl, b in front.items()), flush=True)
        shared = set.intersection(*({k for kind, at in d[t].items() if kind != "v10" for k in at}
                                     for d in dumps.values()))
        mean = {k: tuple(np.mean([next(kind[k] for kind in d[t].values() if k in kind)[j] for d in dumps.values()])
                         for j in range(4)) for k in shared}
        for fl, b in frontier(mean, floors).items():
            out[(t, "mean", fl)] = b
            print(f"{t[:4]} mean of {len(dumps)} at P >= {fl}: " + (f"{b[2]:.3f} (P {b[0]:.3f} R {b[1]:.3f} @ {b[4]})"
                                                                   if b else "-"), flush=True)
    return out
