"""The page's <h1> as its on-page headline: a first text line that repeats it is the title,
even when the page's <title> is a different (SEO) wording."""

from __future__ import annotations

from eventwire.clean import clean, clean_text
from eventwire.clean.html import extract_page
from eventwire.read.base import RawDocument
from eventwire.record import Article, offset_errors

PARAS = [
    "Two customs officers were charged on Tuesday with taking bribes to let untaxed cigarettes "
    "through the port, prosecutors said.",
    "The officers, who were suspended in March, face up to ten years in prison if convicted.",
    "Their lawyers said they would plead not guilty at a hearing next month.",
]


def page(h1: str, title: str = "Port officials charged | Example News") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{h1}</h1>{body}</article></body></html>"
    )


def test_extract_page_reads_h1_headlines():
    extracted = extract_page(page("Customs officers charged over cigarette bribes at the port"))
    assert extracted.headlines == ("Customs officers charged over cigarette bribes at the port",)


def test_h1_first_line_is_the_title_not_body_text():
    h1 = "Customs officers charged over cigarette bribes at the port"
    article = clean(RawDocument(uri="p.html", format="html", content=page(h1), kind="html"))
    assert isinstance(article, Article)
    assert article.title == h1
    assert h1 not in article.text
    assert article.text.startswith(PARAS[0][:40])
    assert not offset_errors(article)


def test_short_h1_is_a_site_name_not_a_headline():
    text = "Example News\n\n" + "\n\n".join(PARAS)
    cleaned = clean_text(text, known_title="Port officials charged", headlines=("Example News",))
    assert cleaned.title is None
    assert cleaned.text.startswith("Example News")


def test_h1_that_is_a_sentence_is_not_taken():
    lede = "Two customs officers were charged on Tuesday."
    text = lede + "\n\n" + "\n\n".join(PARAS[1:])
    cleaned = clean_text(text, known_title="Port officials charged", headlines=(lede,))
    assert cleaned.title is None and cleaned.text.startswith(lede)
