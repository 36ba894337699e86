"""Framing scorer: general-lexicon word features, the logistic weights and span decoding."""

from __future__ import annotations

from eventwire.extract.framing_features import NAMES, brill_tags, features, pattern_lexicon, tokens
from eventwire.extract.framing_learned import lookup
from eventwire.extract.framing_model import decode, scored_spans, weights


def test_bundled_lexicons_load_without_download():
    subjectivity, polarity, _ = pattern_lexicon()["stupid"]
    assert subjectivity > 0.5 and polarity > 0.5
    assert brill_tags()["stupid"] == "JJ" and brill_tags()["very"] == "RB"


def test_feature_rows_carry_lexicon_and_neighbour_values():
    text = 'She called the plan "a total sham" on Monday.'
    toks = tokens(text)
    rows = features(text, toks, {})
    assert len(rows) == len(toks) and all(len(r) == len(NAMES) for r in rows)
    sham = [t.text for t in toks].index("sham")
    assert rows[sham][NAMES.index("scare_quote")] == 1.0
    assert rows[sham][NAMES.index("booster_before")] == 1.0  # "total" is a VADER intensifier
    monday = [t.text for t in toks].index("Monday")
    assert rows[monday][NAMES.index("title")] == 1.0 and rows[monday][NAMES.index("scare_quote")] == 0.0


def test_learned_list_is_looked_up_by_word_and_by_stem():
    lexicon = {"~annihil": ("Loaded_Language", 0.5), "thugs": ("Name_Calling,Labeling", 0.6)}
    assert lookup(lexicon, "Annihilated") == ("Loaded_Language", 0.5)
    assert lookup(lexicon, "thugs") == ("Name_Calling,Labeling", 0.6)
    assert lookup(lexicon, "thug") is None


def test_weights_cover_every_feature_for_both_techniques():
    table = weights()
    assert set(table) == {"Loaded_Language", "Name_Calling,Labeling"}
    assert all(len(ws) == len(NAMES) for ws in table.values())
    assert any(w != 0 for w in table["Loaded_Language"])


def test_decode_grows_seeds_and_trims_function_words():
    text = "They saw a truly vile act of the mob, and left."
    toks = tokens(text)
    probs = {"truly": 0.3, "vile": 0.9, "act": 0.2, "a": 0.2, "of": 0.2, "the": 0.2, "mob": 0.1}
    spans = decode(text, toks, [probs.get(t.text, 0.0) for t in toks], seed=0.5, grow=0.15)
    assert [text[toks[a].start:toks[b - 1].end] for a, b, _ in spans] == ["truly vile act"]


def test_emotive_phrase_is_scored_and_neutral_sentence_is_not():
    found = scored_spans("The senator called the plan an utterly disgusting betrayal of voters.")
    assert any("disgusting" in "The senator called the plan an utterly disgusting betrayal of voters."[s.start:s.end]
               and s.technique == "Loaded_Language" for s in found)
    assert scored_spans("The committee met on Tuesday to review the budget.") == []


def test_growth_takes_linking_words_but_not_an_auxiliary():
    text = "The ruling was absurd and cruel."
    toks = tokens(text)
    probs = {"ruling": 0.1, "was": 0.1, "absurd": 0.9, "and": 0.1, "cruel": 0.2}
    spans = decode(text, toks, [probs.get(t.text, 0.0) for t in toks], seed=0.5, grow=0.05)
    assert [text[toks[a].start:toks[b - 1].end] for a, b, _ in spans] == ["absurd and cruel"]


def test_label_takes_the_article_before_it_and_loaded_language_does_not():
    from eventwire.extract.framing import combine

    text = "Then the elites left a ghastly scene."
    dems, ghastly = text.index("elites"), text.index("ghastly")
    found = combine(text, [], [("Name_Calling,Labeling", dems, dems + 6, 0.5),
                               ("Loaded_Language", ghastly, ghastly + 7, 0.5)])
    assert [text[s:e] for _, s, e, _ in found] == ["the elites", "ghastly"]


def test_density_features_count_other_loaded_words_on_the_line():
    text = "An awful, horrible, disgusting mess.\nThe committee met."
    toks = tokens(text)
    rows = features(text, toks, {})
    words = [t.text for t in toks]
    assert rows[words.index("mess")][NAMES.index("line_loaded")] > 0
    assert rows[words.index("committee")][NAMES.index("line_loaded")] == 0
    assert rows[0][NAMES.index("article_loaded")] == rows[-1][NAMES.index("article_loaded")] > 0


def test_learned_span_needs_scorer_support_for_its_technique():
    from eventwire.extract.framing_model import supported

    text = "They called them thugs today."
    toks = tokens(text)
    at = [t.text for t in toks].index("thugs")
    start, end = toks[at].start, toks[at].end
    low = {"Name_Calling,Labeling": [0.0] * len(toks), "Loaded_Language": [0.0] * len(toks)}
    high = {**low, "Name_Calling,Labeling": [0.5 if i == at else 0.0 for i in range(len(toks))]}
    level = {"Name_Calling,Labeling": 0.1}
    assert not supported(toks, low, "Name_Calling,Labeling", start, end, level)
    assert supported(toks, high, "Name_Calling,Labeling", start, end, level)
    # no support level for the technique, or a technique the scorer does not rate: kept
    assert supported(toks, low, "Loaded_Language", start, end, level)
    assert supported(toks, low, "Doubt", start, end, level)
