"""Merging entity mentions: which candidates are one entity, and the entity they make.

Mentions join on a key: the group ("ISIS" = "Islamic State"), the country ("U.S." = "United
States"), else the lowercase text. Person names cluster when a shorter name's words all belong to
exactly one longer name ("Baradar" → "Mullah Abdul Ghani Baradar"); a cluster inherits the actor
of any mention. A person's name word repeated alone where the NER tagged nothing ("Marsh did not
meet …" after "Foreign Minister Penny Marsh") is a mention too (:func:`name_repeats`). Split from
:mod:`eventwire.extract.entities`, which finds the mentions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..record import Actor, Entity, Mention
from .actors import parse_phrase, strip_phrase
from .actors_data import Vocabulary


@dataclass
class Candidate:
    """One mention on its way to an entity."""

    start: int
    end: int
    text: str
    label: str
    actor: Optional[Actor] = None
    key: Optional[tuple] = None  # merge key; None for people (clustered by name words)
    words: tuple[str, ...] = ()
    confidence: Optional[float] = None  # set when the actor is less sure (undated person code)
    titled: bool = False  # a person whose actor comes from a title in the text


def merge_key(label: str, words: tuple[str, ...], *, vocab: Vocabulary, actor: Optional[Actor]) -> tuple:
    """Which mentions are one entity: same group, same country name, else same text."""
    if actor is not None and actor.group:
        return ("group", actor.group)
    parsed = parse_phrase(words, vocab)
    if parsed is not None and not parsed.has_role and parsed.modifier is not None:
        if parsed.modifier.kind == "country" and label != "NORP":
            return ("country", parsed.modifier.actor.country)
    return ("text", " ".join(strip_phrase(words)).lower())


def cluster_people(people: list[Candidate]) -> list[list[Candidate]]:
    """Group person mentions: a name joins the one longer name that contains all its words."""
    clusters: list[tuple[set[str], list[Candidate]]] = []
    for cand in sorted(people, key=lambda c: -len(c.words)):
        words = set(cand.words)
        homes = [c for c in clusters if words <= c[0]]
        if len(homes) == 1:
            homes[0][1].append(cand)
        else:
            clusters.append((words, [cand]))
    return [members for _, members in clusters]


def group_candidates(candidates: list[Candidate]) -> list[list[Candidate]]:
    """All merge groups: keyed candidates by key, people by name clustering."""
    keyed: dict[tuple, list[Candidate]] = {}
    people = []
    for cand in candidates:
        if cand.key is None:
            people.append(cand)
        else:
            keyed.setdefault(cand.key, []).append(cand)
    clusters = cluster_people(people)
    for key in [k for k, members in keyed.items() if surname_home(members, clusters) is not None]:
        surname_home(keyed[key], clusters).extend(keyed.pop(key))
    return list(keyed.values()) + clusters


def surname_home(members: list[Candidate], clusters: list[list[Candidate]]) -> Optional[list[Candidate]]:
    """The one person cluster an unresolved ORG mention belongs to ("Wang" tagged ORG → "Wang Yi")."""
    first = members[0]
    if first.label != "ORG" or first.actor is not None or first.key[0] != "text":
        return None
    words = set(first.text.split())
    homes = [c for c in clusters if words <= {w for m in c for w in m.words}]
    return homes[0] if len(homes) == 1 else None


#: Courtesy titles that may stand before a bare surname ("Mr Blair") without making it another name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord", "lady"})


def _name_word(word: str) -> bool:
    """A word that can stand alone for a person: capitalised, alphabetic, not a function word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return (len(word) > 2 and word[:1].isupper() and word[1:2].islower() and word.isalpha()
            and word.lower() not in STOP_WORDS)


def name_repeats(doc, taken: list[tuple[int, int]], people: list[Candidate],
                 others: frozenset[str] = frozenset()) -> list[Candidate]:
    """Bare repeats of a person's surname that the NER left untagged.

    News names a person in full once, then by surname alone ("Penny Marsh" … "Marsh did not
    meet"); the small NER model often misses the bare surname, most of all at a sentence's
    start, and the later event then has no party. A token is such a repeat when it is the last
    word of exactly one multi-word PERSON name of the article, lies in no entity (``taken``:
    token ranges), and is not part of a longer capitalised name (the words around it are not
    capitalised, a courtesy title aside: "Mr Marsh"). A word the NER also read inside another
    kind of name (``others``: "Labour" of "Labour MPs") is no sure surname: the PERSON reading
    may be the NER's slip. It joins its person by :func:`cluster_people`."""
    owners: dict[str, set[tuple[str, ...]]] = {}
    for cand in people:
        if len(cand.words) >= 2 and _name_word(cand.words[-1]):
            owners.setdefault(cand.words[-1], set()).add(cand.words)
    unique = {word for word, names in owners.items() if len(names) == 1 and word not in others
              and not any(word in n[:-1] for other in owners.values() for n in other)}
    if not unique:
        return []
    covered = {i for start, end in taken for i in range(start, end)}
    found = []
    for token in doc:
        if token.text not in unique or token.i in covered:
            continue
        before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) and not doc[token.i + 1].is_sent_start else None
        if before is not None and before.text[:1].isupper() and before.text.lower() not in HONORIFICS:
            continue
        if after is not None and after.text[:1].isupper():
            continue
        end = token.idx + len(token.text)
        found.append(Candidate(token.idx, end, token.text, "PERSON", None, None, (token.text,)))
    return found


def lone_org(ent, vocab: Vocabulary) -> bool:
    """A one-word ORG ("Marsh" after "Helen Marsh"): the NER's usual slip on a bare surname,
    which :func:`.entity_merge.surname_home` already joins to its person; it is no evidence
    that the word names something else (unlike "Labour" of "Labour MPs"), unless the
    vocabulary knows the word."""
    return ent.label_ == "ORG" and len(ent) == 1 and not vocab.entries([ent.text])


def best_actor(members: list[Candidate]) -> Optional[Candidate]:
    """The mention giving the entity's actor: the first with a code, else the first with an
    actor at all (sectors only); among coded ones a mention sure of its code comes first."""
    with_actor = [c for c in members if c.actor is not None]
    coded = [c for c in with_actor if c.actor.code]
    coded.sort(key=lambda c: c.confidence is not None)  # stable: keeps text order otherwise
    if coded and office_outranks(coded[0], coded):
        return next(c for c in coded if is_office_title(c, coded[0].actor.country))
    return (coded or with_actor or [None])[0]


#: A person's party title ("Labour leader Tony Blair") and a state office title ("Prime
#: Minister Tony Blair") in one article: the office wins. Phoenix codes a head of government
#: in office as GOV; a party post says what he leads besides.
PARTY_SECTORS = frozenset({"PTY"})
OFFICE_SECTORS = frozenset({"GOV"})


def is_office_title(cand: Candidate, country: Optional[str]) -> bool:
    """A person's mention whose code comes from a state office title of ``country``."""
    return cand.titled and cand.actor.country == country and bool(OFFICE_SECTORS & set(cand.actor.sectors))


def office_outranks(first: Candidate, coded: list[Candidate]) -> bool:
    """The first coded mention is a party title and another mention an office title of the
    same country (the article's strongest title wins, whatever their order)."""
    return (first.titled and bool(PARTY_SECTORS & set(first.actor.sectors))
            and any(is_office_title(c, first.actor.country) for c in coded))


def build_entity(members: list[Candidate], ident: str) -> Entity:
    """One entity from its mentions: longest form as name, most frequent label as type."""
    members = sorted(members, key=lambda c: c.start)
    labels = Counter(c.label for c in members)
    label = max(labels, key=lambda lab: (labels[lab], -[c.label for c in members].index(lab)))
    mentions = tuple(Mention(start=c.start, end=c.end, text=c.text) for c in members)
    name = max((c.text for c in members), key=len)
    best = best_actor(members)
    return Entity(id=ident, name=name, type=label, mentions=mentions, actor=best.actor if best else None,
                  confidence=best.confidence if best else None)


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per character span (a group may be found by two passes)."""
    seen: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        seen.setdefault((cand.start, cand.end), cand)
    return list(seen.values())
