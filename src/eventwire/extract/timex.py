"""TIMEX3 value arithmetic: calendar shifts, ISO weeks, weekday and year inference.

``dateparser`` reads explicit dates but does not produce TIMEX3 values (granularity, ISO weeks,
decades, seasons, quarters, durations) nor the weekday-to-year inference news needs when the
publication date is missing, so these few calendar functions are written here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

#: Granularity of a shift unit when the result is a calendar date.
UNIT_GRANULARITY = {
    "day": "day", "week": "week", "weekend": "week", "fortnight": "day", "month": "month",
    "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
}


@dataclass(frozen=True)
class Timex:
    """A normalised temporal expression, before it is tied to a text span."""

    value: str
    type: str = "DATE"
    granularity: Optional[str] = None
    anchor: Optional[str] = None


def day_value(day: dt.date) -> str:
    return day.isoformat()


YEARS = {"year": 1, "decade": 10, "century": 100}


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month + 1, day=min(day.day, last))
        except ValueError:
            continue
    return day.replace(year=year, month=month + 1, day=1)


def shifted(anchor: dt.date, unit: str, count: int) -> Optional[Timex]:
    """The calendar unit ``count`` steps from ``anchor`` ("last week" is week, -1); None when
    that falls outside the calendar (years 1-9999): "292,000 week ago" in a wire table is no date."""
    granularity = UNIT_GRANULARITY.get(unit)
    if granularity is None:
        return None
    try:
        return _shifted(anchor, unit, count, granularity)
    except (OverflowError, ValueError):
        return None


def _shifted(anchor: dt.date, unit: str, count: int, granularity: str) -> Optional[Timex]:
    if unit in ("year", "decade", "century") and not 1 <= anchor.year + count * YEARS[unit] <= 9999:
        return None
    if unit in ("day", "fortnight"):
        step = 14 if unit == "fortnight" else 1
        value = day_value(anchor + dt.timedelta(days=step * count))
    elif unit in ("week", "weekend"):
        value = week_value(anchor + dt.timedelta(weeks=count)) + ("-WE" if unit == "weekend" else "")
    elif unit == "month":
        value = add_months(anchor, count).strftime("%Y-%m")
    elif unit == "quarter":
        moved = add_months(anchor, 3 * count)
        value = f"{moved.year}-Q{(moved.month - 1) // 3 + 1}"
    elif unit == "year":
        value = str(anchor.year + count)
    elif unit == "decade":
        value = str(anchor.year // 10 + count)
    else:
        value = str(anchor.year // 100 + count)
    return Timex(value, granularity=granularity, anchor="published")


def resolve_weekday(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The ISO ``weekday`` (1 = Monday) nearest ``anchor``.

    direction -1: on or before the anchor (past tense); -2: strictly before ("last Friday");
    +1: strictly after (future tense, "next Friday"); 0: on or after (present tense, "meet Monday").
    """
    delta = (anchor.isoweekday() - weekday) % 7
    if direction == -1:
        return anchor - dt.timedelta(days=delta)
    if direction == -2:
        return anchor - dt.timedelta(days=delta or 7)
    ahead = (weekday - anchor.isoweekday()) % 7
    return anchor + dt.timedelta(days=ahead or (0 if direction == 0 else 7))


def year_for_month_day(anchor: dt.date, month: int, day: Optional[int], *,
                       tense: Optional[str]) -> int:
    """The year of a month (and day) named without a year, read against the publication date.

    Future-tense clauses point at or after publication; present-tense ones at the occurrence
    nearest it. Past or unmarked ones point at or before it, except a date shortly after
    publication: news names coming days in reported speech ("said talks open on Jan. 14") and in
    verbless phrases ("payable Dec. 7"), so an unmarked clause allows a quarter ahead, a past
    one a month.
    """
    target = (month, day or 0)
    here = (anchor.month, anchor.day if day else 0)
    if tense == "future":  # a deadline just passed keeps its year ("repatriate him by Jan. 14")
        passed = dt.date(anchor.year, month, min(day or 28, 28))
        return anchor.year + 1 if target < here and (anchor - passed).days > 14 else anchor.year
    if tense == "present":
        return min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda year: abs((dt.date(year, month, min(day or 15, 28)) - anchor).days))
    if target <= here:
        return anchor.year
    first = dt.date(anchor.year, month, min(day or 1, 28))
    ahead = SOON_DAYS if tense == "past" else UNMARKED_AHEAD_DAYS
    return anchor.year if (first - anchor).days <= ahead else anchor.year - 1


#: How far after publication a year-less date in a past-tense clause may still fall.
SOON_DAYS = 31
#: The same for a clause whose tense is unknown.
UNMARKED_AHEAD_DAYS = 92


def year_from_weekday(month: int, day: int, weekday: int, *, today: dt.date) -> Optional[int]:
    """The latest year, on or before ``today``, in which month/day fell on ``weekday``."""
    for year in range(today.year, today.year - 400, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= today and candidate.isoweekday() == weekday:
            return year
    return None


def duration_value(count: Optional[float], code: str) -> str:
    """A TIMEX3 duration: ``P6M``, ``PT2H``, ``P2.5Y``; an unknown count becomes ``X``."""
    if count is None:
        number = "X"
    elif float(count).is_integer():
        number = str(int(count))
    else:
        number = f"{count:g}"
    if code.startswith("T"):  # time units: PT2H, PT30M
        return f"PT{number}{code[1:]}"
    if code == "2W":
        return f"P{2 * int(count)}W" if count is not None and float(count).is_integer() else "PXW"
    return f"P{number}{code}"
