"""Reciprocal events: "X and Y held talks", "talks between X and Y", "X and Y signed a deal".

Some CAMEO acts are symmetric by their meaning: consulting (040), discussing by telephone
(041), meeting at a third location (044) and negotiating (046) need two sides doing the same
thing, and so do signing a formal agreement (057) and material cooperation (06x) when the
text presents the parties alike. PLOVER's GSR marks such records ``reciprocal`` and expands
them to one event per source × target; PETRARCH-2 codes "X and Y met" in both directions.

Representation (SCHEMA: "reciprocal events: recipient may be empty"): one event whose
``actor`` lists every party and whose ``recipient`` is empty, PLOVER's compound actor; a
consumer that needs dyads expands it to every ordered pair, as the evaluation harness does.

* a compound subject of a symmetric act with no recipient is already that form;
* "talks *between* X and Y" (an event noun with a between phrase) makes X and Y both actors,
  where a directed act ("clashes between X and Y", a fight, or "mediation between X and Y",
  with its mediator outside) keeps its reading;
* "X met Y" / "X held talks with Y" (directed syntax): measured on the dev splits with both
  conventions (``eval/events_round12.md``); ``DIRECTED_AS_RECIPROCAL`` keeps the figures'
  choice.

Not symmetric: making (042) or hosting (043) a visit, mediating (045): the roles differ.
"""

from __future__ import annotations

#: CAMEO codes whose act the parties do together (prefix match).
SYMMETRIC_PREFIXES = ("040", "041", "044", "046", "057", "06")
#: Whether "X met Y" (subject X, object or "with" phrase Y) is also made reciprocal.
DIRECTED_AS_RECIPROCAL = False


def symmetric(code: str | None) -> bool:
    """Whether CAMEO ``code`` names an act the parties do together."""
    return bool(code) and code.startswith(SYMMETRIC_PREFIXES) and code != "04"


def make_reciprocal(draft) -> None:
    """"X met Y" → actor [X, Y], no recipient, for a symmetric code with coded sides on both
    ends (``DIRECTED_AS_RECIPROCAL`` only)."""
    if not (DIRECTED_AS_RECIPROCAL and symmetric(draft.code)):
        return
    actor, recipient = draft.actor, draft.recipient
    if not (actor.ids and recipient.ids) or set(actor.ids) & set(recipient.ids):
        return
    actor.ids = actor.ids + recipient.ids
    actor.text_heads = actor.text_heads + recipient.text_heads
    recipient.ids, recipient.code, recipient.text_heads = [], None, []


#: Verbs of fighting off an attack (event_verbs.csv, round 19: repel, repulse, beat back, fend off).
REPEL_VERBS = frozenset({"repel", "repulse", "beat", "fend"})


def repelled_attack(event, trigger):
    """"X repelled Y's attack" asserts two uses of force (CAMEO 190): X's against Y, and the
    attack itself, Y's against X. The verb's event is X → Y; this returns the attack, Y → X
    (the sides swapped), in a list; an empty list for other events."""
    if trigger.lemma_.lower() not in REPEL_VERBS and trigger.lower_ not in ("repelled", "fended"):
        return []
    if not (event.cameo or "").startswith("19") or not event.recipient_code or not event.actor_code:
        return []
    return [event.model_copy(update={
        "id": event.id + ".r", "actor": event.recipient, "actor_code": event.recipient_code,
        "recipient": event.actor, "recipient_code": event.actor_code})]


#: Prepositions framing a clause by another event its subject took part in.
FRAME_PREPS = frozenset({"after", "following", "before", "during", "since", "amid", "ahead"})


def lone_partner(draft) -> bool:
    """An event noun of a symmetric act with no actor of its own and only a "with" partner
    ("progress in bank *discussions with* X", "*negotiations with* X are about to start"): X is
    a party doing the act with an unnamed other, and PLOVER puts the parties of a reciprocal act
    in ``actor`` with an empty recipient (the Reuters gold codes such debt talks X → none,
    convention 3). Moves X to the actor side; True when it did (round 19)."""
    if not (draft.nominal and symmetric(draft.code)) or draft.actor or not draft.recipient:
        return False
    trigger = draft.trigger
    if trigger.dep_ in ("pobj", "dobj") and trigger.head.lower_ in FRAME_PREPS:  # "following" as a verb too
        return False  # "she spoke *after talks with* X": the clause's subject took part
    heads = draft.recipient.text_heads
    for head in heads:
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        if not (head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head == draft.trigger):
            return False
    if not heads:
        return False
    draft.actor, draft.recipient = draft.recipient, type(draft.recipient)()
    return True
