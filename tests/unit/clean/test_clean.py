"""clean(): RawDocument → Article or Rejection, with metadata precedence and sound records."""

from __future__ import annotations

import pytest

from eventwire.clean import clean
from eventwire.errors import E
from eventwire.read.base import RawDocument, Rejection
from eventwire.record import Article, article_id, offset_errors

BODY = (
    "Chinese Foreign Minister Wang Yi met a Taliban delegation led by Mullah Abdul Ghani Baradar "
    "in the northern city of Tianjin on Wednesday, the foreign ministry said.\n\n"
    "Beijing said it hoped the group would play “an important role” in the peace process, while "
    "the Taliban pledged that Afghan territory would not be used against China."
)
PAGE = (
    "<html><head><title>Wang Yi meets Taliban delegation</title>{head}</head><body>"
    "<nav><a href='/'>Home</a> <a href='/asia'>Asia</a></nav><article><h1>Wang Yi meets Taliban delegation</h1>"
    + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    + "<p>Share this article</p></article></body></html>"
)
DATED = '<meta property="article:published_time" content="2021-07-28T09:00:00Z"><meta name="author" content="Li Wei">'


def text_doc(content: str, **meta) -> RawDocument:
    return RawDocument(uri=meta.pop("uri", "in.txt"), format=meta.pop("format", "txt"), content=content, **meta)


def html_doc(head: str = "", **meta) -> RawDocument:
    meta.setdefault("format", "html")
    return RawDocument(uri=meta.pop("uri", "in.html"), content=PAGE.format(head=head), kind="html", **meta)


def sound(item) -> Article:
    """The item is an Article whose id and offsets hold."""
    assert isinstance(item, Article), item
    assert item.id == article_id(item.text)
    assert offset_errors(item) == []
    return item


def test_clean_plain_text_article():
    raw = "Wang Yi meets Taliban delegation\n\nBy Li Wei | Xinhua\n\nJuly 28, 2021\n\n" + BODY + "\n\nSubscribe"
    article = sound(clean(text_doc(raw)))
    assert article.text == BODY
    assert (article.title, article.authors, article.source.published) == (
        "Wang Yi meets Taliban delegation", ("Li Wei",), "2021-07-28")
    assert [b.reason for b in article.boilerplate] == ["byline", "dateline", "subscribe"]
    assert (article.source.format, article.source.language, article.source.uri) == ("txt", "en", "in.txt")


def test_clean_html_article_uses_page_metadata():
    article = sound(clean(html_doc(DATED, url="https://www.scmp.com/news/china/article/1")))
    assert article.title == "Wang Yi meets Taliban delegation"
    assert article.text == BODY
    assert (article.authors, article.source.published, article.source.outlet) == (("Li Wei",), "2021-07-28", "scmp.com")
    assert {b.reason for b in article.boilerplate} == {"html-furniture", "share"}


def test_clean_reader_metadata_wins_over_page():
    raw = html_doc(DATED, format="jsonl", title="Given title", published="2021-07-29",
                   authors=("Zhang San",), outlet="Xinhua", url="https://www.xinhuanet.com/x")
    article = sound(clean(raw))
    assert (article.title, article.authors, article.source.published, article.source.outlet) == (
        "Given title", ("Zhang San",), "2021-07-29", "Xinhua")


@pytest.mark.parametrize(
    "head,published,codes",
    [
        (DATED, "2021-07-28", []),  # the page's own date beats the crawl date
        ("", "2021-08-02", ["W107"]),  # no page date: crawl date, flagged
    ],
)
def test_clean_warc_date_is_last_resort(head, published, codes):
    raw = html_doc(head, format="warc", url="https://www.dawn.com/news/1", published="2021-08-02T10:11:12Z")
    article = sound(clean(raw))
    assert article.source.published == published
    assert [w.code for w in article.warnings] == codes


def test_clean_unparseable_given_date_warns():
    article = sound(clean(text_doc(BODY, format="jsonl", published="sometime last summer")))
    assert article.source.published is None
    assert [w.code for w in article.warnings] == ["W102"]


@pytest.mark.parametrize(
    "raw,error",
    [
        (text_doc("Sign up to receive our latest news!\n\nShort note on talks in Doha."), E.E012),
        (RawDocument(uri="n.html", format="html", content="<html><body><nav><a href='/'>Home</a></nav></body></html>", kind="html"), E.E009),
        (RawDocument(uri="e.html", format="html", content="<html><head><title>x</title></head><body></body></html>", kind="html"), E.E009),
    ],
)
def test_clean_rejections(raw, error):
    item = clean(raw)
    assert isinstance(item, Rejection) and item.error is error and item.uri == raw.uri


@pytest.mark.parametrize(
    "content",
    [
        "Gunmen killed five villagers in Zamfara state on Sunday, police said.",
        "BREAKING\n\nIndia and Pakistan agreed to a ceasefire along the Line of Control.",
    ],
)
def test_clean_short_wire_brief_is_an_article(content):
    article = sound(clean(text_doc(content)))
    assert len(article.text.split()) < 20 and article.text.endswith(".")
    assert [w.code for w in article.warnings] == ["W108"]


@pytest.mark.parametrize(
    "content",
    [
        "Page not found\n\nHome | World | Business | Sport",
        "Sorry, the page you are looking for could not be found.\n\nReturn to the homepage",
        "You have reached your monthly article limit.\n\nSubscribe now",
        "Related stories\n\nFloods in Sindh\n\nTalks in Doha",
    ],
)
def test_clean_notices_and_fragments_are_rejected(content):
    item = clean(text_doc(content))
    assert isinstance(item, Rejection) and item.error in (E.E009, E.E012)


def test_clean_same_text_same_id():
    first = clean(text_doc(BODY, uri="a.txt"))
    second = clean(text_doc(BODY.replace("\n\n", "\r\n\r\n\r\n"), uri="b.txt"))
    assert sound(first).id == sound(second).id


def test_clean_page_headline_reworded_from_title_is_the_title():
    from eventwire.clean import clean
    from eventwire.read.base import RawDocument

    body = ("Officials in Maputo said on Friday that cyclone Freddy had destroyed more than 20,000 "
            "homes in Zambezia province and cut power to the port city of Quelimane.")
    html = ("<html><head><title>Cyclone Freddy destroys 20,000 homes in Mozambique - Example News"
            "</title></head><body><article><h1>Cyclone Freddy destroys 20,000 homes in central "
            f"Mozambique</h1><p>{body}</p><p>{body}</p></article></body></html>")
    article = clean(RawDocument(uri="x.html", format="html", content=html, kind="html"))
    assert article.title == "Cyclone Freddy destroys 20,000 homes in central Mozambique"
    assert not article.text.startswith("Cyclone")
