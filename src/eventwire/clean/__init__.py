"""Cleaning: RawDocument → Article (text, title, authors, source, boilerplate) or Rejection.

HTML goes through trafilatura first; then every text goes through the same plain-text cleaner
(normalisation, furniture lines, title/byline/dateline). When trafilatura's cleaned text is not an
article (nothing, or too short), fallback extractors get a turn before the page is rejected
(clean/rescue.py); their text must hold real prose to count. Metadata precedence, most trusted first:

* title: the reader's → the page's headline line when it matches the page's title → the page's
  title → the text's own first line;
* authors, url, outlet: the reader's (JSONL fields) → the page's → the text's own lines;
* published: the reader's → the page's metadata → a dateline in the text → the WARC crawl date
  (flagged W107), because a crawl date is when the page was fetched, not when it was written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..errors import E, W
from ..read.base import RawDocument, Rejection
from ..record import Article, Boilerplate, Source, Warning, article_id
from ..step import add_warning
from .html import FALLBACK_WORDS, ExtractedPage, extract_page, furniture_summary, page_metadata
from .meta import normalize_date, outlet_of
from .rescue import rescue_texts, sentence_words
from .text import CleanedText, clean_text, normalize_text
from .words import count_words

__all__ = ["clean", "clean_text", "normalize_text", "extract_page", "CLEANER_NAME", "MIN_WORDS", "RESCUE_NOTE"]

CLEANER_NAME = "eventwire.clean.v3"
#: Fewer words than this after cleaning is not an article (a stub, a paywall, an error page) …
MIN_WORDS = 20
#: … unless it holds one complete sentence of at least this many words: a short wire brief
#: ("Gunmen killed five villagers in Zamfara state on Sunday, police said.") is still news, and
#: paywall/error notices are removed as furniture before the count (data/boilerplate.tsv).
MIN_BRIEF_WORDS = 8
#: Opens the ``html-furniture`` note of a page whose text came from a fallback extractor.
RESCUE_NOTE = "main text from"


def clean(raw: RawDocument) -> Article | Rejection:
    """Clean one raw document into an Article, or say why it cannot be one."""
    page: Optional[ExtractedPage] = None
    failure: Optional[Rejection] = None
    if raw.kind == "html":
        try:
            page = extract_page(raw.content, url=raw.url)
        # trafilatura/lxml on arbitrary web pages can fail in many ways; one page must not stop a run.
        except Exception as exc:  # noqa: BLE001
            failure = Rejection(raw.uri, E.E013, f"HTML extraction: {type(exc).__name__}: {exc}"[:200])
        if page is None and failure is None:
            failure = Rejection(raw.uri, E.E009)
    known_title = raw.title or (page.title if page else None)
    text = page.text if page else ("" if raw.kind == "html" else raw.content)
    cleaned = clean_text(text, known_title=known_title, headlines=page.headlines if page else ())
    failure = failure or floor_rejection(raw, cleaned, html=raw.kind == "html")
    rescued = None
    if failure is not None and raw.kind == "html":
        # favor_recall was already tried inside extract_page when trafilatura gave (almost) nothing
        recall_done = (page is None and failure.error is E.E009) or (
            page is not None and count_words(page.text) < FALLBACK_WORDS)
        rescued = rescue_page(raw, page, recall_done=recall_done)
        if rescued is not None:
            page, cleaned = rescued
            failure = None
    if failure is not None:
        return failure
    article = build_article(raw, cleaned, page)
    if rescued is not None:  # a user can filter rescued pages out, or check them first
        article = add_warning(article, W.W109.name, W.W109.value)
    if count_words(cleaned.text) < MIN_WORDS:  # kept as a brief: say so, so a user can filter briefs out
        article = add_warning(article, W.W108.name, W.W108.value)
    return article


def floor_rejection(raw: RawDocument, cleaned: CleanedText, *, html: bool) -> Optional[Rejection]:
    """Why a cleaned text is not an article (nothing left, or too short and not a brief), or None."""
    words = count_words(cleaned.text)
    if words == 0 and html:
        return Rejection(raw.uri, E.E009, "only page furniture")
    if words < MIN_WORDS and not is_brief(cleaned.text):
        return Rejection(raw.uri, E.E012, f"{words} words, fewer than {MIN_WORDS}")
    return None


def rescue_page(raw: RawDocument, page: Optional[ExtractedPage], *, recall_done: bool
           ) -> Optional[tuple[ExtractedPage, CleanedText]]:
    """(page, cleaned text) from the first fallback extractor whose cleaned text holds at least
    :data:`MIN_WORDS` words of complete sentences (the page's schema.org ``articleBody``: whose
    cleaned text passes the article floor), or None (clean/rescue.py says why and which)."""
    meta = page or page_metadata(raw.content, url=raw.url)
    known_title = raw.title or meta.title
    for name, text, prose in rescue_texts(raw.content, url=raw.url, recall_done=recall_done):
        cleaned = clean_text(text, known_title=known_title)
        if prose:
            accepted = sentence_words(cleaned.text, min_words=MIN_BRIEF_WORDS) >= MIN_WORDS
        else:  # the page's own statement of its article (schema.org articleBody): the floor only
            accepted = floor_rejection(raw, cleaned, html=True) is None
        if accepted:
            dropped = furniture_summary(raw.content, text)
            note = f"{RESCUE_NOTE} {name} (trafilatura's text was not an article)"
            furniture = Boilerplate(text=f"{note}; {dropped.text}" if dropped else note, reason="html-furniture")
            return replace(meta, text=text, furniture=furniture), cleaned
    return None


def is_brief(text: str) -> bool:
    """True when a short text is a news brief: one of its lines is a complete sentence of at
    least :data:`MIN_BRIEF_WORDS` words (capitalised start, sentence-final punctuation)."""
    return sentence_words(text, min_words=MIN_BRIEF_WORDS) > 0


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

