"""Checks of the fine-tuned MiniLM framing weights (session 9, issue 5.4).

* ``same_probabilities``: the run-time path (``extract.framing_minilm.word_probabilities`` with
  the weights file) against the training code's prediction (``framing_minilm_tune.predict``
  from the cached hidden states, the same weights loaded into the trainable top) on a few dev
  articles: the largest absolute difference of a word probability.
* ``speed``: CPU ms per article (best of 3, one torch thread) of the word probabilities with
  the frozen heads, with the fine-tuned weights, and with one source per technique.

Run: ``python -m eventwire.evaluation.framing_minilm_check GOLD --weights NPZ [--articles 5]``;
``python -m eventwire.evaluation.framing_minilm_check --speed BBC.jsonl.gz --weights NPZ``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from ..extract.framing_features import tokens
from .framing_minilm_fit import LL, NC


def loaded_top(path: Path):
    """The trainable top (``framing_minilm_tune.trainable_top``) with the weights of ``path``."""
    import torch

    from .framing_minilm_tune import trainable_top

    data = np.load(path)
    top = trainable_top(int(data["k"]))
    with torch.no_grad():
        for j, layer in enumerate(top.layers):
            prefix = f"layer.{6 - top.k + j}."
            layer.load_state_dict({key[len(prefix):]: torch.from_numpy(data[key].astype(np.float32))
                                   for key in data.files if key.startswith(prefix)})
        top.head.weight.copy_(torch.from_numpy(data["head.weight"].astype(np.float32)))
        top.head.bias.copy_(torch.from_numpy(data["head.bias"].astype(np.float32)))
    return top


def same_probabilities(articles, path: Path, hidden_prefix: str) -> float:
    """Largest |run time − training code| word probability over ``articles`` (both techniques)."""
    from ..extract import framing_minilm
    from .framing_minilm_tune import hidden_cache, predict

    wins, hidden = hidden_cache(articles, hidden_prefix)
    ids = {a.id for a in articles}
    wins = [w for w in wins if w["id"] in ids]
    trained = predict(loaded_top(path), wins, hidden, articles)
    framing_minilm.FT_FILE = path
    worst = 0.0
    for a in articles:
        run = framing_minilm.word_probabilities(a.text, tokens(a.text), {LL: "tuned", NC: "tuned"})
        worst = max(worst, *(float(np.abs(run[t] - trained[a.id][t]).max()) for t in (LL, NC)))
    return worst


def speed(path: str, weights: Path, n: int = 200) -> None:
    """ms per article of the word probabilities per source, on the first ``n`` texts of ``path``."""
    import torch

    from ..extract import framing_minilm
    from .common import first_texts

    torch.set_num_threads(1)
    framing_minilm.FT_FILE = weights
    prepared = [(x, tokens(x)) for x in first_texts(path, n)]
    runs = {"frozen (both techniques)": {LL: "frozen", NC: "frozen"},
            "fine-tuned (both techniques)": {LL: "tuned", NC: "tuned"},
            "LL frozen, NC fine-tuned": {LL: "frozen", NC: "tuned"}}
    for name, sources in runs.items():
        framing_minilm.word_probabilities(*prepared[0], sources)
        best = 1e9
        for _ in range(3):
            started = time.process_time()
            for x, t in prepared:
                framing_minilm.word_probabilities(x, t, sources)
            best = min(best, time.process_time() - started)
        print(f"{name}: {1000 * best / len(prepared):.1f} ms per article ({len(prepared)} articles)", flush=True)


def main(argv: list[str]) -> None:
    weights = Path(argv[argv.index("--weights") + 1])
    if "--speed" in argv:
        speed(argv[argv.index("--speed") + 1], weights, int(argv[argv.index("--n") + 1]) if "--n" in argv else 200)
        return
    import torch

    from .framing import load_gold

    torch.set_num_threads(1)
    n = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 5
    articles = list(load_gold(argv[0], "dev"))[:n]
    hidden_prefix = argv[argv.index("--hidden") + 1] if "--hidden" in argv else "/tmp/s9ft/hid"
    print(f"largest |run time - training code| over {n} articles: "
          f"{same_probabilities(articles, weights, hidden_prefix):.2e}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
