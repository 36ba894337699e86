"""The head of a plain-text article: a title line, byline lines and dateline lines.

Plain text carries no markup, so these are recognised by shape, each a whole line:

* title: the first line, short, without a final period, capitalised, followed by a blank line;
* byline: "By Jane Doe", "By Jane Doe and John Roe | Reuters", "Reporting by …" — every piece
  before a "|" must be a name, a role ("Foreign Correspondent") or a one-word outlet;
* dateline: "Published: 3 March 2024", "March 3, 2024", "Updated 10:15 GMT, 4 March 2024" —
  a date with a month name (or ISO form) and little else, so no day/month order is guessed.

Prefixes and role words are data (``data/bylines.tsv``); month and weekday names come from
:mod:`calendar` (English under the default C locale).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Optional

from .furniture import data_rows

MAX_TITLE_CHARS = 150
#: Share of words two headlines must have in common to be the same headline reworded
#: (a page's SEO title and its on-page headline often differ by a few words).
SAME_TITLE_OVERLAP = 0.6
#: A headline contained in the other counts as the same when it has at least this many words.
MIN_CONTAINED_WORDS = 4
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
MAX_TITLE_WORDS = 25
MAX_BYLINE_CHARS = 120
MAX_DATELINE_CHARS = 90
#: A dateline may carry this many words besides the date, a label, times and weekdays ("KABUL").
MAX_DATELINE_EXTRA_WORDS = 2
_LABEL = r"(?:(?:first |last )?(?:published|updated|posted|modified|date)(?: on| at)?\s*:?\s*)"
_TIME = r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?"
_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'’.-]*|(?:de|da|del|van|von|der|den|al|el|bin|ibn|abu|la|le|du|dos|ter)|[a-z]{1,3}-[A-Z][\w'’-]*)")
_PIECES = re.compile(r"\s*(?:,|&|\band\b)\s*")
_SEGMENTS = re.compile(r"\s+(?:\||—|–|-|/|·|•)\s+|\s*\|\s*")


def month_names() -> list[str]:
    """English month names and abbreviations (Sept included), longest first."""
    names = set(calendar.month_name[1:]) | set(calendar.month_abbr[1:]) | {"Sept"}
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern[str]:
    """A full date with a month name, either order, or ISO ``YYYY-MM-DD``."""
    month = r"(?:" + "|".join(month_names()) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:{day}\s+{month},?\s+\d{{4}}|{month}\s+{day},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def byline_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """(byline prefixes longest first, role words) from ``bylines.tsv``."""
    rows = data_rows("bylines.tsv")
    prefixes = sorted((r["value"] for r in rows if r["kind"] == "prefix"), key=len, reverse=True)
    return tuple(prefixes), frozenset(r["value"] for r in rows if r["kind"] == "role")


def looks_like_title(line: str) -> bool:
    """Short, starting with a capital (or digit/quote), not ending like a sentence."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(stripped) > MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS:
        return False
    if stripped[-1] in ".,;:" or stripped.isupper() and len(words) > 12:
        return False
    return stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"“‘'"


def title_words(text: str) -> list[str]:
    """Lower-case word tokens of a headline, curly quotes folded ("Foden’s" → "foden's")."""
    return re.findall(r"\w+(?:'\w+)?", text.translate(_QUOTES).casefold())


def same_title(line: str, title: str) -> bool:
    """True when ``line`` is the headline ``title`` as the page shows it: equal up to case,
    quotes and punctuation, one containing the other, or most words shared. Only lines shaped
    like a headline qualify, so a lede sentence that repeats the headline's words stays."""
    a, b = title_words(line), title_words(title)
    if not a or not b:
        return False
    if a == b:
        return True
    if not looks_like_title(line):
        return False
    short, long_ = sorted((" ".join(a), " ".join(b)), key=len)
    if len(short.split()) >= MIN_CONTAINED_WORDS and f" {short} " in f" {long_} ":
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= SAME_TITLE_OVERLAP


def parse_byline(line: str) -> Optional[tuple[str, ...]]:
    """Author names when ``line`` is a byline (possibly none, as in "By Reuters"), else None."""
    stripped = line.strip()
    if len(stripped) > MAX_BYLINE_CHARS or stripped.endswith("."):
        return None
    prefixes, roles = byline_words()
    lowered = stripped.lower()
    prefix = next((p for p in prefixes if lowered.startswith(p + " ")), None)
    if prefix is None:
        return None
    head = _SEGMENTS.split(stripped[len(prefix):].strip(), maxsplit=1)[0]
    head = date_pattern().sub(" ", head)  # "By Jane Doe, 3 March 2024": the date is not a name
    names: list[str] = []
    for piece in filter(None, _PIECES.split(head)):
        kind = byline_piece(piece, roles)
        if kind is None:
            return None
        if kind == "name":
            names.append(piece.title() if piece.isupper() else piece)
    return tuple(names)


def byline_piece(piece: str, roles: frozenset[str]) -> Optional[str]:
    """"name", "role" (a job title or one-word outlet) or None when the piece is prose."""
    tokens = piece.split()
    if any(token.lower().strip(".") in roles for token in tokens):
        return "role" if all(t[:1].isupper() or t.lower() in roles for t in tokens) else None
    if len(tokens) == 1 and tokens[0][:1].isupper():
        return "role"  # a one-word outlet or agency: "Reuters", "AFP"
    capitalised = tokens and tokens[0][:1].isupper() and any(c.isupper() for c in tokens[-1])
    if capitalised and 2 <= len(tokens) <= 5 and all(_NAME_TOKEN.fullmatch(t) for t in tokens):
        return "name"
    return None


def dateline_date(line: str) -> Optional[str]:
    """The date text of a dateline ("Published: 3 March 2024" → "3 March 2024"), else None."""
    stripped = line.strip()
    if len(stripped) > MAX_DATELINE_CHARS:
        return None
    match = date_pattern().search(stripped)
    if match is None:
        return None
    rest = stripped[: match.start()] + " " + stripped[match.end():]
    rest = re.sub(_LABEL, " ", rest, flags=re.IGNORECASE)
    rest = re.sub(_TIME, " ", rest)
    weekdays = {d.lower() for d in list(calendar.day_name) + list(calendar.day_abbr)}
    extra = [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in weekdays | {"at", "on"}]
    return match.group(0) if len(extra) <= MAX_DATELINE_EXTRA_WORDS else None
