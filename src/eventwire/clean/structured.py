"""The article body a page states in its own structured data: schema.org ``articleBody``.

News sites describe their pages for search engines in JSON-LD (``<script
type="application/ld+json">``): a ``NewsArticle`` (or ``Article``, ``ReportageNewsArticle``,
``BlogPosting`` … every schema.org type with ``articleBody`` is a subtype of ``Article``) whose
``articleBody`` is the publisher's own plain text of the story. It is read here only as a last
resort for a page whose visible text gave no article (clean/rescue.py): it is the publisher's
statement of what the article is, not a guess from the page's layout, so it is not held to the
prose check the layout-based extractors must pass; it still has to reach the article floor.

On the dev pages of the three gold sets (200 pages) 24 carry an ``articleBody``; it is often
shorter than the visible article (a teaser of 25–85 words on 5 of them), so it never replaces
trafilatura's text, it only stands in for a page that would otherwise be rejected.

trafilatura's ``baseline`` (the rescue before this one) reads the same JSON-LD first, but its
text cannot be told apart from its ``<article>``/paragraph fallbacks, so it must pass the prose
check; reading ``articleBody`` here is what lets the publisher's own text skip that check.
Here only the longest ``articleBody`` is taken (baseline joins every full-text property).
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from .html import parse_html

#: Nodes that hold further schema.org items (a page's ``@graph``, a WebPage's ``mainEntity``).
CONTAINERS = ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement")
#: JSON-LD nesting deeper than this is not followed (pathological pages).
MAX_DEPTH = 8


def json_ld_blocks(html: str) -> Iterator[Any]:
    """The parsed JSON of each ``application/ld+json`` script of the page that parses."""
    tree = parse_html(html)
    if tree is None:
        return
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        try:
            # strict=False: raw newlines and tabs inside strings are common in CMS output
            yield json.loads(script.text or "", strict=False)
        except (ValueError, TypeError):
            continue


def article_bodies(node: Any, depth: int = 0) -> Iterator[str]:
    """Every non-empty ``articleBody`` string in a JSON-LD value (lists, ``@graph`` and the
    other container properties included)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from article_bodies(item, depth + 1)
    elif isinstance(node, dict):
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip():
            yield body
        for key in CONTAINERS:
            if key in node:
                yield from article_bodies(node[key], depth + 1)


def article_body_text(html: str) -> str:
    """The longest schema.org ``articleBody`` of the page as plain text (markup inside it, which
    some CMSs leave, becomes line breaks), or "" when the page states none."""
    from html import unescape

    from .rescue import block_text

    bodies = [body for block in json_ld_blocks(html) for body in article_bodies(block)]
    if not bodies:
        return ""
    body = unescape(max(bodies, key=len))
    if "<" in body and ">" in body:
        return block_text(f"<div>{body}</div>")
    return body
