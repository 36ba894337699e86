"""Contextual framing features: tok2vec rows, label syntax and noun chunks from the spaCy parse."""

from __future__ import annotations

from eventwire.annotate.nlp import analyse_one
from eventwire.evaluation.framing_context import CONTEXT_NAMES, TENSOR, article_context
from eventwire.extract.framing_features import tokens


def _rows(text: str):
    toks = tokens(text)
    rows = article_context(toks, analyse_one(text))
    return {t.text: rows[i] for i, t in enumerate(toks)}, rows


def test_rows_align_with_framing_tokens_and_carry_the_tensor():
    text = "The senator is a liar, they said."
    by_word, rows = _rows(text)
    assert rows.shape == (len(tokens(text)), len(CONTEXT_NAMES))
    assert abs(by_word["liar"][:TENSOR]).sum() > 0  # tok2vec output of the parse
    assert by_word["liar"][CONTEXT_NAMES.index("unparsed")] == 0.0
    assert by_word["liar"][CONTEXT_NAMES.index("pos_NOUN")] == 1.0


def test_predicate_nominal_of_a_pronoun_is_a_label():
    by_word, _ = _rows("He is a coward and everybody knows it.")
    at = CONTEXT_NAMES.index("label_of_party")
    assert by_word["coward"][at] == 1.0
    assert by_word["everybody"][at] == 0.0


def test_noun_chunk_position():
    by_word, _ = _rows("Angry voters rejected the new tax on Tuesday.")
    assert by_word["tax"][CONTEXT_NAMES.index("chunk_head")] == 1.0
    assert by_word["new"][CONTEXT_NAMES.index("in_chunk")] == 1.0
    assert by_word["new"][CONTEXT_NAMES.index("chunk_head")] == 0.0
    assert by_word["rejected"][CONTEXT_NAMES.index("in_chunk")] == 0.0


def test_unparsed_sentences_are_flagged():
    text = "First sentence here. Second one there."
    toks = tokens(text)
    analysis = analyse_one(text)
    rows = article_context(toks, analysis, sentences=analysis.sentences[:1])
    unparsed = CONTEXT_NAMES.index("unparsed")
    assert rows[0][unparsed] == 0.0 and rows[-1][unparsed] == 1.0
