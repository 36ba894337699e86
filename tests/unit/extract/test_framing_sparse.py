"""Sparse lexical features of the framing scorer and their use in the token probabilities."""

from __future__ import annotations

from eventwire.extract.framing_features import tokens
from eventwire.extract.framing_model import token_probabilities
from eventwire.extract.framing_sparse import all_logits, shape, sparse_logits, token_keys


def test_shapes():
    assert [shape(w) for w in ("NATO", "Paris", "so-called", "2019", ",")] == ["X", "Xx", "x-", "d", "p"]


def test_keys_hold_form_affixes_and_neighbours():
    text = 'He mocked the so-called “experts” again.'
    toks = tokens(text)
    keys = token_keys(text, toks)
    experts = dict(k.split("=", 1) for k in keys[[t.text for t in toks].index("experts")])
    assert experts["w"] == "experts" and experts["x3"] == "rts" and experts["l1"] == "“"
    assert experts["l2"] == "so-called" and experts["r1"] == "”" and experts["b-"] == "“|experts"
    assert keys[[t.text for t in toks].index(".")] == []  # punctuation gets no features


def test_neighbours_stop_at_a_line_break():
    text = "Breaking news\nCrooks won"
    toks = tokens(text)
    keys = token_keys(text, toks)
    assert "l1=<nl>" in keys[2] and "r1=<nl>" in keys[1] and "r1=won" in keys[2]


def test_sparse_weights_shift_a_word_probability():
    text = "They met the visitors on Friday."
    toks = tokens(text)
    table = {"w=visitors": 9.0, "r1=on": -1.0}
    logits = sparse_logits(token_keys(text, toks), table)
    at = [t.text for t in toks].index("visitors")
    assert logits[at] == 8.0 and logits[at - 1] == 0.0
    plain = token_probabilities(text, sparse={})[1]["Name_Calling,Labeling"][at]
    pushed = token_probabilities(text, sparse={"Name_Calling,Labeling": table})[1]["Name_Calling,Labeling"][at]
    assert pushed > plain + 0.3


def test_all_logits_matches_the_plain_sum_for_each_technique():
    text = "Critics mocked the so-called experts, again."
    keys = token_keys(text, tokens(text))
    tables = {"A": {"w=experts": 1.5, "l1=so-called": 0.5}, "B": {"w=critics": -2.0, "r1=again": 0.25}}
    packed = all_logits(keys, tables)
    for name, table in tables.items():
        assert list(packed[name]) == list(sparse_logits(keys, table))
    assert packed["A"].max() == 2.0 and packed["B"].min() == -2.0


def test_empath_categories_are_found_by_stem():
    import pytest

    from eventwire.extract.framing_sparse import empath_categories, own_keys

    if not empath_categories():
        pytest.skip("the empath package is not installed")
    assert "e=hate" in own_keys("despicable")
    assert "e=hate" in own_keys("Bullies")  # "bully" is in Empath's hate list; same Porter stem
    assert not any(k.startswith("e=") for k in own_keys("Tuesday"))


def test_all_logits_never_serves_a_freed_table_s_packing():
    # each table dict is freed after its call, so the next one may get the same id()
    text = "Critics mocked the experts."
    keys = token_keys(text, tokens(text))
    at = [t.text for t in tokens(text)].index("experts")
    for weight in (1.0, 2.0, 3.0):
        assert all_logits(keys, {"A": {"w=experts": weight}})["A"][at] == weight
