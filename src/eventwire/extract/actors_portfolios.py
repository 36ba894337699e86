"""A party word that is also a government portfolio, before a minister's title: "Labour Minister
X" in a sentence about another country is that country's labour minister, not the British party.

"Labour" names both a party (the UK's, Australia's, Israel's...) and a department ("Minister of
Labour", ``roles.csv``'s portfolio rows). Capitalised before "Minister"/"Secretary", English
news uses the portfolio title for a foreign cabinet member ("Labour Minister Ghazi X said ...
Saudi Arabia") and the party as a modifier of a lowercase role for a British politician
("Labour MP X", "a Labour minister"). The entity step reads the capitalised party word as the
party when no country is stated in the phrase. Here, in the domestic step where places are
known, the title is re-read as the portfolio when a sentence holding the person names a country
other than the party's (a place or a coded actor besides the person and the party word), or
when the story's home country (:mod:`.actors_home`) is another country. The person is then the
home state's minister (home + GOV, at the home confidence) when the home is another country and
the sentence names no third one; otherwise the person keeps the government sector with no
country (the events step's sole-country rule may then give one). The party word inside the
title is no party mention.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..record import Actor, Article, Entity
from .actors_domestic import HOME_CONFIDENCE
from .actors_domestic_people import sentence_countries
from .actors_home import home_country

#: Role nouns a portfolio comes before in a cabinet title ("Labour *Minister*").
CABINET_ROLES = frozenset({"minister", "secretary"})


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """One-word department names of ``roles.csv`` (kind ``portfolio``): labour, trade, energy…"""
    raw = resources.files("eventwire").joinpath("data", "roles.csv").read_text(encoding="utf-8")
    return frozenset(row["phrase"] for row in csv.DictReader(io.StringIO(raw))
                     if row["kind"] == "portfolio" and " " not in row["phrase"])


def portfolio_title(entity: Entity) -> Optional[str]:
    """The party word of a party-coded person's title "<Party> Minister/Secretary" when that
    word is also a portfolio ("Labour"), capitalised as a title is; else None."""
    actor = entity.actor
    if entity.type != "PERSON" or actor is None or not actor.code or actor.sectors != ("PTY",):
        return None
    words = (actor.description or "").split(";")[0].split()
    if len(words) < 2 or words[-1].lower() not in CABINET_ROLES or not words[-1][:1].isupper():
        return None
    word = words[-2]
    return word if word[:1].isupper() and word.lower() in portfolio_words() else None


def portfolio_people(article: Article, analysis) -> Optional[tuple[Entity, ...]]:
    """The article's entities with "<Labour> Minister X" re-read as a portfolio title where a
    sentence holding X names another country; ``None`` when nothing changes."""
    people = [(e, w) for e in article.entities if (w := portfolio_title(e))]
    if not people:
        return None
    bounds = [(s.start_char, s.end_char) for s in analysis.sentences]
    home = home_country(article)
    drop: dict[tuple[int, int], str] = {}  # party-word spans inside a re-read title
    changed: dict[str, Entity] = {}
    for person, word in people:
        country = person.actor.code[:3]
        words = [m for p in article.entities if p.actor is not None and p.actor.code
                 and p.actor.code[:3] == country and "PTY" in p.actor.sectors
                 for m in p.mentions if m.text == word]
        titled = [(m, w) for m in person.mentions for w in words
                  if w.end <= m.start and article.text[w.start:m.start].split()[:1] == [word]
                  and m.start - w.end < 40]
        if not titled:
            continue
        named = set().union(*(_foreign(article, m.start, bounds, country, person, w) for m, w in titled))
        if not named and home in (None, country):
            continue
        if home not in (None, country) and named <= {home}:  # a minister of the story's country
            actor = Actor(code=home + "GOV", country=home, sectors=("GOV",),
                          description=f"{person.actor.description}; a portfolio title, country "
                                      "from the story's home country")
            changed[person.id] = person.model_copy(update={"actor": actor, "confidence": HOME_CONFIDENCE})
        else:
            actor = Actor(sectors=("GOV",), description=f"{person.actor.description}; a portfolio "
                          "title (another country is named with the person)")
            changed[person.id] = person.model_copy(update={"actor": actor, "confidence": None})
        drop.update({(w.start, w.end): word for _, w in titled})
    if not changed:
        return None
    entities = []
    for entity in article.entities:
        entity = changed.get(entity.id, entity)
        kept = tuple(m for m in entity.mentions if (m.start, m.end) not in drop)
        if not kept:
            continue
        if len(kept) != len(entity.mentions):
            entity = entity.model_copy(update={"mentions": kept})
        entities.append(entity)
    return tuple(entities)


def _foreign(article: Article, start: int, bounds: list, country: str, person: Entity, word) -> set:
    """The countries other than ``country`` the sentence holding ``start`` names, the person and
    the party word aside."""
    for low, high in bounds:
        if low <= start < high:
            others = article.model_copy(update={"entities": tuple(
                e for e in article.entities if e.id != person.id
                and not any(m.start == word.start for m in e.mentions))})
            return sentence_countries(others, low, high) - {country}
    return set()
