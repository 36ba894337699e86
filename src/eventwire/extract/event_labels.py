"""Speech acts that the verb alone does not name: labelling someone, and paying a call.

*Labelling* ("Kyiv *called* Moscow's campaign the work of a terrorist regime", "Kenya *branded*
the rebels terrorists", "the group was *labelled* a criminal gang by X"): a verb of naming
(call, brand, label, dub, term; describe/characterise/portray/denounce *as*) with an object and
a predicate that is an accusation. The act is the naming, not a statement: CAMEO 111
"criticize or denounce" (cameo_codes.csv), PLOVER ACCUSE. The target is whom the label is
pinned on: the object, or, when the object is an act or thing ("Moscow's *campaign*", "the
*attacks by* X"), its owner or doer. A label that accuses nothing ("called the talks a success")
is no event here. Passives swap the parties ("was branded a terrorist by X": X labels).

*Paying a call* ("the minister later *called on* the president"): "call on X" is an appeal
(CAMEO 02, round 8) only with what is asked for, a to-infinitive ("called on X *to* withdraw")
or a "for" phrase ("called on donors *for* help"). Without one it is the diplomatic courtesy
call, a visit: CAMEO 042 "make a visit" to X.

*What a protest is against*: a demonstration, strike or blockade states its target in its
purpose clause ("blocked a road *to show their disapproval of the US's policies*", "began a
hunger strike *to protest against Sweden's decision*"). CAMEO 14's target is whom the protest
is aimed at, so a coded party of that clause is the recipient before the place where the
protest happened is taken for one (``event_host``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .event_args import by_agents, children, party, prep_objects, subject_heads
from .event_intent import announced_code
from .event_lexicon import Lexicon

if TYPE_CHECKING:
    from .event_args import EntityIndex
    from .event_triggers import Draft

CRITICIZE = "111"
VISIT = "042"
DEMAND = "100"
APPEAL = "020"
WISH_VERBS = frozenset({"want", "wish"})  # "wants Putin to attack": grammar of wishing
OBLIGATION = frozenset({"must"})
PLEDGE_VERBS = frozenset({"pledge", "promise"})  # their amounts are announced, not given
#: Verbs of naming with an object predicate ("called X a Y").
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term"})
#: Verbs that take the label in an "as" phrase ("described X as Y").
AS_VERBS = frozenset({"brand", "label", "describe", "characterize", "characterise", "portray",
                      "denounce", "condemn", "depict", "paint", "decry", "list", "designate"})
#: Words that make a label an accusation: crimes and their doers, illegitimacy, deceit,
#: aggression (the kinds CAMEO 112x lists: crime, human rights abuses, aggression, war crimes).
ACCUSING_WORDS = frozenset({
    "terrorist", "terrorists", "terrorism", "terror", "criminal", "criminals", "crime", "crimes",
    "murderer", "murderers", "murder", "killer", "killers", "aggressor", "aggressors",
    "aggression", "genocide", "genocidal", "fascist", "fascists", "fascism", "nazi", "nazis",
    "butcher", "butchers", "thug", "thugs", "dictator", "dictatorship", "tyrant", "tyranny",
    "illegal", "illegitimate", "unlawful", "occupier", "occupiers", "invader", "invaders",
    "barbaric", "barbarism", "barbarian", "barbarians", "atrocity", "atrocities", "massacre",
    "provocation", "provocative", "puppet", "puppets", "liar", "liars", "lie", "lies",
    "propaganda", "sham", "farce", "hypocrisy", "hypocritical", "rogue", "pariah", "bandit",
    "bandits", "gangster", "gangsters", "mafia", "extremist", "extremists", "racist", "racism",
    "apartheid", "piracy", "pirates", "blackmail", "aggressive", "warmonger", "warmongers",
    "warmongering", "cowardly", "despicable", "outrageous", "unacceptable", "war-crime",
})
#: A thing labelled names its owner or doer through these ("*Moscow's* campaign", "attacks
#: *by* X", "the policy *of* X").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _label(token) -> list:
    """The predicate naming what the object is called: "called X *a sham*" (oprd, or a second
    object in a passive), "branded X *as* terrorists" (the "as" object)."""
    lemma = token.lemma_.lower()
    found = []
    if lemma in NAMING_VERBS:
        found += children(token, {"oprd", "attr", "xcomp"})
        objects = children(token, {"dobj"})
        if any(c.dep_ == "auxpass" for c in token.children):
            found += objects
        elif len(objects) > 1:  # "called X the work of …" parsed as two objects
            found += objects[1:]
    if lemma in AS_VERBS:
        found += prep_objects(token, {"as"})
        for obj in children(token, {"dobj"}):
            found += prep_objects(obj, {"as"})
    return found


def accusing(label) -> bool:
    """The label's words accuse: a word of ``ACCUSING_WORDS`` anywhere in its phrase."""
    return any(t.lower_ in ACCUSING_WORDS for t in label.subtree)


def _owners(noun) -> list:
    """Who an act or thing named as an object belongs to: its possessor or name modifier, its
    "by"/"of" phrase ("Moscow's campaign", "the attacks by X", "the policy of X")."""
    return ([c for c in noun.children if c.dep_ in OWNER_DEPS]
            + prep_objects(noun, {"by", "of"}))


def labelling_draft(token, parsed, index: "EntityIndex") -> Optional["Draft"]:
    """A CAMEO 111 draft for "X called/branded Y <an accusing label>", else None."""
    from .event_triggers import Draft

    if token.pos_ != "VERB":
        return None
    labels = [lab for lab in _label(token) if accusing(lab)]
    if not labels:
        return None
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if passive:
        targets = children(token, {"nsubjpass"})
        agents = by_agents(token) or [a for lab in labels for a in prep_objects(lab, {"by"})]
    else:
        targets = [o for o in children(token, {"dobj"}) if o not in labels]
        agents = subject_heads(token)[0]
    if not targets:
        return None
    actor = party(agents, parsed, index)
    recipient = party(targets, parsed, index, skip=set(actor.ids))
    if not recipient:
        recipient = party([o for t in targets for o in _owners(t)], parsed, index,
                          skip=set(actor.ids))
    if not (actor or recipient):
        return None
    return Draft(token, CRITICIZE, None, actor, recipient, False, True)


PROTEST_ROOT = "14"


def _purpose_clauses(token) -> list:
    """To-infinitive clauses of purpose on the trigger or on the verb whose object it is
    ("staged a protest *to denounce* …")."""
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "pobj") else [])
    return [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def protest_target(draft: "Draft", parsed, index: "EntityIndex") -> None:
    """A protest without a recipient takes the first coded party of its purpose clause."""
    if draft.code[:2] != PROTEST_ROOT or draft.recipient:
        return
    for clause in _purpose_clauses(draft.trigger):
        heads = [t for t in clause.subtree if t is not clause and t.dep_ in ("dobj", "pobj", "poss")]
        for head in heads:
            found = party([head], parsed, index, conjuncts=False, skip=set(draft.actor.ids))
            if found.code:
                draft.recipient = found
                return


def courtesy_call(draft: "Draft") -> None:
    """"called on X" without what is asked for is a visit to X (042), not an appeal (02)."""
    token = draft.trigger
    if draft.nominal or token.lemma_.lower() != "call" or draft.code[:2] != "02":
        return
    if not any(c.lower_ == "on" and c.dep_ in ("prep", "prt") for c in token.children):
        return
    asks = children(token, {"xcomp", "ccomp", "advcl"}) + prep_objects(token, {"for"})
    asks += [x for o in prep_objects(token, {"on"}) for x in children(o, {"acl", "relcl"})
             if any(a.lower_ == "to" for a in children(x, {"aux"}))]
    if not asks:
        draft.code = VISIT


def must_draft(token, parsed, index: "EntityIndex", *, lex: Lexicon) -> Optional["Draft"]:
    """A demand voiced as obligation: a speech verb whose complement says someone *must* act
    ("Britain said Libya must hand over the suspects"): actor the speaker, recipient the
    complement's subject."""
    from .event_triggers import Draft

    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.speech:
        return None
    for clause in children(token, {"ccomp"}):
        if any(a.lower_ in OBLIGATION for a in children(clause, {"aux"})):
            if not _addressee(children(clause, {"nsubj", "nsubjpass"})):
                continue  # "our goods must get cheaper": no actor is asked (round 19)
            actor_heads, _ = subject_heads(token)
            actor = party(actor_heads, parsed, index)
            recipient = party(children(clause, {"nsubj", "nsubjpass"}), parsed, index,
                              skip=set(actor.ids))
            return Draft(token, DEMAND, None, actor, recipient, False, True)
    return None


def _addressee(subjects: list) -> bool:
    """Whether an obligation's subject can be asked to act: a name, a pronoun or a party noun
    ("officials", "the government"), not a thing ("our *goods* must get cheaper"; gold
    convention 9: "must" aimed at a named actor)."""
    from .event_phrase import noun_sectors

    return any(s.pos_ in ("PROPN", "PRON") or noun_sectors(s) for s in subjects)


def appeal_draft(token, parsed, index: "EntityIndex", *, lex: Lexicon) -> Optional["Draft"]:
    """"X wants Y to act": an appeal (CAMEO 02) from X to Y, when Y is a named party and not X."""
    from .event_triggers import Draft

    if token.pos_ != "VERB" or token.lemma_.lower() not in WISH_VERBS:
        return None
    for clause in children(token, {"ccomp"}):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        actor = party(subject_heads(token)[0], parsed, index)
        recipient = party(children(clause, {"nsubj"}), parsed, index, skip=set(actor.ids))
        if actor and recipient:
            return Draft(token, APPEAL, None, actor, recipient, False, True)
    return None


#: Quantities that state an amount given ("£45 million", "500 tons", "Rs 500 crore").
AMOUNT_TAGS = frozenset({"CD", "$"})


def amount_giver(noun, parsed, index: "EntityIndex", skip: set):
    """The giver of an event noun that names what an amount consists of ("pledged £45 million
    *in aid* for X", "will provide Rs 500 crore *in aid*"): the amount is the verb's object and
    "in" says what it is, so the verb's subject gives the aid."""
    verb = amount_verb(noun)
    heads = subject_heads(verb)[0] if verb is not None else []
    return party(heads, parsed, index, skip=skip) if heads else None


def pledged_code(noun, code: str) -> str:
    """An aid noun naming what a pledged amount is ("pledged £45 million *in aid*") is an
    intent to give that aid (CAMEO 033x), not the aid itself (07x)."""
    verb = amount_verb(noun)
    if verb is None or verb.lemma_.lower() not in PLEDGE_VERBS:
        return code
    return announced_code(code) or code


def amount_verb(noun):
    """The verb whose object amount ``noun`` says the content of ("pledged £45 million *in
    aid*"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    # the phrase hangs on the amount ("£45 million *in aid*") or on its verb
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    amounts = [prep.head] if prep.head.dep_ == "dobj" else children(verb, {"dobj"})
    if verb.pos_ != "VERB" or not any(_is_amount(a) for a in amounts):
        return None
    return verb


def _is_amount(token) -> bool:
    return token.tag_ in AMOUNT_TAGS or any(c.tag_ in AMOUNT_TAGS for c in token.children)
