"""People named with a bare domestic title ("Senator X", "MP X", "Judge X", "General X") take
the story's home country, as the bare institutions of :mod:`.actors_domestic` do.

A title of a state's legislature, courts, police, armed forces or parties is an office inside
one state. When the story names the person with the title alone, with no country in the title,
the people table or the sentences the person appears in, English news means the home state:
a BBC story's "MP Diane X", a US story's "Senator Y". That is the discourse-topic reading of
:mod:`.actors_home` applied to the office a title names.

Only titles whose every sector is domestic by nature get the country (:data:`DOMESTIC_SECTORS`,
the sectors of ``data/domestic_roles.csv``): heads of state and government, ministers and
diplomats (GOV) are left out, as foreign leaders are named with their titles in every story
("President X", "Foreign Minister Y"); a governor, a regional office, is the exception.
A title names an office the home state must have (:mod:`.actors_offices`): "Senator X" in a
British story, "MP X" in an American one, "Governor X" in a British one stay uncoded. The
person is left alone when any sentence holding one of their mentions names another country (a
place or a coded actor): "General X, commander of the coalition forces in Iraq", "Senator Y
of Arizona" in a UK story. Generals carry the risk
that troops do (posted abroad); the same-sentence test is what guards it.
"""

from __future__ import annotations

from typing import Optional

from ..record import Actor, Article, Entity
from .actors_domestic import HOME_CONFIDENCE
from .actors_home import home_country
from .actors_offices import has_office, title_office

#: Sectors of offices held inside one state (the sectors of ``domestic_roles.csv``).
DOMESTIC_SECTORS = frozenset({"LEG", "JUD", "COP", "MIL", "PTY", "OPP"})


def titled_at_home(entity: Entity) -> bool:
    """A person whose title gave sectors but no country, and every sector domestic or the
    title a listed regional office ("Governor X": :mod:`.actors_offices`)."""
    actor = entity.actor
    return (entity.type == "PERSON" and actor is not None and not actor.code
            and not actor.country and bool(actor.sectors)
            and (all(s in DOMESTIC_SECTORS for s in actor.sectors)
                 or title_office(actor.description) is not None))


def office_at_home(entity: Entity, home: str) -> bool:
    """Does the home state have the office the person's title names? ("Senator X" in a British
    story: no, the UK has no senate; "MP X" in an American one: no, Congress has no MPs.)"""
    return has_office(title_office(entity.actor.description), home)


def sentence_countries(article: Article, start: int, end: int) -> set[str]:
    """Countries named inside ``[start, end)``: places and coded actors with a country."""
    found = {p.country for p in article.places if p.country
             for m in p.mentions if start <= m.start < end}
    for entity in article.entities:
        code = entity.actor.code if entity.actor else None
        if code and len(code) >= 3 and any(start <= m.start < end for m in entity.mentions):
            found.add(code[:3])
    return found


def home_people(article: Article, analysis) -> Optional[tuple[Entity, ...]]:
    """The article's entities with bare-titled people coded by the home country; ``None``
    when nothing changes."""
    people = [e for e in article.entities if titled_at_home(e)]
    if not people:
        return None
    home = home_country(article)
    if home is None:
        return None
    bounds = [(s.start_char, s.end_char) for s in analysis.sentences]
    changed = False
    entities = []
    for entity in article.entities:
        if entity in people and office_at_home(entity, home) and _only_home(article, entity, bounds, home):
            sectors = entity.actor.sectors
            actor = Actor(code=home + "".join(sectors), country=home, sectors=sectors,
                          description=f"{entity.actor.description or 'title'}; country from "
                                      "the story's home country")
            entity = entity.model_copy(update={"actor": actor, "confidence": HOME_CONFIDENCE})
            changed = True
        entities.append(entity)
    return tuple(entities) if changed else None


def _only_home(article: Article, entity: Entity, bounds: list, home: str) -> bool:
    for mention in entity.mentions:
        for start, end in bounds:
            if start <= mention.start < end and sentence_countries(article, start, end) - {home}:
                return False
    return True
