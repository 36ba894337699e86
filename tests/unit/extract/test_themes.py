"""Themes: GDELT-style theme codes from the keyword table."""

from __future__ import annotations

import pytest

from eventwire.extract.themes import ThemesStep, theme_scores, themes_of


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The two sides agreed a ceasefire in Tripoli on Sunday.", "CEASEFIRE"),
        ("Thousands of protesters marched in Minsk; police dispersed the protests.", "PROTEST"),
        ("The EU imposed new sanctions on Iranian officials.", "SANCTIONS"),
        ("Troops and soldiers from the army moved north.", "MILITARY"),
        ("A strong earthquake struck eastern Turkey.", "NATURAL_DISASTER"),
        ("China announced a $62 billion investment plan in Pakistan.", "ECON_FOREIGNINVEST"),
    ],
)
def test_themes_keywords_emit_theme(make_article, text, theme):
    article = ThemesStep()(make_article(text), None)
    assert theme in article.themes
    assert list(article.themes) == sorted(set(article.themes))


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The army band played at the ceremony.", "MILITARY"),
        ("The minister visited a school in Accra.", "EDUCATION"),
    ],
)
def test_themes_single_weak_keyword_is_not_enough(text, theme):
    assert theme_scores(text).get(theme, 0) == 1
    assert theme not in themes_of(text)


def test_themes_threshold_is_an_option(make_article):
    text = "The army band played at the ceremony."
    assert "MILITARY" in ThemesStep(threshold=1)(make_article(text), None).themes
