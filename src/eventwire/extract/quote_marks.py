"""Find quoted stretches of text: pairs of “…”, "…", «…» and ‘…’, with the span inside the marks.

Hand-written because no maintained library pairs quote marks with offsets. The rules follow news
typography: a quote does not run across a blank line, except the convention where a quote that
goes on into the next paragraph leaves its first paragraph unclosed and opens the next one again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> closing marks accepted for it
PAIRS = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”", "‘": "’"}
PARAGRAPH = re.compile(r"\n\s*\n")
#: marks that may open a double quote (jumped to with a regex: no Python loop over every character)
OPENING = re.compile("[“\"«„]")
#: ‘ opens a single quote only at a word start; ’ closes one only when no letter follows
SINGLE = re.compile(r"(?<![\w’'])‘([^‘’\n]{1,120}?[^\s‘])’(?![\w])")
TRIM = " \t\n\xa0,."
#: per opening mark, the first character that decides its quote: a closer, or (except for a
#: straight quote) a new “ or « opening before any close (a closer wins: “ closes „)
_STOPS = {
    mark: re.compile("[" + re.escape(closers + ("" if mark == "\"" else "“«")) + "]")
    for mark, closers in PAIRS.items()
}


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: marks at ``open_at`` and ``close_at`` (exclusive end), content inside."""

    open_at: int
    close_at: int
    start: int
    end: int
    single: bool = False


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and a trailing comma/full stop that belong to the sentence, not the quote."""
    while start < end and text[start] in " \t\n\xa0":
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _close_in(text: str, para: tuple[int, int], at: int) -> int | None:
    """Index of the mark closing the quote opened at ``at`` within ``para``, or None."""
    closers = PAIRS[text[at]]
    stop = _STOPS[text[at]].search(text, at + 1, para[1])
    if stop is None or text[stop.start()] not in closers:
        return None  # never closed, or a new opening came first: this one was never closed
    return stop.start()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _double_quotes(text: str) -> list[QuoteSpan]:
    """Double-mark quotes, paragraph by paragraph, with run-on paragraphs closed at their end."""
    found: list[QuoteSpan] = []
    paras = _paragraphs(text)
    for n, para in enumerate(paras):
        i = para[0]
        while i < para[1]:
            opening = OPENING.search(text, i, para[1])
            if opening is None:
                break
            i = opening.start()
            close = _close_in(text, para, i)
            if close is None:
                runs_on = n + 1 < len(paras) and text[paras[n + 1][0]:paras[n + 1][0] + 1] in "“\"«"
                if not runs_on:
                    i += 1
                    continue
                close = para[1]
            start, end = _content(text, i + 1, close)
            if end > start:
                found.append(QuoteSpan(i, min(close + 1, para[1]), start, end))
            i = close + 1
    return found


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in ``text`` in reading order; single-mark quotes nested in doubles are dropped."""
    spans = _double_quotes(text)
    for match in SINGLE.finditer(text):
        if any(q.open_at <= match.start() < q.close_at for q in spans):
            continue
        start, end = _content(text, match.start(1), match.end(1))
        if end > start:
            spans.append(QuoteSpan(match.start(), match.end(), start, end, single=True))
    return sorted(spans, key=lambda q: q.open_at)
