"""Where the temporal expressions are: spaCy's DATE/TIME entities plus patterns for what the
small English model misses, trimmed to the expression and filtered for things that only look
like dates (ages, "May" the person, "march" the verb, a month name standing alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates_rules import LEADING_HEDGE, alternation, calendar, time_units
from .numwords import data_rows, word_number_pattern

#: Words that make a bare month name a date: "in March", "since May", "early June".
MONTH_CUES = {"in", "since", "by", "until", "till", "from", "before", "after", "through", "during",
              "of", "last", "next", "this", "early", "late", "mid", "end", "to", "between", "and",
              "throughout", "on", "for", "every", "each", "until", "around", "start", "beginning"}
#: Labels of spaCy entities that a date may not overlap.
NON_DATE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART",
                   "LAW", "LANGUAGE", "MONEY", "PERCENT", "QUANTITY"}
AGE = re.compile(r"^\s*(?:-|\s)?(?:years?|yrs?)?[- ]?old\b", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that may be a temporal expression."""

    start: int
    end: int


def capitalised(words) -> str:
    """An alternation of calendar words in title case ("July", "Jul."), as news prints them."""
    forms = [w.capitalize() + (r"\.?" if len(w) <= 4 and w != "may" else "") for w in words]
    return r"(?<![A-Za-z])(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def candidate_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns over article text; each match (group "d" if present) is a candidate."""
    month = capitalised(calendar()["month"])
    weekday = capitalised(calendar()["weekday"]) + "s?"
    season = alternation(calendar()["season"])
    unit = alternation(time_units()) + "s?"
    number = rf"(?:\d+(?:\.\d+)?|(?i:{word_number_pattern()}|an?|a few|several))"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[0-9]{3}|20[0-9]{2})"
    refs = alternation(row["phrase"] for row in data_rows("date_refs.csv"))
    mod = r"(?i:(?:early|late|mid|last|next|this|every|each|earlier|later)[- ])?"
    return tuple(re.compile(source) for source in (
        rf"(?:{weekday},? )?(?:{month} {day}(?:,? {year})?|{day} (?:of )?{month}(?:,? {year})?)",
        rf"{month},? {year}",
        r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b",
        rf"{mod}{weekday}(?: (?i:morning|afternoon|evening|night))?\b",
        rf"(?i:\b(?:(?:early|late|mid)[- ])?(?:last|this|next|past|coming) (?:{unit}|{season})\b)",
        rf"(?i:\b(?:{refs})\b)",
        r"\b(?:the )?(?:(?:early|mid|late)[- ])?(?:\d{3}0s|'\d0s)\b",
        rf"(?i:\b(?:the )?(?:(?:early|mid|late)[- ]?)?{season},? (?:of )?){year}\b",
        rf"(?i:\b(?:in|since|by|until|from|before|after|through|during|between|and|of|to)) "
        rf"(?P<d>(?:(?i:early|mid|late)[- ]?)?{year})\b(?![-,.]\d)",
        rf"(?i:\b(?:{number}) {unit}(?: and a half)?(?: (?:ago|earlier|from now))?\b)",
        rf"(?i:\b(?:\d+|{word_number_pattern()})-{alternation(time_units())}\b)(?!-)",
        r"(?i:\b(?:first|second|third|fourth)[- ]quarter\b)",
        rf"(?i:\bthe (?:(?:latest|current|most recent|comparable|year-earlier|year-ago|same) )*"
        rf"(?:{year} )?(?:(?:first|second|third|fourth) )?quarter\b(?!-))",
        rf"(?i:\b(?:every|each) )(?:{weekday}|(?i:{unit}))\b",
        rf"{mod}{month}\b",
        rf"(?i:\b(?:last|this|next|coming) ){month}\b",
        r"(?i:\b\d{1,2}(?::\d{2})? ?[ap]\.?m\b\.?|\b\d{1,2}:\d{2}(?= ?(?:GMT|UTC|local time)))",
        rf"(?:(?i:\b\d{{1,2}}(?::\d{{2}})? ?[ap]\.?m\b\.?)|\b(?:noon|midnight))"
        rf"(?: (?:[ECMP][SD]T|ET|GMT|UTC))?,? (?:{weekday}|(?i:today|yesterday|tomorrow))\b",
    ))


def find_candidates(text: str, doc) -> list[Candidate]:
    """Every candidate span, longest first, trimmed and filtered (may overlap each other)."""
    raw = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    for pattern in candidate_patterns():
        for match in pattern.finditer(text):
            group = "d" if "d" in pattern.groupindex else 0
            raw.append(match.span(group))
    blocked = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NON_DATE_LABELS]
    found: set[Candidate] = set()
    for start, end in raw:
        start, end = trim(text, start, end)
        if end > start and keep(text, start, end) and not overlaps(start, end, blocked):
            found.add(Candidate(start, end))
    return sorted(found, key=lambda c: (c.start - c.end, c.start))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop hedges ("just"), punctuation and a possessive "'s" from the candidate's edges."""
    hedge = re.match(LEADING_HEDGE, text[start:end], re.IGNORECASE)
    if hedge:
        start += hedge.end()
    while end > start and text[end - 1] in " ,;:)(\"'’“”":
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    while start < end and text[start] in " ,;:)(\"'’“”":
        start += 1
    return start, end


def keep(text: str, start: int, end: int) -> bool:
    """False for ages ("45-year-old", "45 years old") and a lone month without a date cue."""
    phrase = text[start:end]
    if re.search(r"year[s]?[- ]old|\bold\b", phrase, re.IGNORECASE):
        return False
    if AGE.match(text[end:end + 12]) or re.search(r"\baged\s*$", text[max(0, start - 8):start]):
        return False
    words = re.sub(r"[.’']", " ", phrase).split()
    if len(words) == 1 and words[0].lower() in calendar()["month"]:
        return words[0][0].isupper() and previous_word(text, start) in MONTH_CUES
    return True


def previous_word(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` ("" at the start of the text)."""
    match = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)
