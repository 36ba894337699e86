"""Subjects the small parser leaves unusable (split out of ``event_args`` in round 18).

* a sentence-initial bare surname labelled as an adverb (:func:`mislabeled_subject`);
* a relative pronoun: in "Mexico, *which* … signed a package", the subject of the relative
  clause is the pronoun, whose referent is the noun the clause modifies (English relative
  clauses: the relative pronoun stands for its antecedent), :func:`relative_antecedent`.
"""

from __future__ import annotations

import calendar


def children(token, deps: set[str]) -> list:
    return [c for c in token.children if c.dep_ in deps]


#: Relative pronoun tags ("which", "that", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Finite verb tags: a clause with one of these has a subject in English (no pro-drop).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Labels the small parser gives a sentence-initial bare surname it takes for an adverb
#: ("*X* called …" as advmod or neg).
ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "neg", "dep"})
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)


def mislabeled_subject(verb) -> list:
    """A proper name the parser hung on a finite verb as an adverb when the verb has no subject:
    English finite clauses need one, and a proper noun is no adverb, so the leftmost such name
    before the verb, with no comma or other nominal between, is the subject ("*X* called …").
    Day and month names ("*Monday* saw …" aside) and dates are left as they are."""
    if verb.tag_ not in FINITE_TAGS or children(verb, {"nsubjpass", "csubj", "expl"}):
        return []
    lefts = list(verb.lefts)
    for token in lefts:
        if token.dep_ in ADVERBIAL_DEPS and token.pos_ == "PROPN" \
                and token.lower_ not in CALENDAR_WORDS and token.ent_type_ not in ("DATE", "TIME"):
            between = verb.doc[token.i + 1:verb.i]
            if all(t.pos_ in ("PROPN", "AUX", "PART", "ADV") and t.text != "," for t in between):
                return [token]
        break  # only the leftmost dependent
    return []


def relative_antecedent(clause, subjects: list) -> list:
    """``subjects`` of ``clause`` with a relative pronoun replaced by the noun its relative
    clause modifies ("Mexico, *which* signed …" → Mexico)."""
    if clause.dep_ != "relcl" or clause.head is clause:
        return subjects
    referent = specified(clause) or [clause.head]  # round 19: "those that …, were X and Y"
    return [r for s in subjects
            for r in (referent if s.tag_ in RELATIVE_TAGS and s.lower_ in ("which", "that", "who")
                      else [s])]


def specified(clause) -> list:
    """The names a specifying copula gives the noun a relative clause restricts: in "the
    nations *that signed* … were X, Y and Z" the copula says who the nations are,
    so the clause asserts its act of X, Y and Z (English specificational sentences); [] when
    the noun is not the subject of such a copula with a proper-name complement (round 19)."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return []
    return [a for a in children(noun.head, {"attr"}) if a.pos_ == "PROPN"]


def nonrestrictive(clause) -> bool:
    """A non-restrictive relative clause ("Mexico*, which* signed …"): set off by a comma and
    opened by "which"/"who", it adds an assertion of its own about an already identified
    referent, unlike a restrictive one ("the group that seized …"), which only identifies it
    and presupposes its event (English grammar; the comma marks the difference in writing)."""
    if clause.dep_ != "relcl":
        return False
    rel = [c for c in clause.children if c.tag_ in RELATIVE_TAGS and c.lower_ in ("which", "who")]
    return bool(rel) and rel[0].i > 0 and clause.doc[rel[0].i - 1].text == ","


#: Nouns of a decided course of action whose to-infinitive is the act decided on.
PLAN_NOUNS = frozenset({"plan", "plans", "decision", "intention", "intent"})
#: Verbs by which the one who decided makes the plan known (or makes it).
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "reveal", "confirm", "make", "take", "outline"})


def announced_plan(clause) -> bool:
    """Whether ``clause`` is the to-infinitive of a plan noun its announcer owns ("Washington
    announced *plans to put* tariffs on X"): the one announcing a plan or decision is the one
    who will carry it out, so the clause's subject is the announcing verb's."""
    noun = clause.head
    return (clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and noun.lemma_.lower() in PLAN_NOUNS and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ANNOUNCING_VERBS)
