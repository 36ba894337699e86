"""A plural common noun after a name says what kind of place the name is.

* "the Arafura and Timor seas", "the Atlantic and Pacific oceans": each name heading the plural
  ``seas``/``oceans`` (alone or in a coordination of capitalised names) is that sea's name, so it
  is read as "Arafura Sea", "Atlantic Ocean"; a name whose sea the gazetteer does not know is
  left unresolved rather than read as a town of the same name.
* "the Balkan states", "Baltic countries", "Gulf nations": a regional name before a plural
  ``states``/``countries``/``nations``/``republics`` names a group of countries, so only a
  country, a region or a continent can be its reading: first of the whole phrase ("Baltic
  states", not the Baltic Sea), then of the name ("U.S. states": the country; "New England
  states": the region), then of its plural ("Balkans"); failing all three it stays unresolved,
  never a province that happens to share the name (Turkmenistan's Balkan province).
"""

from __future__ import annotations

import re
from typing import Optional

from .gazetteer import Gazetteer

#: Coordinated capitalised names, then the plural head noun.
_COORDINATED = r"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
_WATERS = re.compile(_COORDINATED + r"\s+(seas|oceans)\b")
_GROUPS = re.compile(r"\s+(states|countries|nations|republics)\b", re.I)
WATER_WORD = {"seas": "Sea", "oceans": "Ocean"}
GROUP_FEATURES = ("country", "region", "continent")
LOOKAHEAD = 120


def head_readings(text: str, name: str, end: int, gazetteer: Gazetteer) -> Optional[tuple]:
    """The readings a plural head noun after the mention ending at ``end`` allows for ``name``,
    or None when no such noun follows (the name's own readings then stand)."""
    after = text[end:end + LOOKAHEAD]
    water = _WATERS.match(after)
    if water:
        return tuple(gazetteer.lookup(f"{name} {WATER_WORD[water.group(1)]}"))
    group = _GROUPS.match(after)
    if group:
        for phrase in (f"{name} {group.group(1).lower()}", name, f"{name}s"):
            found = tuple(c for c in gazetteer.lookup(phrase) if c.feature in GROUP_FEATURES)
            if found:
                return found
        return ()
    return None


def headed_readings(text: str, toponyms: list, readings: dict, gazetteer: Gazetteer,
                    fold) -> dict:
    """``readings`` (folded name -> candidates) with the names that some mention heads a
    plural noun (:func:`head_readings`) read accordingly."""
    out = dict(readings)
    for top in toponyms:
        found = head_readings(text, top.text, top.end, gazetteer)
        if found is not None:
            out[fold(top.text)] = found
    return out
