"""clean.rescue: fallback extractors for pages whose trafilatura text is not an article."""

from __future__ import annotations

import pytest

from eventwire.clean import clean
from eventwire.clean import rescue as rescue_module
from eventwire.clean.html import extract_page
from eventwire.clean.rescue import block_text, is_sentence, rescue_texts, sentence_words
from eventwire.errors import E
from eventwire.read.base import RawDocument, Rejection
from eventwire.record import Article, article_id, offset_errors

PARAS = [
    "Flood waters rose across the northern districts on Tuesday after three days of heavy rain, "
    "officials said.",
    "Rescue teams moved more than two hundred families to schools on higher ground before nightfall.",
    "The regional governor said roads to four villages remained cut and asked for army helicopters.",
]


def page(container: str) -> str:
    """A page whose article sits in ``container`` (an element with its attributes)."""
    tag = container.split()[0]
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Floods cut off four villages</title>"
        '<meta name="author" content="Amina Yusuf"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<{container}>{body}</{tag}>"
        "<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>"
    )


def html_doc(content: str) -> RawDocument:
    return RawDocument(uri="p.html", format="html", content=content, kind="html")


def test_rescue_article_in_container_trafilatura_discards():
    # trafilatura drops containers named like comment sections; some sites wrap the story in one
    raw = html_doc(page("div class='comments-enabled-story'"))
    assert len((extract_page(raw.content).text if extract_page(raw.content) else "").split()) < 20
    article = clean(raw)
    assert isinstance(article, Article) and offset_errors(article) == []
    assert article.id == article_id(article.text)
    assert all(p in article.text for p in PARAS)
    assert article.title == "Floods cut off four villages" and article.authors == ("Amina Yusuf",)
    notes = [b.text for b in article.boilerplate if b.reason == "html-furniture"]
    assert notes and notes[0].startswith("main text from ")
    # and a warning says so, so a user can review or filter rescued pages
    assert [w.code for w in article.warnings if w.code == "W109"] == ["W109"]


@pytest.mark.parametrize(
    "body",
    [
        # an error page: its notice is furniture, one footer sentence is not an article
        "<h1>Page not found</h1><p>Sorry, the page you are looking for could not be found.</p>"
        "<ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul>"
        "<footer><p>Example News has been published in Leeds since 1901 by Example Media.</p></footer>",
        # a paywall: the limit notice is furniture, a teaser headline is not an article
        "<h1>Floods cut off four villages</h1><p>You have reached your monthly article limit.</p>"
        "<p><a href='/subscribe'>Subscribe now</a></p><ul><li><a href='/'>Home</a></li></ul>",
    ],
)
def test_rescue_never_makes_an_article_of_a_page_without_one(body):
    item = clean(html_doc(f"<html><head><title>Example News</title></head><body>{body}</body></html>"))
    assert isinstance(item, Rejection) and item.error in (E.E009, E.E012)


def test_rescue_skips_a_failing_extractor(monkeypatch):
    def broken(html, url):
        raise RuntimeError("boom")

    monkeypatch.setattr(rescue_module, "readability_text", broken)
    names = [name for name, *_ in rescue_texts(page("div class='x'"), recall_done=True)]
    assert names == ["trafilatura-baseline"]


def test_metadata_failure_does_not_cost_the_body(monkeypatch):
    import trafilatura.core

    def failing(*args, **kwargs):
        raise ValueError("bad date")

    # trafilatura discards the whole page when its metadata step raises a ValueError
    monkeypatch.setattr(trafilatura.core, "extract_metadata", failing)
    extracted = extract_page(page("article"))
    assert extracted is not None and all(p in extracted.text for p in PARAS)


def test_block_text_one_line_per_block():
    html = "<div><h2>Relief effort</h2><p>First <b>bold</b> line.</p>Loose text<br>after break<ul><li>a</li></ul></div>"
    assert block_text(html).split("\n") == ["Relief effort", "First bold line.", "Loose text", "after break", "a"]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Police said five people were hurt.", True),
        ("“We will rebuild,” the mayor said.", True),
        ("Émile Zola wrote for the paper for years.", True),  # a capital beyond ASCII
        ("12 people died in the blast on Monday.", True),
        ("홍수로 마을 네 곳이 고립됐다고 당국이 밝혔다.", True),  # a script without case
        ("police said five people were hurt.", False),
        ("Floods cut off four villages", False),
    ],
)
def test_is_sentence(line, expected):
    assert is_sentence(line) is expected


def test_sentence_words_counts_long_sentences_only():
    text = "Home\n\nFloods cut off villages\n\nShort one here.\n\n" + PARAS[1]
    assert sentence_words(text, min_words=8) == len(PARAS[1].split())


def test_sentence_words_joins_hard_wrapped_lines_and_splits_table_cells():
    wrapped = "Rescue teams moved more than two hundred families\n\nto schools on higher ground."
    assert sentence_words(wrapped, min_words=8) == len(wrapped.split())
    table = f"| {PARAS[0]} | {PARAS[1]} |\n| --- | --- |"
    assert sentence_words(table, min_words=8) == len(PARAS[0].split()) + len(PARAS[1].split())
    # a headline line is not continued by the next sentence (capitalised start)
    assert sentence_words("Floods cut off villages\n\nOfficials said roads were cut.", min_words=8) == 0
