"""HTML pages → main text and metadata, via trafilatura (the maintained extractor for this).

Settings are trafilatura's balanced defaults with tables kept (data tables are part of many
articles) and no comments, links or images; ``favor_precision`` was tried and lost more article
text than furniture it removed (eval/extract.md), and our own furniture rules run on the result
afterwards (clean/text.py). Dates come from the
page's own metadata only (``extensive_search`` off), so a page without a date gets none rather
than one guessed from stray numbers. What trafilatura did not keep is summarised in a single
``html-furniture`` boilerplate entry (counts and a few examples), not copied whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from ..record import Boilerplate
from .meta import split_names
from .words import count_words

EXTRACTION_OPTIONS = {
    "include_comments": False,
    "include_tables": True,
    "include_links": False,
    "include_images": False,
    "with_metadata": True,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
BODY_ONLY_OPTIONS = {**EXTRACTION_OPTIONS, "with_metadata": False}
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head")
#: Separators between a headline and the site name in a page title ("Floods hit Sindh | Dawn").
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|\*|::|·|•)\s+")
#: Fewer words than this on the first pass: try again favouring recall and keep the longer text
#: (pages with a short body, e.g. a video page, often lose all of it to the default filters).
FALLBACK_WORDS = 50
EXAMPLES = 3
#: A page's ``<h1>`` texts kept as its on-page headlines (templates sometimes add a logo's).
MAX_HEADLINES = 3
EXAMPLE_CHARS = 40


@dataclass(frozen=True)
class ExtractedPage:
    """What trafilatura found in a page; ``text`` has one blank line between paragraphs."""

    text: str
    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    date: Optional[str] = None
    url: Optional[str] = None
    furniture: Optional[Boilerplate] = None
    headlines: tuple[str, ...] = ()  # the page's <h1> texts: its on-page headline(s)


def extract_page(html: str, *, url: Optional[str] = None) -> Optional[ExtractedPage]:
    """Main text and metadata of an HTML page, or None when it holds no article text."""
    doc = bare_extraction(html, url)
    if doc is None or count_words(doc.text or "") < FALLBACK_WORDS:
        again = bare_extraction(html, url, favor_recall=True)
        if again is not None and count_words(again.text or "") > count_words((doc and doc.text) or ""):
            doc = again
    if doc is None or not (doc.text or "").strip():
        return None
    kept = doc.text
    tree = parse_html(html)
    headlines = page_headlines(tree)  # before furniture_summary, which strips the tree
    return ExtractedPage(
        text="\n\n".join(line for line in kept.split("\n") if line.strip()),
        title=strip_site_name(doc.title, site_names(doc.sitename, doc.hostname)),
        authors=split_names(doc.author),
        date=doc.date,
        url=doc.url or url,
        furniture=furniture_summary(html, kept, tree=tree),
        headlines=headlines,
    )


def parse_html(html: str):
    """The page as an lxml tree, or None when it does not parse."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def page_headlines(tree) -> tuple[str, ...]:
    """The space-folded texts of the page's ``<h1>`` elements (HTML's top-level heading: on a
    news page, the story's headline as shown), at most :data:`MAX_HEADLINES` of them."""
    if tree is None:
        return ()
    texts = (" ".join(h.text_content().split()) for h in tree.iter("h1"))
    return tuple(dict.fromkeys(t for t in texts if t))[:MAX_HEADLINES]


def bare_extraction(html: str, url: Optional[str], **extra):
    """trafilatura's document for ``html`` (None when it finds no text). Metadata trouble must not
    cost the body: when the call with metadata fails (a date or author parser raising on an odd
    page makes trafilatura discard the whole page), the body is extracted again without it."""
    import trafilatura

    for options in (EXTRACTION_OPTIONS, BODY_ONLY_OPTIONS):
        try:
            doc = trafilatura.bare_extraction(html, url=url, **options, **extra)
        # trafilatura/lxml/htmldate on arbitrary pages can fail in many ways
        except Exception:  # noqa: BLE001
            continue
        if doc is not None:
            return doc
    return None


def page_metadata(html: str, *, url: Optional[str] = None) -> ExtractedPage:
    """The page's metadata alone (title, authors, date) with no text, for a page whose text
    came from a fallback extractor; empty when the metadata cannot be read."""
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html, default_url=url,
                                            date_config=EXTRACTION_OPTIONS["date_extraction_params"])
    except Exception:  # noqa: BLE001 -- metadata is optional here
        return ExtractedPage(text="", url=url)
    return ExtractedPage(
        text="",
        title=strip_site_name(meta.title, site_names(meta.sitename, meta.hostname)),
        authors=split_names(meta.author),
        date=meta.date,
        url=meta.url or url,
    )


def site_names(*names: Optional[str]) -> tuple[str, ...]:
    """Letters-only, lower-case forms of a site's names ("The Namibian" → "thenamibian", "namibian")."""
    keys: list[str] = []
    for name in filter(None, names):
        name = name.lower().removeprefix("www.")
        for form in (name, name.split(".")[0], name.removeprefix("the ")):
            key = re.sub(r"[^a-z0-9]", "", form)
            if len(key) >= 3:
                keys.append(key)
    return tuple(dict.fromkeys(keys))


def strip_site_name(title: Optional[str], names: tuple[str, ...]) -> Optional[str]:
    """``title`` without trailing "| Site" / "- Site" / "| by Author" parts, or None if empty."""
    parts = _TITLE_PARTS.split((title or "").strip())
    while len(parts) > 1:
        tail = re.sub(r"[^a-z0-9]", "", parts[-1].lower())
        byline = tail.startswith("by") and len(parts[-1].split()) <= 4
        if not (byline or any(same_site(tail, name) for name in names)):
            break
        parts.pop()
    separators = _TITLE_PARTS.findall((title or "").strip())
    kept = parts[0] + "".join(sep + part for sep, part in zip(separators, parts[1:]))
    return kept or None


def same_site(tail: str, name: str) -> bool:
    """True when a title part names the site: one key holds the other, and most of it."""
    short, long_ = sorted((tail, name), key=len)
    return bool(short) and short in long_ and len(short) * 2 >= len(long_)


def visible_blocks(html: str, tree=None) -> Iterator[str]:
    """Non-empty text pieces a browser would show (no scripts, styles or ``<head>``); ``tree``
    is the page already parsed (it is changed: invisible elements are removed)."""
    import lxml.etree

    tree = parse_html(html) if tree is None else tree
    if tree is None:
        return
    lxml.etree.strip_elements(tree, *INVISIBLE_TAGS, lxml.etree.Comment, with_tail=False)
    for piece in tree.itertext():
        piece = " ".join(piece.split())
        if piece:
            yield piece


def furniture_summary(html: str, kept: str, *, tree=None) -> Optional[Boilerplate]:
    """One entry counting the visible text pieces the extractor dropped, with a few examples."""
    kept_flat = " ".join(kept.split())
    dropped = [piece for piece in visible_blocks(html, tree) if piece not in kept_flat]
    if not dropped:
        return None
    examples = list(dict.fromkeys(p[:EXAMPLE_CHARS] for p in dropped if len(p) > 1))[:EXAMPLES]
    chars = sum(len(p) for p in dropped)
    summary = f"{len(dropped)} text pieces ({chars} characters) not kept"
    if examples:
        summary += ", e.g. " + " | ".join(repr(e) for e in examples)
    return Boilerplate(text=summary, reason="html-furniture")
