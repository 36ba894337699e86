"""HTML pages → main text and metadata, via trafilatura (the maintained extractor for this).

Settings favour precision: no comments, no tables, no links, no images. Dates come from the
page's own metadata only (``extensive_search`` off), so a page without a date gets none rather
than one guessed from stray numbers. What trafilatura did not keep is summarised in a single
``html-furniture`` boilerplate entry (counts and a few examples), not copied whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from ..record import Boilerplate
from .meta import split_names

EXTRACTION_OPTIONS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_links": False,
    "include_images": False,
    "with_metadata": True,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head")
EXAMPLES = 3
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


def extract_page(html: str, *, url: Optional[str] = None) -> Optional[ExtractedPage]:
    """Main text and metadata of an HTML page, or None when it holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, **EXTRACTION_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        return None
    kept = doc.text
    return ExtractedPage(
        text="\n\n".join(line for line in kept.split("\n") if line.strip()),
        title=(doc.title or "").strip() or None,
        authors=split_names(doc.author),
        date=doc.date,
        url=doc.url or url,
        furniture=furniture_summary(html, kept),
    )


def visible_blocks(html: str) -> Iterator[str]:
    """Non-empty text pieces a browser would show (no scripts, styles or ``<head>``)."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return
    lxml.etree.strip_elements(tree, *INVISIBLE_TAGS, lxml.etree.Comment, with_tail=False)
    for piece in tree.itertext():
        piece = " ".join(piece.split())
        if piece:
            yield piece


def furniture_summary(html: str, kept: str) -> Optional[Boilerplate]:
    """One entry counting the visible text pieces the extractor dropped, with a few examples."""
    kept_flat = " ".join(kept.split())
    dropped = [piece for piece in visible_blocks(html) if piece not in kept_flat]
    if not dropped:
        return None
    examples = list(dict.fromkeys(p[:EXAMPLE_CHARS] for p in dropped if len(p) > 1))[:EXAMPLES]
    chars = sum(len(p) for p in dropped)
    summary = f"{len(dropped)} text pieces ({chars} characters) not kept"
    if examples:
        summary += ", e.g. " + " | ".join(repr(e) for e in examples)
    return Boilerplate(text=summary, reason="html-furniture")
