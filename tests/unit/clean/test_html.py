"""clean.html: trafilatura main text, metadata, and the furniture summary."""

from __future__ import annotations

import pytest

from eventwire.clean.html import extract_page, site_names, strip_site_name

PARAS = [
    "Chile's president declared a state of emergency in the Valparaiso region on Saturday as "
    "wildfires swept through hillside neighbourhoods on the edge of Viña del Mar.",
    "Interior Minister Carolina Tohá said at least 46 people had died and warned the toll could "
    "rise as rescue teams reached areas cut off by the flames.",
]


def page(*, head: str = "", extra: str = "") -> str:
    """A news page with navigation, the article, a share bar and a footer."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<!DOCTYPE html><html><head><title>Chile wildfires kill 46</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>Chile wildfires kill 46</h1>{body}{extra}</article>"
        "<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>"
    )


def test_html_main_text_paragraphs_and_title():
    extracted = extract_page(page())
    assert extracted is not None
    assert extracted.title == "Chile wildfires kill 46"
    for para in PARAS:
        assert para in extracted.text
    assert "\n\n" in extracted.text and "Home" not in extracted.text


def test_html_metadata_from_page():
    head = (
        '<meta name="author" content="Ana María Pérez">'
        '<meta property="article:published_time" content="2024-02-03T18:00:00-03:00">'
        '<link rel="canonical" href="https://www.latercera.com/nacional/incendios">'
    )
    extracted = extract_page(page(head=head))
    assert extracted.authors == ("Ana María Pérez",)
    assert extracted.date == "2024-02-03"
    assert extracted.url == "https://www.latercera.com/nacional/incendios"


def test_html_no_date_is_not_guessed():
    assert extract_page(page()).date is None


def test_html_furniture_summarised_not_copied():
    extracted = extract_page(page())
    summary = extracted.furniture
    assert summary is not None and summary.reason == "html-furniture"
    assert "Home" in summary.text and len(summary.text) < 300


def test_html_page_without_article_is_none():
    assert extract_page("<html><head><title>x</title></head><body></body></html>") is None


@pytest.mark.parametrize(
    "title,names,expected",
    [
        ("Mining blasts shatter homes - Lesotho Times", ("lesothotimes.com",), "Mining blasts shatter homes"),
        ("Floods hit Sindh | Bhopal News - The Times of India", ("The Times of India",), "Floods hit Sindh | Bhopal News"),
        ("Roommate agrees to interview | The Gateway Pundit | by Cristina Laila", ("thegatewaypundit.com",), "Roommate agrees to interview"),
        ("Ceasefire holds - for now", ("reuters.com",), "Ceasefire holds - for now"),
        ("Tensions rise - Asia", ("asiatimes.com",), "Tensions rise - Asia"),
        ("", ("bbc.co.uk",), None),
    ],
)
def test_html_strip_site_name_from_title(title, names, expected):
    assert strip_site_name(title, site_names(*names)) == expected
