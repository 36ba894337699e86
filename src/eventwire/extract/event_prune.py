"""Settle the drafts of one parsed sentence into its events.

:mod:`eventwire.extract.event_triggers` drafts one event per trigger token; here drafts that are
one event (a participle elaborating an act, "arrest *warrants*"), acts controlled by another
trigger ("threatened to *attack*"), the content of a demand, a protest's purpose and a
condition or purpose clause are dropped, and the surviving drafts refine each other's codes and
recipients ("refused to meet X", "will withdraw … unless" → a threat).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .event_args import MESSAGE_NOUNS, children
from .event_constructions import permitted, refine_refusals, violent_protest, wished
from .event_intent import announced_code, requested_code, threat_content, warning_content
from .event_labels import amount_verb
from .event_lexicon import Lexicon, lookup
from .event_modality import condition_clause, mandative_clauses, purpose_clause
from .event_objects import slot_heads
from .event_reported import neutral_claim

if TYPE_CHECKING:
    from .event_triggers import Draft

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Prepositions naming the means of an act: "killed 25 militants *in air strikes*", "attacked
#: the post *with rockets*".
MEANS_PREPS = frozenset({"in", "with"})
THREAT_OF_FORCE = "138"  # "X threatened to attack Y": CAMEO's threaten with military force
CONTENT_ROOTS = frozenset({"02", "10"})  # appeals and demands: their complement is content
PROTEST_ROOT = "14"
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})  # "X said Y *must* …": CAMEO's demand, not specified below
THREAT = "130"  # "X will do Y *unless* Z": a conditional act is a threat (CAMEO 13)
DEMAND_ROOT = "10"  # CAMEO root of demands
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
REJECT_ROOT = "12"
#: Rejections and disapprovals (CAMEO 11: criticize, accuse): what they reject or condemn is their
#: content, no event of its own ("condemned the air *strike*", "rejected the *ultimatum*").
EVALUATION_ROOTS = frozenset({"11", REJECT_ROOT})
#: A sports result ("6-1 7-6", "won 2-0") in the sentence: contest verbs there name a match,
#: not force or diplomacy ("beat X 6-1", "fighting back to defeat", "meet the sixth seed").
SCORE = re.compile(r"(?<![\d.,-])\d{1,2}-\d{1,2}(?![\d.,]*\d)(?!-)")
CONTEST_LEMMAS = frozenset({
    "beat", "defeat", "fight", "attack", "clash", "meet", "meeting", "defend", "strike",
    "withdraw", "withdrawal", "pull", "release", "battle", "crush", "rout", "thrash",
})
#: Words of asking: an act "called for" or that someone "calls for X to do" is asked for, not done.
REQUEST_HEADS = frozenset({
    "call", "appeal", "press", "push", "campaign", "plead", "lobby", "urge", "demand", "ask",
    "request", "petition", "clamour", "clamor",
})
#: Head nouns after which an infinitive reports a real act: "the *first* country to recognise".
REALIS_MODIFIERS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


def _conditional_threat(draft: Draft) -> None:
    """An act announced for the future on a condition ("will withdraw its force *unless* …")
    is a threat, CAMEO 13: 138 when the act is violent, else 130."""
    token = draft.trigger
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in token.children)
    unless = any(m.lower_ == "unless" for c in children(token, {"advcl"}) for m in c.children
                 if m.dep_ == "mark")
    if future and unless and draft.code[:2] != "13":
        draft.code = THREAT_OF_FORCE if draft.code[:2] in VIOLENT_ROOTS else THREAT


def _borrow_recipients(drafts: list[Draft], lex: Lexicon) -> None:
    """A controlling trigger ("refused to *meet* X", "offered to *help* Y") without a recipient
    takes the recipient of the event it controls, which is then dropped as embedded."""
    by_trigger = {d.trigger: d for d in drafts}
    for draft in drafts:
        head = by_trigger.get(draft.trigger.head)
        if head is not None and draft.trigger.dep_ == "xcomp" and not head.recipient:
            head.recipient = draft.recipient


def clause_token(draft: Draft):
    """The verb that carries a draft in its clause: the light verb of "*held* talks", else the
    trigger itself."""
    token = draft.trigger
    if draft.nominal and token.dep_ == "compound" and token.head.dep_ == "dobj":
        token = token.head
    return token.head if draft.nominal and token.dep_ == "dobj" and token.head.pos_ == "VERB" else token


def _embedded(draft: Draft, triggers: set, lex: Lexicon) -> bool:
    """True for a trigger controlled by another trigger ("threatened to *attack*", "threatened
    to hold a general *strike*")."""
    token = clause_token(draft)
    return token.dep_ == "xcomp" and token.head in triggers and token.head.lemma_ not in lex.modal


def _content_tokens(drafts: list[Draft]) -> set:
    """Tokens of what is demanded or appealed for ("demanded that the EC *refuse* to recognize
    …", "its demand that Israel *ease* restrictions"): the content is no event of its own, but
    it refines the request's code ("asked X to *help*" → 023, ``event_intent.requested_code``)."""
    found = set()
    by_trigger = {d.trigger: d for d in drafts}
    for draft in drafts:
        if draft.nominal and draft.code[:2] == THREAT[:2]:
            found.update(threat_content(draft, by_trigger))
        if not draft.nominal and draft.code == THREAT:
            found.update(warning_content(draft, by_trigger))
        if draft.code[:2] not in CONTENT_ROOTS:
            continue
        # the clause asked for, or the act named as its object ("demanded *the release* of …",
        # "called *for sanctions* against …")
        parts = children(draft.trigger, {"ccomp", "acl", "xcomp"}) + mandative_clauses(draft.trigger)
        if not draft.nominal:
            parts += children(draft.trigger, {"dobj"}) + [
                o for p in draft.trigger.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in children(p, {"pobj"})]
        for clause in parts:
            tokens = list(clause.subtree)
            found.update(tokens)
            acts = [by_trigger[t] for t in tokens if t in by_trigger]
            if acts:
                draft.code = requested_code(draft.code, acts[0].code)
    return found


def _protest_purpose(draft: Draft, protests: set) -> bool:
    """A demand that is a protest's purpose ("staged a hunger strike *to demand* …",
    "blocked roads *demanding* …"): CAMEO codes the protest alone."""
    token = draft.trigger
    return draft.code[:2] == DEMAND_ROOT and token.dep_ in PURPOSE_DEPS and token.head in protests


def _speech_with_event(draft: Draft, triggers: set) -> bool:
    """A 010 statement whose complement holds a coded event: the event is what is reported."""
    if draft.code != "010":
        return False
    return any(t in triggers for c in children(draft.trigger, {"ccomp"}) for t in c.subtree)


def _absorb_objects(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """A verb pattern that names its object ("agreed to *talks*") absorbs that noun's draft.

    The verb keeps the code; the noun lends its recipient when the verb has none. Light verbs
    ("signed an *agreement*") do the opposite: the noun is the trigger (see below).
    """
    by_trigger = {d.trigger: d for d in drafts if d.nominal}
    absorbed = set()
    for draft in drafts:
        rejection = draft.code[:2] in EVALUATION_ROOTS
        assent = draft.code == "030" and draft.trigger.lemma_.lower() in ASSENT_VERBS
        if draft.nominal or not (draft.constrained or rejection or assent) \
                or draft.trigger.lemma_.lower() in lex.light:
            continue
        for obj in draft.trigger.subtree:
            noun = by_trigger.get(obj)
            if noun is None or obj.dep_ in SUBJECT_DEPS:  # its subject is another event
                continue
            if assent and not draft.constrained:  # "agreed *to a ceasefire*": intent of that act
                if obj.head.lower_ == "to" and obj.head.head == draft.trigger:
                    absorbed.add(obj)
                    draft.recipient = draft.recipient or noun.recipient
                    refined = announced_code(noun.code, controlled=True)
                    draft.code = refined if refined and refined[:2] == "03" else draft.code
                continue
            if obj.head in (draft.trigger, *draft.trigger.children) \
                    or obj in slot_heads(draft.trigger, obj.head.head.lower_) \
                    or (rejection and _in_objects(obj, draft.trigger)):  # "pulled out *of* X"
                absorbed.add(obj)
                draft.recipient = draft.recipient or noun.recipient
                if draft.code[:2] in CONTENT_ROOTS:  # "called for *talks*" → 026
                    draft.code = requested_code(draft.code, noun.code)
    # "pledged 50 million euros *in aid* to X": the noun saying what the amount is holds the
    # event (its code is the more specific one), not the verb's money sense
    return [d for d in drafts if d.trigger not in absorbed
            and not (d.code[:2] in GIVING_ROOTS
                     and any(_amount_content(o, d.trigger) for o in by_trigger))]


#: Verbs of assent whose "to" object is the act assented to ("agreed to a ceasefire").
ASSENT_VERBS = frozenset({"agree", "consent"})
#: Roots of giving and promising to give (CAMEO 03 intents, 07 aid): the codes of amounts.
GIVING_ROOTS = frozenset({"03", "07"})


def _amount_content(noun, verb) -> bool:
    """``noun`` says what the verb's object amount consists of ("pledged 50 million euros *in
    aid*"): the "in" phrase hangs on the amount or on the verb."""
    return amount_verb(noun) == verb


def _in_objects(token, verb) -> bool:
    """True when ``token`` lies inside an object of ``verb`` (its direct object, the object of
    one of its prepositions or its infinitive complement): what is rejected or condemned
    ("rejected an *ultimatum*", "opposed to French *mediation* in peace *negotiations*",
    "refused to respond to a *demand*", "condemned the *bombing* of …") is the evaluation's
    content, no event of its own."""
    for head in children(verb, {"dobj", "xcomp"}) + [o for p in children(verb, {"prep"})
                                                      for o in children(p, {"pobj"})]:
        if token in head.subtree:
            return True
    return False


def _merge_violent_subjects(drafts: list[Draft]) -> list[Draft]:
    """A violent event noun that is the subject of a violent verb of the same root is one event
    with it ("the air *strike* killed ten", "Israeli *airstrikes* on Gaza killed dozens"). The
    verb carries it, with the noun's more specific code and its actor, unless only the noun
    names a coded target (the victims counted by the verb are no party)."""
    by_trigger = {d.trigger: d for d in drafts}
    dropped = set()
    for noun in drafts:
        verb = by_trigger.get(noun.trigger.head)
        if not noun.nominal or noun.trigger.dep_ != "nsubj" or verb is None or verb.nominal \
                or verb.code[:2] != noun.code[:2] or noun.code[:2] not in VIOLENT_ROOTS:
            continue
        if noun.recipient.code and not verb.recipient.code:
            noun.actor = noun.actor or verb.actor
            dropped.add(verb.trigger)
            continue
        if verb.code in ("180", "190", "200"):
            verb.code = noun.code
        verb.actor = verb.actor or noun.actor
        dropped.add(noun.trigger)
    return [d for d in drafts if d.trigger not in dropped]


def _means_of(draft: Draft, by_trigger: dict):
    """The violent verb draft whose means phrase holds this violent noun draft ("killed four
    soldiers *in the shelling* of X"), or None."""
    token = draft.trigger
    if not draft.nominal or token.dep_ != "pobj" or token.head.lower_ not in MEANS_PREPS \
            or draft.code[:2] not in VIOLENT_ROOTS:
        return None
    governor = token.head.head
    other = by_trigger.get(governor)
    if other is None and governor.dep_ == "dobj":  # the phrase hangs on the object
        other = by_trigger.get(governor.head)
    if other is None or other is draft or other.nominal or other.code[:2] != draft.code[:2]:
        return None
    return other


def _same_event(draft: Draft, by_trigger: dict) -> bool:
    """A second trigger for an event already drafted: a participle elaborating an act of the
    same kind ("bombarded the city, *killing* eight"), the modifier of an event noun of the
    same kind ("arrest *warrants*" holds one arrest) or the means of a violent act ("killed
    four soldiers *in the shelling* of X": the verb took its code, ``event_triggers``)."""
    token = draft.trigger
    other = by_trigger.get(token.head)
    means_of = _means_of(draft, by_trigger)
    if means_of is not None:
        return bool(means_of.actor)  # else the noun names the parties: the verb goes instead
    if any(_means_of(d, by_trigger) is draft and d.actor for d in by_trigger.values()) \
            and not draft.actor:  # "were killed *in clashes between X and Y*"
        return True
    if other is None or other is draft or other.code[:2] != draft.code[:2]:
        return False
    return (token.dep_ == "advcl" and token.tag_ == "VBG") or (draft.nominal and token.dep_ == "compound")


def _unmirror(draft: Draft) -> None:
    """An actor whose country was only inferred from the sentence does not take the country its
    recipient names ("Insurgents bombarded … Syria's second city" is not SYR against SYR)."""
    actor, recipient = draft.actor, draft.recipient
    if actor.inferred and recipient.code and not recipient.inferred and actor.code \
            and actor.code[:3] == recipient.code[:3]:
        actor.code, actor.inferred = None, False


def _chain_top(token):
    """The top of a chain of infinitive complements: "to help *defend*" → "help", so an act
    inside a purpose or condition clause is judged by that clause."""
    for _ in range(4):
        if token.dep_ != "xcomp" or token.head == token:
            break
        token = token.head
    return token


def _requested(draft: Draft) -> bool:
    """The act asked for, when the asking is not itself coded (its speaker is no coded actor):
    "X called *for the release* of …", "renewed calls for Y *to apologise*". CAMEO codes the
    demand or appeal, never its content (see :func:`_content_tokens`)."""
    token = draft.trigger if draft.nominal and draft.trigger.dep_ == "pobj" else clause_token(draft)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in REQUEST_HEADS
    return token.dep_ in ("advcl", "acl", "ccomp", "xcomp") and head.lemma_.lower() in REQUEST_HEADS


def _sports_result(draft: Draft) -> bool:
    """A contest verb in a sentence that reports a score (see ``SCORE``)."""
    token = draft.trigger
    return token.lemma_.lower() in CONTEST_LEMMAS and bool(SCORE.search(token.sent.text))


def _infinitival_relative(draft: Draft, lex: Lexicon) -> bool:
    """An act in an infinitive that modifies a noun ("moves *to lift* the ban", "a deal *to
    suspend* repayments", "powers *to detain*"): infinitival relatives are irrealis, they name
    what is planned, proposed or allowed, not what happened; the noun is the event if any.
    "The first country to recognise X" reports a real act and stays. An event noun counts by
    its light verb ("moves to *impose* sanctions"); under another verb it names a standing act
    ("plans to end the *embargo*")."""
    token = clause_token(draft)
    if token is not draft.trigger and not lookup(lex.light, token):
        return False
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return not any(c.lower_ in REALIS_MODIFIERS for c in token.head.children)


#: Prepositions that give another act's grounds: "jailed him *for killing* two soldiers",
#: "criticised Y *over its bombing* of …".
GROUNDS_PREPS = frozenset({"for", "over"})


def _grounds(draft: Draft, clauses: set) -> bool:
    """An act named as the grounds of another coded act ("sentenced X to life *for killing*
    two Israelis", "arrested *for attacking* police", "praised Y *for helping*"): the offence or
    merit is what the act is about, presupposed or alleged, not a second event of the
    sentence."""
    token = clause_token(draft)
    if token.dep_ not in ("pcomp", "pobj") or token.head.lower_ not in GROUNDS_PREPS:
        return False
    return token.head.head in clauses


def _participle_adjunct(draft: Draft, clauses: set) -> bool:
    """An act in a participial adjunct of another coded act ("held talks with X …, *offering*
    further military support", "rejected the proposal, *urging* Y to …"): the adjunct
    elaborates the main act, and event coders (PETRARCH's main verb phrases, PLOVER's one event
    per report) code the main act only. Same-kind adjuncts are merged by ``_same_event``."""
    token = clause_token(draft)
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.head in clauses \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in token.children)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _described_participant(draft: Draft, clauses: set) -> bool:
    """An act in a participle that describes a participant of another coded act ("the civilians
    *imprisoned* for acting against Moscow were released", "freed the activists *detained*
    last week"): a reduced relative clause, background as a full one is
    (``event_reported.background``)."""
    token = clause_token(draft)
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBG") or token is not draft.trigger:
        return False
    noun = token.head
    if noun.dep_ not in ARGUMENT_DEPS or noun.lemma_.lower() in MESSAGE_NOUNS:
        return False  # "issued a statement *demanding* …" states the message (event_args)
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor in clauses and governor is not token


def prune_drafts(drafts: list[Draft], lex: Lexicon, *, statements: bool = False) -> list[Draft]:
    """The events of one sentence from its raw drafts: one draft per event, controlled, demanded,
    conditional and purpose acts dropped, codes refined by the acts they govern."""
    drafts = _absorb_objects(drafts, lex)
    nominal_heads = {d.trigger.head for d in drafts if d.nominal}
    drafts = [d for d in drafts if d.nominal or d.trigger not in nominal_heads
              or not lookup(lex.light, d.trigger)]
    _borrow_recipients(drafts, lex)
    refine_refusals(drafts)
    drafts = _merge_violent_subjects(drafts)
    by_trigger = {d.trigger: d for d in drafts}
    drafts = [d for d in drafts if not _same_event(d, by_trigger)]
    for draft in drafts:
        _conditional_threat(draft)
        _unmirror(draft)
        violent_protest(draft)
    content = _content_tokens(drafts)
    drafts = [d for d in drafts if d.trigger not in content]  # the act demanded is no event
    protests = {clause_token(d) for d in drafts if d.code[:2] == PROTEST_ROOT}
    drafts = [d for d in drafts if not _protest_purpose(d, protests)]
    drafts = [d for d in drafts if not neutral_claim(d, drafts)]  # a claim alleging no wrongdoing
    triggers = {d.trigger for d in drafts} | {clause_token(d) for d in drafts if d.nominal}
    clauses = {clause_token(d) for d in drafts}
    return [
        d for d in drafts
        if not _embedded(d, triggers, lex) and not _speech_with_event(d, triggers)
        and (statements or d.code != "010")
        and not _sports_result(d) and not _infinitival_relative(d, lex) and not _requested(d)
        and not permitted(clause_token(d)) and not wished(clause_token(d))
        and not _grounds(d, clauses) and not _participle_adjunct(d, clauses)
        and not _described_participant(d, clauses)
        and condition_clause(_chain_top(clause_token(d))) not in clauses  # a condition of another event
        and purpose_clause(_chain_top(clause_token(d))) not in clauses  # or its purpose
    ]
