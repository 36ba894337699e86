"""Calendar dates named in words or digits: "July 28, 2021", "3 March", "in March", "2013",
"the 1990s", "the 20th century", "the second quarter of 2020", "summer 2021".

Dates that carry a year are read by ``dateparser`` (told which parts must be present, so it never
fills a missing day or month from today); this module decides the granularity and, for dates
without a year, which year: a year in the same sentence, the publication date and the tense, the
weekday ("Wednesday, July 28" fell on a Wednesday in 2021), a year in the paragraph, or XXXX.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable, Optional

from .dates_rules import DateContext, alternation, calendar
from .timex import Timex, year_for_month_day, year_from_weekday

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21}
YEAR = r"(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
EDGE = r"(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of)[- ]?)?"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled calendar patterns over a cleaned (lower-case) phrase."""
    month = "(" + alternation(calendar()["month"]) + r")\.?"
    weekday = "(?:(" + alternation(calendar()["weekday"]) + "),? )?"
    season = "(" + alternation(calendar()["season"]) + ")"
    ordinal = "(" + alternation(ORDINALS) + r"|\d{1,2})"
    return {
        "decade": re.compile(rf"{EDGE}(?:(\d{{3}})0s|'(\d)0s)"),
        "century": re.compile(rf"{EDGE}{ordinal} century"),
        "quarter": re.compile(rf"(?:{ordinal}[ -]quarter|q([1-4]))(?:,? (?:of )?{YEAR})?"),
        "season": re.compile(rf"{EDGE}{season}(?:,? (?:of )?{YEAR})?"),
        "year": re.compile(rf"{EDGE}(?:fiscal |fy ?)?{YEAR}"),
        "month_year": re.compile(rf"{EDGE}{month},? (?:of )?{YEAR}"),
        "day_month": re.compile(rf"{weekday}(?:{month} (\d{{1,2}})|(\d{{1,2}}) (?:of )?{month})"
                                rf"(?:,? {YEAR})?"),
        "month": re.compile(rf"{EDGE}(?:(last|this|next|coming) )?{month}"),
        "numeric": re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})"),
    }


def rule_decade(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """the 1990s → 199; the '90s → 199 (the two-digit form is read as the 1900s)."""
    match = patterns()["decade"].fullmatch(phrase)
    if not match:
        return None
    value = match.group(1) or "19" + match.group(2)
    return Timex(value, granularity="decade", anchor="absolute")


def rule_century(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """the 20th century → 19 (TIMEX3 writes a century by its first two digits)."""
    match = patterns()["century"].fullmatch(phrase)
    if not match:
        return None
    word = match.group(1)
    number = int(word) if word.isdigit() else ORDINALS[word]
    if not 1 <= number <= 22:
        return None
    return Timex(f"{number - 1:02d}", granularity="century", anchor="absolute")


def rule_quarter(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """the second quarter of 2020 → 2020-Q2; without a year, the year read from context."""
    match = patterns()["quarter"].fullmatch(phrase)
    if not match:
        return None
    word, short, year = match.groups()
    number = int(short) if short else (int(word) if word.isdigit() else ORDINALS.get(word, 0))
    if not 1 <= number <= 4:
        return None
    if year is None and ctx.published:
        return Timex(f"{quarter_year(number, ctx)}-Q{number}", granularity="quarter",
                     anchor="published")
    year_text, anchor = bare_year(year, ctx)
    return Timex(f"{year_text}-Q{number}", granularity="quarter", anchor=anchor)


def quarter_year(number: int, ctx: DateContext) -> int:
    """The year of a quarter named without one. Results are reported after a quarter ends, so
    a coming report ("expects a third-quarter loss") may name the quarter just ended: only a
    quarter that ended more than a quarter before publication is next year's; in the past
    tense, a quarter that has not begun is last year's."""
    published = ctx.published
    if ctx.clause_tense in ("future", "present"):
        ended = 3 * number < published.month - 3
        return published.year + 1 if ended else published.year
    return published.year if 3 * number - 2 <= published.month else published.year - 1


def rule_season(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """summer 2021 / the summer of 2021 → 2021-SU; a bare season takes the year from context."""
    match = patterns()["season"].fullmatch(phrase)
    if not match:
        return None
    season, year = match.groups()
    year_text, anchor = bare_year(year, ctx)
    return Timex(f"{year_text}-{calendar()['season'][season]}", granularity="season", anchor=anchor)


REPORT_QUARTER = re.compile(r"((?:(?:latest|current|most recent|comparable|year-earlier|year-ago|"
                            r"same) )*)(?:(\d{4}) )?(?:(first|second|third|fourth)[- ])?quarter")


def rule_report_quarter(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """Quarters as results are reported: "the quarter" / "the latest quarter" (the last one
    ended, or the current one in a future clause), "the year-earlier quarter" (a year before
    that), "the 1988 third quarter"."""
    match = REPORT_QUARTER.fullmatch(phrase)
    if not match or ctx.published is None:
        return None
    words, year, ordinal = match.groups()
    published = ctx.published
    if ordinal:
        number = ORDINALS[ordinal]
        value = int(year) if year else quarter_year(number, ctx)
    elif "current" in words or ctx.clause_tense == "future":
        number, value = (published.month - 1) // 3 + 1, published.year
    else:
        ended = (published.month - 1) // 3 or 4
        number, value = ended, published.year - (ended == 4)
    if not year and ("year-earlier" in words or "year-ago" in words):
        value -= 1
    return Timex(f"{value}-Q{number}", granularity="quarter", anchor="absolute" if year else "published")


def bare_year(year: Optional[str], ctx: DateContext) -> tuple[str, Optional[str]]:
    """An explicit year, else the publication year, the sentence's, the paragraph's, or XXXX."""
    if year:
        return year, "absolute"
    if ctx.published:
        return str(ctx.published.year), "published"
    nearby = ctx.sentence_year or ctx.paragraph_year
    if nearby:
        return str(nearby), "context"
    return "XXXX", None


def rule_year(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """2013, mid-2021, fiscal 2020 → the year."""
    match = patterns()["year"].fullmatch(phrase)
    if not match:
        return None
    return Timex(match.group(1), granularity="year", anchor="absolute")


def rule_numeric(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """2021-07-28, 28/07/2021, 28.07.2021; day/month order must be unambiguous."""
    match = patterns()["numeric"].fullmatch(phrase)
    if not match:
        return None
    if match.group(1):
        return explicit_date(phrase, ("day", "month", "year"))
    first, second = int(match.group(4)), int(match.group(5))
    if first <= 12 and second <= 12 and first != second:
        return None  # 07/08/2021: July 8 or 7 August; unsure, so left out
    return explicit_date(phrase, ("day", "month", "year"))


def explicit_date(phrase: str, parts: tuple[str, ...]) -> Optional[Timex]:
    """A phrase with its year read by ``dateparser``; ``parts`` must all be in the phrase."""
    import dateparser

    settings = {"REQUIRE_PARTS": list(parts), "PREFER_DAY_OF_MONTH": "first",
                "RELATIVE_BASE": dt.datetime(2000, 1, 1), "DATE_ORDER": "DMY"}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if "day" in parts:
        return Timex(parsed.date().isoformat(), granularity="day", anchor="absolute")
    return Timex(parsed.strftime("%Y-%m"), granularity="month", anchor="absolute")


def rule_month_year(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """July 2021 / early March 2020 → 2021-07."""
    match = patterns()["month_year"].fullmatch(phrase)
    if not match:
        return None
    month = int(calendar()["month"][match.group(1)])
    return Timex(f"{match.group(2)}-{month:02d}", granularity="month", anchor="absolute")


def rule_day_month(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """(Wednesday,) July 28 (, 2021) / 28 July: a day, its year fixed as well as the text allows."""
    match = patterns()["day_month"].fullmatch(phrase)
    if not match:
        return None
    weekday, month_a, day_a, day_b, month_b, year = match.groups()
    month = int(calendar()["month"][month_a or month_b])
    day = int(day_a or day_b)
    if year:
        return explicit_date(phrase, ("day", "month", "year"))
    if not valid_day(month, day):
        return None
    number = int(calendar()["weekday"][weekday]) if weekday else None
    year_text, anchor = year_without_year(month, day, ctx, weekday=number)
    return Timex(f"{year_text}-{month:02d}-{day:02d}", granularity="day", anchor=anchor)


def valid_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # 2000 is a leap year, so 29 February passes
    except ValueError:
        return False
    return True


def year_without_year(month: int, day: Optional[int], ctx: DateContext, *,
                      weekday: Optional[int] = None) -> tuple[str, Optional[str]]:
    """(year, anchor) for a month/day named without a year, most reliable clue first: the
    publication date; a nearby year that agrees with the weekday; the weekday alone; a nearby
    year; else XXXX."""
    if ctx.published:
        return str(year_for_month_day(ctx.published, month, day, tense=ctx.clause_tense)), "published"
    nearby = [y for y in (ctx.sentence_year, ctx.paragraph_year) if y]
    if weekday and day:
        agreeing = [y for y in nearby if dt.date(y, month, day).isoweekday() == weekday]
        if agreeing:
            return str(agreeing[0]), "context"
        year = year_from_weekday(month, day, weekday, today=ctx.today) if ctx.today else None
        if year:
            return str(year), "weekday"
    if nearby:
        return str(nearby[0]), "context"
    return "XXXX", None


def rule_month(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """in March / early March / last November: the month in the year the context points to."""
    match = patterns()["month"].fullmatch(phrase)
    if not match:
        return None
    which, name = match.groups()
    month = int(calendar()["month"][name])
    if which and ctx.published:
        year = ctx.published.year
        if which == "last" and month >= ctx.published.month:
            year -= 1
        elif which in ("next", "coming") and month <= ctx.published.month:
            year += 1
        return Timex(f"{year}-{month:02d}", granularity="month", anchor="published")
    if which:
        return None
    year_text, anchor = year_without_year(month, None, ctx)
    return Timex(f"{year_text}-{month:02d}", granularity="month", anchor=anchor)


CALENDAR_RULES: list[Callable[[str, DateContext], Optional[Timex]]] = [
    rule_decade, rule_century, rule_quarter, rule_report_quarter, rule_season, rule_year, rule_numeric,
    rule_month_year, rule_day_month, rule_month,
]
