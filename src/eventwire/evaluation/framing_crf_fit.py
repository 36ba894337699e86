"""Fit the framing CRF (``data/framing_crf/framing_crf.crfsuite``) on the PTC **dev** articles only.

One linear-chain CRF (CRFsuite L-BFGS, L1 ``c1`` + L2 ``c2``) over the token attributes of
``extract.framing_crf``, BIO tags for Loaded_Language and Name_Calling,Labeling. As in
``framing_sparse_fit``: the learned-list values of the training rows come from the other half of
the training articles (out of fold), and a sparse attribute string is kept only when it occurs in
at least ``MIN_ARTICLES`` training articles, so the model stores no string of a single article.
CRFsuite's training is deterministic (L-BFGS from zero weights), so a refit gives the same model.

``--cv`` runs the whole procedure two-fold inside dev (the halves of ``framing_sparse_fit``) and
prints, per technique, held-out scores for the CRF alone, the CRF with the hand list, v5 (the
shipped scorer and lists, refitted per fold) and the union of v5 and the CRF, over a grid of
marginal thresholds; without it, fits on all dev articles and writes the model.

Run: ``python -m eventwire.evaluation.framing_crf_fit GOLD_FOLDER src/eventwire/data/framing_crf [--cv]
[--c1 0.05 --c2 0.01 --iterations 150]``
"""

from __future__ import annotations

import pickle
import sys
import time
from itertools import product
from pathlib import Path

from ..extract.framing import MIN_CONFIDENCE, combine, hand_list_spans
from ..extract.framing_crf import backed, bio, crf_spans, items, lines, marginals, stacked
from ..extract.framing_learned import learned_spans
from ..extract.framing_model import THRESHOLDS, TECHNIQUES, decode, supported
from ..extract.framing_model import SUPPORT
from .framing import FramingScores, GoldArticle, load_gold, score_article
from .framing_fit import fold_of, half, learned_list, rows_of
from .framing_learn import UNKNOWN
from .framing_sparse_fit import MIN_ARTICLES, fit_all, out_of_fold_parts, probabilities, vocabulary

C1, C2, ITERATIONS = 0.0, 1.0, 150
#: lines with a longer gold span (in words) are left out of training; 0 keeps all
LONG = 0
SEEDS = (0.15, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7)
GROWS = (0.15,)
#: CRF marginal a learned-list or scorer span needs to be kept (``framing_crf.CRF_VETO``)
VETOES = (0.0, 0.02, 0.05)
#: what the CRF spans are combined with: nothing, the hand list, or v5's whole output (union)
MODES = ("crf", "hand+crf", "v5", "v5+crf")


def train(articles: list[GoldArticle], keys_of, path: str | Path, *, c1: float = C1, c2: float = C2,
          iterations: int = ITERATIONS, long: int = LONG, stack: int = 0, states: int = 0,
          masked_lines: int = 0) -> None:
    """Fit the CRF on ``articles`` (learned list out of fold) and write it to ``path``; a line
    holding a Loaded_Language or Name_Calling gold span of more than ``long`` words is left out
    (0: none left out). ``stack``: the v5 scorer's probabilities are CRF values too, out of
    fold (:func:`scorer_out_of_fold`). ``states``: CRFsuite's ``feature.possible_states`` (a
    weight for every attribute and label, seen together or not). An article with a ``masked``
    technique (a silver article that says nothing of it) is left out, since a CRF line cannot
    leave one technique untagged; ``masked_lines``: keep it, its masked technique tagged O."""
    import pycrfsuite

    vocab = vocabulary(articles, keys_of, MIN_ARTICLES)
    trainer = pycrfsuite.Trainer(verbose=False)
    by_id = {a.id: a for a in articles}
    scorer = scorer_out_of_fold(articles, keys_of) if stack else {}
    for article_id, (toks, X, _) in out_of_fold_parts(articles):
        article = by_id[article_id]
        if article.masked and not masked_lines:
            continue
        keys = [[k for k in ks if k in vocab] for ks in keys_of[article_id]]
        too_long = [(s, e) for t, s, e in article.spans
                    if t in TECHNIQUES.values() and long and len(article.text[s:e].split()) > long]
        # a silver span of no confident technique: its line cannot be tagged, so it is left out
        too_long += [(s, e) for t, s, e in article.spans if t == UNKNOWN]
        for first, end in lines(article.text, toks):
            if any(s < toks[end - 1].end and toks[first].start < e for s, e in too_long):
                continue
            trainer.append(items(toks, X, keys, first, end, stacked(scorer.get(article_id), len(toks))),
                           bio(toks, article.spans, first, end))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.possible_states": bool(states)})
    trainer.train(str(path))


def scorer_out_of_fold(articles: list[GoldArticle], keys_of) -> dict[str, dict[str, list[float]]]:
    """article id → the v5 scorer's token probabilities from a scorer fitted on the other half
    (the ``lexicon`` halves of ``out_of_fold_parts``, so the learned-list values match); cached
    in /tmp by the article set."""
    import hashlib

    tag = hashlib.sha1(" ".join(sorted(a.id for a in articles)).encode()).hexdigest()[:12]
    cache = Path(f"/tmp/framing_crf_scorer_{tag}.pkl")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    halves = [[a for a in articles if half(a.id, "lexicon") == k] for k in (0, 1)]
    out = {}
    for k in (0, 1):
        dense, sparse = fit_all(halves[1 - k], keys_of)
        lexicon = learned_list(halves[1 - k])
        for article in halves[k]:
            toks, X, _ = rows_of(article, lexicon)
            out[article.id] = probabilities(X, keys_of[article.id], dense, sparse)
    cache.write_bytes(pickle.dumps(out))
    return out


def held_out(articles: list[GoldArticle], keys_of, *, cache: str | None = None, silver=None,
             levels: dict[str, float] | None = None, masked: frozenset[str] = frozenset(), salt: str = "cv",
             folds: int = 2, **params) -> dict:
    """article id → (tokens, CRF marginals, v5 probabilities, learned-list spans, Viterbi tags),
    each article scored by models fitted on the other folds (``fold_of(id, salt, folds)``; "cv"
    with 2 folds is the two-fold CV split of rounds 1–7; ``folds=4`` fits on three quarters,
    about 145 articles, closer to the shipped models' 193). ``cache``: a file prefix; the v5
    part (which does not depend on the CRF settings) and each CRF setting are cached apart.
    ``silver``: the dev-split dev articles with their span positions (``framing_silver``),
    labelled per fold by a classifier fitted on the training folds (at ``levels``) and added to
    the training folds only."""
    from .framing_silver import LEVELS, silver_labels

    levels = LEVELS if levels is None else levels
    tag = "_silver" + "_".join(f"{v}" for _, v in sorted(levels.items())) if silver else ""
    tag += "".join(f"_mask{t[:2]}" for t in sorted(masked)) if silver else ""
    tag += f"_k{folds}" if folds != 2 else ""
    v5_cache = Path(f"{cache}_v5{tag}.pkl") if cache else None
    crf_cache = Path(f"{cache}_crf_{'_'.join(f'{k}{v}' for k, v in sorted(params.items()))}{tag}.pkl") if cache else None
    v5_part = pickle.loads(v5_cache.read_bytes()) if v5_cache and v5_cache.exists() else {}
    crf_part = pickle.loads(crf_cache.read_bytes()) if crf_cache and crf_cache.exists() else {}
    for k in range(folds):
        train_set = [a for a in articles if fold_of(a.id, salt, folds) != k]
        held = [a for a in articles if fold_of(a.id, salt, folds) == k]
        if silver and not all(a.id in crf_part and a.id in v5_part for a in held):
            train_set = train_set + silver_labels(train_set, silver, keys_of, levels, masked)
        lexicon = learned_list(train_set)
        if not all(a.id in crf_part for a in held):
            model = f"/tmp/framing_crf_fold{k}.crfsuite" if folds == 2 else f"/tmp/framing_crf_k{folds}_fold{k}.crfsuite"
            crf_part.update(_crf_fold(train_set, held, lexicon, keys_of, model, f"fold {k}/{folds}", params))
        if not all(a.id in v5_part for a in held):
            v5_part.update(_v5_fold(train_set, held, lexicon, keys_of))
        if cache:  # after every fold, so an interrupted run resumes
            v5_cache.write_bytes(pickle.dumps(v5_part))
            crf_cache.write_bytes(pickle.dumps(crf_part))
    return {a.id: (v5_part[a.id][0], crf_part[a.id][0], v5_part[a.id][1], v5_part[a.id][2], crf_part[a.id][1])
            for a in articles}


def _crf_fold(train_set: list[GoldArticle], held: list[GoldArticle], lexicon, keys_of, path: str, name: str,
              params: dict) -> dict:
    """article id → (CRF marginals per technique, Viterbi tags) of each ``held`` article, from a
    CRF fitted on ``train_set`` (written to ``path``); punctuation gets marginal 0."""
    import pycrfsuite

    started = time.time()
    train(train_set, keys_of, path, **params)
    print(f"{name}: CRF fitted in {time.time() - started:.0f} s", file=sys.stderr, flush=True)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    if params.get("stack"):
        dense, sparse = fit_all(train_set, keys_of)
    out = {}
    for article in held:
        toks, X, _ = rows_of(article, lexicon)
        keys = keys_of[article.id]
        stack = stacked(probabilities(X, keys, dense, sparse), len(toks)) if params.get("stack") else None
        crf = {t: [0.0] * len(toks) for t in TECHNIQUES.values()}
        viterbi = ["O"] * len(toks)
        for first, end in lines(article.text, toks):
            for t, values in marginals(tagger, items(toks, X, keys, first, end, stack)).items():
                crf[t][first:end] = list(values)
            viterbi[first:end] = tagger.tag()
        out[article.id] = ({t: [p if tok.word else 0.0 for p, tok in zip(v, toks)] for t, v in crf.items()}, viterbi)
    return out


def _v5_fold(train_set: list[GoldArticle], held: list[GoldArticle], lexicon, keys_of) -> dict:
    """article id → (tokens, v5 scorer probabilities, learned-list spans) of each ``held``
    article, from the scorer fitted on ``train_set`` and its learned list ``lexicon``."""
    dense, sparse = fit_all(train_set, keys_of)
    out = {}
    for article in held:
        toks, X, _ = rows_of(article, lexicon)
        v5 = probabilities(X, keys_of[article.id], dense, sparse)
        v5 = {t: [p if tok.word else 0.0 for p, tok in zip(v, toks)] for t, v in v5.items()}
        words = [(s.technique, s.start, s.end, s.confidence) for s in learned_spans(article.text, lexicon)
                 if s.confidence >= MIN_CONFIDENCE]
        out[article.id] = (toks, v5, words)
    return out


def viterbi_spans(toks, tags: list[str]) -> list[tuple[str, int, int, float]]:
    """Spans of the CRF's best tag sequence (an ``I-`` after ``O`` starts a span too)."""
    names = {short: t for t, short in (("Loaded_Language", "LL"), ("Name_Calling,Labeling", "NC"))}
    spans, current = [], None
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag != "O" else None
        if current and (kind != current[0] or tag.startswith("B-")):
            spans.append((names[current[0]], toks[current[1]].start, toks[i - 1].end, 1.0))
            current = None
        if kind and current is None:
            current = (kind, i)
    return spans


def predicted(article: GoldArticle, scored, mode: str, seed: float, grow: float,
              veto: float = 0.0, v5_seeds: tuple[float, float] | None = None,
              hand: list | None = None) -> list[tuple[str, int, int]]:
    """Spans of one held-out article under ``mode`` with CRF thresholds (seed, grow; seed 0 takes
    the Viterbi spans) and a CRF ``veto`` level on the learned-list and scorer spans (``v5+crf``);
    ``v5_seeds``: the scorer's (Loaded_Language, Name_Calling) seeds instead of ``THRESHOLDS``';
    ``hand``: the hand-list spans to use instead of ``loaded_words.csv``'s (round 9: confidences
    recalibrated on the training folds)."""
    thresholds = dict(THRESHOLDS)
    if v5_seeds:
        thresholds = {t: (s, thresholds[t][1]) for t, s in zip(TECHNIQUES.values(), v5_seeds)}
    toks, crf, v5, words, viterbi = scored
    text = article.text
    crf_found = viterbi_spans(toks, viterbi) if seed == 0 else crf_spans(
        text, toks, crf, dict.fromkeys(crf, (seed, grow)))
    hand = (hand_list_spans(text) if hand is None else hand) if mode != "crf" else []
    extra = []
    if mode.startswith("v5"):
        extra += [w for w in words if supported(toks, v5, w[0], w[1], w[2], SUPPORT)]
        extra += [(t, toks[a].start, toks[b - 1].end, p) for t, probs in v5.items()
                  for a, b, p in decode(text, toks, probs, *thresholds[t])]
        extra = [x for x in extra if backed(toks, crf, x[0], x[1], x[2], dict.fromkeys(crf, veto))]
    if mode in ("crf", "hand+crf", "v5+crf"):
        extra += crf_found
    return [(t, s, e) for t, s, e, _ in combine(text, hand, extra)]


def cross_validate(articles: list[GoldArticle], scored: dict, modes=MODES, seeds=SEEDS, grows=GROWS,
                   vetoes=VETOES, v5_seeds=(None,)) -> dict:
    """(mode, seed, grow, veto, v5 seeds) → held-out scores over both halves (per technique, so
    each technique's row can be read apart)."""
    grid = {}
    for mode, v5 in product(modes, v5_seeds):
        settings = [(0.0, 0.0)] if mode == "v5" else [(0.0, 0.0)] + list(product(seeds, grows))
        for (seed, grow), veto in product(settings, vetoes if mode.startswith("v5") else (0.0,)):
            scores = FramingScores()
            for article in articles:
                score_article(scores, predicted(article, scored[article.id], mode, seed, grow, veto, v5),
                              article.spans)
            grid[(mode, seed, grow, veto, v5)] = scores
    return grid


def _arg(argv: list[str], name: str, default: float) -> float:
    return float(argv[argv.index(name) + 1]) if name in argv else default


def main(argv: list[str]) -> None:
    from ..extract.framing_features import tokens
    from ..extract.framing_sparse import token_keys

    articles = list(load_gold(argv[0], "dev"))
    keys_of = {a.id: token_keys(a.text, tokens(a.text)) for a in articles}
    silver = levels = None
    if "--silver" in argv:  # silver-labelled dev articles join the training data (``framing_silver``)
        from .framing_silver import LEVELS, load_positions

        silver = load_positions(argv[0])
        keys_of.update({a.id: token_keys(a.text, tokens(a.text)) for a in silver})
        value = argv[argv.index("--silver") + 1] if argv.index("--silver") + 1 < len(argv) else ""
        level = float(value) if value.replace(".", "", 1).isdigit() else None
        levels = dict.fromkeys(LEVELS, level) if level is not None else dict(LEVELS)
    # --silver-mask Name_Calling,Labeling: silver articles say nothing of that technique
    masked = frozenset([argv[argv.index("--silver-mask") + 1]]) if "--silver-mask" in argv else frozenset()
    params = {"c1": _arg(argv, "--c1", C1), "c2": _arg(argv, "--c2", C2),
              "iterations": int(_arg(argv, "--iterations", ITERATIONS)),
              "long": int(_arg(argv, "--long", LONG)), "stack": int(_arg(argv, "--stack", 0))}
    if "--masked-lines" in argv:  # silver articles with a masked technique still train the CRF
        params["masked_lines"] = 1
    if "--states" in argv:  # every attribute with every label (negative evidence); key only when set
        params["states"] = int(_arg(argv, "--states", 0))
    if "--cv" in argv:
        cache = argv[argv.index("--cache") + 1] if "--cache" in argv else None
        scored = held_out(articles, keys_of, cache=cache, silver=silver, levels=levels, masked=masked,
                          folds=int(_arg(argv, "--folds", 2)), **params)
        # --v5-seeds 0.2/0.4,0.25/0.5: (Loaded_Language/Name_Calling) scorer seeds to try
        v5_seeds = [tuple(float(x) for x in pair.split("/")) for pair in argv[argv.index("--v5-seeds") + 1].split(",")] \
            if "--v5-seeds" in argv else [None]
        modes = tuple(argv[argv.index("--modes") + 1].split(",")) if "--modes" in argv else MODES
        for (mode, seed, grow, veto, v5), scores in cross_validate(articles, scored, modes=modes,
                                                                    v5_seeds=v5_seeds).items():
            cells = [f"{t[:4]} P {s.precision:.3f} R {s.recall:.3f} F {s.f1:.3f}"
                     for t, s in sorted(scores.per_technique.items()) if t in TECHNIQUES.values()]
            print(f"{params} silver {levels} v5 {v5} {mode} seed {seed} grow {grow} veto {veto}: " + " | ".join(cells),
                  flush=True)
        return
    folder = Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    if silver:
        from .framing_silver import silver_labels

        articles = articles + silver_labels(articles, silver, keys_of, levels, masked)
    train(articles, keys_of, folder / "framing_crf.crfsuite", **params)


if __name__ == "__main__":
    main(sys.argv[1:])
