"""Event arguments: from dependency heads to parties (entity ids and actor codes).

Which tokens are a trigger's arguments (subject, object, prepositional object; passives and
control) is decided here; what one argument phrase names is :mod:`event_phrase`'s work.

Compound arguments ("Kenya and Uganda") become lists of entity ids, PLOVER style, not cross
products. Their code is the code all members share, else the first member's code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .event_lists import misparsed_list
from .event_subjects import announced_plan, mislabeled_subject, relative_antecedent
from .event_phrase import (  # noqa: F401  (re-exported for the event modules)
    EntityIndex,
    _code,
    argument_head,
    best_entity,
    nested_conjuncts,
    of_object,
    refine_code,
    resolve,
    resolve_placed,
    subtree_span,
    uncoded_sectors,
)


@dataclass
class Party:
    """One side of an event (actor or recipient): entity ids and the side's code."""

    ids: list[str] = field(default_factory=list)
    code: Optional[str] = None
    text_heads: list = field(default_factory=list)  # the head tokens, for modality/place checks
    inferred: bool = False  # the country came from the sentence, not the argument's own words

    def __bool__(self) -> bool:
        return bool(self.ids or self.code)


#: Prepositions whose object is the target of any act.
TARGET_PREPS = frozenset({"against"})


def coordinated_modifiers(head, parsed, index: EntityIndex, code: Optional[str]) -> list:
    """(entity, code) for each coded modifier in a coordination on the head noun ("*US* and
    British activists", "*Hungarian* and Romanian officials"): one actor each, PLOVER style.
    A bare country takes the head's role: its sector noun, else the head entity's sectors."""
    found = []
    sectors = code[3:6] if code and len(code) >= 6 and code[:3] not in ("IGO", "NGO") else ""
    for mod in head.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or not mod.conjuncts:
            continue
        for token in (mod, *mod.conjuncts):
            for entity in index.overlapping(*parsed.char_span(token)):
                own = _code(entity)
                if own and len(own) == 3:
                    refined = refine_code(own, entity, head)
                    own = refined if refined != own else own + sectors
                if own and all(e is not entity for e, _ in found):
                    found.append((entity, own))
    return found if len(found) > 1 else []


def _argument_tokens(head, conjuncts: bool):
    """(token, the token naming it) for a head and its conjuncts; the conjuncts of a quantity's
    "of" object count too ("scores of Sierra Leonean *and Liberian refugees*")."""
    for token in [head, *head.conjuncts, *misparsed_list(head)] if conjuncts else [head]:
        named = argument_head(token)
        yield token, named
        if conjuncts and named is not token:
            yield from ((c, c) for c in named.conjuncts)


def party(
    heads: list, parsed, index: EntityIndex, *, conjuncts: bool = True, skip: frozenset = frozenset()
) -> Party:
    """Resolve argument heads (each with its conjuncts, unless told not to) to a :class:`Party`.

    Entities in ``skip`` (the other side's) are left out: nobody acts on themselves here.
    """
    result = Party()
    codes: list[str] = []
    for head in heads:
        for token, named in _argument_tokens(head, conjuncts):
            if token in result.text_heads:
                continue
            result.text_heads.append(token)
            entity, code, inferred = resolve_placed(named, parsed, index)
            if entity is not None and (entity.id in result.ids or entity.id in skip):
                continue
            if entity is not None:
                result.ids.append(entity.id)
            if code:
                codes.append(code)
                result.inferred = result.inferred or inferred
            others = coordinated_modifiers(named, parsed, index, code)
            if entity is not None and entity not in index.overlapping(*parsed.char_span(named)):
                # a party named inside the phrase ("officials *in Kenya and Uganda*",
                # "relations with Congo and Costa Rica"): its conjuncts are parties too, each
                # with the head's role
                others += [(o, refine_code(c, o, named))
                           for o, c in nested_conjuncts(named, entity, parsed, index)]
            for other, other_code in others:
                if other.id not in result.ids and other.id not in skip:
                    result.ids.append(other.id)
                    codes.append(other_code)
    # A shared code is the first code too: one rule covers both cases.
    result.code = codes[0] if codes else None
    return result


def children(token, deps: set[str]) -> list:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token, preps: set[str]) -> list:
    """Objects of the given prepositions attached to ``token`` ("met *with* X")."""
    found = []
    for prep in token.children:
        if prep.dep_ in ("prep", "prt", "agent", "dative") and prep.lower_ in preps:
            found.extend(children(prep, {"pobj", "pcomp"}))
    return found


def by_agent_present(noun) -> bool:
    """Does an act noun have its own "by" agent ("Kuwait's invasion *by Iraq*")? Then its
    genitive is the patient, as in the passive it paraphrases ("Kuwait was invaded by Iraq"):
    a nominal has one agent, and a "by" phrase names it (Quirk et al. 1985, §17.42 on the
    objective genitive with "by"); without one, see ``event_lexicon.TERRITORIAL``."""
    return bool(prep_objects(noun, {"by"}))


#: Goal or target prepositions of an act done to a place: "the invasion *into* Ukraine", "the
#: blockade *on* Gaza", "the occupation *in* the West Bank" name the undergoer themselves.
UNDERGOER_PREPS = frozenset({"into", "on", "against", "of"})
#: Entity types of a place "in" which an act is done ("in 1990" is a time, not an undergoer).
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def agentive_use(noun, possessors: list) -> bool:
    """Is a territorial act noun (``event_lexicon.TERRITORIAL``) used with its genitive as the
    doer? Yes when its undergoer is named elsewhere in the phrase (an "of", "on", "into",
    "against" or "in" object: a nominal has one patient) or when every genitive is a pronoun
    ("its occupation": the party the sentence already names as the doer)."""
    if possessors and all(p.pos_ == "PRON" for p in possessors):
        return True
    return bool(prep_objects(noun, UNDERGOER_PREPS)) or any(
        o.ent_type_ in PLACE_ENTS for o in prep_objects(noun, {"in"}))


AGENT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})


def by_agents(verb) -> list:
    """Noun-phrase objects of "by": a passive's agent. "by *promoting* biofuels" (a gerund) is a
    means adverbial and "by *far*" a degree adverb; neither is an agent or makes the verb
    passive."""
    return [o for o in prep_objects(verb, {"by"}) if o.pos_ in AGENT_POS]


def stranded_agent(verb) -> list:
    """A passive's agent that the parser hung on its "of"/"for" gerund complement: "X has been
    accused of misusing funds *by* officials" (the gerund is active and has its object, so a
    "by" phrase after it is the passive's agent, as the clause reads)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for g in children(p, {"pcomp"}) if g.tag_ == "VBG" and children(g, {"dobj"})
            for a in by_agents(g)] or comma_agent(verb)


def comma_agent(verb) -> list:
    """A passive's agent set off from it by a parenthetical: "X was accused of misusing funds,
    much of it believed embezzled, *by officials*". The parser hangs such a "by" phrase inside
    the parenthetical (or makes the passive its verb's complement); a "by" noun phrase right
    after the parenthetical's closing comma is outside it: the passive's agent."""
    top = verb.head if verb.dep_ in ("ccomp", "parataxis") else verb  # the parenthetical's clause
    holders = [t for t in top.subtree if t.i > verb.i and t.pos_ in ("VERB", "NOUN")]
    doc = verb.doc
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" and prep.i > verb.i \
                    and doc[prep.i - 1].text == ",":
                found = [o for o in children(prep, {"pobj"}) if o.pos_ in ("NOUN", "PROPN")]
                if found:
                    return found
    return []


#: Stative participles of attitude: "X is opposed to / committed to Y" describes X's own stance
#: (an adjectival "pseudo-passive", no agent implied: *"opposed by someone to Y"), so without a
#: "by" agent the grammatical subject holds the stance and is the actor.
STANCE_PARTICIPLES = frozenset({"opposed", "committed", "dedicated", "devoted", "determined",
                                "resolved", "prepared", "disposed", "inclined"})


#: Nouns of a written or spoken message whose participle modifier states its content ("a
#: statement demanding …", "a resolution calling for …"): the message speaks for its author.
MESSAGE_NOUNS = frozenset({"statement", "declaration", "letter", "resolution", "communique",
                           "communiqué", "message", "note", "memorandum", "petition", "appeal",
                           "ultimatum", "motion", "decree"})


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def is_dateline(head) -> bool:
    """The sentence's first token, in capitals, followed by a dash: "JAKARTA — …"."""
    doc = head.doc
    return (head.i == head.sent.start and head.is_upper and len(head.text) > 1
            and head.i + 1 < len(doc) and doc[head.i + 1].text in DATELINE_DASHES)


def past_datelines(heads: list) -> list:
    """Argument heads with a wire dateline replaced by the apposition the parser hung on it, or
    dropped: the small parser reads "JAKARTA — Indonesian Foreign Minister X met …" as a
    dateline subject with X in apposition, or as two subjects; the place that opens a story
    is where it was filed, never a party."""
    out = []
    for head in heads:
        if not is_dateline(head):
            out.append(head)
            continue
        out.extend(c for c in head.children if c.dep_ == "appos")
    return out


def subject_heads(verb) -> tuple[list, list]:
    """(actor heads, recipient heads) from a verb's subject (:func:`_subject_heads`), datelines
    aside (:func:`past_datelines`)."""
    actors, recipients = _subject_heads(verb)
    return past_datelines(actors), past_datelines(recipients)


def _subject_heads(verb) -> tuple[list, list]:
    """(actor heads, recipient heads) from a verb's subject, handling passives and control.

    "X was attacked by Y" → actor Y, recipient X. A verb without its own subject borrows the
    subject of the verb it is coordinated with or controlled by ("X plans to visit Y"). Passive voice is the verb's own, not the lender's: a passive verb ("were *released* by Y":
    its own passive auxiliary or "by" agent, or a past participle coordinated with a passive,
    "were arrested and *charged* by Y") makes the borrowed subject its patient. A past
    participle modifying a noun with a "by" agent is a reduced passive relative clause ("two
    men *arrested* by Y"): the noun is the patient, the agent the actor. Without an agent such
    a participle mostly describes ("officials *accused* of …") and gets no parties here.
    Stative participles of attitude ("X is *committed* to …") are not passives of an act: their
    subject is the actor (``STANCE_PARTICIPLES``). A participle stating a message's content
    ("issued a statement *demanding* …") is the act of the message's author (``MESSAGE_NOUNS``).
    """
    own_agent = by_agents(verb)
    if (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_ in MESSAGE_NOUNS
            and verb.head.dep_ == "dobj"):
        # "issued a statement *demanding* …": the message's content is its author's act, and
        # the author of a message issued/sent/passed is that verb's subject
        return subject_heads(verb.head.head)
    if own_agent and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return own_agent, [verb.head]
    own_passive = bool(own_agent) or any(c.dep_ == "auxpass" for c in verb.children)
    if possessor_subject(verb):
        return possessor_subject(verb), []
    token = verb
    for _ in range(4):
        active = relative_antecedent(token, children(token, {"nsubj"}) or mislabeled_subject(token))
        passive = children(token, {"nsubjpass"})
        agent = by_agents(token) or (stranded_agent(token) if token is verb else [])
        if active or passive:
            if token is verb:
                if passive and not agent and verb.lower_ in STANCE_PARTICIPLES:
                    return passive, []
                return (agent, passive) if passive else (active, [])
            if not children(verb, {"nsubj", "nsubjpass"}) and (own_passive or (
                    passive and verb.dep_ == "conj" and verb.tag_ == "VBN")):
                return own_agent, (active or passive)
            return (active or passive), []
        if announced_plan(token):  # "X announced plans *to put* …" (event_subjects)
            token = token.head.head
            continue
        if token.dep_ not in ("xcomp", "conj", "advcl", "acomp") or token.head == token:
            break
        controller = object_controller(token)
        if controller:
            return controller, []
        token = token.head
    return [], []


#: Relative pronouns ("that", "which", "who", "whom"): the object gap of a relative clause,
#: never the controller of its infinitive.
RELATIVE_TAGS = frozenset({"WDT", "WP"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def possessor_subject(verb) -> list:
    """The understood subject of a gerund complementing a possessed noun: "X showed *its*
    interest in *investing*", "*their* plan for withdrawing": the possessor (a noun's
    complement gerund is controlled by its genitive). A possessive pronoun owned by the object
    of a clause with a nominal subject is bound by that subject ("*China* showed its …")."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return []
    noun = verb.head.head
    if noun.pos_ != "NOUN":
        return []
    owners = children(noun, {"poss"})
    if len(owners) != 1:
        return []
    owner = owners[0]
    if owner.lower_ not in POSSESSIVE_PRONOUNS:
        return owners if owner.pos_ != "PRON" else []
    if noun.dep_ == "dobj":
        subjects = children(noun.head, {"nsubj"})
        if len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN"):
            return subjects
    return []


#: Summoning a diplomat to complain: "summoned the ambassador *to protest*", "called in the
#: envoy to express concern". The summoner speaks and the summoned envoy hears (the envoy is
#: called in as the complaint's addressee), so the object does not control the infinitive.
COMPLAINT_VERBS = frozenset({"protest", "complain", "object", "express", "convey", "voice",
                             "lodge", "register", "demand"})


def summoned_addressee(token) -> list:
    """The summoned object of "summon/call in X to protest …", else []."""
    if token.lemma_.lower() not in COMPLAINT_VERBS or token.dep_ not in ("xcomp", "advcl"):
        return []
    governor = token.head
    lemma = governor.lemma_.lower()
    if lemma == "summon" or (lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "in"
                                                     for c in governor.children)):
        return children(governor, {"dobj"})
    return []


def object_controller(token) -> list:
    """The governor's object that is the subject of an infinitive ("forced *the troops* to
    withdraw", "gave permission *to Russia* to help"): English object control, where the
    indirect object, else the direct object of an infinitive's governor, does the act."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            or summoned_addressee(token):
        return []
    governor = token.head
    if governor.dep_ == "relcl" and any(c.tag_ in RELATIVE_TAGS for c in governor.children):
        return []  # "the obstacle *that* X had to overcome": the relative word is the gap
    datives = [o for d in children(governor, {"dative"})
               for o in ([d] if d.pos_ != "ADP" else children(d, {"pobj"}))]
    if datives:
        return datives
    return children(governor, {"dobj"}) if token.dep_ == "xcomp" else []


def patient_compound(token) -> bool:
    """A proper name compounded onto a noun whose "of" phrase is its patient fills that slot
    when no "of" phrase is there: "the *Kuwait* invasion", "the *Gaza* blockade" (the modifier
    of a deverbal compound takes the verb's object role; Roeper & Siegel 1978's first-sister
    principle). Demonym adjectives ("the *Iraqi* invasion") and initialisms used as adjectives
    ("the *U.S.* invasion") stay agents."""
    return (token.dep_ == "compound" and token.pos_ == "PROPN" and "." not in token.text
            and not token.is_upper)


def recipient_heads(token, slots: tuple[str, ...]) -> list:
    """Recipient heads by the pattern's slots: ``dobj`` and/or prepositions.

    An indirect object is the recipient whatever the pattern lists ("give *Tanzania* a grant").
    "against" marks the party acted on whatever the pattern lists: English uses it for the
    opponent or target of an act ("an investigation *against* X", "protested *against* X",
    "measures *against* X"), never for the actor or a topic.
    """
    heads = children(token, {"dobj", "dative"} if "dobj" in slots else {"dative"})
    preps = {s for s in slots if s != "dobj"} | TARGET_PREPS
    return heads + prep_objects(token, preps)
