"""Cleaning: RawDocument → Article (text, title, authors, source, boilerplate) or Rejection.

HTML goes through trafilatura first; then every text goes through the same plain-text cleaner
(normalisation, furniture lines, title/byline/dateline). Metadata precedence, most trusted first:

* title: the reader's → the page's headline line when it matches the page's title → the page's
  title → the text's own first line;
* authors, url, outlet: the reader's (JSONL fields) → the page's → the text's own lines;
* published: the reader's → the page's metadata → a dateline in the text → the WARC crawl date
  (flagged W107), because a crawl date is when the page was fetched, not when it was written.
"""

from __future__ import annotations

import re
from typing import Optional

from ..errors import E, W
from ..read.base import RawDocument, Rejection
from ..record import Article, Source, Warning, article_id
from ..step import add_warning
from .html import ExtractedPage, extract_page
from .meta import normalize_date, outlet_of
from .text import CleanedText, clean_text, normalize_text

__all__ = ["clean", "clean_text", "normalize_text", "extract_page", "CLEANER_NAME", "MIN_WORDS"]

CLEANER_NAME = "eventwire.clean.v2"
#: Fewer words than this after cleaning is not an article (a stub, a paywall, an error page) …
MIN_WORDS = 20
#: … unless it holds one complete sentence of at least this many words: a short wire brief
#: ("Gunmen killed five villagers in Zamfara state on Sunday, police said.") is still news, and
#: paywall/error notices are removed as furniture before the count (data/boilerplate.tsv).
MIN_BRIEF_WORDS = 8
_SENTENCE = re.compile(r"[\"“‘'(]?[A-Z0-9].*[.!?][\"”’')]?")


def clean(raw: RawDocument) -> Article | Rejection:
    """Clean one raw document into an Article, or say why it cannot be one."""
    page: Optional[ExtractedPage] = None
    if raw.kind == "html":
        try:
            page = extract_page(raw.content, url=raw.url)
        # trafilatura/lxml on arbitrary web pages can fail in many ways; one page must not stop a run.
        except Exception as exc:  # noqa: BLE001
            return Rejection(raw.uri, E.E013, f"HTML extraction: {type(exc).__name__}: {exc}"[:200])
        if page is None:
            return Rejection(raw.uri, E.E009)
    known_title = raw.title or (page.title if page else None)
    cleaned = clean_text(page.text if page else raw.content, known_title=known_title)
    words = len(cleaned.text.split())
    if words == 0 and page is not None:
        return Rejection(raw.uri, E.E009, "only page furniture")
    if words < MIN_WORDS and not is_brief(cleaned.text):
        return Rejection(raw.uri, E.E012, f"{words} words, fewer than {MIN_WORDS}")
    article = build_article(raw, cleaned, page)
    if words < MIN_WORDS:  # kept as a brief: say so, so a user can filter briefs out
        article = add_warning(article, W.W108.name, W.W108.value)
    return article


def is_brief(text: str) -> bool:
    """True when a short text is a news brief: one of its lines is a complete sentence of at
    least :data:`MIN_BRIEF_WORDS` words (capitalised start, sentence-final punctuation)."""
    return any(
        len(line.split()) >= MIN_BRIEF_WORDS and _SENTENCE.fullmatch(line.strip())
        for line in text.split("\n")
    )


def build_article(raw: RawDocument, cleaned: CleanedText, page: Optional[ExtractedPage]) -> Article:
    """Assemble the Article from the reader's, the page's and the text's metadata."""
    url = raw.url or (page.url if page else None)
    published, warnings = resolve_published(raw, page, cleaned)
    furniture = (page.furniture,) if page and page.furniture else ()
    source = Source(
        uri=raw.uri, format=raw.format, url=url,
        outlet=raw.outlet or outlet_of(url), published=published, language="en",
    )
    return Article(
        id=article_id(cleaned.text),
        source=source,
        # the headline as the page shows it beats the page's <title> (often an SEO variant):
        # with a page, ``cleaned.title`` is only set when it matched the page's title
        title=raw.title or cleaned.title or (page.title if page else None),
        authors=raw.authors or (page.authors if page else ()) or cleaned.authors,
        text=cleaned.text,
        boilerplate=furniture + cleaned.boilerplate,
        warnings=warnings,
    )


def resolve_published(
    raw: RawDocument, page: Optional[ExtractedPage], cleaned: CleanedText
) -> tuple[Optional[str], tuple[Warning, ...]]:
    """(YYYY-MM-DD or None, warnings): the first date that parses, in order of trust."""
    crawl = raw.published if raw.format == "warc" else None
    given = None if crawl else raw.published
    warnings: list[Warning] = []
    for value in (given, page.date if page else None, cleaned.date_text):
        day = normalize_date(value)
        if day:
            return day, tuple(warnings)
        if value:
            warnings.append(Warning(code=W.W102.name, message=f"{W.W102.value}: {value[:60]!r}"))
    day = normalize_date(crawl)
    if day:
        warnings.append(Warning(code=W.W107.name, message=W.W107.value))
    return day, tuple(warnings)

