"""Which words fill which slot of a verb, for the object lists of ``data/event_verbs.csv``.

A verb row with an object list constrains the object of its own slot: a row with the particle
"to" ("agree,to,…,talks") looks at the object of "to" only, a row with no particle at the
direct object. Before round 15 the objects of every preposition on the verb were pooled, so in
"agreed to US mediation *in the talks*" the "in" object "talks" met the "agree to talks" row
(the mediation is what is agreed to; the talks are where). Slots:

* ``""`` (rows without a particle): the direct object or passive subject, a to-infinitive's
  verb ("declined *to comment*" is also under ``xcomp``), the theme of the *with*
  alternation ("provided X *with loans*", "supplied X *with arms*": Levin's fulfilling verbs
  put the thing given in a "with" phrase) and, for a verb with no direct object, an object
  shifted after a prepositional phrase (:func:`_shifted_objects`);
* a preposition ("to", "for", "by", "under", "in" …): its objects;
* an adverbial particle ("off", "down", "over", "up", "out" …): the direct object the
  particle verb takes ("called *off* the talks", "the talks were called off"), or the object
  the parser hangs on the particle when it reads it as a preposition, and for "out"/"away"/
  "back" the object of their "of"/"from" ("pulled *out of* the talks");
* ``xcomp``: the to-infinitive's verb.

Each object counts by lemma and by surface form ("talks" and "talk"), with its conjuncts and
noun modifiers ("provided photographs and *intelligence*", "ended *mediation* efforts").
"""

from __future__ import annotations

from .event_args import children

#: Adverbial particles of phrasal verbs: their row's object is the verb's direct object.
PHRASAL_PARTICLES = frozenset({"off", "down", "over", "up", "out", "away", "back"})
COMPLEX_PARTICLES = frozenset({"out", "away", "back"})  # "out *of*", "away *from*"
PREP_DEPS = ("prep", "prt", "agent", "dative")


def _words(tokens) -> set[str]:
    tokens = list(tokens)
    tokens += [t for d in tokens for t in (*d.conjuncts, *children(d, {"compound"}))]
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _pobjs(prep) -> list:
    return children(prep, {"pobj", "pcomp"})


def verb_object_slots(token, dobjs: list, xcomps: list) -> dict[str, set[str]]:
    """Slot name → words, for :func:`.event_lexicon.best_match` (module docstring).

    ``dobjs`` are the verb's direct objects as the caller names them (passive subjects, a
    reduced relative's noun, the "of" object of a quantity); ``xcomps`` its infinitive verbs."""
    direct = _words(dobjs)
    slots: dict[str, set[str]] = {"": direct | {x.lemma_.lower() for x in xcomps},
                                  "xcomp": {x.lemma_.lower() for x in xcomps}}
    for prep in token.children:
        if prep.dep_ not in PREP_DEPS:
            continue
        word = prep.lower_
        found = _words(_pobjs(prep))
        if prep.dep_ == "prt" or word in PHRASAL_PARTICLES:
            found |= direct
        if word in COMPLEX_PARTICLES:  # "pulled *out of* the race"
            found |= _words(o for c in children(prep, {"prep"}) if c.lower_ in ("of", "from")
                            for o in _pobjs(c))
        slots[word] = slots.get(word, set()) | found
    slots[""] |= slots.get("with", set())
    if not dobjs:
        slots[""] |= _shifted_objects(token)
    return slots


def _shifted_objects(token) -> set[str]:
    """Heavy-NP shift: an object placed after a prepositional phrase ("received by courier
    *money* from Y") is read by the parser as the head of that phrase's object, with the
    phrase's own noun as its compound ("by [courier money]"). A verb with no direct object
    takes such a head (the head only, not its compound) for its direct-object rows."""
    return {w for prep in token.children if prep.dep_ == "prep"
            for o in _pobjs(prep) if children(o, {"compound"}) and o.pos_ == "NOUN"
            for w in (o.lemma_.lower(), o.lower_)}


def slot_heads(token, particle: str | None) -> list:
    """The tokens that fill a prepositional row's own slot: the objects of that preposition on
    the verb ("withdrew *from the talks*"), for "out"/"away"/"back" the objects of their
    "of"/"from" ("pulled out *of the talks*"). Their own prepositions may name the act's
    recipient as a direct object's do ("the talks *with Israel*")."""
    if not particle or particle in ("xcomp", "ccomp"):
        return []
    heads = []
    for prep in token.children:
        if prep.dep_ in PREP_DEPS and prep.lower_ == particle:
            heads += _pobjs(prep)
            if particle in COMPLEX_PARTICLES:
                heads += [o for c in children(prep, {"prep"}) if c.lower_ in ("of", "from")
                          for o in _pobjs(c)]
    return heads


#: Roots whose reduced relative describes a thing rather than reporting an act on a party.
DESCRIPTIVE_ROOTS = frozenset({"05"})


def described_thing(token, code: str | None, recipient) -> bool:
    """A passive participle modifying a noun ("a law *backed* by X", "schemes *backed* by EU
    directives", "a plan *endorsed* by Y") describes the noun: it reports no endorsement of a
    party unless the noun names one ("the candidate, *backed* by Blair" keeps the candidate's
    party). CAMEO's 05 codes support for an actor or its stance as a reported act; the reduced
    relative is background the sentence presupposes, and with no party endorsed it has no
    target to code."""
    return (token.dep_ == "acl" and token.tag_ == "VBN" and bool(code)
            and code[:2] in DESCRIPTIVE_ROOTS and not recipient.ids and not recipient.code)


def with_theme_recipient(token, pattern) -> list:
    """The fulfilling alternation ("supplied *Hezbollah* with weapons", "provided X with
    loans"; Levin 1993, 13.4.1): when the thing given stands in a "with" phrase and meets the
    row's object list, the direct object is the one given to, whatever the row's recipient
    slot (written for "supplied weapons *to* X")."""
    if not pattern.objects or pattern.particle:
        return []
    themes = {w for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "with"
              for w in _words(_pobjs(prep))}
    return children(token, {"dobj"}) if themes & pattern.objects else []


#: Prepositions whose phrase, right after an active verb's direct object, belongs to that object:
#: "rejected the proposal *by Greece*", "welcomed the offer *from Qatar*".
OBJECT_PHRASE_PREPS = frozenset({"by", "from"})


def stranded_object_phrases(token) -> list:
    """Objects of a "by"/"from" phrase that the parser hung on an active verb although it
    follows the verb's direct object and belongs to it. An active clause has no "by" agent, so a
    "by" phrase next to the object modifies the object ("condemned the strikes *by Britain and
    France*": the strikes' agents, the condemnation's targets); a "from" phrase there names the
    object's origin ("accepted the offer *from Qatar*", "recalled its envoy *from Lithuania*").
    The small English model makes this attachment error often (a PP after an object is the
    classic ambiguity); the caller tries it only when nothing better names a recipient. A gerund
    under a preposition is left alone: in "X was accused of shelling villages *by Y*" the phrase
    is the passive's agent, hung on the gerund (``event_args.stranded_agent``)."""
    if token.dep_ == "pcomp" or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return []
    found = []
    for obj in children(token, {"dobj"}):
        after = obj.right_edge.i + 1
        found += [o for prep in token.children
                  if prep.dep_ == "prep" and prep.i == after and prep.lower_ in OBJECT_PHRASE_PREPS
                  for o in _pobjs(prep) if o.pos_ in ("NOUN", "PROPN")]
    return found
