"""Who said it: speaker phrases, their entities, and pronoun/role resolution.

Speakers are found either by a short pattern next to a quote ("…,” said X" / "…,” X said") or by
the dependency subject of a speech verb. Either way the phrase is linked to an entity of
``article.entities`` (the mention covering the phrase's head), and "he"/"she"/"the spokesman"
fall back to the nearest preceding PERSON mention. Unsure links are left empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..record import Article
from .lexicons import phrase_pattern, read_table

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
OTHER_PRONOUNS = frozenset({"it", "they", "we", "i", "you", "who", "which", "that", "this"})
SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "GPE")
#: how far back (characters) a role word may sit before a PERSON mention ("Taliban spokesman X")
ROLE_WINDOW = 40


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the entity id (or None) and the phrase as the text writes it."""

    entity: str | None
    text: str | None


@dataclass(frozen=True)
class MentionRef:
    start: int
    end: int
    entity: str
    type: str


@lru_cache(maxsize=1)
def cue_kinds() -> dict[str, str]:
    """Surface cue form (lowercase) -> kind: ``verb``, ``tag`` (only beside a quote) or ``source``."""
    return {row["cue"].lower(): row["kind"] for row in read_table("speech_verbs.csv")}


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """Role noun -> ``singular`` | ``plural``."""
    return {row["role"].lower(): row["number"] for row in read_table("speaker_roles.csv")}


@lru_cache(maxsize=1)
def verb_cue_pattern() -> re.Pattern[str]:
    """Speech verbs usable right beside a quote (verbs and tags)."""
    return phrase_pattern([c for c, kind in cue_kinds().items() if kind in ("verb", "tag")])


@lru_cache(maxsize=1)
def speech_verb_pattern() -> re.Pattern[str]:
    """Reporting verbs (kind ``verb``): a sentence without one needs no parse for speech."""
    return phrase_pattern([c for c, kind in cue_kinds().items() if kind == "verb"])


def mention_index(article: Article) -> list[MentionRef]:
    """Every entity mention of the article, in text order."""
    refs = [
        MentionRef(m.start, m.end, entity.id, entity.type)
        for entity in article.entities
        for m in entity.mentions
    ]
    return sorted(refs, key=lambda r: (r.start, r.end))


def _covering(mentions: list[MentionRef], start: int, end: int) -> MentionRef | None:
    """The speaker-type mention that best names the phrase ``[start, end)``: one ending where the
    phrase ends (its head: "ABN Amro's Eddie Wong" -> Eddie Wong) first, then a PERSON, then the
    largest overlap."""
    best, best_key = None, None
    for ref in mentions:
        overlap = min(end, ref.end) - max(start, ref.start)
        if ref.type not in SPEAKER_TYPES or overlap <= 0:
            continue
        key = (ref.end >= end - 1, ref.type == "PERSON", overlap)
        if best_key is None or key > best_key:
            best, best_key = ref, key
    return best


def nearest_person(article: Article, mentions: list[MentionRef], *, before: int, role: str = "") -> MentionRef | None:
    """Nearest PERSON mention ending before ``before``; with ``role``, prefer one the role word
    introduces ("Taliban spokesman Mohammed Naeem" for "the spokesman")."""
    people = [r for r in mentions if r.type == "PERSON" and r.end <= before]
    if role:
        pattern = re.compile(r"\b" + re.escape(role) + r"\b", re.IGNORECASE)
        titled = [r for r in people if pattern.search(article.text[max(0, r.start - ROLE_WINDOW):r.start])]
        if titled:
            return titled[-1]
    return people[-1] if people else None


def _role_of(phrase: str) -> tuple[str, str] | None:
    """(role, number) when the phrase is a bare role noun phrase ("the foreign minister")."""
    words = phrase.lower().split()
    if not words or words[0] not in ("the", "a", "an", "its", "their", "his", "her"):
        return None
    table = roles()
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if tail in table and len(words) <= 4:
            return tail, table[tail]
    return None


def resolve(article: Article, mentions: list[MentionRef], span: tuple[int, int]) -> Speaker | None:
    """Link the speaker phrase at ``span`` to an entity; None when the phrase is no speaker."""
    start, end = span
    phrase = article.text[start:end]
    lowered = phrase.lower()
    if not phrase.strip() or lowered in OTHER_PRONOUNS:
        return None
    if lowered in PERSON_PRONOUNS:
        ref = nearest_person(article, mentions, before=start)
        return Speaker(ref.entity, phrase) if ref else None
    ref = _covering(mentions, start, end)
    if ref is not None:
        return Speaker(ref.entity, phrase)
    role = _role_of(phrase)
    if role and role[1] == "singular":
        ref = nearest_person(article, mentions, before=start, role=role[0])
        return Speaker(ref.entity if ref else None, phrase)
    if len(phrase.split()) <= 6:
        return Speaker(None, phrase)
    return None
