"""Where, when and how sure: place, date, CONSULT mode and confidence of a coded event.

* Place: a place mentioned in the event's sentence, the most specific feature first (city before
  admin1 before country), skipping places that are the actor's own mention ("*Russia* attacked");
  else the article's first place (its dateline, usually), flagged so confidence drops.
  ``eventwire.extract.places.place_for_span`` is meant to replace :func:`place_for_span` here
  once it exists; this local version keeps the events step independent of it.
* Date (:func:`event_date`, the one owner of the rule; consumers take ``Event.date`` as is):
  1. *sentence*: the first DATE/TIME reference inside the sentence with a calendar value
     (``2021-07-28``, ``XXXX-07-28``);
  2. else *published*: the article's publication date ``source.published`` (a dateline date
     becomes ``published`` in the cleaner) — news reports an event on or just after the day it
     happened, and GDELT dates every event by its article's publication for the same reason;
  3. else *context*: the news peg, the first full calendar day (``YYYY-MM-DD``) named in the
     lead (the first paragraph, at most its first ``LEAD_CHARS`` characters: a news lead is one
     or two sentences), skipping a date announced as future ("will meet on …", the cue list
     the date step uses), since a scheduled event is no anchor for what already happened;
  4. else None.
  A fallback date is the article's date, not the event's: like a fallback place, it earns
  nothing in :func:`confidence` (0.05 less than a date from the sentence).
* CONSULT mode (PLOVER): more than two parties → ``multilateral``; the sentence's place in the
  actor's country → ``host``; in the recipient's country → ``visit``; elsewhere → ``third-party``.
  Only when the place is in the sentence and its country is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

from ..record import Article, DateRef, Place
from .dates import FUTURE_CUE

FEATURE_RANK = {"city": 0, "admin1": 1, "region": 2, "country": 3, "continent": 4}
CALENDAR_START = frozenset("0123456789X")
FULL_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
LEAD_CHARS = 500
CLAUSE_BREAK = re.compile(r"[.;:,!?]\s")


@dataclass(frozen=True)
class PlaceChoice:
    """The chosen place id and whether it came from the event's own sentence."""

    place: Optional[Place]
    in_sentence: bool


def _rank(place: Place) -> int:
    return FEATURE_RANK.get(place.feature or "", len(FEATURE_RANK))


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


def place_for_span(
    article: Article, start: int, end: int, *, exclude: tuple[tuple[int, int], ...] = ()
) -> PlaceChoice:
    """Most specific place mentioned in ``[start, end)`` outside ``exclude``; else the first place."""
    inside = [
        place
        for place in article.places
        for m in place.mentions
        if start <= m.start and m.end <= end and not _overlaps(m.start, m.end, list(exclude))
    ]
    if inside:
        return PlaceChoice(min(inside, key=_rank), True)
    return PlaceChoice(article.places[0] if article.places else None, False)


def date_for_span(article: Article, start: int, end: int) -> Optional[DateRef]:
    """First calendar date or time referred to inside ``[start, end)``."""
    for date in sorted(article.dates, key=lambda d: d.start):
        if start <= date.start and date.end <= end and date.type in ("DATE", "TIME"):
            if date.value[:1] in CALENDAR_START:
                return date
    return None


@dataclass(frozen=True)
class DateChoice:
    """The event's TIMEX3 date value and where it came from (see the module docstring)."""

    value: Optional[str]
    source: Optional[Literal["sentence", "published", "context"]]

    @property
    def in_sentence(self) -> bool:
        return self.source == "sentence"


def _lead_end(text: str) -> int:
    """End of the article's lead: its first paragraph, at most ``LEAD_CHARS`` characters."""
    body = text.lstrip()
    offset = len(text) - len(body)
    cut = body.find("\n")
    return offset + min(cut if cut >= 0 else len(body), LEAD_CHARS)


def lead_date(article: Article) -> Optional[DateRef]:
    """The news peg: the first full calendar day named in the lead and not announced as future."""
    end = _lead_end(article.text)
    for date in sorted(article.dates, key=lambda d: d.start):
        if date.end > end:
            break
        if date.type not in ("DATE", "TIME") or not FULL_DAY.match(date.value):
            continue
        before = CLAUSE_BREAK.split(article.text[max(0, date.start - 60):date.start])[-1]
        if not FUTURE_CUE.search(before):
            return date
    return None


def event_date(article: Article, start: int, end: int) -> DateChoice:
    """Date of an event whose sentence is ``[start, end)``: sentence, else published, else lead."""
    if (date := date_for_span(article, start, end)) is not None:
        return DateChoice(date.value, "sentence")
    if article.source.published:
        return DateChoice(article.source.published, "published")
    if (date := lead_date(article)) is not None:
        return DateChoice(date.value[:10], "context")
    return DateChoice(None, None)


def consult_mode(
    place: Optional[Place], actor_country: Optional[str], recipient_country: Optional[str],
    *, parties: int = 2,
) -> Optional[str]:
    """PLOVER CONSULT mode from where the meeting took place (see module docstring)."""
    if parties > 2:
        return "multilateral"
    if place is None or not place.country:
        return None
    if actor_country and place.country == actor_country:
        return "host"
    if recipient_country and place.country == recipient_country:
        return "visit"
    if actor_country and recipient_country:
        return "third-party"
    return None


def confidence(
    *, actor: bool, recipient: bool, place: bool, date: bool, nominal: bool, constrained: bool,
    inferred: bool = False,
) -> float:
    """How complete the structure is, 0–1: both coded parties matter most; a country taken
    from the sentence rather than the argument itself (``inferred``) lowers it."""
    score = 0.4 + 0.25 * actor + 0.2 * recipient + 0.05 * place + 0.05 * date
    score += 0.05 * constrained - 0.1 * nominal - 0.15 * inferred
    return round(min(score, 0.95), 2)
