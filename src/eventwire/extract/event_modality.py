"""Modality and attribution of an event trigger, read off the dependency parse.

Modality (SCHEMA ``asserted | negated | future | hypothetical``; PLOVER's auxiliary modes):

* negated: a ``neg`` child ("did not meet", "never"), "no" on an event noun, or a negative
  control verb ("refused to", "declined to", "failed to");
* hypothetical: modal auxiliaries can/could/may/might/would/should/must, "able to", an
  "if"/"unless" clause, or "consider", "try", "attempt";
* future: will/shall, "going to", or a plan verb ("plans to", "is set to", "is expected to").

When several apply the strongest wins: negated > hypothetical > future.

Attribution: when the event's clause is the complement of a speech verb ("X said Y attacked Z"),
the speaker's subject is returned so the caller can map it to an entity.
"""

from __future__ import annotations

from typing import Optional

from .event_lexicon import Lexicon, lemma_keys

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"can", "could", "may", "might", "would", "should", "'d", "must"})
#: Adjectives that set the modality of their infinitive: "*able* to detain" states a power,
#: not an act; "*unable* to meet" denies it.
ADJECTIVE_MODALITY = {"able": "hypothetical", "unable": "negated"}
CONDITIONAL_MARKS = frozenset({"if", "unless"})
NEGATIVE_DETS = frozenset({"no"})
RANK = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}
#: How far up the tree the modality of a governing verb still applies.
CLIMB_DEPS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "acomp"})


def _own_modality(token, lex: Lexicon) -> str:
    """Modality signalled by ``token``'s own children and lemma."""
    found = "asserted"
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and word in NEGATIVE_DETS):
            return "negated"
        if child.dep_ in ("aux", "auxpass") and word in HYPOTHETICAL_AUX:
            found = "hypothetical"
        elif child.dep_ == "aux" and word in FUTURE_AUX and found == "asserted":
            found = "future"
        elif child.dep_ == "mark" and word in CONDITIONAL_MARKS:
            found = "hypothetical"
    if token.lemma_ == "go" and token.tag_ == "VBG" and found == "asserted":
        found = "future"  # "is going to visit"
    return found


def _stronger(a: str, b: str) -> str:
    return a if RANK[a] >= RANK[b] else b


def modality(trigger, lex: Lexicon) -> str:
    """The modality of the event whose trigger is ``trigger``."""
    result = _own_modality(trigger, lex)
    token = trigger
    for _ in range(6):
        if token.dep_ not in CLIMB_DEPS or token.head == token:
            break
        head = token.head
        if head.pos_ == "ADJ" and token.dep_ == "xcomp":
            result = _stronger(result, ADJECTIVE_MODALITY.get(head.lemma_.lower(), "asserted"))
        if head.pos_ in ("VERB", "AUX"):
            result = _stronger(result, _own_modality(head, lex))
            control = lex.modal.get(head.lemma_.lower()) if token.dep_ == "xcomp" else None
            if control:
                result = _stronger(result, control)
        token = head
    return result


def clause_verb(trigger):
    """The verb heading the clause that holds ``trigger`` (the trigger itself for verbs)."""
    token = trigger
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp", "conj"):
            return token
        if token.head == token:
            return token
        token = token.head
    return token


def speaker_head(trigger, lex: Lexicon) -> Optional[object]:
    """Subject of the speech verb whose complement holds the event, or None."""
    verb = clause_verb(trigger)
    for _ in range(3):
        head = verb.head
        if verb.dep_ not in ("ccomp", "parataxis") or head == verb:
            return None
        if head.lemma_.lower() in lex.speech:
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return subjects[0] if subjects else None
        verb = clause_verb(head)
    return None


def condition_clause(token) -> Optional[object]:
    """The verb whose condition ``token``'s clause states ("will boycott … *unless* the president
    *agrees*", "ready to help *if* it *is attacked*"), else None."""
    if token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children
    ):
        return token.head
    return None


def purpose_clause(token) -> Optional[object]:
    """The verb whose purpose ``token``'s infinitive clause states ("sent material *to help*
    defend …", "opened fire *to disperse* …"), else None. A purpose is intended, not done.
    Control chains are climbed ("is willing to send material to help" → "willing")."""
    if token.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    head = token.head
    while head.dep_ == "xcomp" and head.head != head:
        head = head.head
    return head


def mandative_clauses(noun) -> list:
    """A demand noun's content clause that the parser hung on the verb governing the noun:
    "reiterated its *demand* today that Israel *ease* restrictions". Only a mandative
    subjunctive counts: "that" + subject + the bare verb ("that Israel ease", not "eases"),
    a form English keeps for what is demanded, proposed or required (Quirk et al. 1985, §3.58;
    Huddleston & Pullum 2002, ch. 10 §1.6), so the clause states the noun's content and no act
    that took place."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    return [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i and _subjunctive(c)
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _subjunctive(verb) -> bool:
    """The bare verb with a singular third-person subject ("that Israel *ease*"): the
    indicative would take -s. Taggers give the bare form VB or VBP; with a plural subject the
    form is the indicative's too, so only a singular subject shows the mood."""
    subjects = [m for m in verb.children if m.dep_ == "nsubj"]
    if verb.tag_ not in ("VB", "VBP") or len(subjects) != 1 \
            or any(m.dep_ in ("aux", "auxpass") for m in verb.children):
        return False
    subject = subjects[0]
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in SINGULAR_PRONOUNS


#: Prepositions whose object a verb of planning, hoping or fearing is about: "hoped *for* a
#: ceasefire", "prepared *for* talks", "warned *of*" is a trigger's own slot.
MENTION_PREPS = frozenset({"for", "of", "about"})


def mentioned_only(noun, lex: Lexicon) -> bool:
    """An event noun that is the object of a verb setting the modality of what it governs (the
    lexicon's ``modal`` rows: plan, prepare, hope, seek, postpone, fear …) is mentioned, not
    reported as taking place: "postponed *talks*", "delayed the *release*", "feared an
    *attack*", "hoped for a *ceasefire*". CAMEO codes events that occur; a verb that presupposes
    its object ("ended the *embargo*", "flew to X for *talks*") is not one of these."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in MENTION_PREPS:
        verb = head.head
    elif noun.dep_ == "dobj":
        verb = head
    else:
        return False
    return verb.pos_ == "VERB" and any(key in lex.modal for key in lemma_keys(verb))
