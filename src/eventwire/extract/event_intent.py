"""Announced acts: "X will release Y" is CAMEO 03 (intent to cooperate), "X will attack Y" is 13.

CAMEO codes the *announcement* of a future act, not the act: an actor that says it will free
prisoners has expressed an intent to yield (0353), one that says it will impose a curfew has
threatened (1323). PLOVER follows (AGREE, THREATEN). ``data/event_intents.csv`` maps the act's
code (longest matching prefix) to the announcement's code; acts with no row keep their code:
meetings that are scheduled ("will visit", "is scheduled to attend" stay 04 as in CAMEO's own
examples), statements, appeals, demands, rejections and threats, investigations, force
postures. The 04 row serves controllers only ("offered to meet" → 036).

An act counts as announced when it is future (will/shall, a plan verb, not a reporter's
forecast such as "is expected to") or conditional
"would" inside reported speech ("Israel said it would free …"), the usual news form of an
announcement. "could"/"may" stay hypothetical and keep the act's code.

The same table codes what an offer, promise or threat controls (:func:`controlled_code`:
"vowed to retaliate" → 138) and what a threat names as its content (:func:`threat_content`,
:func:`warning_content`: "warned X that it would cut all ties" → 1313, one event).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Optional

from ..codes import cameo_entry
from .event_args import children

if TYPE_CHECKING:
    from .event_triggers import Draft

MEETING_ROOT = "04"
#: Control verbs of a reporter's forecast, not the actor's word: "is expected to sign", "is set
#: to visit", "is scheduled to attend" keep the act's code (grammar words, hence here).
FORECAST_VERBS = frozenset({"expect", "set", "schedule", "due", "likely", "poise"})
REPORTED_WOULD = frozenset({"would", "'d"})
INTENT_ROOT, THREAT_ROOT = "03", "13"
THREAT_OF_FORCE = "138"  # "the threat of air strikes": CAMEO's threaten with military force
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
VERBAL_CONFLICT_ROOTS = frozenset({"09", "10", "11", "12"})
#: Controllers of a joint decision, not a commitment to the other party (``controlled_code``).
AGREEMENT_LEMMAS = frozenset({"agree", "consent", "accept", "approve"})


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    raw = resources.files("eventwire.data").joinpath("event_intents.csv").read_text("utf-8")
    return tuple(csv.DictReader(io.StringIO(raw)))


@lru_cache(maxsize=1)
def intent_table() -> dict[str, str]:
    """Act code prefix → code of announcing the act."""
    return {row["act"]: row["announced"] for row in _rows()}


@lru_cache(maxsize=1)
def request_table() -> dict[str, str]:
    """Act code prefix → the CAMEO digits after 02/10 for appealing for / demanding the act."""
    return {row["act"]: row["requested"] for row in _rows() if row["requested"]}


def _longest(table: dict[str, str], code: str) -> Optional[str]:
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def requested_code(request: str, act: str) -> str:
    """An appeal (02x) or demand (10x) refined by the act asked for: CAMEO numbers both
    families alike ("asked X to help" → 023, "demanded that X release" → 1053)."""
    suffix = _longest(request_table(), act)
    if not suffix or request[2:] not in ("", "0") or cameo_entry(request[:2] + suffix) is None:
        return request
    return request[:2] + suffix


def announced_code(code: str, *, controlled: bool = False) -> Optional[str]:
    """The code of announcing act ``code``, or None when CAMEO keeps the act's own code.

    ``controlled``: the act is the complement of an offer/promise/threat verb, where a meeting
    too becomes an intent ("offered to hold talks" → 036).
    """
    if code[:2] == MEETING_ROOT and not controlled:
        return None
    return _longest(intent_table(), code)


def verbal_conflict(code: str) -> bool:
    """CAMEO roots 09–12: investigate, demand, disapprove, reject, acts done by saying them."""
    return code[:2] in VERBAL_CONFLICT_ROOTS


def controlled_code(controller: str, code: str, act: str, *,
                    negated: bool = False) -> Optional[str]:
    """The code of an offer, promise or threat (lemma ``controller``, own ``code``) refined by
    the act it controls, or None when the act does not refine it.

    A promise of a conflictual act is a threat: "vowed to retaliate" → 138. CAMEO 03 is the
    intent to *cooperate* ("offer, promise, agree to, or otherwise indicate willingness or
    commitment to cooperate"); an announced act of conflict is 13, "threaten". A promised
    rejection, demand, criticism or inquiry is that act, done by saying it (the module
    docstring's rows without an announcement code): "vowed to veto" → 129. A promised force
    posture keeps 03 ("is willing to send troops to X" offers help as often as it warns).
    Agreement verbs keep 03: "agreed to impose sanctions" is a joint decision, not a warning to
    the target; so does a ``negated`` act ("pledged never to attack X" is no threat)."""
    refined = announced_code(act, controlled=True)
    if refined and refined[:2] == code[:2]:
        return refined
    if code[:2] != INTENT_ROOT or controller in AGREEMENT_LEMMAS or negated:
        return None
    if refined and refined[:2] == THREAT_ROOT:
        return refined
    return act if refined is None and verbal_conflict(act) else None


def forecast(trigger) -> bool:
    """True when the act is the complement of a forecast verb ("is expected to sign")."""
    token = trigger
    if token.dep_ == "dobj":
        token = token.head  # the light verb of an event noun
    for _ in range(3):
        if token.dep_ != "xcomp" or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in FORECAST_VERBS:
            return True
    return False


def reported_would(trigger, speaker) -> bool:
    """A "would" on the trigger's clause, in the complement of a speech verb with a speaker."""
    if speaker is None:
        return False
    token = trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in REPORTED_WOULD for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "dobj", "pobj", "prep", "conj") or token.head == token:
            return False
        token = token.head
    return False


# --- what a threat threatens ------------------------------------------------------------

def threat_content(draft: Draft, by_trigger: dict) -> set:
    """The act a threat noun names ("the *threat of* NATO air *strikes* against X"): what is
    threatened is no event; a threat of force is CAMEO 138, and the threatened act lends the
    threat its parties when the noun has none."""
    tokens = set()
    for obj in [o for p in children(draft.trigger, {"prep"}) if p.lower_ == "of"
                for o in children(p, {"pobj", "pcomp"})]:
        tokens.update(obj.subtree)
        acts = [by_trigger[t] for t in obj.subtree if t in by_trigger]
        if acts:
            if acts[0].code[:2] in VIOLENT_ROOTS:
                draft.code = THREAT_OF_FORCE
            draft.actor = draft.actor or acts[0].actor
            draft.recipient = draft.recipient or acts[0].recipient
    return tokens


def warning_content(draft: Draft, by_trigger: dict) -> set:
    """What a generic threat verb's clause says will be done ("warned X *that it would cut all
    ties*"): CAMEO codes the threat by its content (1313, "threaten to break relations"), not the
    content as an event of its own. Only the warner's own act announced as a threat (13x)
    refines it ("warned that Y would attack" forecasts Y's act)."""
    tokens = set()
    for clause in children(draft.trigger, {"ccomp"}):
        acts = [by_trigger[t] for t in clause.subtree if t in by_trigger]
        own = acts and set(acts[0].actor.ids) == set(draft.actor.ids)  # its own act, not a forecast
        threat = announced_code(acts[0].code) if own else None
        if threat and threat[:2] == THREAT_ROOT:
            tokens.update(clause.subtree)
            draft.code = threat
    return tokens
