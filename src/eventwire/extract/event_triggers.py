"""Find and classify event triggers in one dependency-parsed sentence.

Three trigger shapes, all driven by ``data/event_verbs.csv``:

* verbs: "Russia *attacked* Ukraine" — subject → actor, object/prep object → recipient;
  passives swap ("X was attacked by Y" → actor Y, recipient X);
* light verb + event noun: "X *held talks* with Y", "X *imposed sanctions* on Y" — the noun
  gives the code and is the trigger, the light verb gives the actor;
* event nouns on their own: "the *meeting* between X and Y", "an *attack* on Z by Y",
  "the *withdrawal* of U.S. troops" — possessor/"by"/"of"/compound entities are actors.

Reciprocal events (meet, talk, negotiate): the subject stays actor and the "with" object is the
recipient (as the SCHEMA example); "talks between X and Y" of a symmetric act gives both as
actors with no recipient, PLOVER's reciprocal form (:mod:`.event_reciprocal`), while a directed
act ("clashes between X and Y") keeps actor X, recipient Y.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .event_anaphora import anaphor_kind
from .event_args import (
    EntityIndex,
    Party,
    agentive_use,
    by_agent_present,
    children,
    of_object,
    party,
    patient_compound,
    prep_objects,
    recipient_heads,
    subject_heads,
    summoned_addressee,
)
from .event_constructions import (converse_draft_parties, converse_slots, during_actor,
                                  speakers_own, visiting_adjective, visiting_objects)
from .event_intent import controlled_code
from .event_means import means_code, noun_means_code
from .event_modality import mandative_clauses, mentioned_only
from .event_objects import (described_thing, slot_heads, stranded_object_phrases, verb_object_slots,
                            with_theme_recipient)
from .event_labels import (amount_giver, amount_verb, appeal_draft, courtesy_call,
                           labelling_draft, must_draft, pledged_code, protest_target)
from .event_lexicon import (AMBIGUOUS_POSSESSOR_NOUNS, POSSESSOR_AGENT_NOUNS, TERRITORIAL,
                            Lexicon, Pattern, best_match, lookup, target_preps)
from .event_prune import prune_drafts
from .event_reciprocal import make_reciprocal, symmetric
from .event_measures import bare_instrument, instrument_light_verb, light_governor, light_object_pattern
from .event_states import (adjective_row_fits, ended_owner, existing_accord, prepositional_adjective,
                           state_holder, topic_only, venue_modifier)

CONTROLLER_ROOTS = frozenset({"03", "13"})  # offers, promises and threats take their act's kind
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Speech-act roots whose addressee may be the subject of the reported clause.
CLAUSE_RECIPIENT_ROOTS = frozenset({"02", "10", "11", "12", "13"})
MEDIATE = "045"
#: Event nouns whose "during"/"for" frame makes the clause subject a participant: meetings and
#: visits (04), demonstrations and strikes (14: "threw stones *during demonstrations*").
FRAMED_ROOTS = frozenset({"04", "14"})
XCOMP_SLOTS = ("dobj", "to", "with", "against", "on")
BARE_INFINITIVE_VERBS = frozenset({"help", "let", "make"})  # "help X do": X is the one helped
OBJECT_PREPS = frozenset({"against", "on", "to"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
#: Quantity and partitive nouns whose "of" object names what is acted on ("suspended *part* of
#: the aid programme", "withdrew *thousands* of troops", "delivered 300 *tons* of food").
QUANTITY_KINDS = ("count", "measure", "part")


@dataclass
class Draft:
    """An event found in a sentence, before it becomes a record."""

    trigger: object  # spaCy token
    code: str
    mode: Optional[str]
    actor: Party
    recipient: Party
    nominal: bool
    constrained: bool


def _verb_pattern(token, lex: Lexicon) -> Optional[Pattern]:
    """The best lexicon row for a verb; a to-infinitive complement counts as the particle
    ``xcomp`` and its verb as an object ("refused *to* meet", "declined to *comment*"), a
    clausal complement as the particle ``ccomp`` ("claimed *that* …")."""
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "agent")}
    xcomps = children(token, {"xcomp"}) + _to_clauses(token)
    if xcomps:
        particles.add("xcomp")
    if children(token, {"ccomp"}):  # "claimed *that* X attacked Y"
        particles.add("ccomp")
    if children(token, {"auxpass"}):  # "X will be represented": rows for a passive's own sense
        particles.add("passive")
    dobjs = [_named_object(d) for d in children(token, {"dobj", "nsubjpass"})]  # "sanctions were lifted"
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "the *figures* released by …": a reduced
        dobjs.append(_named_object(token.head))  # passive relative's noun is its object
    objects = verb_object_slots(token, dobjs, xcomps)  # per slot: the row's own preposition
    modifiers = {c.lemma_.lower() for c in children(token, {"advmod", "npadvmod"})}  # "*test*-fired"
    return best_match(
        lookup(lex.verbs, token), particles=particles, objects=objects, modifiers=modifiers
    )


def _to_clauses(token) -> list:
    """Object-control infinitives the parser attaches as clausal complements: "allowed the
    opposition *to hold* a rally" (ccomp with its own subject and "to")."""
    return [c for c in children(token, {"ccomp"})
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _named_object(token):
    """What an object names: a quantity or part gives way to its "of" object ("freed *some* of
    the *hostages*", "shipped 300 tons of *grain*")."""
    for _ in range(3):
        inner = of_object(token, QUANTITY_KINDS)
        if inner is None:
            break
        token = inner
    return token


def _noun_pattern(noun, lex: Lexicon) -> Optional[Pattern]:
    patterns = lex.nouns.get(noun.lower_) or lex.nouns.get(noun.lemma_.lower()) or ()
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in MODIFIER_DEPS}
    of_objects = [_named_object(o) for o in prep_objects(noun, {"of", "on"})]  # "ban *on* imports"
    of_objects += [c for o in of_objects for c in children(o, {"compound"})]  # "of *peacekeeping* troops"
    objects = {o.lemma_.lower() for o in of_objects} | {o.lower_ for o in of_objects} | modifiers
    # a noun with a that- or to-clause ("its demand *that* X ease …") names a speech act
    particles = {"ccomp"} if _content_clauses(noun) else set()
    return best_match(patterns, particles=particles, objects=objects, modifiers=modifiers)


def _content_clauses(noun) -> list:
    """Clauses a noun governs as its content: "the demand *that* Israel ease …", "a call *to*
    end …"."""
    return [c for c in children(noun, {"acl", "ccomp"})
            if any((m.dep_ == "mark" and m.lower_ == "that") or (m.dep_ == "aux" and m.lower_ == "to")
                   for m in c.children)] + mandative_clauses(noun)


def _governor_subject(noun, lex: Lexicon) -> list:
    """The subject of the speech verb governing an event noun whose possessor is a pronoun: "X
    reiterated *its* demand", "X insisted on *its* demands" (the possessor is the speaker; a
    verb acting on the noun, "X ended *its* agreement", does not perform it)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.speech:
        return []
    return subject_heads(verb)[0]


def _threat_code(token, code: str, lex: Lexicon) -> str:
    """Refine an offer or a threat by the act it controls: "threatened to attack" → 138,
    "offered to help" → 033, "pledged to release" → 0353, "vowed to retaliate" → 138
    (``event_intent.controlled_code``)."""
    if code[:2] not in CONTROLLER_ROOTS:
        return code
    for xcomp in children(token, {"xcomp"}):
        pattern = _verb_pattern(xcomp, lex) or light_object_pattern(xcomp, lex, lambda n: _noun_pattern(n, lex))
        negated = any(c.dep_ == "neg" for c in xcomp.children)
        refined = controlled_code(token.lemma_.lower(), code, pattern.code, negated=negated) \
            if pattern and pattern.code else None
        if refined:
            return refined
    return code


def _clause_subjects(token) -> list:
    """Subjects of a verb's clausal complement: "demanded that *the US* cancel the sale"."""
    return [s for c in children(token, {"ccomp"}) for s in children(c, {"nsubj", "nsubjpass"})]


def _speaker_for_pronoun(token, heads: list, lex: Lexicon) -> list:
    """A pronoun subject of a reported clause is the speaker ("Turkey said *it* opposed …"):
    the usual reading in news, where the speaker reports its own acts."""
    if not heads or any(h.lower_ not in SPEAKER_PRONOUNS for h in heads):
        return heads
    clause = token
    for _ in range(4):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.speech:
            speakers, _ = subject_heads(clause.head)
            return speakers or heads
        if clause.dep_ not in ("xcomp", "conj", "acomp", "advcl") or clause.head == clause:
            break
        clause = clause.head
    return heads


def _is_trigger_pos(token) -> bool:
    """Verbs, predicate adjectives with a to-infinitive ("is *willing* to send") or with a
    preposition ("is *satisfied* with": :mod:`.event_states`)."""
    if token.pos_ == "VERB" or prepositional_adjective(token):
        return True
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and bool(children(token, {"xcomp"}))


def _shared_objects(token) -> list:
    """The object of a coordinated verb that shares the trigger's subject: "shot and wounded *a
    Palestinian*", "beat and detained *two journalists*" (English puts the shared object after
    the last conjunct)."""
    return [o for c in children(token, {"conj"}) if c.pos_ == "VERB"
            and not children(c, {"nsubj", "nsubjpass"}) for o in children(c, {"dobj"})]


def _complement_chain(token, depth: int = 3):
    """Recipient heads of the act's complements, level by level: "willing to send troops *to
    Mali*", and down a chain of purpose infinitives, "willing to send material to help defend
    *Saudi Arabia*" (what is sent is sent for whom the purpose names)."""
    level = [token]
    for _ in range(depth):
        level = [c for t in level for c in t.children if c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        if not level:
            return
        yield [h for x in level for h in recipient_heads(x, XCOMP_SLOTS) + _bare_clause_subjects(x)]


def _bare_clause_subjects(token) -> list:
    """The subject of a bare-infinitive complement is whom the act is for: "help *Iraq* restore
    security" (help/let/make take a bare infinitive with its own subject)."""
    if token.lemma_.lower() not in BARE_INFINITIVE_VERBS:
        return []
    return [s for c in children(token, {"ccomp"}) if c.tag_ == "VB"
            and not any(m.dep_ in ("mark", "aux") for m in c.children)
            for s in children(c, {"nsubj"})]


def _recipient_candidates(token, pattern: Pattern, passive_heads: list, lex: Lexicon):
    """Recipient head lists in order of preference; the first that names an entity wins.

    The pattern's own slots (or the passive subject), then the complement's object ("willing
    to send troops *to Mali*"), then a preposition on the object ("threatened action *against
    Russia*"), then, for speech acts, the reported clause's subject ("demanded that *the US* …").
    """
    yield passive_heads or recipient_heads(token, pattern.recipient)
    yield with_theme_recipient(token, pattern)  # "supplied *X* with weapons"
    yield visiting_objects(token)  # "met *visiting* Russian Prime Minister X"
    if passive_heads:  # "a rocket was fired *at X*": the passive subject is the thing acted
        # with, and the pattern's prepositional slots still name the target
        yield recipient_heads(token, tuple(s for s in pattern.recipient if s != "dobj"))
    yield summoned_addressee(token)  # "summoned *the ambassador* to protest"
    if "dobj" in pattern.recipient and not passive_heads and not children(token, {"dobj"}):
        yield _shared_objects(token)
    yield from _complement_chain(token)
    objects = children(token, {"dobj"}) + (passive_heads if passive_heads else [])
    if pattern.objects:  # the row's own prepositional object: "pulled out of *the talks* with X"
        objects += slot_heads(token, pattern.particle)
    # "evidence *against* X", "suspended part of the aid programme *for* X": the object's own
    # preposition, or one of the pattern's slots on what the object names
    own = {s for s in pattern.recipient if s != "dobj"}
    yield [h for o in objects for h in prep_objects(o, target_preps(o, OBJECT_PREPS, lex))
           + prep_objects(_named_object(o), target_preps(o, OBJECT_PREPS, lex) | own)]
    yield stranded_object_phrases(token)  # "rejected the proposal *by Greece*"
    yield ended_owner(token)  # "called for an end to *X's* embargo" (event_states)
    if pattern.code[:2] in CLAUSE_RECIPIENT_ROOTS:
        yield _clause_subjects(token)


def verb_draft(token, parsed, index: EntityIndex, *, lex: Lexicon) -> Optional[Draft]:
    """A draft for a verb trigger, or None when the verb matches no pattern."""
    if not _is_trigger_pos(token) or visiting_adjective(token):
        return None
    pattern = _verb_pattern(token, lex)
    if pattern is None or pattern.code is None or not adjective_row_fits(token, pattern):
        return None
    if pattern.particle == "by" and not party(subject_heads(token)[0], parsed, index):
        return None  # "hit by the yen's rise": a "by" row needs an acting agent, not a cause
    if converse_slots(pattern):  # "X received weapons from Y": Y gives
        parties = converse_draft_parties(token, pattern, parsed, index)
        return Draft(token, parties[2], pattern.mode, parties[0], parties[1], False, True) \
            if parties else None
    actor_heads, passive_heads = subject_heads(token)
    if pattern.particle == "passive":  # "X will be represented (at Y)": X takes part
        actor_heads, passive_heads = passive_heads, []
    actor_heads = _speaker_for_pronoun(token, actor_heads, lex)
    actor = speakers_own(party(actor_heads, parsed, index), actor_heads, token, parsed, index, lex)
    recipient, unnamed = Party(), None
    for heads in _recipient_candidates(token, pattern, passive_heads, lex):
        recipient = party(heads, parsed, index, skip=set(actor.ids))
        if recipient:
            break
        if unnamed is None and len(heads) == 1 and anaphor_kind(heads[0]):
            unnamed = recipient
    else:  # keep an anaphor that names nobody yet ("attacked *the country*"): event_anaphora
        recipient = unnamed if unnamed is not None else Party()
    if described_thing(token, pattern.code, recipient):
        return None
    return Draft(
        trigger=token,
        code=means_code(token, _threat_code(token, pattern.code, lex), lambda n: _noun_pattern(n, lex)),
        mode=pattern.mode,
        actor=actor,
        recipient=recipient,
        nominal=False,
        constrained=pattern.specificity > 0,
    )


def _noun_actor_heads(noun, pattern: Pattern) -> tuple[list, list, list]:
    """(actor heads, extra recipient heads, "between" head) attached to an event noun itself;
    "between X and Y": X is returned apart, as its conjuncts are the recipients."""
    possessors = children(noun, {"poss"})
    of_objects = prep_objects(noun, {"of"})
    patient_slot_open = "of" in pattern.recipient and not of_objects
    lemma = noun.lemma_.lower()  # "Kuwait's liberation": the undergoer unless agentive in use
    agentive = lemma in TERRITORIAL and agentive_use(noun, possessors)
    if lemma in AMBIGUOUS_POSSESSOR_NOUNS and not agentive and not by_agent_present(noun):
        possessors = []  # "Kuwait's invasion": invader or invaded? no party (event_lexicon)
    patient_possessor = patient_slot_open and (by_agent_present(noun) or (
        lemma not in POSSESSOR_AGENT_NOUNS and not agentive))
    # no "of" patient: an affected genitive is it ("the bombers' arrest", not "the army's arrest of X")
    actors = ([] if patient_possessor else possessors) + prep_objects(noun, {"by"})
    actors += [c for c in noun.children if c.dep_ in MODIFIER_DEPS and not venue_modifier(c)]
    if noun.dep_ == "compound":  # flat compounds: "the U.S. troop withdrawal announcement"
        actors += [c for c in noun.head.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i]
    recipients: list = possessors if patient_possessor else []
    if patient_slot_open:  # "the *Kuwait* invasion" = the invasion of Kuwait
        named = [a for a in actors if patient_compound(a)]
        actors = [a for a in actors if a not in named]
        recipients += named
    if "of" in pattern.recipient:
        recipients += of_objects
    else:
        actors += of_objects
    holder = noun.head if noun.dep_ == "compound" else noun  # "a mediation *mission* between …"
    between = (prep_objects(noun, {"between"}) or prep_objects(holder, {"between"}))[:1]
    if between and pattern.code.startswith(MEDIATE):  # the mediator is outside "between X and Y"
        return actors, recipients + between, []
    if between and symmetric(pattern.code):  # "talks between X and Y": both sides act (reciprocal)
        return actors + between, recipients, []
    if between:
        recipients += list(between[0].conjuncts)
    return actors, recipients, between


def noun_draft(noun, parsed, index: EntityIndex, *, lex: Lexicon) -> Optional[Draft]:
    """A draft for an event noun, alone or as the object of a light verb."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.pos_ == "PROPN" and any(  # a word of an ORG's
            e.type == "ORG" for e in index.overlapping(*parsed.char_span(noun))):  # name: "the *Pact*"
        return None
    light = light_governor(noun, lex, QUANTITY_KINDS) or instrument_light_verb(noun, lex)
    if light is None and bare_instrument(noun, lex):
        return None  # "U.S. tariffs on steel": a measure named, not imposed (event_measures)
    if noun.dep_ == "compound" and light is None:
        return None  # a modifier ("investment bank") names a kind of thing, not an event
    if light is None and (mentioned_only(noun, lex) or topic_only(noun) or existing_accord(noun)):
        return None  # "postponed *talks*", "feared an *attack*"
    pattern = _noun_pattern(noun, lex)
    if pattern is None or pattern.code is None:
        return None
    actor_heads, extra, between = _noun_actor_heads(noun, pattern)
    actor_heads = actor_heads or ([] if light is not None else state_holder(noun))  # "X was in talks"
    slots = tuple(s for s in pattern.recipient if s not in ("of", "between"))
    recipients = recipient_heads(noun, slots) + extra
    if noun.dep_ == "compound":  # the phrase's head holds the slots: "aid *programme* for X"
        recipients += recipient_heads(noun.head, slots)
    if pattern.code[:2] in CLAUSE_RECIPIENT_ROOTS:  # "its demand that *Israel* ease …"
        recipients += [s for c in _content_clauses(noun) for s in children(c, {"nsubj"})]
    possessors = children(noun, {"poss"})
    if light is None and possessors and all(p.pos_ == "PRON" for p in possessors) \
            and not set(possessors) & set(extra):  # a patient possessor ("his arrest") is no speaker
        actor_heads = _governor_subject(noun, lex) + actor_heads
    if light is not None:
        light_actors, light_passive = subject_heads(light)
        actor_heads = light_actors + actor_heads
        recipients = light_passive + recipients + recipient_heads(light, slots)
    actor = party(actor_heads + between, parsed, index, conjuncts=not between)
    recipient = party(recipients, parsed, index, skip=set(actor.ids))
    if not actor and light is None and pattern.code[:2] in FRAMED_ROOTS:  # "during a visit to X"
        actor = during_actor(noun, parsed, index, set(recipient.ids)) or actor
    if not actor and light is None:  # "pledged $45 million *in aid*": the giver's
        actor = amount_giver(noun, parsed, index, set(recipient.ids)) or actor
        if not recipient and (giving := amount_verb(noun)) is not None:  # "… in aid *to X*"
            recipient = party(recipient_heads(giving, slots), parsed, index, skip=set(actor.ids))
    if light is None and not (actor or recipient):
        return None  # a bare noun ("the meeting lasted") is too weak to code
    code = noun_means_code(noun, pledged_code(noun, pattern.code) if light is None else pattern.code)
    return Draft(noun, code, pattern.mode, actor, recipient, True, pattern.specificity > 0)


def sentence_drafts(
    parsed, index: EntityIndex, lex: Lexicon, *, statements: bool = False
) -> list[Draft]:
    """Every coded event in one parsed sentence, one per trigger token (010 only if asked)."""
    drafts: list[Draft] = []
    for token in parsed.doc:
        draft = (must_draft(token, parsed, index, lex=lex) or appeal_draft(token, parsed, index, lex=lex)
                 or labelling_draft(token, parsed, index)
                 or noun_draft(token, parsed, index, lex=lex)
                 or verb_draft(token, parsed, index, lex=lex))
        if draft is not None:
            courtesy_call(draft)
            make_reciprocal(draft)
            protest_target(draft, parsed, index)
            drafts.append(draft)
    return prune_drafts(drafts, lex, statements=statements)
