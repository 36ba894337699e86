"""Ethnic and regional demonyms as event parties: "Kurdish rebels", "Tamil fighters", "South
Ossetian forces".

CAMEO codes an ethnic or regional group by its country of residence (the actor's country block;
the ethnic group is a separate code in GDELT's EthnicCode field, which the :class:`Actor` record
does not carry). ``data/event_ethnic.csv`` lists each name with the countries it may live in,
from public geography (GeoNames first-level divisions, ISO 3166):

* one country ("Chechen" → RUS, "Uighur" → CHN): that country;
* several ("Kurdish": IRQ, TUR, SYR, IRN): the one of them the phrase's own locative names
  ("Kurdish rebel positions *in northern Iraq*"), else the one of them the sentence names (a
  coded actor or a resolved place), marked inferred; none or several → no code.

A national demonym after "ethnic" ("*ethnic* Albanians in south Serbia", "ethnic Russians in
Ukraine") names the ethnic group, not the state's people (:func:`ethnic_marked`): its country is
where it lives, not the kin state, so the demonym's own country code is not used.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Optional

from .event_actors import entity_country


@lru_cache(maxsize=1)
def ethnic_countries() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Lowercase name words → residence countries, in the file's order."""
    raw = resources.files("eventwire.data").joinpath("event_ethnic.csv").read_text("utf-8")
    table = {}
    for row in csv.DictReader(io.StringIO(raw)):
        countries = tuple(c for c in row["countries"].split("|") if c)
        for name in row["names"].split("|"):
            table[tuple(name.lower().split())] = countries
    return table


def ethnic_name(tokens: list) -> Optional[tuple[str, ...]]:
    """Residence countries of a capitalised ethnic name among ``tokens`` (longest first)."""
    table = ethnic_countries()
    words = [t.lower_ for t in tokens]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            if tokens[i].text[:1].isupper() and tuple(words[i:i + size]) in table \
                    and not _given_name(tokens[i + size - 1]):
                return table[tuple(words[i:i + size])]
    return None


def _given_name(token) -> bool:
    """A capitalised name right after the word: "*Karen* Smith" is a person's given name."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha


def ethnic_country(tokens: list, index, local: Optional[str] = None) -> tuple[Optional[str], bool]:
    """(country, inferred) for a phrase holding an ethnic name, else (None, False). ``local``:
    the country of the phrase's own locative ("Kurdish rebel positions *in northern Iraq*"),
    preferred over the sentence's other countries (the attacker's, "Turkish warplanes")."""
    countries = ethnic_name(sorted(tokens, key=lambda t: t.i))
    if not countries:
        return None, False
    if len(countries) == 1:
        return countries[0], False
    if local in countries:
        return local, True
    named = {c for c in map(entity_country, (e for _, _, e in index.spans)) if c}
    named |= index.places.countries()
    found = named & set(countries)
    return (found.pop(), True) if len(found) == 1 else (None, False)


ETHNIC_WORDS = frozenset({"ethnic"})


def ethnic_marked(head, spans: list) -> bool:
    """Is a demonym entity of the phrase headed by ``head`` preceded by "ethnic" ("*ethnic*
    Albanians", "ethnic Turkish villagers")? ``spans``: the entity's (start, end) character
    offsets in the parsed sentence. Such a name is an ethnicity (CAMEO's ethnic codes sit apart
    from the country block, which is the residence country), not the kin state's people."""
    for token in head.subtree:
        if token.lower_ in ETHNIC_WORDS and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if any(start <= nxt.idx < end for start, end in spans):
                return True
    return False
