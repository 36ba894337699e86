"""The tense a date is told in, from the dependency parse of its sentence.

"Wednesday", "March 30" or "in December" name a different day or year depending on whether the
clause is past ("met on Wednesday"), present ("meet Monday") or future ("will meet on
Wednesday", "plans to visit in May"). The scan pipeline has no tags or parse, so this is read
only for sentences holding a date whose reading actually depends on tense: the verb the date
hangs from, its auxiliaries, and the verb that governs an infinitive ("expected to sign").
"""

from __future__ import annotations

from typing import Optional

#: Modal auxiliaries that put the clause after the publication date ("would" and "could" do not:
#: reported plans may already have happened, "said it would meet Tuesday").
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "may", "might", "should", "must", "can", "ca"}
#: Verbs (and adjectives) whose infinitive complement lies ahead ("plans to", "is due to"); in
#: the past tense they still name a coming time ("scheduled a meeting Thursday").
FUTURE_GOVERNORS = {"plan", "expect", "schedule", "set", "due", "hope", "intend", "want", "aim",
                    "agree", "promise", "vow", "threaten", "prepare", "go", "decide", "seek",
                    "try", "likely", "propose", "pledge", "offer", "expected", "scheduled", "postpone",
                    "delay", "adjourn", "reschedule", "call"}
#: Prepositions that point a date ahead whatever the verb: "postponed until Tuesday".
FUTURE_PREPOSITIONS = {"until", "till"}


def span_tokens(parsed, start: int, end: int) -> list:
    """The parsed sentence's tokens inside the article span [start, end)."""
    return [t for t in parsed.doc if start <= parsed.offset + t.idx < end]


def date_tense(parsed, start: int, end: int) -> Optional[str]:
    """"past", "present", "future" or None for the date at [start, end) in ``parsed``."""
    tokens = span_tokens(parsed, start, end)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    verb = governing_verb(head)
    if head.head.lower_ in FUTURE_PREPOSITIONS and head.dep_ == "pobj" and not negated(verb):
        return "future"  # "postponed until Tuesday", but not "had not called until Thursday"
    return verb_tense(verb) if verb is not None else None


def negated(verb) -> bool:
    """True when the verb (or the copula of "it was not until") carries a negation."""
    if verb is None:
        return True
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children)


def governing_verb(token):
    """The verb the date modifies directly ("met Monday") or through a preposition ("met on
    Monday"); None when it hangs from a noun ("Friday's purchases", "warnings on Thursday"),
    whose own time the clause's tense does not tell."""
    if token.dep_ == "poss":
        return None
    node = token.head
    if node.dep_ == "prep" and node.pos_ == "ADP" and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node.i != token.i else None


def verb_tense(verb) -> Optional[str]:
    """The tense of a clause from its verb, auxiliaries and a governing future verb."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {c.lower_ for c in auxes}
    if lowers & FUTURE_MODALS or any(c.tag_ == "MD" for c in auxes):
        return "future"
    if verb.tag_ == "VB" and not auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return "present"  # a base form with its own subject is a mis-tagged present ("they meet")
    if "to" in lowers or verb.tag_ == "VB":
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") else None
        if governor is not None and governor.i != verb.i:
            outer = verb_tense(governor)
            if outer == "past" and governor.lemma_.lower() in FUTURE_GOVERNORS:
                return None  # "had been due to expire Friday": before or after publication
            if governor.lemma_.lower() in FUTURE_GOVERNORS or governor.lower_ in FUTURE_GOVERNORS:
                return "future"
            return outer
        return "future" if "to" in lowers else None
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return None if verb.lemma_.lower() in FUTURE_GOVERNORS else "past"
    if verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "present"
    return None
