"""Frozen MiniLM vectors as a framing signal, measured in the 4-fold dev CV (session 8, issue 5.4).

Only the PTC train articles whose id hashes to dev are read (``load_gold(..., "dev")``, 193
articles); folds are ``framing_fit.fold_of(id, "cv", 4)``, the quarters of round 8, and v10's
held-out outputs come from ``framing_crf_fit.held_out(..., folds=4)`` (``--cache`` prefix).

* ``embed``: every framing token's MiniLM vector (``extract.framing_minilm.token_vectors``,
  last layer and mean of the last four), cached as one float16 array per layer.
* token heads (``framing_minilm_heads``): per technique, an L2 logistic regression on the vector
  (and on the vector plus v10's held-out scorer/CRF columns), fitted on three quarters and
  scored on the fourth; token average precision next to v10's scorer and CRF marginal.
* combinations with v10 (``framing_minilm_combine``): blend, union, veto, span re-ranker.

Run: ``python -m eventwire.evaluation.framing_minilm_fit GOLD --cache /tmp/s8k --emb /tmp/s8m/emb
[--ap] [--grid] [--rerank]``; ``--speed BBC.jsonl.gz``: ms per article of the MiniLM pass.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from ..extract.framing_features import tokens
from .framing import load_gold
from .framing_fit import fold_of

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
FOLDS = 4
LAYERS = ("last", "last4")  # "first3" on request (--variants "minilm first3")


def embed(articles, prefix: str, layers=LAYERS) -> dict[str, dict[str, np.ndarray]]:
    """layer → article id → (tokens, DIM) float16 MiniLM vectors, computed once and cached at
    ``{prefix}_{layer}.npz`` (one thread)."""
    import torch

    from ..extract.framing_minilm import token_vectors, truncated

    paths = {name: Path(f"{prefix}_{name}.npz") for name in layers}
    done = {name: dict(np.load(p)) for name, p in paths.items() if p.exists()}
    layers = tuple(name for name in layers if name not in done)
    if not layers:
        return done
    torch.set_num_threads(1)
    out = {name: {} for name in layers}
    # only "firstK" layers: a model cut to the largest K gives them at a fraction of the cost
    cut = truncated(max(int(n[5:]) for n in layers)) if all(n.startswith("first") for n in layers) else None
    started = time.time()
    for n, article in enumerate(articles, 1):
        vectors = token_vectors(article.text, tokens(article.text), layers=layers, encoded_by=cut)
        for name in layers:
            out[name][article.id] = vectors[name].astype(np.float16)
        if n % 20 == 0:
            print(f"embedded {n}/{len(articles)} in {time.time() - started:.0f} s", file=sys.stderr, flush=True)
    for name in layers:
        np.savez(paths[name], **out[name])
    return {**done, **out}


def gold_mask(article, toks, technique: str) -> np.ndarray:
    """Whether each token lies inside (overlaps) a gold span of ``technique``."""
    gold = [(s, e) for t, s, e in article.spans if t == technique]
    return np.array([any(s < tok.end and tok.start < e for s, e in gold) for tok in toks], dtype=bool)


def folds_of(articles) -> dict[str, int]:
    return {a.id: fold_of(a.id, "cv", FOLDS) for a in articles}


def columns(scored_article, n: int) -> np.ndarray:
    """v10's held-out columns for one article: the scorer's probability and the CRF marginal of
    both techniques, as logits / 5 (``framing_crf.stacked``'s scale)."""
    _, crf, v5, _, _ = scored_article
    cols = []
    for probs in (v5, crf):
        for technique in (LL, NC):
            p = np.clip(np.asarray(probs[technique], dtype=float)[:n], 1e-4, 1 - 1e-4)
            cols.append(np.log(p / (1 - p)) / 5)
    return np.column_stack(cols)


def design(articles, emb: dict[str, np.ndarray], scored: dict | None, ids) -> tuple[np.ndarray, list]:
    """Rows of the word tokens of the articles ``ids`` (MiniLM vector, then v10's columns when
    ``scored`` is given) and, per article, its word-token indexes."""
    rows, index = [], []
    by_id = {a.id: a for a in articles}
    for article_id in ids:
        toks = tokens(by_id[article_id].text)
        words = np.array([t.word for t in toks], dtype=bool)
        X = emb[article_id].astype(np.float32)
        if scored is not None:
            X = np.hstack([X, columns(scored[article_id], len(toks)).astype(np.float32)])
        rows.append(X[words])
        index.append(np.flatnonzero(words))
    return np.vstack(rows), index


def fit_head(X: np.ndarray, y: np.ndarray, *, c: float = 1.0, kind: str = "lr", seed: int = 0):
    """A fitted head: ("lr", mean, scale, weights, bias) for an L2 logistic regression on
    standardised columns, or ("mlp", scaler, model) for a 1-hidden-layer MLP (sklearn)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X)
    Z = scaler.transform(X)
    if kind == "mlp":
        from sklearn.neural_network import MLPClassifier

        model = MLPClassifier(hidden_layer_sizes=(128,), alpha=1e-2, early_stopping=True, max_iter=60,
                              random_state=seed).fit(Z, y)
        return ("mlp", scaler, model)
    model = LogisticRegression(C=c, max_iter=300).fit(Z, y)
    return ("lr", scaler.mean_, scaler.scale_, model.coef_[0], float(model.intercept_[0]))


def apply_head(head, X: np.ndarray) -> np.ndarray:
    from ..extract.framing_minilm import logistic

    if head[0] == "mlp":
        return head[2].predict_proba(head[1].transform(X))[:, 1]
    return logistic(X, *head[1:])


def held_out_probs(articles, emb: dict[str, np.ndarray], scored: dict | None = None, *, c: float = 1.0,
                   kind: str = "lr", seed: int = 0) -> dict[str, dict[str, np.ndarray]]:
    """article id → technique → per-token probability from heads fitted on the other three
    quarters (punctuation 0, as the CRF marginals in the cache)."""
    quarter = folds_of(articles)
    by_id = {a.id: a for a in articles}
    out = {a.id: {} for a in articles}
    for k in range(FOLDS):
        train = [a.id for a in articles if quarter[a.id] != k]
        test = [a.id for a in articles if quarter[a.id] == k]
        X, index = design(articles, emb, scored, train)
        Xt, index_t = design(articles, emb, scored, test)
        for technique in (LL, NC):
            y = np.concatenate([gold_mask(by_id[i], tokens(by_id[i].text), technique)[ix]
                                for i, ix in zip(train, index)])
            started = time.time()
            head = fit_head(X, y, c=c, kind=kind, seed=seed)
            p = apply_head(head, Xt)
            print(f"fold {k} {technique[:4]} {kind} C={c}: fitted in {time.time() - started:.0f} s",
                  file=sys.stderr, flush=True)
            at = 0
            for i, ix in zip(test, index_t):
                full = np.zeros(len(emb[i]))
                full[ix] = p[at:at + len(ix)]
                at += len(ix)
                out[i][technique] = full
    return out


def token_ap(articles, scored: dict, probs: dict[str, dict]) -> dict[str, dict[str, float]]:
    """technique → stage → average precision of the word tokens (target: inside a gold span of
    the technique), each stage held out: v10's scorer and CRF marginal, and every MiniLM head."""
    from .framing_neural_eval import _average_precision

    out = {}
    for technique in (LL, NC):
        y, cols = [], {"v10 scorer": [], "v10 CRF marginal": [], **{name: [] for name in probs}}
        for a in articles:
            toks, crf, v5, _, _ = scored[a.id]
            words = np.array([t.word for t in toks], dtype=bool)
            y.append(gold_mask(a, toks, technique)[words])
            cols["v10 scorer"].append(np.asarray(v5[technique])[words])
            cols["v10 CRF marginal"].append(np.asarray(crf[technique])[words])
            for name, p in probs.items():
                cols[name].append(p[a.id][technique][words])
        y = np.concatenate(y)
        out[technique] = {k: _average_precision(y, np.concatenate(v)) for k, v in cols.items()}
    return out


def candidate_lines(text: str, toks) -> set[int]:
    """Indexes (``framing_crf.lines`` order) of the lines holding a Loaded_Language learned-list
    or scorer span at ``POINTS``' scorer seed: the only lines the LL veto reads."""
    from ..extract.framing_crf import lines
    from ..extract.framing_learned import learned_spans
    from ..extract.framing_minilm import POINTS
    from ..extract.framing_model import (
        scored_spans,
        supported,
        token_probabilities,
        token_rows,
    )

    scored = token_probabilities(text, parts=token_rows(text))
    found = [(s.start, s.end) for s in learned_spans(text)
             if s.technique == LL and supported(*scored, s.technique, s.start, s.end)]
    found += [(s.start, s.end) for s in scored_spans(text, scored=scored, thresholds={LL: POINTS[LL]["scorer"],
                                                                                   NC: POINTS[NC]["scorer"]})
              if s.technique == LL]
    return {k for k, (a, b) in enumerate(lines(text, toks))
            if any(s < toks[b - 1].end and toks[a].start < e for s, e in found)}


def speed(path: str, n: int = 200) -> None:
    """CPU ms per article (best of 3, one torch thread) of the MiniLM pass over every line (last
    layer; mean of the last four), over the lines an LL veto alone would need, and of v10's
    ``framing_spans``, on the first ``n`` articles of a JSONL(.gz) file with a ``text`` field."""
    import torch

    from ..extract.framing import framing_spans
    from ..extract.framing_minilm import encoder, token_vectors, truncated
    from .common import first_texts

    torch.set_num_threads(1)
    cut, cut1 = truncated(3), truncated(1)
    texts = first_texts(path, n)
    encoder()
    prepared = [(x, tokens(x)) for x in texts]
    chosen = {x: candidate_lines(x, t) for x, t in prepared}
    print(f"lines with an LL candidate: {sum(map(len, chosen.values()))} of "
          f"{sum(len(_lines(x, t)) for x, t in prepared)}", flush=True)
    runs = {"minilm every line, last layer": lambda x, t: token_vectors(x, t),
            "minilm every line, last4": lambda x, t: token_vectors(x, t, layers=("last4",)),
            "minilm LL-candidate lines only, last4": lambda x, t: token_vectors(x, t, only=chosen[x], layers=("last4",)),
            "minilm cut to 3 layers, first3": lambda x, t: token_vectors(x, t, layers=("first3",), encoded_by=cut),
            "minilm cut to 1 layer, first1": lambda x, t: token_vectors(x, t, layers=("first1",), encoded_by=cut1),
            "framing_spans (v10)": lambda x, t: framing_spans(x)}
    for name, run in runs.items():
        run(*prepared[0])
        best = 1e9
        for _ in range(3):
            started = time.process_time()
            for x, t in prepared:
                run(x, t)
            best = min(best, time.process_time() - started)
        print(f"{name}: {1000 * best / len(prepared):.1f} ms per article ({len(prepared)} articles, "
              f"{sum(map(len, texts)) / len(texts):.0f} characters)", flush=True)


def _lines(text, toks):
    from ..extract.framing_crf import lines

    return lines(text, toks)


def write_heads(articles, emb: dict[str, np.ndarray], path: Path, c: float = 1.0) -> None:
    """Fit the run-time heads (L2 logistic on the MiniLM vector, per technique) on all dev
    articles and write them as float32 arrays (``extract.framing_minilm.heads`` reads them)."""
    ids = [a.id for a in articles]
    by_id = {a.id: a for a in articles}
    X, index = design(articles, emb, None, ids)
    arrays = {}
    for technique, key in ((LL, "ll"), (NC, "nc")):
        y = np.concatenate([gold_mask(by_id[i], tokens(by_id[i].text), technique)[ix] for i, ix in zip(ids, index)])
        _, mean, scale, weights, bias = fit_head(X, y, c=c)
        arrays.update({f"{key}_mean": mean.astype(np.float32), f"{key}_scale": scale.astype(np.float32),
                       f"{key}_weights": weights.astype(np.float32), f"{key}_bias": np.float32(bias)})
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def same_as_grid(articles, scored: dict, probs: dict) -> bool:
    """Whether the run-time ``framing_minilm.minilm_extra`` (fed the held-out parts and held-out
    head probabilities) gives, per technique of ``POINTS``, the spans the CV grid scored."""
    from ..extract.framing import combine, hand_list_spans
    from ..extract.framing_crf import backed, crf_spans
    from ..extract.framing_minilm import POINTS
    from .framing_minilm_combine import scorer_spans

    ok = True
    for a in articles:
        toks, crf, v5, words, _ = scored[a.id]
        crf = {t: np.asarray(v) for t, v in crf.items()}
        mini = {t: np.asarray(probs[a.id][t]) for t in (LL, NC)}
        listed = scorer_spans(a.text, toks, v5, words, (1.1, 1.1))  # seeds above 1: the list part only
        hand = hand_list_spans(a.text)
        for t, at in POINTS.items():
            seeds = (at["scorer"][0], at["scorer"][0])
            m = (crf[t] + mini[t]) / 2 if at["mode"] == "blend" else crf[t]
            kept = [x for x in scorer_spans(a.text, toks, v5, words, seeds) if x[0] == t
                    and backed(toks, {t: m}, t, x[1], x[2], {t: at["crf_veto"]})]
            if at["mode"] == "veto":
                kept = [x for x in kept if backed(toks, mini, t, x[1], x[2], {t: at["level"]})]
            grid_spans = combine(a.text, hand, kept + crf_spans(a.text, toks, {t: m}, {t: at["crf"]}))
            run = _with_probs(a.text, toks, v5, crf, listed, mini, t)
            mine = combine(a.text, hand, [x for x in run if x[0] == t])
            ok &= [x[:3] for x in grid_spans if x[0] == t] == [x[:3] for x in mine if x[0] == t]
    return ok


def _with_probs(text, toks, v5, crf, listed, mini, technique):
    """``minilm_extra`` for one technique with the head probabilities given (a head whose
    logistic returns them: vectors = the logit column, weight 1)."""
    from ..extract.framing_minilm import POINTS, minilm_extra

    p = np.clip(mini[technique], 1e-9, 1 - 1e-9)
    vectors = np.log(p / (1 - p))[:, None]
    fitted = {technique: (np.zeros(1), np.ones(1), np.ones(1), 0.0)}
    return minilm_extra(text, toks, v5, crf, listed, points={technique: POINTS[technique]}, fitted=fitted,
                        vectors=vectors)


#: the head variants: name → (layer, with v10's columns, kind, C, seed)
VARIANTS = {"minilm last": ("last", False, "lr", 1.0, 0), "minilm last4": ("last4", False, "lr", 1.0, 0),
            "minilm last + v10": ("last", True, "lr", 1.0, 0), "minilm last4 + v10": ("last4", True, "lr", 1.0, 0),
            "minilm last4 C0.1": ("last4", False, "lr", 0.1, 0),
            "minilm last4, mlp s0": ("last4", False, "mlp", 0, 0), "minilm last4, mlp s1": ("last4", False, "mlp", 0, 1),
            "minilm last4 + v10, mlp s0": ("last4", True, "mlp", 0, 0),
            "minilm last4 + v10, mlp s1": ("last4", True, "mlp", 0, 1),
            "minilm first3": ("first3", False, "lr", 1.0, 0), "minilm first1": ("first1", False, "lr", 1.0, 0)}


def outer(articles, prefix: str) -> dict:
    """v10's 4-fold held-out outputs (``framing_crf_fit.held_out``; built when missing)."""
    from ..extract.framing_sparse import token_keys
    from .framing_crf_fit import held_out
    from .framing_folds import PARAMS

    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    return held_out(articles, keys_of, cache=prefix, folds=FOLDS, **PARAMS)


def probs_of(articles, emb, scored, name: str, prefix: str) -> dict:
    """The held-out probabilities of one head variant, cached at ``{prefix}_probs_{name}.pkl``."""
    import pickle

    path = Path(f"{prefix}_probs_{name.replace(' ', '_').replace(',', '').replace('+', 'plus')}.pkl")
    if path.exists():
        return pickle.loads(path.read_bytes())
    layer, stack, kind, c, seed = VARIANTS[name]
    out = held_out_probs(articles, emb[layer], scored if stack else None, c=c, kind=kind, seed=seed)
    path.write_bytes(pickle.dumps(out))
    return out


def main(argv: list[str]) -> None:
    if "--speed" in argv:
        speed(argv[argv.index("--speed") + 1])
        return
    articles = list(load_gold(argv[0], "dev"))
    prefix = argv[argv.index("--emb") + 1]
    names = argv[argv.index("--variants") + 1].split(";") if "--variants" in argv else list(VARIANTS)[:3]
    layer = argv[argv.index("--layer") + 1] if "--layer" in argv else "last4"
    emb = embed(articles, prefix, tuple(sorted({VARIANTS[n][0] for n in names} | {layer})))
    if "--cache" not in argv:
        return
    scored = outer(articles, argv[argv.index("--cache") + 1])
    probs = {name: probs_of(articles, emb, scored, name, prefix) for name in names}
    if "--write" in argv:  # the run-time heads, fitted on all dev articles
        write_heads(articles, emb[layer], Path(argv[argv.index("--write") + 1]))
        return
    if "--check" in argv:  # run-time code against the CV grid, on the held-out parts
        print("run time == CV grid:", same_as_grid(articles, scored, probs[names[0]]), flush=True)
    if "--ap" in argv:
        for technique, row in token_ap(articles, scored, probs).items():
            print(f"token AP {technique[:4]}: " + " | ".join(f"{k} {v:.3f}" for k, v in row.items()), flush=True)
    if "--grid" in argv:  # v10 / blend / union / veto frontiers, one head variant at a time
        from .framing_minilm_combine import grid, print_frontiers

        kinds = tuple(argv[argv.index("--kinds") + 1].split(",")) if "--kinds" in argv else ("v10", "blend", "union", "veto")
        import pickle

        from .framing_minilm_combine import points

        for name in names:
            scores = grid(articles, scored, probs[name], kinds)
            print_frontiers(scores, f"[{name}] ")
            dump = {t: {kind: points(scores, t, kind) for kind in kinds} for t in (LL, NC)}
            Path(f"{prefix}_grid_{name.replace(' ', '_').replace('+', 'plus')}.pkl").write_bytes(pickle.dumps(dump))
    if "--rerank" in argv:  # the span re-ranker, C per --c (default 0.1)
        from .framing_minilm_combine import print_frontiers
        from .framing_minilm_rerank import grid as rerank_grid
        from .framing_minilm_rerank import held_out_scores

        c = float(argv[argv.index("--c") + 1]) if "--c" in argv else 0.1
        reranked = held_out_scores(articles, scored, emb[layer], folds_of(articles), c=c)
        print_frontiers(rerank_grid(articles, reranked), f"[rerank {layer} C={c}] ")


if __name__ == "__main__":
    main(sys.argv[1:])
