"""Pass 1 of :mod:`eventwire.extract.entities`: a person's title. The tokens right before a
PERSON ("Chinese Foreign Minister", "Taliban co-founder"), an appositive right after it (", a
Taliban spokesman,") or a role phrase set off by a comma right before it ("The US ambassador to
Iraq, Ryan Crocker") are read as an actor phrase; the person gets its code and the title as
description."""

from __future__ import annotations

from typing import Optional

from .actors import PhraseParse, parse_phrase
from .entity_context import country_possessive
from .entity_scan import Scan, add_modifier, crosses_entity, phrase_at

MAX_TITLE = 7  # tokens a title before a name may span ("Chinese Communist Party leader")
TRIM_WORDS_LOWER = frozenset({"the", "a", "an"})


def title_before(scan: Scan, ent) -> Optional[tuple[int, PhraseParse]]:
    """The longest title phrase ending right before a PERSON entity, in its sentence."""
    first = max(scan.sents[ent.start][0], ent.start - MAX_TITLE)
    for start in range(first, ent.start):
        parsed = phrase_at(scan, start, ent.start) or office_title(scan, start, ent.start)
        if parsed is not None and (parsed.modifier is not None or bare_title(scan, start, first)):
            return start, parsed
    return None


#: Sectors of a listed group whose name is itself a person's office ("Commons leader").
OFFICE_SECTORS = frozenset({"GOV"})


def office_title(scan: Scan, start: int, end: int) -> Optional[PhraseParse]:
    """A listed name that is an office standing as a title: "*Commons leader* Peter Hain".
    The row is a government office (GOV sector) and its name holds a role noun ("leader",
    "Leader of the House"); a bare body name ("Scottish Executive", "Kremlin") before a
    person is no title. A party or chamber ("Labour", "Commons") alone says whose member
    the person is, not which office he holds, so it stays no title (the person keeps the
    code of any other title, or of ``people.csv``)."""
    words = scan.tokens[start:end]
    if any(not w.strip() for w in words) or crosses_entity(scan.ents, start, end):
        return None
    parsed = parse_phrase(words, scan.vocab)
    if parsed is None or parsed.has_role or parsed.modifier is None or parsed.modifier.kind != "group":
        return None
    actor = parsed.actor
    if actor is None or not actor.code or not OFFICE_SECTORS & set(actor.sectors):
        return None
    roles = frozenset({"role"})
    return parsed if any(scan.vocab.longest(words, i, roles) for i in range(len(words))) else None


def bare_title(scan: Scan, start: int, first: int) -> bool:
    """A title with no country or group counts only when capitalised and not itself modified.

    "President George Bush" is a title; in "Tory leader Michael Howard" the unknown word before
    "leader" says whose leader he is, so "leader" alone would be a guess. A sentence's first word
    is capitalised anyway: it says nothing unless spaCy tagged it as (part of) a name.
    """
    word = scan.tokens[start].lstrip()
    if word.lower() in TRIM_WORDS_LOWER:
        word = scan.tokens[start + 1]
    previous = scan.tokens[start - 1] if start > first else ""
    if start - 1 == scan.sents[start][0] and not any(e.start <= start - 1 < e.end for e in scan.ents):
        previous = ""  # sentence case: "Ousted President X", "Former President X"
    return word[:1].isupper() and not previous[:1].isupper()


def appositive_after(scan: Scan, ent) -> Optional[tuple[int, int, PhraseParse]]:
    """", the Taliban spokesman," after a PERSON: the phrase between two commas (or the end)."""
    start, sent_end = ent.end + 1, scan.sents[ent.start][1]
    if ent.end >= sent_end or scan.tokens[ent.end] != ",":
        return None
    stop = min(sent_end, start + MAX_TITLE + 1)
    for end in range(start + 1, stop + 1):
        if end == sent_end or scan.tokens[end] in {",", ";", "."}:
            parsed = phrase_at(scan, start, end) or country_possessive(scan, start, end)
            return (start, end, parsed) if parsed is not None else None
    return None


#: Words that may attach a place or portfolio to a title before its appositive name
#: ("the US ambassador *to Iraq*, Ryan Crocker").
TITLE_LINKS = frozenset({"to", "in", "of", "for"})
PHRASE_OPENERS = frozenset({"the", "a", "an", ",", "(", "his", "her", "their", "its"})


def appositive_before(scan: Scan, ent) -> Optional[tuple[int, int, PhraseParse]]:
    """"The US ambassador to Iraq, Ryan Crocker, …": a role phrase (with an optional short
    to/in/of phrase) set off by a comma right before a PERSON names that person's office."""
    first, comma = scan.sents[ent.start][0], ent.start - 1
    if comma <= first or scan.tokens[comma] != ",":
        return None
    for start in range(max(first, comma - MAX_TITLE - 4), comma):
        if start != first and scan.tokens[start - 1].lower() not in PHRASE_OPENERS \
                and scan.tokens[start].lower() not in PHRASE_OPENERS:
            continue
        for end in range(comma, start, -1):
            tail = scan.tokens[end:comma]
            if tail and not (tail[0].lower() in TITLE_LINKS and 1 < len(tail) <= 4):
                continue
            parsed = phrase_at(scan, start, end)
            if parsed is not None and parsed.modifier is not None:
                return start, end, parsed
    return None


def mark_title(scan: Scan, ent, start: int, *, parsed: PhraseParse, end: Optional[int] = None) -> None:
    """Give a person its title's actor; absorb the title's adjectives, mark a group modifier."""
    doc = scan.doc
    end = ent.start if end is None else end
    title = doc[start:end].text.strip(" ,")
    scan.person_actor.setdefault((ent.start, ent.end), parsed.actor.model_copy(update={"description": title}))
    group = parsed.modifier is not None and parsed.modifier.kind == "group"
    for other in scan.ents:
        if start <= other.start and other.end <= end and (group or other.label_ == "NORP"):
            scan.dropped.add((other.start, other.end))
    if group and parsed.has_role:  # an office title ("Commons leader") is no body of its own
        lead = start + parsed.modifier_start
        add_modifier(scan, lead, lead + parsed.modifier_len, actor=parsed.modifier.actor)


def find_titles(scan: Scan) -> None:
    """Pass 1: titles before, or appositives after, every PERSON entity."""
    for ent in scan.ents:
        if ent.label_ != "PERSON":
            continue
        before = title_before(scan, ent)
        if before is not None:
            mark_title(scan, ent, before[0], parsed=before[1])
            continue
        after = appositive_after(scan, ent) or appositive_before(scan, ent)
        if after is not None:
            start, end, parsed = after
            mark_title(scan, ent, start, parsed=parsed, end=end)
