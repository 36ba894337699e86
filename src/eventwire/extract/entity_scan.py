"""The working state of one entity scan (:class:`Scan`) and the span helpers every pass of
:mod:`eventwire.extract.entities` uses: token offsets, the actor-phrase reading of a span, and a
known group named inside a phrase as a mention of its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from ..record import Actor
from .actors import MentionContext, PhraseParse, parse_phrase
from .actors_data import Vocabulary
from .entity_merge import Candidate
from .entity_names import split_conjoined


@dataclass
class Scan:
    """Working state over one doc: spans already claimed, candidates found, person actors."""

    doc: object
    vocab: Vocabulary
    tokens: list[str] = field(default_factory=list)
    ents: list = field(default_factory=list)  # doc.ents, computed once (spaCy rebuilds it per access)
    sents: list[tuple[int, int]] = field(default_factory=list)  # token index → its sentence range
    text: str = ""  # doc.text, computed once
    dropped: set[tuple[int, int]] = field(default_factory=set)  # ent token spans absorbed
    candidates: list[Candidate] = field(default_factory=list)
    person_actor: dict[tuple[int, int], Actor] = field(default_factory=dict)
    when: Optional[dt.date] = None  # publication date: picks people's codes by dates of office


def token_chars(doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``doc[start:end]``."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def crosses_entity(ents, start: int, end: int) -> bool:
    """True when an entity straddles a boundary of ``doc[start:end]`` (phrase would cut it)."""
    return any((e.start < start < e.end) or (e.start < end < e.end) for e in ents)


def new_scan(doc, vocab: Vocabulary, when: Optional[dt.date] = None) -> Scan:
    """Scan state for ``doc``: token texts, entities and sentence ranges computed once."""
    sents: list[tuple[int, int]] = []
    for sent in doc.sents:
        sents.extend([(sent.start, sent.end)] * (sent.end - sent.start))
    ents = split_conjoined(doc, list(doc.ents), vocab)
    return Scan(doc, vocab, [t.text for t in doc], ents, sents, doc.text, when=when)


def context_of(scan: Scan, start: int, end: int) -> MentionContext:
    """Tokens around ``doc[start:end]`` within its sentence (for capital metonymy)."""
    first, last = scan.sents[start]
    before = [w for w in scan.tokens[max(first, start - 3) : start] if w.strip()]
    after = [w for w in scan.tokens[end : min(last, end + 6)] if w.strip()]
    return MentionContext(tuple(before), tuple(after))


def phrase_at(scan: Scan, start: int, end: int) -> Optional[PhraseParse]:
    """The actor-phrase reading of ``doc[start:end]``, if it is one with a role noun."""
    words = scan.tokens[start:end]
    if any(not w.strip() for w in words) or crosses_entity(scan.ents, start, end):
        return None
    parsed = parse_phrase(words, scan.vocab)
    return parsed if parsed is not None and parsed.has_role and parsed.actor else None


def is_actor_phrase(parsed: PhraseParse) -> bool:
    """A phrase worth an entity of its own: a role with a sector ("UK head" says too little)."""
    return parsed.modifier is not None and (parsed.modifier.kind == "group" or bool(parsed.actor.sectors))


def add_modifier(scan: Scan, start: int, end: int, *, actor: Actor) -> None:
    """A known group named inside a phrase, as its own ORG mention."""
    s, e = token_chars(scan.doc, start, end)
    text = scan.text[s:e]
    scan.candidates.append(Candidate(s, e, text, "ORG", actor, ("group", actor.group or actor.code)))
