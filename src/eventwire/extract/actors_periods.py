"""Dates of office: a person's actor code depends on when the article was written.

``people.csv`` (and a user ``--actors`` file with its columns) may carry a ``periods`` cell, the
way CAMEO's (PETRARCH's) actor dictionaries restrict a person's code by date range::

    USAGOV 2001-01-20..2009-01-20; USALEG 2005-01-03..2008-11-16; USAELI

Items are separated by ``;``. An item is a code followed by a range ``FROM..TO`` (ISO dates;
either end may be left open: ``2014-09-08..``, ``..1999-12-31``), or a code alone: the code
*outside* every range (former office holders are usually the country's elite, ``USAELI``). A
range includes its first day and excludes its last (the handover day belongs to the successor).
The first range that holds the date wins. With no date, or with a date outside every range and
no code alone, the row's ``code`` column is used (today's office, or the best-known one) and
the caller lowers its confidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional, Sequence

from ..record import Actor

#: Country blocks that are not countries: their codes carry no sector after the block.
BLOCKS = frozenset({"IGO", "NGO", "IMG", "MNC"})


@dataclass(frozen=True)
class Period:
    """One item of a ``periods`` cell: ``actor`` from ``start`` (incl.) to ``end`` (excl.)."""

    actor: Actor
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    ranged: bool = True  # False for the code-alone item ("otherwise")

    def holds(self, when: dt.date) -> bool:
        """True when ``when`` falls in this period's range."""
        return self.ranged and (self.start is None or self.start <= when) and (self.end is None or when < self.end)


def parse_day(text: str) -> Optional[dt.date]:
    """An ISO date, or ``None`` for an open end (empty text)."""
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def period_actor(code: str, base: Actor) -> Actor:
    """The actor for ``code``, keeping ``base``'s description.

    The row's own code keeps the row's parts. Another code is split by CAMEO's blocks: three
    letters of country (or IGO/NGO/IMG block), then three-letter sectors ("USAELI" → USA, ELI;
    IGO codes keep their whole code and no sector, as in ``people.csv``)."""
    if code == base.code:
        return base
    country = code[:3]
    rest = code[3:]
    sectors = () if country in BLOCKS else tuple(rest[i:i + 3] for i in range(0, len(rest), 3))
    return Actor(code=code, country=country, sectors=sectors, description=base.description)


def parse_periods(cell: str, base: Actor) -> tuple[Period, ...]:
    """The periods of one ``periods`` cell (empty cell → no periods, the row is undated).

    Raises ``ValueError`` on a malformed item, so that a typo in a user file is not silently
    read as "always"."""
    periods = []
    for item in (cell or "").split(";"):
        item = item.strip()
        if not item:
            continue
        code, _, span = item.partition(" ")
        span = span.strip()
        if not span:
            periods.append(Period(period_actor(code, base), ranged=False))
            continue
        if ".." not in span:
            raise ValueError(f"period range needs FROM..TO: {item!r}")
        first, last = span.split("..", 1)
        start, end = parse_day(first), parse_day(last)
        if start is not None and end is not None and end <= start:
            raise ValueError(f"period ends before it starts: {item!r}")
        periods.append(Period(period_actor(code, base), start, end))
    return tuple(periods)


def actor_on(periods: Sequence[Period], when: Optional[dt.date], default: Actor) -> tuple[Actor, bool]:
    """The actor for date ``when`` and whether the date decided it.

    Returns ``(actor, True)`` when a range holds ``when`` or ``when`` falls outside every range
    and an "otherwise" code is given; ``(default, False)`` with no periods, no date, or no rule
    for the date."""
    if not periods or when is None:
        return default, not periods
    for period in periods:
        if period.holds(when):
            return period.actor, True
    otherwise = [p for p in periods if not p.ranged]
    return (otherwise[0].actor, True) if otherwise else (default, False)


def parse_published(value: Optional[str]) -> Optional[dt.date]:
    """The ``YYYY-MM-DD`` start of a publication date string, or ``None``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
