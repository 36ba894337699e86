"""Events that are not the sentence's news: alleged violence and background clauses.

*Background.* A relative clause describes the noun it modifies with what the reader is taken
to know ("expanding its campaign against the militant group *that has seized* parts of Iraq"):
PETRARCH codes the events of the top verb phrase, not of such descriptions, and on both dev
sets dropping them raised precision without losing a gold event (:func:`background`).

*Alleged violence.* An attack inside an accusation's clause is the accusation's content.

"The US *claimed* that ISIL had attacked Iraq": the event is the claim (CAMEO 112, coded on the
accusing verb), and the attack is only alleged, as the demanded act is no event of a demand
(``event_prune``). PETRARCH 2's verb dictionary (CAMEO.2.0.txt, TRANSFORMATIONS) codes the same
sentence as the one accusation "A b 112".

Its transformations for plain speech verbs ("A says B attacked C" → A accuses B) are followed
since round 11 for political speakers and hostile acts (``event_accusation``); other reported
speech keeps the reported act, with the speaker in ``attributed_to`` (SCHEMA).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_states import speculated
from .event_subjects import nonrestrictive, specified
from .event_args import by_agents
from .event_lexicon import Lexicon, lookup
from .event_modality import clause_verb

if TYPE_CHECKING:
    from .event_triggers import Draft

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ACCUSE_ROOT = "11"


#: Prepositions that place the main event in time or cause against another one: "imposed a
#: curfew *after clashes* …", "the first attack *since the war*", "*in response to* US strikes".
TIME_PREPS = frozenset({"after", "before", "since", "following", "amid", "amidst", "until"})
#: Multiword ones by the word that governs their last preposition ("ahead *of*", "prior *to*",
#: "in the wake *of*", "in response *to*", "in retaliation *for*").
TIME_PHRASES = {"of": frozenset({"ahead", "wake", "aftermath"}), "to": frozenset({"prior", "response"}),
                "for": frozenset({"retaliation"})}


def _time_adjunct(prep) -> bool:
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in TIME_PREPS:
        return True
    return prep.head.lower_ in TIME_PHRASES.get(prep.lower_, ())


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def _misparsed_main_clause(verb) -> bool:
    """A "relative clause" that is the sentence's only predicate: the parser read a long
    subject ("The EU foreign policy chief Javier Solana *called* on …") as a noun root with a
    relative clause. A sentence of news prose has a main verb; a clause without a relative word
    on a verbless noun root is that verb."""
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(t.lower_ in RELATIVE_WORDS or t.tag_ in ("WDT", "WP", "WP$", "WRB")
                   for t in verb.subtree if t.i < verb.i)


def _reduced_relative(verb) -> bool:
    """A past participle without its own agent modifying a noun ("a programme *agreed* with
    the IMF", "the weapons *supplied* to X"): a reduced relative clause ("that was agreed …")
    that describes the noun with a known act, as a full relative clause does (a VBD tag there
    is the tagger mistaking the participle). With a "by" agent ("traders *arrested by* police")
    the participle names its doer and stays an event (``event_args._subject_heads``); in an
    existential ("there were ten soldiers *killed*") the participle is what is reported."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if by_agents(verb):
        return False
    governor = verb.head.head
    return not (governor.lemma_ == "be" and any(c.dep_ == "expl" for c in governor.children))


def background(draft: Draft) -> bool:
    """True for an event whose clause is a relative clause ("the group *that seized* …"), or for
    an event noun that only dates or motivates another act ("imposed a curfew *after clashes*
    in the capital", "*in retaliation for* the attack"): such a phrase presupposes its event, as a
    relative clause does, and PETRARCH codes the verb phrase, not the noun in its adjunct. The
    content of a speculation is no reported act either (round 18, ``event_states.speculated``)."""
    if speculated(draft.trigger):
        return True
    verb = clause_verb(draft.trigger)
    if verb.dep_ == "relcl":  # a non-restrictive one asserts its act (event_subjects)
        return not (_misparsed_main_clause(verb) or nonrestrictive(verb) or specified(verb))
    if _reduced_relative(verb):
        return True
    token = draft.trigger
    if not draft.nominal:
        return False
    if token.dep_ == "compound":
        token = token.head
    return token.dep_ == "pobj" and _time_adjunct(token.head)


def alleged_content(draft: Draft, lex: Lexicon) -> bool:
    """True for an attack in the clausal complement of a verb coded as an accusation."""
    if draft.code[:2] not in VIOLENT_ROOTS:
        return False
    verb = clause_verb(draft.trigger)
    if verb.dep_ != "ccomp" or verb.head == verb:
        return False
    return any(p.code and p.code[:2] == ACCUSE_ROOT for p in lookup(lex.verbs, verb.head))


#: CAMEO roots of hostile acts (quad classes 3–4: verbal and material conflict).
HOSTILE_ROOTS = frozenset(f"{r:02d}" for r in range(10, 21))
#: Verbs that code 112 with a content clause but only assert: "claim" commits the speaker to
#: the content, wrongdoing or not ("allege" names wrongdoing by itself and is not listed).
NEUTRAL_CLAIMS = frozenset({"claim"})


def neutral_claim(draft: "Draft", drafts: list) -> bool:
    """True for "X claimed that …" coded 112 when its content clause holds no hostile act.

    CAMEO 112 is "accuse, charge, or allege wrongdoing"; a claim that the speaker's forecasts
    are accurate or that a book's story is true alleges no wrongdoing and is a statement
    (010, not coded by default). The claim stays an accusation when an act of the conflict
    roots (10–20) is coded inside its content clause ("claimed that *X attacked* Y", round 11's
    alleged content)."""
    trigger = draft.trigger
    if not draft.code.startswith("112") or trigger.lemma_.lower() not in NEUTRAL_CLAIMS:
        return False
    contents = [c for c in trigger.children if c.dep_ == "ccomp"]
    if not contents:
        return False
    inside = {t.i for c in contents for t in c.subtree}
    return not any(d is not draft and d.trigger.i in inside and d.code[:2] in HOSTILE_ROOTS
                   for d in drafts)



#: Passive verbs of belief and expectation: "X *is believed* offering", "X *is thought* to have
#: …", "X *is expected* to sign off on …" report what others believe or forecast, not an act (gold
#: conventions: beliefs, forecasts and unconfirmed reports are no events).
BELIEF_PASSIVES = frozenset({"believe", "think", "rumour", "rumor", "presume", "suppose", "expect"})
#: Scheduled meetings, visits (gold convention 1) and signings are coded though expected: CAMEO 04, 05.
SCHEDULED_ROOTS = frozenset({"04", "05"})


def believed(draft: "Draft") -> bool:
    """True for an act in the complement of a passive belief or expectation verb (round 19):
    "X was believed offering …", "the fund is expected to grant a credit" (the noun's verb)."""
    if draft.code[:2] in SCHEDULED_ROOTS:
        return False
    token = draft.trigger
    if draft.nominal and token.dep_ == "dobj":
        token = token.head  # "approve a *loan*": the verb of the event noun
    for _ in range(3):
        if token.dep_ != "xcomp" or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in BELIEF_PASSIVES and any(c.dep_ == "auxpass" for c in token.children):
            return True
    return False


#: Determiners of a noun that names any act of a kind, not a specific one ("*any* attack on our
#: ships will bring a response"): gold convention 5 codes nouns naming a specific act.
GENERIC_DETS = frozenset({"any", "every", "each"})


def posited(draft: "Draft") -> bool:
    """True for a generic event noun (:data:`GENERIC_DETS`), round 19. An act in an "if"
    clause stays, with modality ``hypothetical`` (SCHEMA; test_events' sentence table)."""
    trigger = draft.trigger
    return draft.nominal and any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in trigger.children)


def unreported(draft: "Draft", lex: Lexicon) -> bool:
    """Whether a draft is no reported act: alleged violence, background, a belief or forecast, a
    generic or conditional act."""
    return alleged_content(draft, lex) or background(draft) or believed(draft) or posited(draft)
