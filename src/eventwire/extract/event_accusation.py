"""Reported hostile acts as accusations: "A says B attacked C" → A accuses B (CAMEO 112).

CAMEO codes what a political actor *does*; a government stating that another party attacked,
arrested or threatened someone is itself an act of verbal conflict against that party: CAMEO
11 "Disapprove", 112 "Accuse, not specified below" (``cameo_codes.csv``). PETRARCH-2's CAMEO
verb dictionary states the same convention as a transformation of a speech verb over its
embedded clause (``a (b . ATTACK) SAY = a b 112``; ``a (a b Q) SAY = a b Q``: a self-report
keeps the reported act), and the PETR-2 gold records its nested-say sentences that way.

Convention here (round 11), for users:

* the reported act becomes an **accusation event**: actor = the speaker A, recipient = the
  embedded actor B, code 112, trigger = the speech verb, modality ``asserted`` (A did say
  it), no ``attributed_to``, confidence 0.15 lower than the reported act's (the accusation is
  read off a speech verb, not a verb of accusing);
* the reported act itself is **not** coded by default, as PETRARCH-2 does and its gold
  expects (measured on the dev splits: keeping it as well cost PETR-2 dev triple 0.818 → 0.806
  and changed nothing on the PLOVER and unit-test dev sets; eval/events_round11.md).
  ``EventsStep(keep_reported=True)`` keeps it too, with the speaker in ``attributed_to``, for
  users who ask "who attacked whom" whoever says so;
* only when A is a coded political actor (a country, a state body, a group; not a media
  outlet or journalist, sector MED/JRN), the speech verb asserts a fact (say, state, claim,
  charge …; not deny, hope, ask, warn, predict), the embedded act is hostile (quad class 3 or
  4) and already done (modality ``asserted``), and B is **another party**: a different actor,
  and not an organ of the same state as A (ISRGOV saying ISRMIL struck is a self-report, while
  SDNGOV saying SDNREB attacked is an accusation);
* only when the reporting clause **comes first** ("A said B attacked C"). A reporting clause
  after its content ("B attacked C, A said") is parenthetical: the reported clause is the
  sentence's assertion and the speaker is its source, the wire convention for naming where
  the news comes from (Quirk et al. 1985 on reporting clauses in final position). The PETR-2
  and PLOVER dev gold code such sentences with the reported act alone.

Round 12: a preposed "according to A, B attacked C" is A's claim as well (the phrase is the
reporting clause's equivalent, and the trigger); a postposed one names the news source. So is
a direct quotation whose speaker (the quotes step's, so only when that step ran first, as in
the default pipeline) is named before it opens, in its sentence or the one before ("A's
minister said on Monday: “B shelled our villages.”"); the accusation's trigger is then the
reported act's own word, as no speech verb stands in the quote's sentence.

Verbs that are themselves accusations ("claimed that", "alleged that", "accused") are coded by
the lexicon and ``event_reported.alleged_content`` (the alleged attack is dropped), as before.
"""

from __future__ import annotations

from typing import Optional

from ..codes import event_codes
from ..record import Article, Event, Mention
from .event_lexicon import Lexicon
from .event_modality import clause_verb, modality, speaker_head

ACCUSE_CODE = "112"
HOSTILE_QUADS = frozenset({3, 4})
#: A force posture (CAMEO 15: a weapons test, a mobilization) has no victim, so reporting it
#: alleges no wrongdoing (112 "allege wrongdoing"): the posture itself is coded (round 19).
POSTURE_ROOTS = frozenset({"15"})
#: Speech verbs that assert a fact; the others (deny, hope, ask, urge, warn, predict, fear,
#: promise, believe …) do not commit the speaker to the embedded act having happened.
ASSERTING = frozenset({
    "say", "state", "tell", "add", "claim", "allege", "assert", "charge", "insist", "declare",
    "maintain", "contend", "argue", "stress", "reiterate", "report", "testify", "reveal",
    "disclose", "complain", "note", "write", "tweet", "repeat", "emphasise", "emphasize",
    "explain", "confirm", "announce", "point", "accuse", "protest",
})
#: Sectors whose members report rather than act (CAMEO MED "media", PLOVER JRN).
REPORTER_SECTORS = frozenset({"MED", "JRN"})
#: Organs of one state: a government citing its own army reports, it does not accuse.
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Lower confidence than the reported act: the accusation is inferred from a speech verb.
CONFIDENCE_DROP = 0.15


def _sector(code: str) -> str:
    return code[3:6] if len(code) > 3 else ""


def same_party(a: str, b: str) -> bool:
    """Whether codes ``a`` and ``b`` name one party: equal, or organs of one state."""
    if a == b:
        return True
    return a[:3] == b[:3] and _sector(a) in STATE_SECTORS and _sector(b) in STATE_SECTORS


def _speaker(article: Article, entity_id: Optional[str]):
    return next((e for e in article.entities if e.id == entity_id), None) if entity_id else None


def political(entity) -> bool:
    """A coded actor that acts politically: not a media outlet or a journalist."""
    actor = entity.actor if entity is not None else None
    if actor is None or not actor.code:
        return False
    return not (set(actor.sectors) & REPORTER_SECTORS)


def according_source(trigger) -> Optional[tuple]:
    """(cue token, source head) of a preposed "according to X" on the clause of ``trigger``
    ("*According to Peru*, Chilean troops shelled …"), else None. A postposed one ("…,
    according to Peru") names the news source, as a final reporting clause does."""
    verb = clause_verb(trigger)
    for cue in verb.children:
        if cue.lower_ != "according" or cue.i > verb.i:
            continue
        for to in cue.children:
            objects = [c for c in to.children if c.dep_ == "pobj"] if to.lower_ == "to" else []
            if objects:
                return cue, objects[0]
    return None


#: How far before a quotation its preposed speaker may be named ("X said on Monday: “…”", the
#: speaker in the quote's own or the previous sentence).
PREPOSED_REACH = 300


def quote_speaker(article: Article, event: Event):
    """The speaker of the direct quotation holding ``event``'s trigger (the quotes step's
    speaker), when the speaker is named before the quotation opens and not after it closes
    ("Peru's minister said: “Chilean troops shelled …”"); else None. A speech tag after the
    quote ("“…,” the minister said") is the postposed source of round 11."""
    trigger = event.trigger
    for quote in article.quotes:
        if quote.kind != "direct" or quote.speaker is None:
            continue
        if not (quote.start <= trigger.start and trigger.end <= quote.end):
            continue
        speaker = _speaker(article, quote.speaker)
        if speaker is None:
            return None
        before = any(quote.start - PREPOSED_REACH <= m.start and m.end <= quote.start
                     for m in speaker.mentions)
        after = any(quote.end <= m.start <= quote.end + PREPOSED_REACH // 3 for m in speaker.mentions)
        return speaker if before and not after else None
    return None


def accusation(event: Event, draft, parsed, article: Article, lex: Lexicon,
               *, quad_scheme: str, event_id: str, index=None) -> Optional[Event]:
    """The accusation A → B that ``event`` (B's act, reported by A) implies, or None.
    ``index`` (the sentence's entity index) lets a preposed "according to A" name the
    speaker (round 12) when no speech verb does."""
    if event.quad_class not in HOSTILE_QUADS or event.cameo_root in POSTURE_ROOTS:
        return None
    if event.modality != "asserted" or not event.actor_code:
        return None
    according = according_source(draft.trigger) if event.attributed_to is None else None
    quoted = None
    if according is not None and index is not None:
        from .event_args import best_entity

        speaker = best_entity(according[1], parsed, index)
    elif event.attributed_to is None:
        speaker = quoted = quote_speaker(article, event)
    else:
        speaker = _speaker(article, event.attributed_to)
    if not political(speaker) or speaker.id in event.actor:
        return None
    if same_party(speaker.actor.code, event.actor_code):
        return None
    if quoted is not None:  # the speaker's own words; the act's trigger is the only cue here
        verb = draft.trigger
    elif speaker.id != event.attributed_to:  # the "according to" phrase is the cue
        verb = according[0]
    else:
        subject = speaker_head(draft.trigger, lex)
        verb = subject.head if subject is not None else None
        if verb is None or verb.lemma_.lower() not in ASSERTING or modality(verb, lex) != "asserted":
            return None
        if verb.i > clause_verb(draft.trigger).i:
            return None  # "B attacked C, A said": a parenthetical source, not A's claim
    codes = event_codes(ACCUSE_CODE, quad_scheme)
    start, end = parsed.char_span(verb)
    return Event(
        id=event_id, sentence=event.sentence,
        trigger=Mention(start=start, end=end, text=article.text[start:end]),
        actor=(speaker.id,), actor_code=speaker.actor.code,
        recipient=event.actor, recipient_code=event.actor_code,
        **codes,
        place=event.place, date=event.date, modality="asserted", attributed_to=None,
        confidence=round(max((event.confidence or 0.5) - CONFIDENCE_DROP, 0.05), 2),
    )
