"""Page furniture in plain text: whole short lines that are newsletter sign-ups, share bars …

The patterns are data (``data/boilerplate.tsv``: reason, regex, opens). A line is furniture only
when it is short and one pattern matches the *whole* stripped line, so a news sentence that
mentions "subscribe" in passing is never removed.

A row marked ``opens=list`` is a header that introduces a list of links ("You may also like",
"Don't miss", "Tags"): the headline-shaped lines right after it (no sentence ending, see
:func:`headline_shaped`) go with it, up to :data:`MAX_LIST_LINES`. The first line that reads like
prose ends the list, so article text after a stray "Related" header is kept.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from .words import TERMINALS, count_words

#: Lines this long or longer are prose, never furniture.
MAX_FURNITURE_CHARS = 200
#: A link list after a header line holds at most this many lines.
MAX_LIST_LINES = 12
#: A question is a headline (not prose) when it has at most this many words.
MAX_QUESTION_WORDS = 12
#: An all-capitals line of at least this many words inside mixed-case text is a promoted link
#: ("SENATOR SAYS …", "CLICK HERE TO GET THE APP"); shorter ones are section subheads and stay.
MIN_CAPS_HEADLINE_WORDS = 7
#: A line ending in one of these reads as prose, not as a link's headline.
_SENTENCE_END = ".!:;\"”’'…)」』）" + TERMINALS
_QUESTION_MARKS = "?？؟"


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file in ``eventwire/data`` (header row gives the keys)."""
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(reason, compiled pattern, opens a link list) rows from ``boilerplate.tsv``, in file order."""
    return tuple(
        (row["reason"], re.compile(row["regex"], re.IGNORECASE), row.get("opens") == "list")
        for row in data_rows("boilerplate.tsv")
    )


def furniture_match(line: str) -> Optional[tuple[str, bool]]:
    """(reason, opens a link list) when ``line`` is page furniture, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) >= MAX_FURNITURE_CHARS:
        return None
    for reason, pattern, opens in furniture_patterns():
        if pattern.fullmatch(stripped):
            return reason, opens
    return None


def furniture_reason(line: str) -> Optional[str]:
    """The reason ``line`` is page furniture ("newsletter", "share" …), or None for content."""
    found = furniture_match(line)
    return found[0] if found else None


def headline_shaped(line: str) -> bool:
    """A short line that does not end like a sentence: a link's headline, a tag list.

    Lines ending in "[TAG]" are headlines too (tabloid link lists: "… [PICTURES]"); a question
    is a headline only when short, since a prose paragraph may end with a question mark.
    """
    stripped = line.strip()
    if not stripped or len(stripped) >= MAX_FURNITURE_CHARS:
        return False
    if stripped[-1] in _QUESTION_MARKS:
        return count_words(stripped) <= MAX_QUESTION_WORDS
    return stripped.endswith("]") or stripped[-1] not in _SENTENCE_END


def caps_headline(line: str) -> bool:
    """An all-capitals, headline-shaped line of :data:`MIN_CAPS_HEADLINE_WORDS`+ words.

    Some sites (Fox-style) set links to related stories inside the article in capitals; prose
    sentences (ending in "." or "!"), questions (explainers set section subheads as capital
    questions: "WHO PAYS FOR THE NEW BRIDGE?") and table rows are never taken. The caller applies
    this only to text that also has lower-case lines, so an all-capitals wire text is left alone.
    """
    stripped = line.strip()
    cased = [c for c in stripped if c.isupper() or c.islower()]
    if len(stripped.split()) < MIN_CAPS_HEADLINE_WORDS or len(cased) < 2 * MIN_CAPS_HEADLINE_WORDS:
        return False
    if "|" in stripped or stripped[-1] in ".!?":
        return False
    return headline_shaped(stripped) and not any(c.islower() for c in cased)
