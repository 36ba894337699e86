"""Actor resolution: a name or noun phrase → a CAMEO-style :class:`~eventwire.record.Actor`.

Codes are built from blocks, as in CAMEO: a country (ISO 3166 alpha-3) followed by sector blocks
taken from the head role noun ("Chinese authorities" → ``CHNGOV``, "U.S. troops" → ``USAMIL``).
A known group carries its own code from ``groups.csv`` and wins over the role noun that follows it
("Taliban spokesman" → ``AFGINS``, group "Taliban"). For armed and political groups with a home
country the code is country + sector (``PSEREB`` for Hamas; the CAMEO known-group block ``HMS`` is
kept in the ``known_group`` column, not in the code); IGOs and NGOs keep their full CAMEO code
(``IGOUNO``, ``NGOHRIAMN``), since there the group block is the identity.

A capital city is an actor only by metonymy ("Beijing said …" → ``CHNGOV``): with no parse at hand
the cheap test is a reporting or political verb right after it (auxiliaries and adverbs skipped),
a political verb right before it, or a possessive followed by a political noun ("Beijing's
decision"). Otherwise it stays a place. A bare role noun with no country ("police") gives an actor
with sectors but ``code=None``: the country is unknown and CAMEO's ``---`` is not made up here.
Everything is dictionary lookups on token tuples: no parse, no model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ..record import Actor
from .actors_data import (
    MODIFIER_KINDS,
    POSSESSIVES,
    Entry,
    Vocabulary,
    default_vocabulary,
    load_vocabulary,
    tokenize,
)

__all__ = [
    "MentionContext",
    "PhraseParse",
    "is_political",
    "load_vocabulary",
    "parse_phrase",
    "resolve_actor",
    "resolve_tokens",
]

DETERMINERS = frozenset({"the", "a", "an"})
ROLE_KINDS = frozenset({"role", "generic", "qualifier"})
PORTFOLIO_KINDS = frozenset({"portfolio"})
#: Function words and adverbs that may sit between a capital and its verb
#: ("Beijing has repeatedly warned"). Grammar, not vocabulary, so it lives here.
SKIPPABLE = frozenset(
    """has have had will would could may might must should shall is was were are also already
    again on today yesterday tonight earlier later recently repeatedly officially strongly
    reportedly publicly quickly swiftly firmly not n't never monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
MAX_SKIPPED = 3
#: Labels for which a vocabulary lookup is meaningful; people get actors from their titles only.
RESOLVABLE_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", ""})


@dataclass(frozen=True)
class MentionContext:
    """Tokens around a mention in its sentence: a few before, a few after."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    @classmethod
    def from_text(cls, sentence: str, start: int, end: int) -> "MentionContext":
        """Context of ``sentence[start:end]`` within a plain-text sentence."""
        return cls(tuple(tokenize(sentence[:start])[-3:]), tuple(tokenize(sentence[end:])[:6]))

    @classmethod
    def from_span(cls, span) -> "MentionContext":
        """Context of a spaCy span within its sentence (needs sentence boundaries)."""
        doc, sent = span.doc, span.sent
        before = [t.text for t in doc[max(sent.start, span.start - 3) : span.start] if not t.is_space]
        after = [t.text for t in doc[span.end : min(sent.end, span.end + 6)] if not t.is_space]
        return cls(tuple(before), tuple(after))


@dataclass(frozen=True)
class PhraseParse:
    """A phrase read as [modifier] ['s] [qualifiers/roles]; ``actor`` may be ``None``."""

    actor: Optional[Actor]
    modifier: Optional[Entry] = None
    modifier_len: int = 0
    modifier_start: int = 0  # index of the modifier's first token in the tokens given
    has_role: bool = False


def is_political(context: Optional[MentionContext], vocabulary: Optional[Vocabulary] = None) -> bool:
    """True when the words around a place name show it acting (speaking, deciding, warning)."""
    if context is None:
        return False
    vocab = vocabulary or default_vocabulary()
    verbs, cues = vocab.words("verb"), vocab.words("cue")
    after = [t.lower() for t in context.after]
    if len(after) >= 2 and after[0] in POSSESSIVES and after[1] in cues:
        return True
    skipped = 0
    for word in after:
        if word in verbs:
            return True
        if word not in SKIPPABLE or skipped == MAX_SKIPPED:
            break
        skipped += 1
    before = [t.lower() for t in context.before]
    if before and before[-1] in verbs:
        return True
    return len(before) >= 2 and before[-1] == "by" and before[-2] in verbs


def strip_phrase(tokens: Sequence[str]) -> list[str]:
    """Drop leading determiners and a trailing possessive: "the Taliban's" → "Taliban"."""
    out = list(tokens)
    while out and out[0].lower() in DETERMINERS:
        out.pop(0)
    while out and out[-1] in POSSESSIVES:
        out.pop()
    return out


def role_run(tokens: Sequence[str], start: int, vocab: Vocabulary) -> tuple[list[Entry], int]:
    """Consume qualifiers and role nouns from ``start``; return the roles and where it stopped."""
    roles: list[Entry] = []
    pos = start
    while pos < len(tokens):
        hit = vocab.longest(tokens, pos, ROLE_KINDS) or portfolio_before_role(tokens, pos, vocab)
        if hit is None:
            break
        length, entry = hit
        pos += length
        if entry.kind != "qualifier":
            roles.append(entry)
    return roles, pos


def portfolio_before_role(tokens: Sequence[str], pos: int, vocab: Vocabulary):
    """A portfolio right before a government role noun, read as a qualifier: "*trade* minister",
    "*energy* secretary" (the attributive form of "Minister *for* Trade"); the role noun keeps
    the sector."""
    hit = vocab.longest(tokens, pos, PORTFOLIO_KINDS)
    if hit is None:
        return None
    role = vocab.longest(tokens, pos + hit[0], ROLE_KINDS)
    if role is None or "GOV" not in role[1].sectors:
        return None  # a portfolio heads an office ("trade minister"), not "labour MPs"
    return hit[0], Entry("qualifier", hit[1].phrase)


def leading_qualifiers(words: Sequence[str], vocab: Vocabulary) -> int:
    """How many qualifier tokens open the phrase ("senior" in "senior Egyptian officials")."""
    pos = 0
    while (hit := vocab.longest(words, pos, frozenset({"qualifier"}))) is not None:
        pos += hit[0]
    return pos


def head_sectors(roles: Sequence[Entry]) -> tuple[str, ...]:
    """Sectors of the last role noun that has any (the head of "foreign ministry spokesman")."""
    for entry in reversed(roles):
        if entry.sectors:
            return entry.sectors
    return ()


def compose(modifier: Optional[Entry], roles: Sequence[Entry]) -> Optional[Actor]:
    """The actor of a modifier + role nouns. A group's own code wins over the role."""
    sectors = head_sectors(roles)
    if modifier is None:
        return Actor(sectors=sectors) if sectors else None
    base = modifier.actor
    if base is None:
        return None
    if modifier.kind == "group":
        return base
    iso3 = base.country
    return Actor(code=f"{iso3}{''.join(sectors)}", country=iso3, sectors=sectors)


def parse_phrase(tokens: Sequence[str], vocabulary: Optional[Vocabulary] = None) -> Optional[PhraseParse]:
    """Read a whole token sequence as [modifier] ['s] [qualifiers/roles]; ``None`` if it is not one.

    Every token must be accounted for: "Chinese city of Tianjin" is not an actor phrase.
    A modifier alone parses (``has_role`` false); its actor is the modifier's own.
    """
    vocab = vocabulary or default_vocabulary()
    words = strip_phrase(tokens)
    if not words:
        return None
    lead, hit = find_modifier(words, vocab)
    modifier, pos = (hit[1], lead + hit[0]) if hit else (None, 0)
    offset = len(tokens) - len(words) - trailing_possessives(tokens) + lead
    if modifier is not None and pos == len(words):
        return PhraseParse(modifier.actor, modifier, hit[0], modifier_start=offset)
    start = pos + 1 if modifier is not None and words[pos] in POSSESSIVES else pos
    roles, end = role_run(words, start, vocab)
    end = portfolio_end(words, end, vocab) if roles else end
    named = national_party(modifier, words, start, vocab) if end != len(words) else None
    if named is not None:  # after the role reading: "Saudi Labour Minister" is a portfolio
        return PhraseParse(named, modifier, hit[0], offset, has_role=True)
    if end == len(words) and not roles and modifier is not None and start == pos:
        # a modifier with trailing qualifiers only ("Somali Islamist", "Iraqi Shiite"): the
        # qualifiers narrow who is meant without changing whose they are
        return PhraseParse(modifier.actor, modifier, hit[0], modifier_start=offset)
    if end != len(words) or not roles:
        return None
    length = hit[0] if hit else 0
    return PhraseParse(compose(modifier, roles), modifier, length, offset, has_role=True)


#: Sectors of groups whose names are reused from country to country: parties ("Democratic
#: Party", "Labour", "Conservatives") and legislatures ("National Assembly", "Parliament").
NATIONAL_NAME_SECTORS = frozenset({"PTY", "LEG"})
NATIONAL_MODIFIERS = frozenset({"country", "demonym"})


def national_party(modifier: Optional[Entry], words: Sequence[str], start: int,
                   vocab: Vocabulary) -> Optional[Actor]:
    """The party or chamber a country names in its own noun phrase: "Italy's Democratic
    Party", "the Japanese Democratic Party", "Australian Labour MPs" (a country modifier,
    qualifiers such as "ruling", then a party/legislature row, then role nouns or nothing).

    The row's country is only the usual referent of the bare name in English news; the
    country the phrase states is the text's own word and wins: the actor is the stated
    country + the row's sectors, with no group, so that it does not merge with the other
    country's party. ``None`` when the phrase is not of this shape, or when both countries
    agree: then the phrase stays the country and the row's group, each its own mention
    ("Britain's Labour Party" merges with "Labour")."""
    if modifier is None or modifier.kind not in NATIONAL_MODIFIERS or modifier.actor is None:
        return None
    pos = start
    while (qualifier := vocab.longest(words, pos, frozenset({"qualifier"}))) is not None:
        pos += qualifier[0]
    hit = vocab.longest(words, pos, frozenset({"group"}))
    if hit is None or not NATIONAL_NAME_SECTORS & set(hit[1].actor.sectors) or not hit[1].actor.country:
        return None
    roles, end = role_run(words, pos + hit[0], vocab)
    if end != len(words):
        return None
    row, iso3 = hit[1].actor, modifier.actor.country
    if row.country == iso3:
        return None
    return Actor(code=iso3 + "".join(row.sectors), country=iso3, sectors=row.sectors)


#: Words that join a title to its portfolio ("Secretary *of* Energy", "Minister *for* Europe").
PORTFOLIO_JOINS = frozenset({"of", "for"})
PORTFOLIO_LINKS = frozenset({"and", "&"})
MAX_PORTFOLIO = 4


def portfolio_end(words: Sequence[str], end: int, vocab: Vocabulary) -> int:
    """Where a title ends when a portfolio follows its role noun: "Deputy Secretary *of
    Energy*", "Minister *for Foreign Affairs and Trade*" (English office titles name the
    department after of/for; ``portfolio`` rows of roles.csv). The role noun keeps the sector;
    the portfolio adds none. "authorities of Tianjin" names a place, not a portfolio."""
    if end >= len(words) - 1 or words[end].lower() not in PORTFOLIO_JOINS:
        return end
    pos, kinds = end + 1, frozenset({"portfolio"})
    while pos < len(words) and pos - end <= MAX_PORTFOLIO:
        hit = vocab.longest(words, pos, kinds)
        if hit is None:
            return end
        pos += hit[0]
        if pos < len(words) and words[pos].lower() in PORTFOLIO_LINKS:
            pos += 1
        elif pos == len(words):
            return pos
        else:
            return end
    return end


def find_modifier(words: Sequence[str], vocab: Vocabulary):
    """``(start, (length, entry))`` of the phrase's modifier, at 0 or after leading qualifiers."""
    hit = vocab.longest(words, 0, MODIFIER_KINDS)
    if hit is not None:
        return 0, hit
    lead = leading_qualifiers(words, vocab)
    return lead, (vocab.longest(words, lead, MODIFIER_KINDS) if lead else None)


def trailing_possessives(tokens: Sequence[str]) -> int:
    """How many possessive tokens end ``tokens`` (stripped by :func:`strip_phrase`)."""
    count = 0
    while count < len(tokens) and tokens[len(tokens) - 1 - count] in POSSESSIVES:
        count += 1
    return count


def capital_actor(actor: Actor) -> Actor:
    """The government of the capital's country (metonymy: "Beijing" → CHNGOV)."""
    return Actor(code=f"{actor.country}GOV", country=actor.country, sectors=("GOV",))


def ethnic_group(parsed: PhraseParse, context: Optional[MentionContext]) -> bool:
    """A bare demonym after "ethnic" ("*ethnic* Albanians in south Serbia", "ethnic Turks"):
    the ethnic group, whose country is where it lives, not the kin state the demonym names
    (CAMEO keeps ethnicity in its own code, apart from the country block)."""
    return (context is not None and bool(context.before) and context.before[-1].lower() == "ethnic"
            and not parsed.has_role and parsed.modifier is not None
            and parsed.modifier.kind == "demonym")


def resolve_tokens(
    tokens: Sequence[str],
    label: str = "",
    *,
    context: Optional[MentionContext] = None,
    vocabulary: Optional[Vocabulary] = None,
) -> Optional[Actor]:
    """:func:`resolve_actor` for text already split into tokens."""
    if label not in RESOLVABLE_LABELS:
        return None
    vocab = vocabulary or default_vocabulary()
    parsed = parse_phrase(tokens, vocab)
    if parsed is None or parsed.actor is None:
        return None
    if ethnic_group(parsed, context):
        return None
    if parsed.has_role or parsed.modifier is None or parsed.modifier.kind != "capital":
        return parsed.actor
    return capital_actor(parsed.actor) if is_political(context, vocab) else None


def resolve_actor(
    text: str,
    label: str = "",
    *,
    context: Optional[MentionContext] = None,
    vocabulary: Optional[Vocabulary] = None,
) -> Optional[Actor]:
    """The actor a name or noun phrase denotes, or ``None`` when the vocabulary is not sure.

    ``label`` is the spaCy entity label (``""`` for a plain phrase); PERSON and non-name labels
    give ``None`` (people get actors from their titles, see ``entities``). ``context`` is only
    used for capitals: "Beijing" is ``CHNGOV`` when the words around it show it acting.

    >>> resolve_actor("Chinese authorities").code
    'CHNGOV'
    """
    return resolve_tokens(tokenize(text), label, context=context, vocabulary=vocabulary)
