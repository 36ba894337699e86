"""Parties from where an act happens, when its words name none.

CAMEO codes a target for most acts, PETRARCH takes it from the verb's object, else from the
object of the verb's governed preposition, and human coders (PLOVER GSR) code domestic unrest
against the own country. Five rules, applied to a draft before it becomes an event, each marked
*inferred* (lower confidence):

1. *Host as target.* An act without a recipient done *in/at/outside/near* a place ("activists
   staged a protest in Beijing", "attend a summit in Switzerland", "rioted at a jail in northern
   Israel") is aimed at that place's country. CAMEO 042 codes the host as a visit's target. For
   meetings only a foreign host counts, and a meeting of several actors is reciprocal instead.
2. *Host as the actor's country.* A role without a country ("the military government", "police")
   acting in a country is that country's body ("declared a state of siege in Haiti" → HTIGOV).
3. *Domestic default.* A protest or a coercive act (CAMEO 14, 17) with a country actor, no
   recipient argument and no place is aimed at the actor's own country ("students staged mass
   demonstrations", "police prevented the demonstration"): the government or people at home.

4. *Agentless violence.* Violence with no named agent ("were killed in Ukraine", "soldiers
   killed in Ukraine", "killed in a car bomb explosion in eastern Beirut") is coded from the
   place where it happened: PETRARCH takes a passive's source from its by/from/in phrase, and
   PLOVER's coders code such blasts from the place's country. A "from" place is the origin
   ("a rocket was fired at X *from Y*" → Y) and wins; a place that is the target ("at X") is
   not also the agent.
5. *Purpose.* An act in a purpose infinitive is aimed at its governor's object or goal
   ("summoned Niger's ambassador to complain", :func:`purpose_recipient`).
6. *The place of a measure.* A curfew, a state of emergency or an appeal for peace placed in a
   country is aimed at that country (:func:`measure_place`).
7. *The place withdrawn from.* "the withdrawal of forces *from X*": X is the target
   (:func:`withdrawn_from`).
8. *A threat's condition.* "threatened to strike *unless X* …": X is the one threatened
   (:func:`condition_target`).

Only the event's own locative phrases count (trigger and light verb), not places inside its
arguments; an act with an uncoded object keeps it ("killed civilians in Y" is not aimed at Y's
state); a participle describing a noun ("victims killed in Y") is no act aimed at Y.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .event_actors import NON_COUNTRY_BLOCKS, entity_country, host_heads
from .event_args import (
    EntityIndex,
    Party,
    children,
    party,
    prep_objects,
    resolve,
    subtree_span,
    uncoded_sectors,
)
from .event_prune import clause_token

if TYPE_CHECKING:
    from .event_triggers import Draft

CONSULT_ROOT = "04"
#: Roots whose act, done in a country and aimed at no named party, is aimed at that country:
#: visits and summits, aid, protests, force postures, coercion and violence there.
HOST_ROOTS = frozenset({"04", "07", "14", "15", "17", "18", "19", "20"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Roots whose act without any target is aimed at home: protests and coercion.
DOMESTIC_ROOTS = frozenset({"14", "17"})


def host_country(draft: Draft, parsed, index: EntityIndex) -> tuple[Optional[str], list]:
    """(country, entity ids) of the place the event's own locative phrases name."""
    return first_country(host_heads(dict.fromkeys((draft.trigger, clause_token(draft)))), parsed, index)


def source_country(draft: Draft, parsed, index: EntityIndex) -> tuple[Optional[str], list]:
    """(country, entity ids) of a place the act comes *from* ("a rocket was fired at X *from
    Y*"): the origin of agentless fire is where its agent stands."""
    return first_country(prep_objects(draft.trigger, {"from"}), parsed, index)


def first_country(objects, parsed, index: EntityIndex) -> tuple[Optional[str], list]:
    """(country, entity ids) of the first of ``objects`` that names a country: a coded entity's
    country, else a resolved place inside the object's phrase; blocks such as IGO are skipped."""
    for obj in objects:
        entity, code = resolve(obj, parsed, index)
        country = entity_country(entity) if entity is not None and code else None
        country = country or index.places.country_in(*subtree_span(obj, parsed))
        if country and country not in NON_COUNTRY_BLOCKS:
            return country, [entity.id] if entity is not None else []
    return None, []


def purpose_recipient(draft: Draft, parsed, index: EntityIndex) -> None:
    """An act in a purpose infinitive without a recipient is aimed at the governing verb's
    object or goal: "summoned Niger's ambassador *to complain*", "sent personnel to Bosnia *to
    investigate*" (the purpose clause shares its governor's participants)."""
    token = clause_token(draft)
    if not draft.recipient and draft.code[:2] in RETALIATING_ROOTS:
        retaliated_party(draft, token, parsed, index)
    if draft.recipient or token.dep_ != "advcl" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return
    governor = token.head
    heads = children(governor, {"dobj", "dative"}) + prep_objects(governor, {"to"})
    found = party(heads, parsed, index, skip=frozenset(draft.actor.ids))
    if found.code:
        found.inferred = True
        draft.recipient = found


#: Roots of acts that can be taken in retaliation: threats, reductions of relations, coercion
#: and force (CAMEO 13, 16, 17, 18, 19).
RETALIATING_ROOTS = frozenset({"13", "16", "17", "18", "19"})
RETALIATION_NOUNS = frozenset({"retaliation", "reprisal", "response", "revenge"})


def _retaliation_objects(verb) -> list:
    """The "for/against" objects of "*to retaliate for* X's …" (a purpose clause of ``verb``)
    and of "*in retaliation (response, reprisal) for/to* X's …" (a phrase on it)."""
    found = []
    for clause in children(verb, {"advcl", "xcomp"}):
        if clause.lemma_.lower() == "retaliate":
            found += prep_objects(clause, {"for", "against"})
    for noun in prep_objects(verb, {"in"}):
        if noun.lemma_.lower() in RETALIATION_NOUNS:
            found += prep_objects(noun, {"for", "against", "to"})
    return found


def retaliated_party(draft: Draft, verb, parsed, index: EntityIndex) -> None:
    """Round 19: a hostile act without a recipient taken "to retaliate for X's failure …" or
    "in retaliation for X's attack" is aimed at X: retaliation answers the one whose act it
    names (the reason itself is no accusation, gold convention 9; only the target is read)."""
    heads = [h for obj in _retaliation_objects(verb)
             for h in (children(obj, {"poss", "amod", "compound"}) or [obj])]
    found = party(heads, parsed, index, skip=frozenset(draft.actor.ids))
    if found.code:
        found.inferred = True
        draft.recipient = found


#: Requests (appeals 02, demands 10): what they ask for may be placed in a land ("appealed for
#: peace *in X*", "called for elections *in X*"), and the request is aimed at that land. Other
#: acts' objects are placed where they happen to be ("blamed spending *in its UK division*").
REQUEST_ROOTS = frozenset({"02", "10"})
#: Nouns of belonging to a body: a request for them is aimed at the body (round 19).
MEMBERSHIP_NOUNS = frozenset({"membership", "accession", "admission", "entry"})
#: Prepositions placing a measure or a state of affairs in a land ("a curfew *in* Abidjan").
MEASURE_PREPS = frozenset({"in", "across", "throughout"})
#: CAMEO codes of measures laid on a territory's people: easing (081x) or imposing (172x)
#: restrictions, bans, curfews, states of emergency or martial law, and threats of them (132x).
#: The place they are laid on is their target, wherever the parser hangs it.
TERRITORIAL_CODES = ("081", "132", "172")


def measure_place(draft: Draft, root: str, parsed, index: EntityIndex) -> None:
    """Rule 6, *the place of a measure*: a request with no party as recipient whose object or
    "for" object is placed in a country ("appealed for peace *in Kenya*") is aimed at that
    country (``REQUEST_ROOTS``): PETRARCH codes the first actor inside the object's phrase as
    its target. Other acts' objects, and the act's own place, are where things happen ("blamed
    spending *in its UK division*", "declared a ceasefire *in south Lebanon*"), except for a
    territorial measure (``TERRITORIAL_CODES``: "lifted the state of emergency *in West
    Darfur*", "will extend the curfew *in Abidjan*"), whose CAMEO code names the population it
    is laid on. An object that is a party noun left uncoded ("killed civilians in Y") keeps the
    act."""
    if draft.recipient or draft.recipient.text_heads:
        return
    trigger = draft.trigger
    holders, bodies = [], []
    if root in REQUEST_ROOTS:  # what is asked for, placed in a land: "appealed for peace in X"
        objects = children(trigger, {"dobj"}) + prep_objects(trigger, {"for"})
        holders = objects + [o for obj in objects for o in prep_objects(obj, {"of", "for"})]
        # round 19: membership is asked of the body it is in ("requested *EC* membership")
        bodies = [m for obj in objects if obj.lemma_.lower() in MEMBERSHIP_NOUNS
                  for m in children(obj, {"compound", "nmod"}) + prep_objects(obj, {"in", "of", "to"})]
    if draft.code.startswith(TERRITORIAL_CODES):  # the act's own place ("a truce in X" is not)
        holders += [trigger, trigger.head if _light_object(trigger) else trigger, clause_token(draft)]
    heads = [obj for h in dict.fromkeys(holders) for prep in h.children
             if prep.dep_ == "prep" and prep.lower_ in MEASURE_PREPS
             for obj in children(prep, {"pobj"})]
    body = party(bodies, parsed, index, skip=frozenset(draft.actor.ids))
    if body.code:  # an IGO too, which first_country skips
        draft.recipient = body
        return
    country, ids = first_country(heads, parsed, index)
    if country:
        draft.recipient = Party(ids=[i for i in ids if i not in draft.actor.ids], code=country,
                                inferred=True)


def _light_object(noun) -> bool:
    """A trigger noun that is its verb's object ("extend the *curfew*")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "dobj"


#: CAMEO's de-escalation codes (087x: withdraw, retreat, demobilise): acts of moving away.
WITHDRAWAL = "087"


def withdrawn_from(draft: Draft, parsed, index: EntityIndex) -> None:
    """Rule 7, *the place withdrawn from*: in "the withdrawal of some forces *from Panama*" the
    "from" phrase under the withdrawn forces is the source of the movement, the place left,
    which CAMEO 087 codes as the target; it is not the forces' origin ("troops from Bangladesh")
    nor a second actor."""
    if draft.recipient or not draft.code.startswith(WITHDRAWAL):
        return
    themes = prep_objects(draft.trigger, {"of"}) + children(draft.trigger, {"dobj"})
    country, ids = first_country([o for t in themes for o in prep_objects(t, {"from"})], parsed, index)
    if country:
        draft.recipient = Party(ids=ids, code=country)
        kept = [i for i in draft.actor.ids if i not in ids]
        if ids and not kept and draft.actor.ids:  # the place was its only "actor"
            draft.actor = Party()
        elif kept != draft.actor.ids:
            draft.actor.ids = kept


def owned_by_another(draft: Draft) -> bool:
    """Is the act's object owned by a party other than its actor? "Calenardhon *crowds*
    burned down *its* embassy": singular "its" cannot take the plural actor as antecedent
    (pronouns agree in number with their antecedent), so the embassy is another party's and the
    act is not aimed at home (rule 3 does not apply; the owner is left to the sentence)."""
    heads = [h for h in draft.actor.text_heads if h.pos_ in ("NOUN", "PROPN")]
    if not heads or not all(h.tag_ in ("NNS", "NNPS") for h in heads):
        return False
    objects = children(draft.trigger, {"dobj"})
    return any(p.dep_ == "poss" and p.lower_ == "its" for o in objects for p in o.children)


THREAT_ROOT = "13"
#: Subordinators of a condition: "… *unless* Israel rescinded …", "… *if* X does not …".
CONDITION_MARKS = frozenset({"if", "unless"})


def condition_target(draft: Draft, root: str, parsed, index: EntityIndex) -> None:
    """Rule 8, *the party a threat's condition names*: "threatened to strike *unless Israel*
    rescinded its annexation", "will impose sanctions *if X* does not withdraw". A conditional
    threat makes the harm depend on what the condition's subject does, so that subject is the
    one threatened (CAMEO 13: threats are coercive, aimed at the party that must comply)."""
    if root != THREAT_ROOT or draft.recipient:
        return
    verbs = [draft.trigger, clause_token(draft)]
    verbs += [x for v in verbs[:1] for x in children(v, {"xcomp"})]
    heads = [s for v in dict.fromkeys(verbs) for c in children(v, {"advcl"})
             if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
             for s in children(c, {"nsubj", "nsubjpass"})]
    found = party(heads, parsed, index, skip=frozenset(draft.actor.ids))
    if found.code:
        found.inferred = True
        draft.recipient = found


def host_parties(draft: Draft, root: str, parsed, index: EntityIndex) -> None:
    """Fill an event's missing actor country and recipient from where it happens (see module)."""
    withdrawn_from(draft, parsed, index)
    condition_target(draft, root, parsed, index)
    if root not in HOST_ROOTS:
        measure_place(draft, root, parsed, index)
        return
    described = draft.trigger.dep_ == "acl"
    if described and (root not in VIOLENT_ROOTS or draft.trigger.tag_ != "VBN"):
        return
    country, ids = host_country(draft, parsed, index)
    if described and not draft.recipient:  # "10 Russian soldiers *killed* in Ukraine"
        draft.recipient = party([draft.trigger.head], parsed, index)
    if root in VIOLENT_ROOTS and not draft.actor and not draft.actor.text_heads:
        source, source_ids = source_country(draft, parsed, index)
        if source and source != (draft.recipient.code or "")[:3]:
            draft.actor = Party(ids=source_ids, code=source, inferred=True)
            return
        if country and not (ids and set(ids) <= set(draft.recipient.ids)):
            # the place is where it happened, unless it is the target itself ("fired at X")
            draft.actor = Party(ids=[i for i in ids if i not in draft.recipient.ids], code=country,
                                inferred=True)
            return
    if country and not draft.actor.code and draft.actor.text_heads:
        sectors = uncoded_sectors(draft.actor.text_heads, parsed, index)
        if sectors:
            draft.actor.code, draft.actor.inferred = country + "".join(sectors), True
    if draft.recipient or draft.recipient.text_heads:
        return  # a named party, or an uncoded one ("killed civilians in Y")
    own = draft.actor.code[:3] if draft.actor.code else None
    if root == CONSULT_ROOT and (len(draft.actor.ids) > 1 or country == own):
        return
    ids = [i for i in ids if i not in draft.actor.ids]
    if country:
        draft.recipient = Party(ids=ids, code=country, inferred=True)
    elif root in DOMESTIC_ROOTS and own and own not in NON_COUNTRY_BLOCKS \
            and not owned_by_another(draft):
        draft.recipient = Party(code=own, inferred=True)
    else:
        measure_place(draft, root, parsed, index)
