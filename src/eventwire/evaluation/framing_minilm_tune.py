"""Fine-tuning MiniLM's top layer(s) for Loaded_Language and Name_Calling (session 9, issue 5.4).

The embeddings and layers 1..6−K of all-MiniLM-L6-v2 stay frozen: every dev window's hidden
states after layers 3..5 are computed once (``hidden_cache``; the windows, batches and
character offsets of ``extract.framing_minilm.line_vectors``) and only the top K layers and a
2-output sigmoid head (LL, NC; multi-label) are trained (``trainable_top``). The head reads what the
frozen heads read, the mean of the last four hidden layers, pooled to each framing token
(``framing_features.tokens``) as the mean of its wordpieces (``pooling``, the matrix behind
``align``); a word's label is "overlaps a gold span of that technique" (the frozen heads'
``gold_mask``). Held-out probabilities are computed exactly as at run time: per window the
last-4 mean, pieces seen in two windows averaged, pooled to tokens, the head, punctuation 0.

Run (eval/framing_minilm_ft.md): ``python -m eventwire.evaluation.framing_minilm_tune GOLD
--hidden /tmp/s9ft/hid --out /tmp/s9ft/ft [--k 1] [--seed 0] [--epochs 4] [--lr 1e-4]
[--threads 1]`` (the CV; held-out probabilities per epoch); ``--write NPZ`` (fit on all dev
articles, one ``NPZ_e<epoch>`` per epoch); ``--grid P1.pkl,P2.pkl --cache /tmp/s9k`` (frontiers);
``--compare G1_grid.pkl,G2_grid.pkl`` (the rule's table).
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np

from ..extract.framing_features import tokens
from .framing import load_gold
from .framing_minilm_fit import LL, NC, folds_of, gold_mask

FROZEN_FROM = 3  # hidden_states[3..6]: the last four layers' outputs, as LAYER "last4"
HEAD_LR = 1e-3


def pooling(spans, offsets) -> np.ndarray:
    """(len(spans), len(offsets)) matrix: row i averages the pieces whose (start, end) character
    offsets overlap span i (a zero row when none does); ``align`` is this matrix times the vectors."""
    from ..extract.framing_minilm import overlaps

    m = overlaps(spans, offsets).astype(np.float32)
    return m / np.maximum(m.sum(axis=1, keepdims=True), 1)


def labels(article, toks) -> np.ndarray:
    """(len(toks), 2) float32: token overlaps a gold LL span / a gold NC span."""
    return np.column_stack([gold_mask(article, toks, t) for t in (LL, NC)]).astype(np.float32)


def article_windows(text: str, toks, tokenizer) -> list[dict]:
    """The windows of ``line_vectors`` for one article: per window its line index, piece range,
    the line's piece offsets (line-relative) and the line's token spans and token indexes."""
    from ..extract.framing_crf import lines
    from ..extract.framing_minilm import windows

    out = []
    for k, (first, end) in enumerate(lines(text, toks)):
        start = toks[first].start
        enc = tokenizer(text[start:toks[end - 1].end], add_special_tokens=False, return_offsets_mapping=True)
        offsets = np.asarray(enc["offset_mapping"], dtype=np.int64).reshape(-1, 2)
        spans = [(t.start - start, t.end - start) for t in toks[first:end]]
        for a, b in windows(len(enc["input_ids"])):
            out.append({"line": k, "a": a, "b": b, "ids": enc["input_ids"][a:b], "offsets": offsets,
                        "spans": spans, "first": first, "n": len(offsets)})
    return out


def hidden_cache(articles, prefix: str) -> tuple[list[dict], np.ndarray]:
    """Per window (every dev article) its record and the rows of hidden_states[3], [4], [5]
    ([CLS] + pieces + [SEP]), float32, computed once with the frozen model (one thread) and
    cached at ``{prefix}.npy`` / ``{prefix}.pkl``."""
    meta_path, array_path = Path(f"{prefix}.pkl"), Path(f"{prefix}.npy")
    if meta_path.exists() and array_path.exists():
        return pickle.loads(meta_path.read_bytes()), np.load(array_path, mmap_mode="r")
    import torch

    from ..extract.framing_minilm import batches, encoder

    torch.set_num_threads(1)
    tokenizer, model = encoder()
    wins = []
    for article in articles:
        for w in article_windows(article.text, tokens(article.text), tokenizer):
            wins.append({**w, "id": article.id})
    rows = np.cumsum([0] + [w["b"] - w["a"] + 2 for w in wins])
    hidden = np.zeros((3, rows[-1], 384), dtype=np.float32)
    started = time.time()
    for n, batch in enumerate(batches([(i, 0, w["b"] - w["a"]) for i, w in enumerate(wins)])):
        ids, mask = padded([wins[i]["ids"] for i, _, _ in batch], tokenizer)
        with torch.inference_mode():
            out = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask),
                        output_hidden_states=True)
        for row, (i, _, _) in enumerate(batch):
            width = rows[i + 1] - rows[i]
            for j in range(3):
                hidden[j, rows[i]:rows[i + 1]] = out.hidden_states[FROZEN_FROM + j][row, :width].numpy()
        if n % 100 == 0:
            print(f"hidden: batch {n}, {time.time() - started:.0f} s", file=sys.stderr, flush=True)
    for w, r in zip(wins, rows):
        w["row"] = int(r)
    np.save(array_path, hidden)
    meta_path.write_bytes(pickle.dumps(wins))
    return wins, hidden


def padded(pieces: list[list[int]], tokenizer) -> tuple[np.ndarray, np.ndarray]:
    """[CLS] + pieces + [SEP] per row, padded; (ids, attention mask) int64."""
    width = max(map(len, pieces)) + 2
    ids = np.full((len(pieces), width), tokenizer.pad_token_id, dtype=np.int64)
    mask = np.zeros((len(pieces), width), dtype=np.int64)
    for row, p in enumerate(pieces):
        ids[row, :len(p) + 2] = [tokenizer.cls_token_id, *p, tokenizer.sep_token_id]
        mask[row, :len(p) + 2] = 1
    return ids, mask


def examples(articles, wins: list[dict]) -> dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """window index → (pooling rows (words, pieces), labels (words, 2), token indexes) of the
    word tokens that have at least one wordpiece in the window."""
    by_id = {a.id: a for a in articles}
    toks_of = {a.id: tokens(a.text) for a in articles}
    y_of = {a.id: labels(by_id[a.id], toks_of[a.id]) for a in articles}
    out = {}
    for i, w in enumerate(wins):
        toks = toks_of[w["id"]]
        p = pooling(w["spans"], w["offsets"][w["a"]:w["b"]])
        index = np.arange(w["first"], w["first"] + len(w["spans"]))
        keep = (p.sum(axis=1) > 0) & np.array([toks[j].word for j in index], dtype=bool)
        out[i] = (p[keep], y_of[w["id"]][index[keep]], index[keep])
    return out


def trainable_top(k: int, model=None):
    """A torch module: the top ``k`` layers (copies of the pretrained ones) and a 2-output head;
    ``pieces(hidden_in, frozen_sum, mask)`` gives the (B, L, DIM) mean of the last four layers'
    outputs from hidden_states[6 − k] and the sum of the frozen ones (torch is imported here:
    it is optional)."""
    import copy

    import torch

    from ..extract.framing_minilm import DIM, encoder

    model = model or encoder()[1]

    class Top(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.k = k
            self.config = model.config
            self.layers = torch.nn.ModuleList(copy.deepcopy(model.encoder.layer[6 - k:]))
            self.head = torch.nn.Linear(DIM, 2)

        def pieces(self, hidden_in, frozen_sum, mask):
            from transformers.masking_utils import create_bidirectional_mask

            ext = create_bidirectional_mask(config=self.config, inputs_embeds=hidden_in, attention_mask=mask)
            h, total = hidden_in, frozen_sum
            for layer in self.layers:
                h = layer(h, ext)
                total = total + h
            return total / 4

    return Top()


def tensors(wins, hidden, batch: list[int], k: int):
    """(input hidden states, frozen part of the last-4 sum, attention mask) of windows ``batch``."""
    import torch

    width = max(wins[i]["b"] - wins[i]["a"] for i in batch) + 2
    h_in = np.zeros((len(batch), width, 384), dtype=np.float32)
    frozen = np.zeros_like(h_in)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    for row, i in enumerate(batch):
        n = wins[i]["b"] - wins[i]["a"] + 2
        rows = hidden[:, wins[i]["row"]:wins[i]["row"] + n]
        h_in[row, :n] = rows[3 - k]
        frozen[row, :n] = rows[:4 - k].sum(axis=0)
        mask[row, :n] = 1
    return torch.from_numpy(h_in), torch.from_numpy(frozen), torch.from_numpy(mask)


def _batches(wins, ids: set[str]) -> list[list[int]]:
    from ..extract.framing_minilm import batches

    jobs = [(i, 0, w["b"] - w["a"]) for i, w in enumerate(wins) if w["id"] in ids]
    return [[i for i, _, _ in b] for b in batches(jobs)]


def train(wins, hidden, ex: dict, ids: set[str], *, k: int, seed: int, epochs: int, lr: float, after=None):
    """Train the top ``k`` layers and the head on the windows of articles ``ids`` (BCE, AdamW,
    layers at ``lr``, head at ``HEAD_LR``, the model's own dropout); ``after(epoch, top)`` is
    called after each epoch. Returns the trained module."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    top = trainable_top(k)
    prior = np.clip(np.concatenate([ex[i][1] for b in _batches(wins, ids) for i in b]).mean(axis=0), 1e-4, 0.5)
    with torch.no_grad():
        top.head.weight.zero_()
        top.head.bias.copy_(torch.from_numpy(np.log(prior / (1 - prior)).astype(np.float32)))
    optimizer = torch.optim.AdamW([{"params": top.layers.parameters(), "lr": lr},
                                   {"params": top.head.parameters(), "lr": HEAD_LR}], weight_decay=0.01)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    plan = [b for b in _batches(wins, ids) if sum(len(ex[i][1]) for i in b)]
    for epoch in range(1, epochs + 1):
        top.train()
        started, total = time.time(), 0.0
        for n in rng.permutation(len(plan)):
            batch = plan[n]
            logits, y = _batch_logits(top, wins, hidden, ex, batch)
            loss = loss_fn(logits, y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += float(loss.detach())
        print(f"epoch {epoch}: loss {total / len(plan):.4f} in {time.time() - started:.0f} s", file=sys.stderr, flush=True)
        if after:
            after(epoch, top)
    return top


def _batch_logits(top, wins, hidden, ex, batch):
    """The head's logits over the pooled word vectors of ``batch`` and their labels."""
    import torch

    h_in, frozen, mask = tensors(wins, hidden, batch, top.k)
    vectors = top.pieces(h_in, frozen, mask)
    width = vectors.shape[1]
    rows, cols, vals, ys = [], [], [], []
    at = 0
    for row, i in enumerate(batch):
        p, y, _ = ex[i]
        r, c = np.nonzero(p)
        rows.append(r + at)
        cols.append(row * width + 1 + c)  # + 1: [CLS]
        vals.append(p[r, c])
        ys.append(y)
        at += len(y)
    pool = torch.sparse_coo_tensor(np.vstack([np.concatenate(rows), np.concatenate(cols)]),
                                   torch.from_numpy(np.concatenate(vals)), (at, vectors.shape[0] * width),
                                   check_invariants=False)
    pooled = torch.sparse.mm(pool, vectors.reshape(-1, vectors.shape[2]))
    return top.head(pooled), torch.from_numpy(np.concatenate(ys))


def head_arrays(top) -> dict[str, tuple]:
    """technique → (mean 0, scale 1, weights, bias): the trained head as ``logistic`` reads it."""
    from ..extract.framing_minilm import DIM

    w = top.head.weight.detach().numpy().astype(np.float64)
    b = top.head.bias.detach().numpy().astype(np.float64)
    return {t: (np.zeros(DIM), np.ones(DIM), w[j], float(b[j])) for j, t in enumerate((LL, NC))}


def predict(top, wins, hidden, articles) -> dict[str, dict[str, np.ndarray]]:
    """article id → technique → per-token probability, as the run time computes it (pieces seen
    in two windows averaged, tokens = mean of their pieces, head, punctuation 0)."""
    import torch

    from ..extract.framing_minilm import DIM, align, head_probabilities

    ids = {a.id for a in articles}
    top.eval()
    per_window = {}
    with torch.inference_mode():
        for batch in _batches(wins, ids):
            vectors = top.pieces(*tensors(wins, hidden, batch, top.k)).numpy()
            for row, i in enumerate(batch):
                per_window[i] = vectors[row, 1:wins[i]["b"] - wins[i]["a"] + 1]
    lines: dict[tuple, list[int]] = {}
    for i, w in enumerate(wins):
        if w["id"] in ids:
            lines.setdefault((w["id"], w["line"]), []).append(i)
    fitted, out = head_arrays(top), {}
    for a in articles:
        toks = tokens(a.text)
        vec = np.zeros((len(toks), DIM), dtype=np.float32)
        for key in [key for key in lines if key[0] == a.id]:
            first = wins[lines[key][0]]
            sums, seen = np.zeros((first["n"], DIM), dtype=np.float32), np.zeros(first["n"], dtype=np.float32)
            for i in lines[key]:
                sums[wins[i]["a"]:wins[i]["b"]] += per_window[i]
                seen[wins[i]["a"]:wins[i]["b"]] += 1
            vec[first["first"]:first["first"] + len(first["spans"])] = align(
                first["spans"], first["offsets"], sums / np.maximum(seen, 1)[:, None])
        out[a.id] = head_probabilities(vec, toks, fitted)
    return out


def cross_validate(articles, wins, hidden, *, k: int, seed: int, epochs: int, lr: float) -> dict[int, dict]:
    """epoch → article id → technique → held-out probability: per quarter of ``folds_of``, the
    top layers trained on the other three quarters, the quarter predicted after every epoch."""
    quarter = folds_of(articles)
    ex = examples(articles, wins)
    out: dict[int, dict] = {e: {} for e in range(1, epochs + 1)}
    for fold in range(4):
        train_ids = {a.id for a in articles if quarter[a.id] != fold}
        held = [a for a in articles if quarter[a.id] == fold]

        def after(epoch, top, held=held):
            out[epoch].update(predict(top, wins, hidden, held))

        print(f"fold {fold}: {len(train_ids)} training articles", file=sys.stderr, flush=True)
        train(wins, hidden, ex, train_ids, k=k, seed=seed, epochs=epochs, lr=lr, after=after)
    return out


def token_ap(articles, probs: dict) -> dict[str, float]:
    """technique → average precision of the held-out word tokens (inside a gold span)."""
    from .framing_neural_eval import _average_precision

    out = {}
    for j, t in enumerate((LL, NC)):
        y, p = [], []
        for a in articles:
            toks = tokens(a.text)
            words = np.array([x.word for x in toks], dtype=bool)
            y.append(labels(a, toks)[words, j])
            p.append(probs[a.id][t][words])
        out[t] = _average_precision(np.concatenate(y), np.concatenate(p))
    return out


def write(top, path: Path) -> None:
    """The top layers (named as in the pretrained model, ``layer.<index>.<parameter>``) and the
    head, float16, in one npz (``extract.framing_minilm.fine_tuned`` reads it)."""
    arrays = {"k": np.int64(top.k)}
    for j, layer in enumerate(top.layers):
        for name, value in layer.state_dict().items():
            arrays[f"layer.{6 - top.k + j}.{name}"] = value.detach().numpy().astype(np.float16)
    arrays["head.weight"] = top.head.weight.detach().numpy().astype(np.float16)
    arrays["head.bias"] = top.head.bias.detach().numpy().astype(np.float16)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def _arg(argv, name, default, kind=str):
    return kind(argv[argv.index(name) + 1]) if name in argv else default


def main(argv: list[str]) -> None:
    import torch

    if "--compare" in argv:  # frontiers of grid dumps: --compare A_grid.pkl,B_grid.pkl
        from .framing_minilm_combine import compare

        compare(_arg(argv, "--compare", "").split(","))
        return
    torch.set_num_threads(_arg(argv, "--threads", 2, int))
    articles = list(load_gold(argv[0], "dev"))
    if "--grid" in argv:  # frontiers of held-out probability files, e.g. --grid A.pkl,B.pkl --cache /tmp/s9k
        kinds = tuple(_arg(argv, "--kinds", "v10,blend,union,veto,alone").split(","))
        from .framing_minilm_combine import frontiers

        frontiers(articles, _arg(argv, "--cache", "/tmp/s9k"), _arg(argv, "--grid", "").split(","), kinds)
        return
    wins, hidden = hidden_cache(articles, _arg(argv, "--hidden", "/tmp/s9ft/hid"))
    hidden = np.asarray(hidden)
    k, seed, epochs, lr = (_arg(argv, "--k", 1, int), _arg(argv, "--seed", 0, int), _arg(argv, "--epochs", 4, int),
                           _arg(argv, "--lr", 1e-4, float))
    if "--write" in argv:  # the run-time weights: all dev articles, the CV-chosen epochs and lr
        path = Path(_arg(argv, "--write", ""))

        def after(epoch, top):  # one file per epoch (constant lr: epoch e = a run of e epochs)
            write(top, path.with_name(f"{path.stem}_e{epoch}{path.suffix}"))

        train(wins, hidden, examples(articles, wins), {a.id for a in articles}, k=k, seed=seed,
              epochs=epochs, lr=lr, after=after)
        return
    out = _arg(argv, "--out", "/tmp/s9ft/ft")
    by_epoch = cross_validate(articles, wins, hidden, k=k, seed=seed, epochs=epochs, lr=lr)
    for epoch, probs in by_epoch.items():
        Path(f"{out}_k{k}_s{seed}_lr{lr:g}_e{epoch}.pkl").write_bytes(pickle.dumps(probs))
        ap = token_ap(articles, probs)
        print(f"k={k} seed={seed} lr={lr:g} epoch {epoch}: token AP LL {ap[LL]:.3f} NC {ap[NC]:.3f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
