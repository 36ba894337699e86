"""Countries for event arguments that name a role but no country.

Two fallbacks, tried in this order when an argument's own phrase gives a sector (a titled person,
"rebels", "police") but no country:

1. *Locative*: the role noun's own "in/from/throughout/across/inside" phrase names a country or a
   place in one ("Rebels *in the Ivory Coast*", "a court *in Guyana*", "demonstrators *in
   Baghdad*"): that country. News writes a body's home this way; the phrase is dropped from the
   argument's noun phrase (``phrase_tokens``) because a place is usually where, not who.
2. *Sole country*: the sentence names exactly one country (through coded actors or resolved
   places): a titled official ("President Omar El Bashir … in Sudan") or a bare role noun is taken
   to be of that country. The sentence is the only context a single-sentence item has, and in
   articles a sentence naming one country is mostly about it; these codes get a lower confidence
   (``Party.inferred``).

Groups (IGOs, NGOs, armed movements) never take a country this way: their code is their own.
"""

from __future__ import annotations

from typing import Optional

from ..record import Article, Entity

#: Place confidence at which a name is taken for the place even where it could be a person's
#: (spaCy tags some surnames GPE): a resolution margin of 3 over the runner-up (place_resolve).
SURE_PLACE = 0.8
LOCATIVE_PREPS = frozenset({"in", "from", "throughout", "across", "inside"})
#: Actor codes whose first block is not a country.
NON_COUNTRY_BLOCKS = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})


def entity_country(entity: Entity) -> Optional[str]:
    """The country an entity names as an actor (countries, demonyms, country roles, coded people)."""
    actor = entity.actor
    if actor is None or not actor.code or actor.group:
        return None
    country = actor.country or actor.code[:3]
    return None if country in NON_COUNTRY_BLOCKS else country


class SentencePlaces:
    """Resolved places of one sentence, by article offsets, with their countries."""

    def __init__(self, article: Article, start: int, end: int) -> None:
        self.spans: list[tuple[int, int, str]] = [
            (m.start, m.end, place.country)
            for place in article.places if place.country
            for m in place.mentions
            if start <= m.start and m.end <= end
        ]
        self.sure = {
            (m.start, m.end) for place in article.places
            if place.confidence is None or place.confidence >= SURE_PLACE for m in place.mentions
        }

    def country_in(self, start: int, end: int, *, sure: bool = False) -> Optional[str]:
        """Country of a place mentioned inside ``[start, end)``, if exactly one (``sure``: only
        places resolved well clear of their namesakes)."""
        found = {c for s, t, c in self.spans if start <= s and t <= end
                 and (not sure or (s, t) in self.sure)}
        return found.pop() if len(found) == 1 else None

    def countries(self) -> set[str]:
        return {c for _, _, c in self.spans}


def sole_country(entities: list[Entity], places: SentencePlaces) -> Optional[str]:
    """The one country a sentence names, or None when it names none or several."""
    found = {c for c in map(entity_country, entities) if c} | places.countries()
    return found.pop() if len(found) == 1 else None


def locative_heads(head) -> list:
    """Objects of the head's locative prepositions ("rebels *in* the Ivory Coast")."""
    return [
        obj
        for prep in head.children if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS
        for obj in prep.children if obj.dep_ == "pobj"
    ]


def with_country(code: Optional[str], sectors: tuple[str, ...], country: str) -> str:
    """A country block joined to the sectors an uncoded argument already has."""
    return country + "".join(sectors) if sectors else country + (code or "")


#: Prepositions that place an act in a country ("protested *in* Beijing").
HOST_PREPS = frozenset({"in", "inside", "at", "outside", "near"})


def host_heads(tokens) -> list:
    """Objects of the locative prepositions attached to the event's own words (the trigger and
    its light verb): "staged a protest *in Beijing*", "attend a summit *in Switzerland*"."""
    return [
        obj
        for token in tokens
        for prep in token.children if prep.dep_ == "prep" and prep.lower_ in HOST_PREPS
        for obj in prep.children if obj.dep_ == "pobj"
    ]
