"""Tone: GDELT V2Tone arithmetic over the VADER lexicon."""

from __future__ import annotations

import pytest

from eventwire.extract.tone import SELF_GROUP, ToneStep, activity_words, article_words, tone_of, vader_scores


@pytest.mark.parametrize(
    "text",
    [
        "We welcome the peace agreement and hope for a good future.",
        "Rebels killed twelve villagers and burned the market in a brutal attack.",
        "The committee met in Geneva on Tuesday.",
    ],
)
def test_tone_arithmetic_matches_word_counts(analyse, make_article, text):
    analysis = analyse(text)
    words = [w.lower() for w in article_words(analysis)]
    scores = vader_scores()
    tone = ToneStep()(make_article(text), analysis).tone
    total = len(words)
    assert tone.word_count == total
    assert tone.positive == pytest.approx(100 * sum(scores.get(w, 0) > 0 for w in words) / total, abs=1e-3)
    assert tone.negative == pytest.approx(100 * sum(scores.get(w, 0) < 0 for w in words) / total, abs=1e-3)
    assert tone.tone == pytest.approx(tone.positive - tone.negative, abs=1e-3)
    assert tone.polarity == pytest.approx(tone.positive + tone.negative, abs=1e-3)
    assert tone.activity == pytest.approx(100 * sum(w in activity_words() for w in words) / total, abs=1e-3)
    assert tone.self_group == pytest.approx(100 * sum(w in SELF_GROUP for w in words) / total, abs=1e-3)


@pytest.mark.parametrize(
    "better, worse",
    [
        ("Leaders welcomed the successful peace talks.", "Leaders condemned the deadly bombing."),
        ("Aid workers praised the generous support.", "Residents fear more violent attacks."),
    ],
)
def test_tone_sign_follows_wording(better, worse):
    assert tone_of(better.split()).tone > tone_of(worse.split()).tone


def test_tone_self_group_counts_first_person():
    tone = tone_of("We told them our position".split())
    assert tone.self_group == pytest.approx(40.0)


def test_tone_empty_text_is_zero():
    tone = tone_of([])
    assert (tone.word_count, tone.tone, tone.polarity) == (0, 0.0, 0.0)
