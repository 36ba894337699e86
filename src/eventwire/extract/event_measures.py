"""Government measures named by an instrument noun (events round 18).

Tariffs and duties are instruments; the CAMEO act is imposing them (172, administrative
sanctions), and the eventwire gold conventions code a tariff or duty that a government puts in
place, not one a sentence only names or describes ("U.S. tariffs on steel", "to avert
tariffs": a standing policy or a topic). So an instrument noun codes only as the object of a
light verb ("imposed duties on X", "will put tariffs on X") or as what an amount under such a
verb consists of ("put 300 million dollars *in tariffs* on X", the shape :func:`amount_verb`
reads for aid).
"""

from __future__ import annotations

from .event_args import of_object
from .event_labels import amount_verb
from .event_lexicon import Lexicon, best_match, lookup

#: Nouns of trade measures whose act is their imposition.
INSTRUMENT_NOUNS = frozenset({"tariff", "tariffs", "duty", "duties"})


def instrument_light_verb(noun, lex: Lexicon):
    """The light verb an amount of an instrument noun hangs on ("put $300 million in
    *tariffs*"), or None."""
    verb = amount_verb(noun)
    return verb if verb is not None and lookup(lex.light, verb) else None


def bare_instrument(noun, lex: Lexicon) -> bool:
    """An instrument noun with no light verb of its own: named, not imposed."""
    return noun.lower_ in INSTRUMENT_NOUNS or noun.lemma_.lower() in INSTRUMENT_NOUNS


def light_governor(noun, lex: Lexicon, quantity_kinds: tuple):
    """The light verb whose object ``noun`` is (or modifies: "announced an *investment* plan", or
    measures: "provide 25,000 tons *of food aid*")."""
    if noun.dep_ == "compound" and noun.head.dep_ == "dobj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and of_object(noun.head.head, quantity_kinds) == noun:
        noun = noun.head.head
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB":
        return None
    patterns = lookup(lex.light, head)
    particles = {c.lower_ for c in head.children if c.dep_ in ("prt", "prep")}
    return head if best_match(patterns, particles=particles, objects=set(), modifiers=set()) else None


def light_object_pattern(verb, lex: Lexicon, noun_pattern):
    """The row of the event noun a light verb takes as object ("impose *retaliatory action*"),
    so that an intent or threat controlling the light verb ("ready to impose …") is refined by
    that act as it is by a full verb; None when there is none."""
    if not lookup(lex.light, verb):
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        pattern = noun_pattern(noun)
        if pattern is not None and pattern.code:
            return pattern
    return None
