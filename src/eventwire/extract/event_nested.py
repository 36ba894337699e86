"""The party a noun phrase names through its modifiers, when it names none itself.

"the deal *offered by President X*" is X's deal, "a report released in the *Rwandan* capital"
speaks for Rwanda: PETRARCH codes a noun phrase by the first actor found in it. What is left
out: relative clauses, appositions and conjuncts (other events' parties), a subject's phrases of
aim ("*the attack on the Indian embassy* killed 41" names the target, not the actor) and the
modifiers of a topic ("questions about *X's* economy"). Split from ``event_phrase``, which
resolves a head to its entity and code and calls :func:`nested_actor` when the head names none.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..record import Entity
from .event_lexicon import noun_takes
from .event_modifiers import other_party
from .event_phrase import (SUBJECT_DEPS, EntityIndex, _code, _place_country, noun_sectors,
                           refine_code)

#: CAMEO's mediation code (as ``event_triggers.MEDIATE``).
MEDIATE = "045"

#: Clauses whose entities are other events' parties, not part of the noun phrase's reference.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "conj", "cc", "parataxis", "appos", "punct"})


#: Prepositions naming what an act or thing is aimed at, for or with, never its owner.
AIM_PREPS = frozenset({"on", "against", "to", "toward", "towards", "for", "with", "over"})


#: Nouns of people who act or speak on behalf of the object of their "for": "a spokesman *for
#: the State Department*", "a negotiator for the rebels".
AGENT_FOR_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                             "negotiator", "envoy", "lawyer", "attorney", "emissary"})


#: Prepositions of topic: "the debate *over* Iraq", "questions *about* China's economy" say
#: what a thing is about, never whose it is or whom it is aimed at (Quirk et al. 1985, §9.50
#: "subject matter"), so a country named there is no party of the phrase.
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning", "re"})


def is_topic(prep) -> bool:
    """A preposition of subject matter: ``TOPIC_PREPS``, or "on" after a noun that takes no
    "on" target in the lexicon ("advice *on* the legality of …", "a meeting *on* reform"; after
    "sanctions", "attack" or "ban" it names the target)."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in TOPIC_PREPS:
        return True
    head = prep.head
    return prep.lower_ == "on" and head.pos_ in ("NOUN", "PROPN") and not noun_takes(head, "on")


#: What is kept below a topic preposition: its object (a party talked about, "rumours *about
#: X*", is the comment's target in PETRARCH's convention) and a participle clause, which may
#: modify the noun the topic hangs on ("assurances on issues *sent from X*"); the topic noun's
#: own modifiers ("questions about *X's* economy", "the legality of the *X* war") are not.
TOPIC_OBJECTS = frozenset({"pobj", "pcomp"})
TOPIC_CLAUSES = frozenset({"acl"})


def agent_participle(token) -> bool:
    """A participle with its own "by" agent ("*backed by Rwanda*", "*offered by X*")."""
    return token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children)


@lru_cache(maxsize=1)
def mediation_verbs() -> frozenset[str]:
    """Verbs the lexicon codes as mediation (CAMEO 045, ``event_verbs.csv``): broker, mediate."""
    raw = resources.files("eventwire").joinpath("data", "event_verbs.csv").read_text(encoding="utf-8")
    return frozenset(row["lemma"] for row in csv.DictReader(io.StringIO(raw))
                     if row["kind"] == "verb" and row["code"] == MEDIATE)


def mediated(token) -> bool:
    """A participle of mediation with its agent: "the agreement, *brokered by Turkey*". CAMEO
    045 defines the mediator as a third party between others, so the broker is never the party
    of what the agreement does ("… ended the fighting between X and Y")."""
    return agent_participle(token) and token.lemma_.lower() in mediation_verbs()


#: Nouns of a part someone takes whose relative clause names who takes it ("the role X
#: played", "the efforts X made"): that subject is the noun's owner (round 18).
DOER_NOUNS = frozenset({"role", "part", "contribution", "efforts", "effort"})


def relative_doer(head, parsed, index: EntityIndex):
    """(entity, code, True) for the coded subject of a relative clause on a :data:`DOER_NOUNS`
    noun (a relative clause is otherwise left out of a noun phrase's reference), else None."""
    if head.lemma_.lower() not in DOER_NOUNS:
        return None
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            for entity in index.overlapping(*parsed.char_span(subject)):
                if _code(entity):
                    return entity, refine_code(_code(entity), entity, subject), True
    return None


def nested_actor(head, parsed, index: EntityIndex) -> tuple[Optional[Entity], Optional[str], bool]:
    """A noun phrase naming no party itself takes the first coded actor inside its modifiers:
    "the deal *offered by President X*" is X's deal, "a report released in the *Rwandan*
    capital" speaks for Rwanda. This is how PETRARCH codes a noun phrase (the first actor found
    in it, prepositional and participial modifiers included); a participle with its own "by"
    agent contributes that agent only (its other phrases say where or when it happened);
    relative clauses (but see :func:`relative_doer`), appositions and conjuncts are left out. A
    party noun ("*the rebels*, backed by X") keeps its agent-participles out, and a mediation
    participle ("the deal, *brokered by X*") never gives its agent.
    Failing an actor, a place in the phrase gives its country ("a bombing near Samarra" → IRQ).
    A subject's phrases of aim ("*The attack on the embassy* killed 41") are left out; below a topic
    preposition (:func:`is_topic`) only the topic counts ("questions about *X's* economy")."""
    subject = head.dep_ in SUBJECT_DEPS
    if (doer := relative_doer(head, parsed, index)) is not None:  # "the role *X* has played"
        return doer
    aims = AIM_PREPS - {"for"} if head.lemma_.lower() in AGENT_FOR_NOUNS else AIM_PREPS  # "a spokesman *for* X"

    def kept(child) -> bool:
        return child.dep_ not in CLAUSE_DEPS and not (
            subject and child.dep_ == "prep" and child.lower_ in aims) and not mediated(child)

    party = bool(noun_sectors(head))  # "the rebels, *backed by X*": the rebels act, not X
    # state: 0 anywhere, 1 a topic preposition, 2 its object (``TOPIC_KEEP``)
    stack = [(c, int(is_topic(c))) for c in head.children
             if kept(c) and not (party and agent_participle(c))]
    tokens = []
    while stack:
        token, state = stack.pop()
        tokens.append(token)
        kids = [c for c in token.children if kept(c)]
        if token.dep_ == "acl" and any(c.dep_ == "agent" for c in kids):
            kids = [c for c in kids if c.dep_ == "agent"]  # "offered *by X*": its agent only
        if state == 1:
            stack.extend((c, 2) for c in kids if c.dep_ in TOPIC_OBJECTS)
        elif state == 2:  # the topic noun's own modifiers are left out
            stack.extend((c, 0) for c in kids if c.dep_ in TOPIC_CLAUSES)
        else:
            stack.extend((c, int(is_topic(c))) for c in kids)
    elsewhere = [e for t in tokens if other_party(t) for e in index.overlapping(*parsed.char_span(t))]
    tokens = sorted((t for t in tokens if not other_party(t)), key=lambda t: t.i)
    for token in tokens:
        for entity in index.overlapping(*parsed.char_span(token)):
            if _code(entity) and entity not in elsewhere:
                return entity, refine_code(_code(entity), entity, token), True
    for token in tokens:  # "a roadside bombing *near the town of Samarra*": where it came from
        for entity in index.overlapping(*parsed.char_span(token)):
            country = _place_country(entity, token, parsed, index) if entity not in elsewhere else None
            if country:
                return entity, country, True
    return None, None, False
