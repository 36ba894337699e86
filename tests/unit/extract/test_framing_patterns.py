"""Framing cue patterns (round 8): Doubt questions about credibility, superlative + ever."""

from __future__ import annotations

from eventwire.extract.framing import framing_spans, hand_matches, with_patterns
from eventwire.extract.framing_patterns import CONFIDENCE, pattern_spans


def _found(text):
    return [(t, text[s:e]) for t, s, e, _ in pattern_spans(text)]


def test_a_question_about_credibility_is_doubt_and_spans_the_question():
    text = "The minister spoke at length.\nCan anyone really believe a word he says? Nobody knows."
    assert _found(text) == [("Doubt", "Can anyone really believe a word he says?")]


def test_a_plain_question_or_a_statement_about_truth_is_no_doubt():
    assert _found("When will the bridge reopen? Officials said in May.") == []
    assert _found("He said the truth would come out in court.") == []


def test_superlative_with_ever_is_exaggeration_and_spans_the_cue():
    text = "Critics called it the worst trade deal ever signed."
    assert _found(text) == [("Exaggeration,Minimisation", "worst trade deal ever")]
    assert _found("It was the biggest crowd in history, he said.") == [
        ("Exaggeration,Minimisation", "biggest crowd in history")]
    assert _found("Ever since the best of times, rain fell.") == []


def test_pattern_spans_block_nothing_and_are_not_doubled():
    found = [("Loaded_Language", 10, 16, 0.5), ("Exaggeration,Minimisation", 30, 40, 0.9)]
    cues = [("Doubt", 0, 20, 0.34), ("Exaggeration,Minimisation", 28, 45, 0.55)]
    assert with_patterns(found, cues) == [("Doubt", 0, 20, 0.34), ("Loaded_Language", 10, 16, 0.5),
                                          ("Exaggeration,Minimisation", 30, 40, 0.9)]


def test_the_step_adds_patterns_unless_asked_not_to():
    text = "Do you honestly trust these people? The vote is on Monday."
    with_cues = [(f.technique, f.text, f.confidence) for f in framing_spans(text, learned=False)]
    assert ("Doubt", "Do you honestly trust these people?", CONFIDENCE["Doubt"]) in with_cues
    assert all(f.technique != "Doubt" for f in framing_spans(text, learned=False, patterns=False))
    # a caller's higher floor leaves the cue spans out, like low-confidence list entries
    assert all(f.technique != "Doubt" for f in framing_spans(text, learned=False, min_confidence=0.5))


def test_hand_matches_name_the_entry_and_recalibrated_entries_leave_the_default():
    text = "The so-called experts met the tyrant."
    assert [(key, span.text) for key, span in hand_matches(text)] == [
        ("so-called", "so-called experts"), ("tyrant", "tyrant")]
    # "so-called" hits gold Doubt once in 12 on dev: its confidence (0.19) is under the default floor
    assert [f.text for f in framing_spans(text, learned=False)] == ["the tyrant"]  # a label takes its article


def test_no_evidence_sentences_are_doubt_and_absolute_quantifiers_exaggeration():
    text = "Rain fell. There is not a shred of evidence for the story. He did absolutely nothing about it."
    assert _found(text) == [("Doubt", "There is not a shred of evidence for the story."),
                            ("Exaggeration,Minimisation", "absolutely nothing")]
    # a question about credibility that also says "no evidence" is one Doubt span
    assert _found("Why believe him when there is no proof?") == [("Doubt", "Why believe him when there is no proof?")]
