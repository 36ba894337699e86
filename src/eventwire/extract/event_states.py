"""Events stated as a state the actor is in (events round 18).

English often states an ongoing act with a copula and a prepositional phrase, or with a
predicate adjective and its preposition, instead of a finite verb:

* "X was *in contact* with Y", "X is *in talks* with Y", "X was in the midst of *negotiations*":
  the event noun is the object of "in" under a form of *be* (or *remain*, *stay*), and the
  subject of that verb is the one acting (the copula's subject is the holder of the state, as
  in any predicative PP). CAMEO codes being in contact or talks as consultation (040) and
  negotiation (046), the same as the verbs. A possessor of a noun of standing does the same:
  "X's *role* in the negotiations with Y" (round 19).
* "X is *satisfied with* Y", "X is *pleased with* Y": a predicate adjective whose preposition
  names what it is about; the codebook's 051 (praise or endorse) covers expressed approval. Such
  adjectives are trigger candidates only through a lexicon row that names the preposition, so a
  bare adjective ("banks were *free* …") is not made one here.
"""

from __future__ import annotations

from .event_args import children, subject_heads

#: Verbs whose subject holds the state a predicative "in" phrase names.
STATE_VERBS = frozenset({"be", "remain", "stay"})
#: Verbs of deliberation whose object is a topic, not an act (:func:`topic_only`).
TOPIC_VERBS = frozenset({"discuss", "debate", "consider", "study", "weigh", "examine", "review",
                         "explore", "mull", "ponder", "contemplate"})
#: Nouns of one party's standing in a joint act: "X's *position* (role, part, stake) in the talks
#: with Y" names X as a party of the talks, as the copula's subject does (round 19).
STAKE_NOUNS = frozenset({"position", "role", "part", "stake", "participation", "hand", "say"})
#: Nouns of the "in the midst of X" type: the event is their "of" object.
PHASE_NOUNS = frozenset({"midst", "middle", "process", "course", "thick"})


def state_holder(noun) -> list:
    """Subject heads of the copula a predicative "in <event noun>" phrase hangs on ("X was in
    *contact* with Y" → [X]); [] when the noun is not in that construction."""
    token = noun
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PHASE_NOUNS:
        token = token.head.head  # "in the midst of negotiations"
    if token.dep_ != "pobj" or token.head.lower_ != "in" or token.head.dep_ != "prep":
        return []
    verb = token.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in STAKE_NOUNS:
        return children(verb, {"poss"})  # "X's role in the negotiations with Y" (round 19)
    if verb.lemma_.lower() not in STATE_VERBS:
        return []
    return subject_heads(verb)[0]


def prepositional_adjective(token) -> bool:
    """A predicate adjective with a preposition ("was *satisfied* with"), a trigger candidate
    whose row must then name that preposition (:func:`adjective_row_fits`)."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and bool(children(token, {"prep"}))


def adjective_row_fits(token, pattern) -> bool:
    """Whether a row may code an adjective trigger: adjectives with a to-infinitive keep every
    row (``willing``, ``ready``); an adjective licensed only by its preposition needs a row whose
    particle is that preposition."""
    if token.pos_ != "ADJ" or children(token, {"xcomp"}):
        return True
    return bool(pattern.particle) and pattern.particle in {c.lower_ for c in children(token, {"prep"})}


def topic_only(noun) -> bool:
    """An event noun in an "about" phrase of another noun ("evidence *about contacts* between X
    and Y", "questions about the talks"): "about" marks the topic of what a message or a piece of
    knowledge concerns, so the act is talked of, not reported (as ``mentioned_only`` does for
    modal verbs). An "about" phrase on a verb ("complained about X") is left to the verb. The
    object of a verb of deliberation is a topic too: what is discussed, studied or considered is
    an option, not an act (gold convention 9: options under study are not coded)."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TOPIC_VERBS:
        return True  # "would discuss possible sanctions", "will study investments" (round 19)
    return (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "about"
            and head.head.pos_ in ("NOUN", "PROPN"))


def venue_modifier(token) -> bool:
    """A capital city's name as a modifier of an event noun ("the *Paris* accord", "the
    *Geneva* talks" when Geneva is listed): it names where the act took place, as accords and
    conferences are named after their venue, not a party (the capital as a party acts in
    argument positions: :func:`.event_phrase.acting_capital`). A country name or demonym
    ("the *U.S.* accord", "*French* talks") stays a party."""
    from .actors_data import default_vocabulary, tokenize

    if token.dep_ not in ("compound", "nmod", "amod") or token.pos_ != "PROPN":
        return False
    kinds = {e.kind for e in default_vocabulary().entries(tuple(tokenize(token.text)))}
    return "capital" in kinds and not kinds & {"country", "demonym", "group"}


#: Nouns whose content clause is unconfirmed talk, not a reported act (gold conventions:
#: speculation, rumours and unconfirmed reports are no events).
SPECULATION_NOUNS = frozenset({"speculation", "rumour", "rumor", "rumours", "rumors", "conjecture",
                               "guesswork"})


def speculated(trigger) -> bool:
    """Whether the trigger sits in the content clause of a speculation noun ("*speculation*
    (that) the United States will offer wheat …"), up to three clause levels up, or whose
    subject the parser made the speculation noun itself (no speculation offers anything)."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in SPECULATION_NOUNS for c in trigger.children):
        return True
    token = trigger
    for _ in range(3):
        if token.dep_ not in ("acl", "ccomp", "relcl", "xcomp", "conj") or token.head is token:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in SPECULATION_NOUNS:
            return True
    return False




#: Nouns of a formal agreement (CAMEO 057 when concluded).
ACCORD_NOUNS = frozenset({"agreement", "accord", "pact", "treaty", "deal"})


def existing_accord(noun) -> bool:
    """An agreement noun that a non-light verb acts on ("for breaking *its agreement* with X",
    "abide by the pact", "review the accord"): the verb presupposes an accord already made, so
    the noun reports no new agreement (as a noun under a modal or topic verb reports none).
    Only called when no light verb ("signed", "reached") governs the noun."""
    if noun.lemma_.lower() not in ACCORD_NOUNS or noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB"
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"


#: Nouns of stopping something: asking for its end targets the one who holds it.
END_NOUNS = frozenset({"end", "halt", "removal", "lifting", "withdrawal", "suspension",
                       "cancellation", "abolition", "repeal", "scrapping"})


def ended_owner(token) -> list:
    """Holders of what an appeal or demand asks to end ("called for an end to *X's*
    embargo", "demanded the lifting of *Y's* blockade"): the act is aimed at the one who would
    have to give the thing up. Possessive nouns only (a pronoun is left to the other rules)."""
    nouns = [o for p in children(token, {"prep"}) if p.lower_ == "for"
             for o in children(p, {"pobj"})] + children(token, {"dobj"})
    owners = []
    for noun in (n for n in nouns if n.lemma_.lower() in END_NOUNS):
        for prep in (p for p in children(noun, {"prep"}) if p.lower_ in ("to", "of")):
            for obj in children(prep, {"pobj"}):
                owners += [c for c in children(obj, {"poss"}) if c.pos_ != "PRON"]
    return owners
