"""Dates: temporal expressions → :class:`~eventwire.record.DateRef` with TIMEX3 values.

Candidates come from ``dates_spans``; each is read by ``dates_rules.normalise`` against its
context: the publication date (``article.source.published``), a tense cue from the words just
before it, and a year named in the same sentence or paragraph. Without a publication date a
weekday + day + month fixes the year (warning W104); otherwise the year stays ``XXXX`` (W101).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from ..errors import W
from ..record import Article, DateRef, Warning
from .dates_rules import DateContext, normalise
from .dates_spans import Candidate, find_candidates
from .dates_tense import date_tense
from .timex import Timex

FUTURE_CUE = re.compile(r"\b(?:will|won't|shall|going to|plans? to|planning to|(?:is|are) due|"
                        r"scheduled|expected to|upcoming|(?:is|are) set to|to be held)\b|['’]ll\b",
                        re.IGNORECASE)
YEAR_IN = re.compile(r"\b(1[5-9][0-9]{2}|20[0-9]{2})\b")


@dataclass(frozen=True)
class DatesResult:
    """What :func:`extract_dates` found: the dates and the warnings they call for."""

    dates: tuple[DateRef, ...]
    warnings: tuple[Warning, ...]


def parse_published(value: Optional[str]) -> Optional[dt.date]:
    """The publication date as a date, or None when missing or not YYYY-MM-DD."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_dates(article: Article, analysis, *, today: Optional[dt.date] = None) -> DatesResult:
    """Every temporal expression in ``article.text`` with its TIMEX3 value, longest span first
    among overlapping readings, in text order."""
    text = article.text
    base = DateContext(published=parse_published(article.source.published),
                       today=today or dt.date.today())
    sentences = [(s.start_char, s.end_char) for s in analysis.doc.sents]
    candidates = find_candidates(text, analysis.doc)
    years = context_years(text, candidates, sentences)
    chosen: list[tuple[Candidate, Timex, DateContext]] = []
    for cand in candidates:
        if any(cand.start < c.end and c.start < cand.end for c, _, _ in chosen):
            continue
        ctx = replace(base, future=is_future(text, cand, sentences), **years(cand))
        found = normalise(text[cand.start:cand.end], ctx)
        if found is not None:
            chosen.append((cand, found, ctx))
    chosen = read_tenses(text, chosen, analysis)
    chosen = anchor_times(text, chosen, base, sentences=sentences)
    chosen = weekdays_from_dates(chosen)
    dates = tuple(to_dateref(text, cand, found) for cand, found in sorted(chosen, key=lambda p: p[0].start))
    return DatesResult(dates, date_warnings(dates, base.published))


def sentence_of(start: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for span in sentences:
        if span[0] <= start < span[1]:
            return span
    return (start, start)


def is_future(text: str, cand: Candidate, sentences: list[tuple[int, int]]) -> bool:
    """A tense cue: a future marker in the clause just before the date (or just after it, when
    the date opens its sentence). Crude by design; the parse is not worth it here."""
    sent_start, sent_end = sentence_of(cand.start, sentences)
    before = text[max(sent_start, cand.start - 60):cand.start]
    before = re.split(r"[,;]\s", before)[-1] if cand.start - sent_start > 60 else before
    if before.strip():
        return bool(FUTURE_CUE.search(before))
    return bool(FUTURE_CUE.search(text[cand.end:min(sent_end, cand.end + 40)]))


def context_years(text: str, candidates: list[Candidate], sentences: list[tuple[int, int]]):
    """A function giving, for one candidate, the one year named in its sentence and paragraph
    (None where none or several are named)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text)]

    def single_year(lo: int, hi: int) -> Optional[int]:
        found = {int(y) for c in candidates if lo <= c.start and c.end <= hi
                 for y in YEAR_IN.findall(text[c.start:c.end])}
        return found.pop() if len(found) == 1 else None

    def years(cand: Candidate) -> dict[str, Optional[int]]:
        sent = sentence_of(cand.start, sentences)
        para = next(((a, b) for a, b in paragraphs if a <= cand.start < b), sent)
        return {"sentence_year": single_year(*sent), "paragraph_year": single_year(*para)}

    return years


def tense_sensitive(text: str, cand: Candidate, found: Timex, ctx: DateContext) -> bool:
    """True when the reading anchored on the publication date changes with the tense."""
    if found.anchor != "published":
        return False
    phrase = text[cand.start:cand.end]
    readings = {getattr(normalise(phrase, replace(ctx, tense=tense)), "value", None)
                for tense in ("past", "present", "future")}
    return len(readings) > 1


def read_tenses(text: str, chosen: list, analysis) -> list[tuple[Candidate, Timex]]:
    """Re-read the tense-sensitive dates with the tense of their clause, from a parse of just
    their sentences (one batched call; most articles need few or none)."""
    sensitive = [i for i, (cand, found, ctx) in enumerate(chosen)
                 if tense_sensitive(text, cand, found, ctx)]
    sents = {}
    for sent in analysis.doc.sents if sensitive else ():
        if any(sent.start_char <= chosen[i][0].start < sent.end_char for i in sensitive):
            sents[(sent.start_char, sent.end_char)] = sent
    parsed = dict(zip(sents, analysis.parse(list(sents.values())))) if sents else {}
    result = []
    for i, (cand, found, ctx) in enumerate(chosen):
        sent = next((parsed[k] for k in parsed if k[0] <= cand.start < k[1]), None) if i in sensitive else None
        tense = date_tense(sent, cand.start, cand.end) if sent is not None else None
        if tense:
            found = normalise(text[cand.start:cand.end], replace(ctx, tense=tense)) or found
        result.append((cand, found))
    return result


def anchor_times(text: str, chosen: list, base: DateContext, *, sentences) -> list:
    """Re-read clock times against a day named in the same sentence ("at 2 p.m. on Friday")."""
    days = {sentence_of(c.start, sentences): t.value for c, t in chosen
            if t.type == "DATE" and t.granularity == "day" and "X" not in t.value}
    result = []
    for cand, found in chosen:
        day = days.get(sentence_of(cand.start, sentences))
        if found.type == "TIME" and day:
            found = normalise(text[cand.start:cand.end], replace(base, day=day)) or found
        result.append((cand, found))
    return result


def weekdays_from_dates(chosen: list) -> list:
    """Without a publication date, "Wednesday's meeting" is the Wednesday of the nearest
    earlier full date in the article that fell on a Wednesday (anchor "context")."""
    known = [(c.start, dt.date.fromisoformat(t.value)) for c, t in chosen
             if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]
    result = []
    for cand, found in chosen:
        match = re.fullmatch(r"XXXX-WXX-([1-7])", found.value) if found.type == "DATE" else None
        if match:
            same = [day for start, day in known
                    if start < cand.start and day.isoweekday() == int(match.group(1))]
            if same:
                found = Timex(same[-1].isoformat(), granularity="day", anchor="context")
        result.append((cand, found))
    return result


def to_dateref(text: str, cand: Candidate, found: Timex) -> DateRef:
    return DateRef(start=cand.start, end=cand.end, text=text[cand.start:cand.end], value=found.value,
                   type=found.type, granularity=found.granularity, anchor=found.anchor)


def date_warnings(dates: tuple[DateRef, ...], published: Optional[dt.date]) -> tuple[Warning, ...]:
    """W104 once when a year came from a weekday; W101 once when a year stayed unknown."""
    if published is not None:
        return ()
    warnings = []
    if any(d.anchor == "weekday" for d in dates):
        warnings.append(Warning(code=W.W104.code, message=W.W104.value))
    if any(d.value.startswith("XXXX") and d.type != "SET" for d in dates):
        warnings.append(Warning(code=W.W101.code, message=W.W101.value))
    return tuple(warnings)


class DatesStep:
    """Pipeline step: fills ``dates`` and adds the W101/W104 warnings they call for."""

    name = "eventwire.dates.v2"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("dates", "warnings")

    def __init__(self, *, today: Optional[dt.date] = None) -> None:
        self.today = today

    def __call__(self, article: Article, analysis) -> Article:
        result = extract_dates(article, analysis, today=self.today)
        have = {w.code for w in article.warnings}
        extra = tuple(w for w in result.warnings if w.code not in have)
        return article.model_copy(update={"dates": result.dates, "warnings": article.warnings + extra})
