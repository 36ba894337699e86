"""Verb senses told apart by the kind of object, from the CAMEO 1.1b3 code definitions.

A trigger row codes a verb's usual sense; some verbs code differently by what they take:

* **welcome** (CAMEO 043 "Host a visit": receiving a visiting person) with an object that is
  no person, group or state ("welcomed the resumption of ties", "welcomed the assurances")
  is approval: CAMEO 051 "Praise or endorse". A person, a role noun, a pronoun or a named actor
  as object keeps 043 ("welcomed the president", "would welcome him"). An endorsement needs
  the party it endorses ("the reopening of trade *with X*"); without one there is no event,
  as a host's welcome without a guest was none before.
* **mobilize** (CAMEO 154 "Mobilize or increase armed forces") is a force posture only for
  armed forces. Mobilizing people (groups, supporters, voters, activists …) is CAMEO 053
  "Rally support on behalf of" (political mobilization); mobilizing anything else (funds,
  resources) is neither, so no event. Without an object ("the army mobilized") it stays 154.
* **oppose** (CAMEO 120 "Reject"): every 12x code rejects a proposal, request, plan or
  demand (121 material cooperation … 126 mediation, 127 a plan or agreement), so opposing a
  thing ("opposed the plan", "opposed the new tariffs") stays 12x. Opposing a person,
  group or state ("X opposed Y", "Y was opposed by X") rejects no proposal: it is disapproval,
  CAMEO 110 "Disapprove, not specified below".
* **arrive** (042 "Make a visit") said of peacekeepers is their deployment: CAMEO 074 "Provide
  military protection or peacekeeping", as the lexicon's "deploy/send peacekeepers" rows are;
  a visit is made by officials, not by a contingent of troops.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .event_phrase import agent_sectors

if TYPE_CHECKING:
    from .event_triggers import Draft

HOST_VISIT, ENDORSE = "043", "051"
MOBILIZE_FORCES, RALLY_SUPPORT = "154", "053"
VISIT, PEACEKEEPING = "042", "074"
REJECT, DISAPPROVE = "120", "110"
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP", "PRM", "SPY"})
#: Nouns for armed forces the agents list does not hold as heads.
ARMED_NOUNS = frozenset({
    "force", "forces", "army", "armies", "reservist", "reservists", "reserves", "unit", "units",
    "battalion", "battalions", "brigade", "brigades", "division", "divisions", "regiment",
    "regiments", "militia", "militias", "tank", "tanks", "warship", "warships", "navy", "fleet",
})
#: People mobilized politically (CAMEO 053).
PEOPLE_NOUNS = frozenset({
    "group", "groups", "supporter", "supporters", "people", "voter", "voters", "follower",
    "followers", "member", "members", "activist", "activists", "community", "communities",
    "diaspora", "public", "masses", "youth", "student", "students", "worker", "workers", "lobby",
    "lobbies", "citizen", "citizens", "party", "parties", "union", "unions", "opinion",
})
#: Nouns for the persons a host welcomes.
VISITOR_NOUNS = frozenset({"visitor", "visitors", "guest", "guests", "delegation", "delegations",
                           "counterpart", "counterparts", "leader", "leaders", "envoy", "envoys"})
PERSON_TYPES = frozenset({"PERSON", "GPE", "ORG", "NORP"})


@lru_cache(maxsize=1)
def _agents() -> dict[str, str]:
    return agent_sectors()


def _object(trigger):
    """The verb's object: its direct object, or the subject of a passive with a "by" agent
    ("Y was opposed by X"); "X is opposed to Y" is adjectival, X the opposer."""
    deps = {"dobj", "nsubjpass"} if any(c.dep_ == "agent" for c in trigger.children) else {"dobj"}
    found = [c for c in trigger.children if c.dep_ in deps]
    return found[0] if found else None


def _named(token, parsed, index) -> bool:
    start, end = parsed.char_span(token)
    return any(s <= start and end <= e and entity.type in PERSON_TYPES for s, e, entity in index.spans)


def _personal(token, parsed, index) -> bool:
    word = token.lower_
    return (token.pos_ in ("PROPN", "PRON") or word in VISITOR_NOUNS or word in _agents()
            or _named(token, parsed, index))


def _armed(token) -> bool:
    word = token.lower_
    return word in ARMED_NOUNS or _agents().get(word) in ARMED_SECTORS


def object_sense(draft: Draft, parsed, index) -> bool:
    """Recode ``draft`` by the kind of its object (module doc); False when no sense applies."""
    if draft.nominal:
        return True
    lemma = draft.trigger.lemma_.lower()
    obj = _object(draft.trigger)
    if draft.code == HOST_VISIT and lemma == "welcome" and obj is not None:
        if not _personal(obj, parsed, index):
            if not draft.recipient.code:
                return False  # approval of a thing no party is named with: no target
            draft.code, draft.mode = ENDORSE, None
    elif draft.code == MOBILIZE_FORCES and lemma in ("mobilize", "mobilise") and obj is not None:
        if _armed(obj):
            return True
        if obj.lower_ not in PEOPLE_NOUNS:
            return False
        draft.code, draft.mode = RALLY_SUPPORT, None
    elif draft.code == REJECT and lemma == "oppose" and obj is not None:
        if obj.pos_ != "PRON" and _personal(obj, parsed, index):  # "it" may be a plan
            draft.code, draft.mode = DISAPPROVE, None
    elif draft.code == VISIT and lemma == "arrive":
        subjects = [c for c in draft.trigger.children if c.dep_ == "nsubj"]
        if any(t.lower_.startswith("peacekeep") for s in subjects for t in s.subtree):
            draft.code, draft.mode = PEACEKEEPING, None
    return True
