"""Score the neural tagger's held-out dev probabilities (``framing_neural_fit --cv``) alone and
combined with v8, in the two-fold dev CV of eval/framing.md (same halves, nothing from test).

v8's parts come from the round-7 ``held_out`` cache (``framing_crf_fit.held_out``: per held-out
article its tokens, CRF marginals, scorer probabilities, learned-list spans) and are frozen once
in ``--parts`` (hand-list spans, scorer/learned spans per scorer seed pair, CRF spans per CRF
seed), so the baseline cannot drift while other framing files change. Combinations (per
technique, so each technique's frontier is read apart):

* ``alone``: the tagger's spans (seed/grow decode) with the hand list;
* ``union``: v8 at each point of round 6's grid ∪ the tagger's spans at a seed;
* ``veto``: as union, and v8's learned-list/scorer spans kept only where the tagger gives one
  of their words ≥ a level (as the CRF veto does);
* ``blend``: the CRF marginals replaced by the mean of the CRF marginal and the tagger's
  probability (for the CRF spans and the CRF veto alike; no weight is fitted).

Run: ``python -m eventwire.evaluation.framing_neural_eval GOLD --outer /tmp/nt/v8 --parts
/tmp/nt/parts.pkl --probs /tmp/nt/cv_....pkl [--epoch 12] [--kinds alone,union,veto,blend]
[--dump PREFIX]``; ``--speed BBC.jsonl.gz [--weights FILE]``: ms per article of the tagger and of v8
"""

from __future__ import annotations

import pickle
import sys
from itertools import product
from pathlib import Path

import numpy as np

from ..extract.framing import combine, hand_list_spans
from ..extract.framing_crf import backed, crf_spans
from ..extract.framing_model import SUPPORT, THRESHOLDS, decode, supported
from .framing import FramingScores, load_gold, score_article
from .framing_crf_fit import viterbi_spans

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
V5_SEEDS = ((0.25, 0.5), (0.3, 0.55), (0.35, 0.6))
CRF_SEEDS = (0.0, 0.15, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7)
CRF_GROW = 0.15
VETOES = (0.0, 0.02, 0.05)
#: the tagger's (seed, grow) settings; None: no tagger spans
NEURAL = (None, (0.3, 0.15), (0.4, 0.2), (0.5, 0.25), (0.6, 0.3), (0.7, 0.35), (0.8, 0.4), (0.9, 0.45))
NEURAL_VETOES = (0.0, 0.05, 0.1, 0.2)
LL_FLOORS = (0.30, 0.32, 0.332, 0.34, 0.35, 0.36, 0.38, 0.40)
NC_FLOORS = (0.45, 0.50, 0.521, 0.55)


def freeze_parts(articles, outer: dict, path: Path) -> dict:
    """article id → v8's parts under the committed code (hand list, scorer/learned spans per seed
    pair before any veto, CRF spans per seed), pickled once at ``path`` and read back after."""
    if path.exists():
        return pickle.loads(path.read_bytes())
    parts = {}
    for a in articles:
        toks, crf, v5, words, viterbi = outer[a.id]
        scorer = {}
        for seeds in V5_SEEDS:
            thresholds = {t: (s, THRESHOLDS[t][1]) for t, s in zip((LL, NC), seeds)}
            extra = [w for w in words if supported(toks, v5, w[0], w[1], w[2], SUPPORT)]
            extra += [(t, toks[i].start, toks[j - 1].end, p) for t, probs in v5.items()
                      for i, j, p in decode(a.text, toks, probs, *thresholds[t])]
            scorer[seeds] = extra
        parts[a.id] = {"hand": hand_list_spans(a.text), "scorer": scorer,
                       "crf": {s: _crf_found(a.text, toks, crf, viterbi, s) for s in CRF_SEEDS}}
    path.write_bytes(pickle.dumps(parts))
    return parts


def _crf_found(text, toks, marginal, viterbi, seed: float) -> list:
    if seed == 0:
        return viterbi_spans(toks, viterbi)
    return crf_spans(text, toks, marginal, dict.fromkeys(marginal, (seed, CRF_GROW)))


def neural_found(text, toks, probs, setting) -> list:
    if setting is None:
        return []
    return crf_spans(text, toks, {t: np.asarray(v) for t, v in probs.items()}, dict.fromkeys(probs, setting))


def grid(articles, outer: dict, parts: dict, probs: dict, *, kinds=("alone", "union", "veto", "blend")) -> dict:
    """(kind, v5 seeds, CRF seed, veto, neural setting, neural veto) → FramingScores; v8's own
    grid points are the ``union`` ones with no neural setting (always computed)."""
    out: dict = {}
    for a in articles:
        toks, crf, _, _, viterbi = outer[a.id]
        part, nprob = parts[a.id], probs[a.id]
        hand = part["hand"]
        neural = {s: neural_found(a.text, toks, nprob, s) for s in NEURAL}
        for s in NEURAL[1:] if "alone" in kinds else ():
            _add(out, ("alone", None, None, None, s, 0.0), a, combine(a.text, hand, neural[s]))
        blend = {t: (np.asarray(crf[t]) + np.asarray(nprob[t])) / 2 for t in crf}
        blend_crf = {s: _crf_found(a.text, toks, blend, viterbi, s) for s in CRF_SEEDS if s} if "blend" in kinds else {}
        for seeds, cs, veto in product(V5_SEEDS, CRF_SEEDS, VETOES):
            level = dict.fromkeys(crf, veto)
            kept = [x for x in part["scorer"][seeds] if backed(toks, crf, x[0], x[1], x[2], level)]
            for s in NEURAL if "union" in kinds or "veto" in kinds else (None,):
                _add(out, ("union", seeds, cs, veto, s, 0.0), a, combine(a.text, hand, kept + part["crf"][cs] + neural[s]))
                for nv in NEURAL_VETOES[1:] if "veto" in kinds else ():
                    nkept = [x for x in kept if backed(toks, nprob, x[0], x[1], x[2], dict.fromkeys(crf, nv))]
                    _add(out, ("veto", seeds, cs, veto, s, nv), a, combine(a.text, hand, nkept + part["crf"][cs] + neural[s]))
            if cs and "blend" in kinds:
                bkept = [x for x in part["scorer"][seeds] if backed(toks, blend, x[0], x[1], x[2], level)]
                _add(out, ("blend", seeds, cs, veto, None, 0.0), a, combine(a.text, hand, bkept + blend_crf[cs]))
    return out


def _add(out: dict, key, article, spans) -> None:
    score_article(out.setdefault(key, FramingScores()), [(t, s, e) for t, s, e, _ in spans], article.spans)


def frontier(scores: list[FramingScores], technique: str, floors) -> dict:
    """floor → (P, R, F1) of the best F1 whose precision (rounded to 3 places) reaches it."""
    points = [(s.per_technique[technique].precision, s.per_technique[technique].recall, s.per_technique[technique].f1)
              for s in scores if technique in s.per_technique]
    out = {}
    for floor in floors:
        ok = [p for p in points if round(p[0], 3) >= floor]
        out[floor] = max(ok, key=lambda p: p[2]) if ok else None
    return out


def token_ap(articles, outer: dict, probs: dict) -> dict:
    """technique → average precision of word tokens ranked by each stage's held-out probability
    (target: the token lies inside a gold span of that technique)."""
    out = {}
    for technique in (LL, NC):
        y, columns = [], {"neural": [], "scorer": [], "crf": []}
        for a in articles:
            toks, crf, v5, _, _ = outer[a.id]
            gold = [(s, e) for t, s, e in a.spans if t == technique]
            for i, tok in enumerate(toks):
                if tok.word:
                    y.append(any(s < tok.end and tok.start < e for s, e in gold))
                    columns["neural"].append(probs[a.id][technique][i])
                    columns["scorer"].append(v5[technique][i])
                    columns["crf"].append(crf[technique][i])
        y = np.array(y)
        out[technique] = {k: _average_precision(y, np.array(v)) for k, v in columns.items()}
    return out


def _average_precision(y: np.ndarray, score: np.ndarray) -> float:
    order = np.argsort(-score, kind="stable")
    hits = y[order].astype(float)
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / max(hits.sum(), 1))


SELECT = {
    "v8": lambda k: k[0] == "union" and k[4] is None,  # round 6's grid, the tagger unused
    "alone": lambda k: k[0] == "alone",
    "union": lambda k: k[0] == "union" and k[4] is not None,  # points that add the tagger's spans
    "veto": lambda k: k[0] == "veto",
    "blend": lambda k: k[0] == "blend",
}


def report(scores: dict, kinds=tuple(SELECT)) -> None:
    """Per technique and kind, the frontier over the kind's grid points."""
    for technique, floors in ((LL, LL_FLOORS), (NC, NC_FLOORS)):
        for kind in kinds:
            chosen = [s for k, s in scores.items() if SELECT[kind](k)]
            if not chosen:
                continue
            cells = " ".join(f"{fl}:{p[2]:.3f}(P{p[0]:.3f} R{p[1]:.3f})" if p else f"{fl}:-"
                             for fl, p in frontier(chosen, technique, floors).items())
            print(f"{technique[:4]} {kind:6s} {cells}", flush=True)


def speed(path: str, n: int = 200, weights: str | None = None) -> None:
    """CPU ms per article (best of 3) of the tagger's token probabilities and of v8's
    ``framing_spans``, over the first ``n`` articles of a JSONL(.gz) file with a ``text`` field."""
    import time

    from ..extract.framing import framing_spans
    from ..extract.framing_neural import blank, model, token_probabilities
    from .common import first_texts

    texts = first_texts(path, n)
    nlp = model(weights) if weights else None
    if nlp is None:  # same architecture, untrained: the cost does not depend on the weights
        nlp = blank()
        for label in ("O", "LL", "NC"):
            nlp.get_pipe("tagger").add_label(label)
        nlp.initialize()
    for name, run in (("tagger", lambda x: token_probabilities(x, nlp=nlp)), ("framing_spans", framing_spans)):
        run(texts[0])
        best = min(_cpu(run, texts, time) for _ in range(3))
        print(f"{name}: {1000 * best / len(texts):.1f} ms per article ({len(texts)} articles, "
              f"{sum(map(len, texts)) / len(texts):.0f} characters)", flush=True)


def step_speed(path: str, n: int = 200, weights: str | None = None) -> None:
    """What wiring the blend into the step adds: CPU ms per article (best of 3) of
    ``framing_neural.step_marginals`` on v8's own intermediate values (computed untimed), and a
    check that its lines-only tagging gives the same LL spans as tagging every line."""
    import gzip
    import json
    import time

    from ..extract.framing_crf import token_marginals
    from ..extract.framing_learned import learned_spans
    from ..extract.framing_model import scored_spans, token_rows
    from ..extract.framing_model import token_probabilities as scorer_probabilities
    from ..extract.framing_neural import (
        blended,
        model,
        step_marginals,
        token_probabilities,
    )

    nlp = model(weights) if weights else model()
    opener = gzip.open if path.endswith(".gz") else open
    prepared = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            parts = token_rows(text)
            scored = scorer_probabilities(text, parts=parts)
            extra = [(s.technique, s.start, s.end, s.confidence) for s in learned_spans(text)
                     if supported(*scored, s.technique, s.start, s.end)]
            extra += [(s.technique, s.start, s.end, s.confidence) for s in scored_spans(text, scored=scored)]
            prepared.append((text, parts[0], token_marginals(text, *parts), extra))
            if len(prepared) == n:
                break

    def spans(text, toks, marginal, extra):
        return sorted([x for x in extra if backed(toks, marginal, x[0], x[1], x[2])] + crf_spans(text, toks, marginal))

    same = all(spans(x, toks, step_marginals(x, toks, m, e, nlp=nlp), e)
               == spans(x, toks, blended(m, token_probabilities(x, toks, nlp)), e) for x, toks, m, e in prepared)
    best = 1e9
    for _ in range(3):
        started = time.process_time()
        for x, toks, m, e in prepared:
            step_marginals(x, toks, m, e, nlp=nlp)
        best = min(best, time.process_time() - started)
    print(f"step_marginals: {1000 * best / len(prepared):.1f} ms per article ({len(prepared)} articles); "
          f"same spans as tagging every line: {same}", flush=True)


def _cpu(run, texts, time) -> float:
    started = time.process_time()
    for text in texts:
        run(text)
    return time.process_time() - started


def main(argv: list[str]) -> None:
    if "--speed" in argv:  # --speed BBC.jsonl.gz [--weights file] [--step]
        weights = argv[argv.index("--weights") + 1] if "--weights" in argv else None
        (step_speed if "--step" in argv else speed)(argv[argv.index("--speed") + 1], weights=weights)
        return
    articles = list(load_gold(argv[0], "dev"))
    outer_prefix = argv[argv.index("--outer") + 1]
    from .framing_crf_fit import held_out

    outer = held_out(articles, {}, cache=outer_prefix, c1=0.0, c2=1.0, iterations=150, long=0, stack=0)
    parts = freeze_parts(articles, outer, Path(argv[argv.index("--parts") + 1]))
    if "--probs" not in argv:
        return
    runs = pickle.loads(Path(argv[argv.index("--probs") + 1]).read_bytes())
    epochs = [int(argv[argv.index("--epoch") + 1])] if "--epoch" in argv else sorted(runs)
    for epoch in epochs:
        probs = runs[epoch]
        print(f"== epoch {epoch}: token AP", {t[:4]: {k: round(v, 3) for k, v in d.items()}
                                             for t, d in token_ap(articles, outer, probs).items()}, flush=True)
        # --kinds alone,blend: only those combinations (default: all of them)
        kinds = tuple(argv[argv.index("--kinds") + 1].split(",")) if "--kinds" in argv else tuple(SELECT)[1:]
        scores = grid(articles, outer, parts, probs, kinds=kinds)
        at_v8 = {LL: ((0.25, 0.5), 0.55, 0.02), NC: ((0.25, 0.5), 0.7, 0.0)}  # v8's operating points
        for kind in ("union", "blend"):
            cells = [f"{t[:4]} P {x.precision:.4f} R {x.recall:.4f} F {x.f1:.4f}" for t, key in at_v8.items()
                     if (kind, *key, None, 0.0) in scores for x in [scores[(kind, *key, None, 0.0)].per_technique[t]]]
            print(f"{'v8' if kind == 'union' else 'blend'} at v8's points: " + " | ".join(cells), flush=True)
        for key in sorted(k for k in scores if k[0] == "alone"):
            x, y = scores[key].per_technique.get(LL), scores[key].per_technique.get(NC)
            print(f"alone {key[4]}: LL P {x.precision:.3f} R {x.recall:.3f} F {x.f1:.3f} | "
                  f"NC P {y.precision:.3f} R {y.recall:.3f} F {y.f1:.3f}", flush=True)
        report(scores, ("v8", *kinds))
        if "--dump" in argv:
            Path(argv[argv.index("--dump") + 1] + f"_e{epoch}.pkl").write_bytes(pickle.dumps(
                {k: {t: (v.precision, v.recall, v.f1) for t, v in s.per_technique.items() if t in (LL, NC)}
                 for k, s in scores.items()}))


if __name__ == "__main__":
    main(sys.argv[1:])
