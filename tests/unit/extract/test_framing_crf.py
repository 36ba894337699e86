"""The framing CRF: sequences, BIO tags, attributes, a tiny fitted model, and the step's union."""

from __future__ import annotations

import pytest

from eventwire.extract.framing import FramingStep, framing_spans, hand_list_spans
from eventwire.extract.framing_crf import backed, bio, crf_spans, items, lines, stacked, tagger, token_marginals
from eventwire.extract.framing_model import token_rows

LL, NC = "Loaded_Language", "Name_Calling,Labeling"


def test_lines_split_at_line_breaks():
    text = "One two.\nThree four"
    toks, _, _ = token_rows(text)
    assert [[toks[i].text for i in range(a, b)] for a, b in lines(text, toks)] == [["One", "two", "."], ["Three", "four"]]


def test_bio_tags_and_label_wins_an_overlap():
    text = "They called him a vile traitor today"
    toks, _, _ = token_rows(text)
    vile, traitor = text.index("vile"), text.index("traitor")
    spans = [(LL, vile, vile + 4), (NC, vile, traitor + 7)]
    assert bio(toks, spans, 0, len(toks)) == ["O", "O", "O", "O", "B-NC", "I-NC", "O"]
    assert bio(toks, [(LL, vile, vile + 4)], 0, len(toks))[4] == "B-LL"


def test_items_carry_lexicon_values_strings_and_line_edges():
    text = 'So-called "experts" lied.'
    toks, rows, keys = token_rows(text)
    xs = items(toks, rows, keys, 0, len(toks))
    assert len(xs) == len(toks)
    assert xs[0]["BOL"] == 1.0 and xs[-1]["EOL"] == 1.0 and xs[-1]["p=."] == 1.0
    experts = xs[[t.text for t in toks].index("experts")]
    assert experts["w=experts"] == 1.0 and experts["scare_quote"] == 1.0 and "bias" in experts


def test_stacked_values_hold_each_technique_and_its_neighbours():
    probs = {LL: [0.5, 0.9], NC: [0.1, 0.2]}
    values = stacked(probs, 2)
    assert values.shape == (2, 8)
    assert values[0, 0] == pytest.approx(0.5) and values[0, 2] == pytest.approx(0.9)  # right neighbour
    assert values[1, 1] == pytest.approx(0.5) and values[0, 3] == pytest.approx(0.0)  # logit of 0.5
    assert stacked(None, 2) is None


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = [("The senator met the crooks again", "crooks"), ("Those crooks ran the city", "crooks"),
                 ("The mayor thanked the volunteers", None), ("The crooks lied about taxes", "crooks"),
                 ("The governor visited the school", None)]
    for sentence, label in sentences:
        toks, rows, keys = token_rows(sentence)
        spans = [(NC, sentence.index(label), sentence.index(label) + len(label))] if label else []
        trainer.append(items(toks, rows, keys, 0, len(toks)), bio(toks, spans, 0, len(toks)))
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 50, "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def test_a_fitted_model_marks_a_learned_label_in_a_new_sentence(tiny_model):
    text = "Reporters followed the crooks home"
    toks, rows, keys = token_rows(text)
    marginal = token_marginals(text, toks, rows, keys, model=tiny_model)
    at = [t.text for t in toks].index("crooks")
    assert marginal[NC][at] > 0.5 > marginal[NC][at - 1]
    spans = crf_spans(text, toks, marginal, thresholds={NC: (0.5, 0.3)})
    assert [(t, text[s:e]) for t, s, e, _ in spans] == [(NC, "crooks")]
    # a span elsewhere in the sentence has no CRF backing at the veto level
    assert backed(toks, marginal, NC, text.index("crooks"), len(text), {NC: 0.5})
    assert not backed(toks, marginal, NC, 0, text.index(" the"), {NC: 0.5})
    assert backed(toks, marginal, LL, 0, 9, {NC: 0.5})  # no level for the technique: passes


def test_no_tokens_no_spans(tiny_model):
    assert all(len(v) == 0 for v in token_marginals("", [], None, [], model=tiny_model).values())
    assert crf_spans("", [], {LL: [], NC: []}) == []


def test_the_shipped_model_loads_and_the_step_keeps_hand_list_spans():
    assert tagger() is not None  # data/framing_crf/framing_crf.crfsuite ships with the package
    text = "The thugs and their cronies smeared the brave protesters again!"
    hand = hand_list_spans(text)
    found = framing_spans(text)
    assert hand and all(any(f.technique == t and f.start <= s and e <= f.end for f in found) for t, s, e, _ in hand)
    assert all(f.text == text[f.start:f.end] and f.start < f.end for f in found)
    assert FramingStep.name == "eventwire.framing.v10"


def _items_by_name(toks, rows, keys, first, end):
    """The attribute dictionaries built name by name (the pre-round-4b construction; the
    distributional columns are the scorer's only, round 6)."""
    from eventwire.extract.framing_features import NAMES, VECTORS

    out = []
    for i in range(first, end):
        attrs = {name: value for name, value in zip(NAMES, rows[i].tolist()) if value and name not in VECTORS}
        if toks[i].word:
            for k in keys[i]:
                attrs[k] = 1.0
        else:
            attrs["p=" + toks[i].text] = 1.0
        if i == first:
            attrs["BOL"] = 1.0
        if i == end - 1:
            attrs["EOL"] = 1.0
        out.append(attrs)
    return out


def test_items_equal_the_name_by_name_construction_in_order():
    text = 'The "so-called" reformers lied!\nA quiet day.\nYes'
    toks, rows, keys = token_rows(text)
    for first, end in lines(text, toks):
        fast, slow = items(toks, rows, keys, first, end), _items_by_name(toks, rows, keys, first, end)
        assert [list(d.items()) for d in fast] == [list(d.items()) for d in slow]  # CRFsuite sums in order
    assert items(toks, rows, keys, 0, 0) == []


def test_marginals_of_a_fitted_model_are_deterministic_and_sum_below_one(tiny_model):
    text = "The crooks met.\nVolunteers thanked the crooks"
    toks, rows, keys = token_rows(text)
    first = token_marginals(text, toks, rows, keys, model=tiny_model)
    again = token_marginals(text, toks, rows, keys, model=tiny_model)
    assert all(first[t].tobytes() == again[t].tobytes() for t in first)
    assert (first[NC] <= 1.0 + 1e-9).all() and first[NC].max() > 0.5
