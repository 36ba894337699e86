"""Phrase → TIMEX3: the rules that read one temporal expression against its context.

Each rule takes the lower-cased phrase and a :class:`DateContext` and returns a
:class:`~eventwire.extract.timex.Timex` or None; :func:`normalise` tries them in order and the
first answer wins. Explicit calendar dates go through ``dateparser`` (``dates_calendar``); the
relative, duration, set and reference rules are here, because ``dateparser`` returns datetimes,
not TIMEX3 values, and silently fills what a phrase leaves out from today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Optional

from .numwords import DIGITS, data_rows, parse_number, word_number_pattern
from .timex import Timex, duration_value, resolve_weekday, shifted


@dataclass(frozen=True)
class DateContext:
    """What a phrase is read against: publication date, tense, years nearby, a day for times."""

    published: Optional[dt.date] = None
    future: bool = False
    tense: Optional[str] = None  # past | present | future, from the parse (dates_tense)
    sentence_year: Optional[int] = None
    paragraph_year: Optional[int] = None
    day: Optional[str] = None
    today: Optional[dt.date] = None

    @property
    def clause_tense(self) -> Optional[str]:
        """The parsed tense when known, else "future" on a future cue, else None."""
        return self.tense or ("future" if self.future else None)


@lru_cache(maxsize=1)
def calendar() -> dict[str, dict[str, str]]:
    """Calendar words by kind: {"month": {"july": "7"}, "weekday": ..., "season": ...}."""
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("calendar_words.csv"):
        table.setdefault(row["kind"], {})[row["word"]] = row["value"]
    return table


@lru_cache(maxsize=1)
def time_units() -> dict[str, dict[str, str]]:
    """Time unit words (singular) → their unit, granularity and TIMEX3 duration code."""
    return {row["word"]: row for row in data_rows("time_units.csv")}


def alternation(words) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def regexes() -> dict[str, re.Pattern[str]]:
    """The compiled phrase patterns, built from the calendar and unit tables."""
    weekday = alternation(calendar()["weekday"])
    unit = alternation(time_units())
    number = rf"(?:{DIGITS}|{word_number_pattern()}|an?|a few|several|a couple of)"
    edge = r"(?:(?:early|late|mid|the end of|the start of|earlier|later)[- ]?)?"
    return {
        "relative": re.compile(rf"{edge}(last|this|next|past|previous|coming|current) ({unit}|"
                               + alternation(calendar()["season"]) + ")"),
        "ago": re.compile(rf"(?:about |some |nearly |almost )?({number}) ({unit})s? (ago|earlier|"
                          r"later|from now|before|after)"),
        "duration": re.compile(rf"(?:(?:the )?(?:past|last|next|coming|first|previous|"
                               rf"following) )?({number}[ -])?({unit})s?(?: and a half)?"),
        "set": re.compile(rf"(?:every|each) (?:({weekday})|({unit}))"),
        "weekday": re.compile(rf"(last|next|this|past|coming)? ?({weekday})s?"
                              r"(?: (morning|afternoon|evening|night))?"),
        "time": re.compile(r"(?:(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?)|(\d{1,2})[:.](\d{2})"
                           r"|(noon|midday|midnight))(?: (?:gmt|utc|local time|hrs|hours|"
                           r"[ecmp][sd]t|et))?"),
        "time_day": re.compile(rf"(.+?),? ((?:(?:last|next|this) )?{weekday}|yesterday|today|"
                               r"tomorrow)"),
    }


SET_WORDS = {"daily": ("P1D", "day"), "weekly": ("P1W", "week"), "monthly": ("P1M", "month"),
             "annually": ("P1Y", "year"), "yearly": ("P1Y", "year")}
#: Hedges in front of a number of units ("just six months"): not part of the TIMEX3 value.
LEADING_HEDGE = (r"(?:just|only|about|around|some|nearly|almost|roughly|approximately|"
                 r"more than|less than|over|under|at least|up to|within) ")


def clean_phrase(text: str) -> str:
    """Lower case, straight apostrophes, single spaces, no leading "the", ordinals as digits."""
    phrase = re.sub(r"\s+", " ", text.replace("’", "'").lower()).strip(" ,.;:")
    phrase = re.sub(r"^(?:the|on|in|at|by|since|until|from|during) ", "", phrase)
    phrase = re.sub(rf"^{LEADING_HEDGE}", "", phrase)
    phrase = re.sub(r"'s$", "", phrase)
    return re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", phrase)


def rule_reference(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """today/yesterday/tomorrow (need the publication date), now/recently/the future."""
    for row in data_rows("date_refs.csv"):
        if row["phrase"] != phrase:
            continue
        if row["kind"] == "ref":
            return Timex(row["value"])
        if ctx.published is None:
            return None
        day = ctx.published + dt.timedelta(days=int(row["value"]))
        return with_daypart(Timex(day.isoformat(), granularity="day", anchor="published"), row["part"])
    return None


def with_daypart(found: Timex, part: Optional[str]) -> Timex:
    """A day plus a part of it ("Friday night" → 2021-07-30TNI), typed TIME as TIMEX3 does."""
    if not part:
        return found
    return Timex(found.value + part, type="TIME", granularity="time", anchor=found.anchor)


def rule_set(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """every Monday → XXXX-WXX-1; every week/weekly → P1W (type SET)."""
    if phrase in SET_WORDS:
        value, granularity = SET_WORDS[phrase]
        return Timex(value, type="SET", granularity=granularity)
    match = regexes()["set"].fullmatch(phrase)
    if not match:
        return None
    if match.group(1):
        return Timex(f"XXXX-WXX-{calendar()['weekday'][match.group(1)]}", type="SET", granularity="day")
    unit = time_units()[match.group(2)]
    return Timex(duration_value(1, unit["timex"]), type="SET", granularity=unit["granularity"])


def rule_relative(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """last week / this month / next year / early next year / last summer (publication-anchored)."""
    match = regexes()["relative"].fullmatch(phrase)
    if not match or ctx.published is None:
        return None
    which, unit = match.groups()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    season = calendar()["season"].get(unit)
    if season:
        year = ctx.published.year + step
        return Timex(f"{year}-{season}", granularity="season", anchor="published")
    return shifted(ctx.published, time_units()[unit]["unit"], step)


def rule_ago(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """three years ago → 2018; two days later stays out (its anchor is another event)."""
    match = regexes()["ago"].fullmatch(phrase)
    if not match or ctx.published is None or match.group(3) not in ("ago", "earlier", "from now"):
        return None
    count = parse_number(match.group(1))
    if count is None or not float(count).is_integer():
        return None
    sign = 1 if match.group(3) == "from now" else -1
    return shifted(ctx.published, time_units()[match.group(2)]["unit"], sign * int(count))


def rule_duration(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """six months → P6M, two hours → PT2H, the past three years → P3Y, years → PXY."""
    match = regexes()["duration"].fullmatch(phrase)
    if not match:
        return None
    number, unit_word = match.groups()
    if number is None and not phrase.endswith("s"):
        return None  # a bare "week" or "year" is not a duration
    number = number.strip(" -") if number else None
    count = parse_number(number) if number else None
    if number and count is None and number.strip() not in ("a few", "several", "a couple of"):
        return None
    if phrase.endswith(" and a half") and count is not None:
        count += 0.5
    unit = time_units()[unit_word]
    return Timex(duration_value(count, unit["timex"]), type="DURATION", granularity=unit["granularity"])


def rule_weekday(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """Wednesday / last Friday / next Monday: the nearest such day by tense and modifier."""
    match = regexes()["weekday"].fullmatch(phrase)
    if not match:
        return None
    which, name, part = match.groups()
    number = int(calendar()["weekday"][name])
    part = calendar()["daypart"].get(part or "")
    if ctx.published is None:
        return with_daypart(Timex(f"XXXX-WXX-{number}", granularity="day"), part)
    if which in ("last", "past"):
        direction = -2
    elif which in ("next", "coming") or ctx.clause_tense == "future":
        direction = 1
    elif ctx.clause_tense == "present" and which is None:
        direction = 0
    else:
        direction = -1
    day = resolve_weekday(ctx.published, number, direction)
    return with_daypart(Timex(day.isoformat(), granularity="day", anchor="published"), part)


def rule_time(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """2:30 p.m. / 14:30 GMT / noon: a clock time on the day named nearby (or published)."""
    match = regexes()["time"].fullmatch(phrase)
    if not match:
        return None
    hour_12, minute_12, meridiem, hour_24, minute_24, named = match.groups()
    if named:
        hour, minute = (0, 0) if named == "midnight" else (12, 0)
    elif meridiem:
        hour, minute = int(hour_12) % 12 + (12 if meridiem.startswith("p") else 0), int(minute_12 or 0)
    else:
        hour, minute = int(hour_24), int(minute_24)
    if hour > 23 or minute > 59:
        return None
    day, anchor = ctx.day, "context"
    if day is None and ctx.published is not None:
        day, anchor = ctx.published.isoformat(), "published"
    if day is None:
        day, anchor = "XXXX-XX-XX", None
    return Timex(f"{day}T{hour:02d}:{minute:02d}", type="TIME", granularity="time", anchor=anchor)


def rule_time_day(phrase: str, ctx: DateContext) -> Optional[Timex]:
    """10 p.m. Wednesday / noon Thursday: the clock time on the day named right after it."""
    match = regexes()["time_day"].fullmatch(phrase)
    if not match or not regexes()["time"].fullmatch(match.group(1)):
        return None
    day = rule_weekday(match.group(2), ctx) or rule_reference(match.group(2), ctx)
    if day is None or day.granularity != "day":
        return None
    found = rule_time(match.group(1), replace(ctx, day=day.value))
    return replace(found, anchor=day.anchor) if found else None


def normalise(text: str, ctx: DateContext) -> Optional[Timex]:
    """The TIMEX3 reading of one temporal phrase, or None when no rule is sure of it."""
    from .dates_calendar import CALENDAR_RULES

    phrase = clean_phrase(text)
    for rule in RULES + CALENDAR_RULES + [rule_duration]:
        found = rule(phrase, ctx)
        if found is not None:
            return found
    return None


RULES: list[Callable[[str, DateContext], Optional[Timex]]] = [
    rule_reference, rule_set, rule_relative, rule_ago, rule_weekday, rule_time_day, rule_time,
]
