"""Tokens and feature rows of the framing scorer: the speed-ups keep the same values."""

from __future__ import annotations

import pickle

import numpy as np

from eventwire.extract.framing_features import LEXICAL, NAMES, Token, features, tokens, word_features
from eventwire.extract.framing_learned import learned_words, lookup


def test_token_word_flag_is_filled_in_and_matches_a_fresh_token():
    toks = tokens('“Crooks,” she said - 42 times!')
    assert [t.text for t in toks if t.word] == ["Crooks", "she", "said", "42", "times"]
    for tok in toks:
        fresh = Token(tok.start, tok.end, tok.text)  # computed on first use
        assert fresh.word == tok.word and fresh == tok and hash(fresh) == hash(tok)
    # a token pickled without the cached flag still answers
    again = pickle.loads(pickle.dumps(Token(0, 1, ",")))
    again.__dict__.pop("word", None)
    assert again.word is False


def test_feature_rows_hold_each_words_lexical_values_and_zero_punctuation():
    text = "A vile, corrupt regime.\nQuiet day"
    toks = tokens(text)
    rows = features(text, toks, learned_words())
    lexical = rows[:, 1:1 + len(LEXICAL)]
    title = LEXICAL.index("title")
    for i, tok in enumerate(toks):
        if tok.word:
            expected = np.array(word_features(tok.text, lookup(learned_words(), tok.text)))
            keep = [k for k in range(len(LEXICAL)) if k != title]  # title is set from position
            assert np.array_equal(lexical[i, keep], expected[keep])
        else:
            assert not lexical[i].any()
    # a comma and a line break end a phrase: "vile" and "regime" have a boundary after them
    names, after = [t.text for t in toks], NAMES.index("bound_next")
    assert rows[names.index("vile"), after] == 1.0 and rows[names.index("corrupt"), after] == 0.0
    assert rows[names.index("regime"), after] == 1.0 and rows[names.index("Quiet"), after] == 0.0
