"""Second-chance extraction for pages whose trafilatura text does not make an article.

trafilatura's main extraction sometimes keeps too little of a page (an article in unusual
markup, a short page its filters discard), or its cleaned text fails the article floor. Before a
page is rejected, other well-kept extractors get a turn, in this order (each measured on its own
on the dev pages of the Zyte and fundus sets, see eval/extract.md):

1. trafilatura again with ``favor_recall`` (skipped when the first pass already ran it);
2. readability-lxml (Mozilla Readability's scoring): the best-scoring content block;
3. trafilatura's ``baseline`` (embedded JSON-LD ``articleBody``, ``<article>``, paragraphs, and
   last the whole page text);
4. the page's own schema.org ``articleBody`` (clean/structured.py), held to the article floor
   only: the publisher states it is the article, so it need not pass the prose check below
   (a short list-like story, e.g. a fixture list, has no complete sentences).

A rescued text from 1–3 goes through the same line cleaning and must hold real prose, at least
:data:`~eventwire.clean.MIN_WORDS` words in complete sentences, so a menu, a link list or an
error page is still rejected: the fallbacks never turn a page without article text into one.
"""

from __future__ import annotations

import logging
from typing import Iterator, Optional

from .html import BODY_ONLY_OPTIONS
from .words import TERMINALS, count_words, unpunctuated_script

#: Elements that start a new line in the rescued text (paragraph-like blocks and line breaks).
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dd", "dt", "dl", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "td", "th", "figcaption", "figure", "section", "article",
    "header", "footer", "aside", "main",
})
#: What may close a sentence after its final punctuation (words.TERMINALS).
_CLOSERS = "\"”’')]»」』）》"
_OPENERS = "\"“‘'([«「『（《"


def is_sentence(line: str) -> bool:
    """True when ``line`` reads as complete sentences: it starts (after an opening quote or
    bracket) with a capital, a digit or a letter of a script without case, and ends with
    sentence-final punctuation (before a closing quote or bracket); Thai and Lao have none (a
    space ends a sentence), so a line ending in a letter of those scripts ends a sentence."""
    stripped = line.strip().lstrip(_OPENERS)
    if not stripped or not stripped.rstrip(_CLOSERS):
        return False
    first, last = stripped[0], stripped.rstrip(_CLOSERS)[-1]
    return first.isalnum() and not first.islower() and (last in TERMINALS or unpunctuated_script(last))


def prose_pieces(text: str) -> list[str]:
    """The text's lines as prose pieces: table cells ("a | b") are pieces of their own, and a
    piece that stops mid-sentence continues on the next when that starts in lower case
    (hard-wrapped text, paragraphs broken by an ad or an image)."""
    pieces: list[str] = []
    for line in text.split("\n"):
        for cell in line.split("|"):
            cell = cell.strip()
            if not cell:
                continue
            if pieces and pieces[-1].rstrip(_CLOSERS)[-1:] not in TERMINALS and cell[0].islower():
                pieces[-1] += " " + cell
            else:
                pieces.append(cell)
    return pieces


def sentence_words(text: str, *, min_words: int) -> int:
    """Words in the prose pieces of ``text`` that are complete sentences of ``min_words``+ words."""
    total = 0
    for piece in prose_pieces(text):
        words = count_words(piece)
        if words >= min_words and is_sentence(piece):
            total += words
    return total


def rescue_texts(html: str, *, url: Optional[str] = None, recall_done: bool = False
                 ) -> Iterator[tuple[str, str, bool]]:
    """(extractor name, plain text, must hold prose) from each fallback extractor in turn,
    lazily, so the slower ones only run when the earlier ones did not give an article. A failing
    extractor is skipped. The layout-based extractors' text must hold prose to count; the last
    source, the page's own schema.org ``articleBody`` (clean/structured.py), need not."""
    extractors = [("readability", readability_text, True), ("trafilatura-baseline", baseline_text, True),
                  ("schema.org articleBody", structured_text, False)]
    if not recall_done:
        extractors.insert(0, ("trafilatura-recall", recall_text, True))
    for name, extractor, prose in extractors:
        try:
            text = extractor(html, url)
        # third-party extractors on arbitrary pages fail in many ways; the next one gets its turn
        except Exception:  # noqa: BLE001
            continue
        if text and text.strip():
            yield name, text, prose


def recall_text(html: str, url: Optional[str]) -> str:
    """trafilatura's text favouring recall, with the first pass's settings (body only: metadata
    came from the first pass)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, favor_recall=True, **BODY_ONLY_OPTIONS)
    return (doc.text or "") if doc is not None else ""


def readability_text(html: str, url: Optional[str]) -> str:
    """The text of readability-lxml's best content block, one line per block element."""
    from readability import Document

    logging.getLogger("readability.readability").setLevel(logging.ERROR)
    return block_text(Document(html, url=url).summary(html_partial=True))


def baseline_text(html: str, url: Optional[str]) -> str:
    """trafilatura's baseline extraction (JSON-LD article body, article tags, paragraphs …)."""
    import trafilatura

    return trafilatura.baseline(html)[1]


def structured_text(html: str, url: Optional[str]) -> str:
    """The page's schema.org ``articleBody`` (JSON-LD), as plain text."""
    from .structured import article_body_text

    return article_body_text(html)


def block_text(fragment: str) -> str:
    """Plain text of an HTML fragment with a line break around every block element."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        return ""
    lxml.etree.strip_elements(tree, "script", "style", "noscript", lxml.etree.Comment, with_tail=False)
    for elem in tree.iter():
        if isinstance(elem.tag, str) and elem.tag in BLOCK_TAGS:
            elem.tail = "\n" + (elem.tail or "")
            if elem.tag != "br":
                elem.text = "\n" + (elem.text or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
