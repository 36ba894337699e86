"""Plain text → cleaned article text: normalisation, furniture removal, title/byline/dateline.

The cleaned text stays readable: paragraphs separated by one blank line, Unicode NFC, curly
quotes untouched (quote extraction needs them). Every removed line goes to ``boilerplate`` with
its reason, so nothing is lost silently; a title is moved to ``title``, a byline to ``authors``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from ..record import Boilerplate
from .furniture import MAX_LIST_LINES, caps_headline, furniture_match, furniture_reason, headline_shaped
from .header import dateline_date, date_pattern, looks_like_title, parse_byline, same_title, title_words

#: Bylines and datelines are looked for among this many first non-empty lines.
HEADER_LINES = 6
#: An ``<h1>`` of fewer words is a site's or section's name ("World", "Example News"), not a story's.
MIN_HEADLINE_WORDS = 4
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[\xa0\u2007\u202f]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class CleanedText:
    """What cleaning found in a text: the text itself and what was moved out of it."""

    text: str
    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    date_text: Optional[str] = None  # the dateline's date as written; normalised by the caller
    boilerplate: tuple[Boilerplate, ...] = ()


def normalize_text(text: str) -> str:
    """NFC, one newline convention, no control/invisible characters, lines stripped,
    at most one blank line between paragraphs, no leading/trailing blank lines."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))
    text = _CONTROLS.sub("", _INVISIBLE.sub("", _SPACES.sub(" ", text)))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def clean_text(text: str, *, detect_title: bool = True, known_title: Optional[str] = None,
               headlines: tuple[str, ...] = ()) -> CleanedText:
    """Clean plain article text; ``known_title`` (from metadata) is dropped from its first line
    and any later line that repeats it (related-link widgets and share bars echo the headline).
    ``headlines`` are the page's ``<h1>`` texts: a first line that is one of them is the
    headline as shown even when the metadata title is a different (SEO) wording."""
    lines = normalize_text(text).split("\n")
    title, lines = split_title(lines, detect_title=detect_title, known_title=known_title, headlines=headlines)
    sorter = LineSorter(repeat=normalize_text(known_title or title or "").casefold(),
                        mixed_case=any(c.islower() for c in text))
    for line in lines:
        sorter.take(line)
    body = _BLANK_RUNS.sub("\n\n", "\n".join(sorter.kept)).strip("\n")
    return CleanedText(body, title, tuple(dict.fromkeys(sorter.authors)), sorter.date_text,
                       tuple(sorter.removed))


@dataclass
class LineSorter:
    """Reads an article's lines in order and keeps each or moves it out with its reason. State
    across lines: how many non-empty lines were seen (bylines and datelines are looked for in
    the first :data:`HEADER_LINES`), and the headline-shaped lines a furniture heading such as
    "Related stories" still claims."""

    repeat: str  # the title, casefolded: a body line repeating it is the headline echoed
    mixed_case: bool  # an all-caps text has no all-caps "related" headlines to tell apart
    kept: list[str] = field(default_factory=list)
    removed: list[Boilerplate] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date_text: Optional[str] = None
    seen: int = 0
    list_left: int = 0
    list_reason: str = ""

    def take(self, line: str) -> None:
        if not line:
            self.kept.append(line)
            return
        self.seen += 1
        if self.list_left and headline_shaped(line):
            self.list_left -= 1
            self.removed.append(Boilerplate(text=line, reason=self.list_reason))
            return
        self.list_left = 0
        reason = self._header(line) if self.seen <= HEADER_LINES else None
        reason = reason or self._furniture(line)
        if reason is None:
            self.kept.append(line)
        else:
            self.removed.append(Boilerplate(text=line, reason=reason))

    def _header(self, line: str) -> Optional[str]:
        """"byline" or "dateline" (noting the authors and the date as written), else None."""
        byline = parse_byline(line)
        if byline is not None:
            self.authors.extend(byline)
            found = date_pattern().search(line)
            self.date_text = self.date_text or (found.group(0) if found else None)
            return "byline"
        dated = dateline_date(line)
        if dated is not None:
            self.date_text = self.date_text or dated
            return "dateline"
        return None

    def _furniture(self, line: str) -> Optional[str]:
        if found := furniture_match(line):
            self.list_reason, self.list_left = found[0], MAX_LIST_LINES if found[1] else 0
            return found[0]
        if self.mixed_case and caps_headline(line):
            return "related"
        if self.repeat and line.casefold() == self.repeat:
            return "title-repeat"
        return None


def _ends_header_line(lines: list[str]) -> bool:
    """The first line stands alone: a blank line, a byline, a dateline or furniture follows."""
    if len(lines) < 3:
        return False
    nxt = lines[1]
    return nxt == "" or bool(parse_byline(nxt) is not None or dateline_date(nxt) or furniture_reason(nxt))


def split_title(lines: list[str], *, detect_title: bool, known_title: Optional[str],
                headlines: tuple[str, ...] = ()) -> tuple[Optional[str], list[str]]:
    """(title, remaining lines): the first line when it repeats ``known_title``, is one of the
    page's ``headlines`` (a headline-shaped one of :data:`MIN_HEADLINE_WORDS`+ words, so a logo's
    or section's ``<h1>`` does not count), or looks like a title."""
    if not lines or not lines[0]:
        return None, lines
    first = lines[0]
    if is_page_headline(first, headlines):
        return first, lines[1:]
    if known_title is not None:
        return (first, lines[1:]) if same_title(first, known_title) else (None, lines)
    if not (detect_title and _ends_header_line(lines) and looks_like_title(first)):
        return None, lines
    if parse_byline(first) is not None or dateline_date(first) or furniture_reason(first):
        return None, lines
    return first, lines[1:]


def is_page_headline(line: str, headlines: tuple[str, ...]) -> bool:
    """True when ``line`` is one of the page's ``<h1>`` headlines (same words, case and
    punctuation aside), headline-shaped and of :data:`MIN_HEADLINE_WORDS`+ words."""
    if not headlines or not looks_like_title(line):
        return False
    words = title_words(line)
    return len(words) >= MIN_HEADLINE_WORDS and any(words == title_words(h) for h in headlines)
