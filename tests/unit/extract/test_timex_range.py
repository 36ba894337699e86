"""timex.shifted: relative dates that fall outside the calendar are no date, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates_rules import DateContext, normalise
from eventwire.extract.timex import shifted

ANCHOR = dt.date(1990, 3, 2)


@pytest.mark.parametrize("unit,count", [("week", -292_000), ("day", 5_000_000), ("month", -40_000),
                                        ("year", 20_000), ("decade", -500), ("quarter", 90_000)])
def test_timex_shift_beyond_the_calendar_is_none(unit, count):
    assert shifted(ANCHOR, unit, count) is None


def test_timex_shift_in_range_still_resolves():
    assert shifted(ANCHOR, "week", -1).value == "1990-W08"
    assert shifted(ANCHOR, "year", -3).value == "1987"


def test_timex_wire_table_number_before_week_ago_is_not_a_crash():
    ctx = DateContext(published=ANCHOR)
    assert normalise("130,000 week ago", ctx) is None
    assert normalise("two weeks ago", ctx).value == "1990-W07"
