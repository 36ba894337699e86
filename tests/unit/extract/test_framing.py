"""Framing: loaded-language and labelling spans with PTC technique names."""

from __future__ import annotations

import pytest

from eventwire.extract.framing import FramingStep, framing_spans
from eventwire.record import offset_errors


@pytest.mark.parametrize(
    "text, span, technique",
    [
        # a label takes the article before it: a label is a noun phrase
        ("Talks between the communist regime and the rebels resumed.", "the communist regime",
         "Name_Calling,Labeling"),
        ("The Syrian regime shelled the town again.", "The Syrian regime", "Name_Calling,Labeling"),
        ("Masked thugs attacked the reporters outside the court.", "Masked thugs", "Name_Calling,Labeling"),
        ("Aid finally reached the war-torn province on Monday.", "war-torn", "Loaded_Language"),
        ("The government is flaunting its new missiles.", "flaunting", "Loaded_Language"),
        ("Officials described it as a supposed mission of peace.", "supposed mission", "Doubt"),
        ("The so-called experts disagreed with the report.", "so-called experts", "Doubt"),
        ("The bank offered gigantic loans to the port authority.", "gigantic", "Exaggeration,Minimisation"),
        ("It was the worst ever drought in the region.", "the worst ever", "Exaggeration,Minimisation"),
    ],
)
def test_framing_spans_are_tight(make_article, text, span, technique):
    # min_confidence=0: "regime" is kept as a low-confidence entry (the PTC gold rarely marks it)
    article = FramingStep(min_confidence=0.0)(make_article(text), None)
    assert offset_errors(article) == []
    assert (span, technique) in [(f.text, f.technique) for f in article.framing]


@pytest.mark.parametrize(
    "text",
    [
        "The UN tightened the sanctions regime on Pyongyang.",
        "Ministers agreed on a new visa regime for students.",
        "Troops are supposed to leave the base by March.",
        "The court heard that he alleged that the vote was rigged.",
    ],
)
def test_framing_literal_uses_are_left_out(text):
    assert framing_spans(text, learned=False, min_confidence=0.0) == []


def test_framing_techniques_are_ptc_names():
    names = {
        "Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
        "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
        "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
        "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
    }
    from eventwire.extract.lexicons import read_table

    assert {row["technique"] for row in read_table("loaded_words.csv")} <= names


@pytest.mark.parametrize(
    "text, span, technique",
    [
        ("Critics said the plan was a disastrous policy for the farmers.", "disastrous policy", "Loaded_Language"),
        ("Opposition leaders said the ruling was absurd, and walked out.", "absurd", "Loaded_Language"),
    ],
)
def test_framing_learned_words_grow_over_adjacent_content_words(make_article, text, span, technique):
    article = FramingStep()(make_article(text), None)
    assert offset_errors(article) == []
    assert (span, technique) in [(f.text, f.technique) for f in article.framing]


def test_learned_label_grows_over_its_modifiers():
    # the span rule of the learned list; whether the step keeps it also depends on the scorer's
    # support in context (framing_model.SUPPORT), which a one-sentence text gives little of
    from eventwire.extract.framing_learned import learned_spans

    text = "The minister called them crooked career politicians."
    spans = [(text[s.start:s.end], s.technique) for s in learned_spans(text)]
    assert ("crooked career politicians", "Name_Calling,Labeling") in spans


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the communist regime and the rebels resumed.",
        "Police said the terrorists fled across the border.",
    ],
)
def test_framing_low_confidence_entries_are_left_out_by_default(text):
    assert framing_spans(text) == []
    assert framing_spans(text, min_confidence=0.0) != []


def test_framing_learned_lexicon_rows_are_counted_and_ptc_named():
    from eventwire.extract.lexicons import read_table

    rows = read_table("framing_learned.csv")
    assert rows
    assert {row["technique"] for row in rows} <= {"Loaded_Language", "Name_Calling,Labeling"}
    for row in rows:
        assert " " not in row["word"] and float(row["in_span"]) <= int(row["total"])
        assert 0.0 < float(row["estimate"]) <= 1.0


def test_framing_hand_span_wins_over_learned_overlap():
    spans = framing_spans("Masked thugs attacked the reporters outside the court.")
    assert [(f.text, f.technique) for f in spans if "thugs" in f.text] == [("Masked thugs", "Name_Calling,Labeling")]


def test_v10_a_hand_list_word_rarely_marked_in_gold_leaves_the_default_output():
    from eventwire.extract.framing import hand_list_spans

    text = "They called the plan evil and the leader a tyrant."
    default = {text[s:e] for _, s, e, _ in hand_list_spans(text)}
    assert "evil" not in default and "tyrant" in default
    assert "evil" in {text[s:e] for _, s, e, _ in hand_list_spans(text, min_confidence=0.0)}
