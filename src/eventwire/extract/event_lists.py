"""Lists of parties on one event (events round 18).

The evaluation harness, like PLOVER's GSR, reads an event with several actors and no recipient
as reciprocal (every ordered pair) for meeting, agreeing and cooperating roots. Three list
shapes are not that:

* **Hedged members**: "Indonesia, Malaysia and, *perhaps*, Thailand will meet": a member the
  text marks as uncertain is not asserted to take part (CAMEO codes asserted acts only), so it
  is left out of the party list.
* **A partner outside the list**: "X, Y and Z have all reached agreement *with* their banks":
  each listed party acts with the "with" partner, not with the others; when that partner names
  no coded actor the event is one per party with no recipient, not pairs among the co-subjects.
* **More than three parties**: "A, B, C, D and E will be represented": the gold conventions of
  eventwire's Reuters set (eval/gold/README.md, convention 7, after PETRARCH practice) code one
  event per party with no recipient; expanding a nine-party meeting into 72 ordered pairs would
  weigh one sentence like dozens. Up to three parties stay one reciprocal event.
"""

from __future__ import annotations

import re

from ..record import Article, Event
from .event_phrase import capital_country

#: Adverbs that mark a list member as uncertain.
HEDGES = frozenset({"perhaps", "possibly", "maybe"})
#: The most parties one reciprocal event keeps (eval/gold/README.md convention 7).
MAX_RECIPROCAL = 3
_WORD = re.compile(r"[A-Za-z]+")


def _mention_start(article: Article, entity_id: str, event: Event) -> int | None:
    entity = next((e for e in article.entities if e.id == entity_id), None)
    if entity is None:
        return None
    starts = [m.start for m in entity.mentions
              if event.sentence.start <= m.start < event.sentence.end]
    return starts[0] if starts else None


def hedged(article: Article, entity_id: str, event: Event) -> bool:
    """Whether the words right before the party's mention hedge it ("and, perhaps, *X*")."""
    start = _mention_start(article, entity_id, event)
    if start is None:
        return False
    words = _WORD.findall(article.text[max(event.sentence.start, start - 30):start].lower())
    words = [w for w in words if w not in ("the", "and", "or")]
    return bool(words) and words[-1] in HEDGES


def with_partner(trigger) -> bool:
    """Whether the trigger (or the light verb over an event noun) has a "with" phrase."""
    tokens = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "pobj") else [])
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
               for t in tokens for c in t.children)


def _code_of(article: Article, entity_id: str, shared: str | None) -> str | None:
    entity = next((e for e in article.entities if e.id == entity_id), None)
    code = entity.actor.code if entity is not None and entity.actor else None
    if code and len(code) == 3 and shared and len(shared) > 3 and shared[:3] not in ("IGO", "NGO"):
        code += shared[3:6]  # "officials from A, B and C": the shared head's sector
    return code


def split_parties(article: Article, event: Event, trigger) -> list[Event]:
    """The event with hedged members dropped, and split into one event per party when a
    "with" partner is outside the list or the list has more than three parties."""
    actors = [i for i in event.actor if len(event.actor) < 2 or not hedged(article, i, event)]
    if len(actors) != len(event.actor):
        event = event.model_copy(update={"actor": tuple(actors)})
    if len(event.recipient) > 1:
        return capital_targets(article, event)
    if event.recipient or len(actors) < 2:
        return [event]
    if len(actors) <= MAX_RECIPROCAL and not with_partner(trigger):
        return [event]
    out = [event.model_copy(update={"actor": (actors[0],)})]
    for n, entity_id in enumerate(actors[1:], start=2):
        out.append(event.model_copy(update={
            "id": f"{event.id}.{n}", "actor": (entity_id,),
            "actor_code": _code_of(article, entity_id, event.actor_code)}))
    return out


def capital_targets(article: Article, event: Event) -> list[Event]:
    """"X pressed *Paris and Rome* to …": several targets named by their capitals (places, with no
    actor code of their own) become one event per target, each with its capital's government
    (convention 7 of eval/gold/README.md: one event per source × target; a capital that is a
    party is its government, ``event_phrase.acting_capital``). Other target lists stay."""
    entities = {e.id: e for e in article.entities}
    codes = []
    for entity_id in event.recipient:
        entity = entities.get(entity_id)
        code = entity.actor.code if entity is not None and entity.actor else None
        country = capital_country(entity) if entity is not None and not code else None
        codes.append(code or (country + "GOV" if country else None))
    if None in codes or all(entities.get(i) is not None and entities[i].actor and entities[i].actor.code
                            for i in event.recipient):
        return [event]
    return [event.model_copy(update={"id": event.id if n == 1 else f"{event.id}.t{n}",
                                     "recipient": (entity_id,), "recipient_code": code})
            for n, (entity_id, code) in enumerate(zip(event.recipient, codes), start=1)]


def misparsed_list(head) -> list:
    """Members of a list "X, Y, Z and W" that the parser hung on its first member as an
    apposition or adverbial noun ("Egypt, *Zambia*, Djibouti and Mali"): a proper noun whose own
    conjunct chain ends in "and"/"or" is a further member, not another name for X."""
    if head.pos_ != "PROPN":
        return []
    found = []
    for child in head.children:
        if child.dep_ not in ("appos", "npadvmod") or child.pos_ != "PROPN" or not child.conjuncts:
            continue
        if any(t.dep_ == "cc" and t.lower_ in ("and", "or") for c in child.conjuncts for t in c.children):
            found += [child, *child.conjuncts]
    return found
