"""clean.structured: the page's schema.org articleBody as the last rescue for a page whose
visible text gave no article."""

from __future__ import annotations

import json

from eventwire.clean import RESCUE_NOTE, clean
from eventwire.clean.structured import article_bodies, article_body_text
from eventwire.errors import E, W
from eventwire.read.base import RawDocument, Rejection
from eventwire.record import Article, offset_errors

# A fixture list written for these tests: list-like, no complete sentences.
FIXTURES = [
    "Round 1: 10 March – Northfield Park",
    "Round 2: 8 April – Lakeside Circuit",
    "Round 3: 22 April – Hill Valley Raceway",
    "Round 4: 6 May – Port Ellen Street Circuit",
    "Round 5: 20 May – Westmoor",
    "Round 6: 5 August – Kingsbridge Oval",
]
# A related-stories box: trafilatura keeps it, our link-list rule removes it, no prose is left.
RELATED = "<div class='content'><h3>Related stories</h3>" + "".join(f"<p>{h}</p>" for h in [
    "Rally champion signs three-year deal with works team",
    "Rain delays qualifying at the coastal street circuit",
    "Young driver fastest in first test of the new season",
    "Team principal steps down after twelve years in charge",
    "Tyre supplier confirms compounds for the opening round",
    "Organisers add night race to next year's calendar",
]) + "</div>"
STORY = (
    "Flood waters rose across the northern districts on Tuesday after three days of heavy rain, "
    "officials said. Rescue teams moved more than two hundred families to schools on higher ground."
)


def html_doc(content: str) -> RawDocument:
    return RawDocument(uri="p.html", format="html", content=content, kind="html")


def app_page(ld: object, visible: str = "<div id='app'>Loading…</div>") -> str:
    """A client-rendered page: the article is only in the JSON-LD, the body shows a placeholder
    and a menu."""
    return (
        "<html><head><title>Championship calendar announced</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
        f"{visible}</body></html>"
    )


def test_article_bodies_walks_lists_graph_and_main_entity():
    ld = [
        {"@type": "Organization", "name": "Example News"},
        {"@graph": [{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "articleBody": "Inner body."}}]},
        {"@type": "ReportageNewsArticle", "articleBody": "  "},
    ]
    assert list(article_bodies(ld)) == ["Inner body."]


def test_article_body_text_renders_markup_as_lines():
    page = app_page({"@type": "NewsArticle", "articleBody": "<p>First paragraph.</p><p>Second &amp; last.</p>"})
    assert article_body_text(page) == "First paragraph.\nSecond & last."
    assert article_body_text("<html><body><p>No structured data.</p></body></html>") == ""


def test_list_like_article_body_rescues_a_page_whose_visible_text_is_no_article():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example Motorsport"},
        {"@type": "NewsArticle", "headline": "Championship calendar announced", "articleBody": "\n".join(FIXTURES)},
    ]}
    article = clean(html_doc(app_page(ld, RELATED)))
    assert isinstance(article, Article), article
    assert all(line in article.text for line in FIXTURES)
    assert "Related" not in article.text and "Home" not in article.text
    assert W.W109.name in {w.code for w in article.warnings}
    note = [b.text for b in article.boilerplate if b.reason == "html-furniture"][0]
    assert note.startswith(f"{RESCUE_NOTE} schema.org articleBody")
    assert not offset_errors(article)


def test_visible_prose_wins_over_article_body():
    visible = "".join(f"<p>{s.strip()}.</p>" for s in STORY.split(".") if s.strip()) * 2
    article = clean(html_doc(app_page({"@type": "NewsArticle", "articleBody": "Teaser only."}, f"<article>{visible}</article>")))
    assert isinstance(article, Article)
    assert "Teaser only" not in article.text
    assert W.W109.name not in {w.code for w in article.warnings}


def test_article_body_under_the_floor_is_still_rejected():
    result = clean(html_doc(app_page({"@type": "NewsArticle", "articleBody": "Round 1: 10 March"}, RELATED)))
    assert isinstance(result, Rejection) and result.error in (E.E009, E.E012)


def test_same_page_without_structured_data_is_still_rejected():
    page = app_page({"@type": "WebPage", "name": "Championship calendar announced"}, RELATED)
    result = clean(html_doc(page))
    assert isinstance(result, Rejection) and result.error in (E.E009, E.E012)
