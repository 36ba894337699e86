"""Find toponyms in an analysed article: spaCy's place entities plus gazetteer-backed rescues.

spaCy's small English model misses or mislabels many place names in news ("Peshawar in
northwest Pakistan" with no entity on Peshawar, "Punjab" as NORP, "Donetsk and Kharkiv" as a
WORK_OF_ART). A name is rescued only when the gazetteer knows it *strongly* (a country, a
first-level region, or a city of at least :data:`RESCUE_MIN_POPULATION` people, by its main
name) and, outside a mislabelled entity, only after a locative cue ("in", "near", "city of" ...).
Demonyms ("Chinese") and people/organisation names are never places. A place entity the
gazetteer does not know is narrowed to the known name inside it (a possessive or compass word
dropped, an institution word after it, or a strong name opening or closing it:
:func:`known_part`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .gazetteer import Gazetteer
from .gazetteer_index import fold

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels spaCy puts on place names by mistake; a strong gazetteer hit overrides them.
MISLABELS = frozenset({"NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
#: Words after which a capitalised name is read as a place ("fighting in Marjah").
CUE_WORDS = frozenset({
    "in", "at", "near", "from", "to", "into", "outside", "across", "around", "towards",
    "toward", "through", "between", "of", "via", "inside", "throughout", "and", "or",
})
#: Prepositions strong enough to read a one-word PERSON as a place ("shelling in Kyiv"); not
#: "to", "of", "and" ("passed to Jordan", "the wife of Georgia", "Jordan and Chelsea").
PERSON_CUES = frozenset({"in", "at", "near", "into", "outside", "across", "inside"})
RESCUE_MIN_POPULATION = 15000
#: Words that close the name of an administrative division ("Laurel County", "Clinton
#: Township"): after a place name they are part of it, not an institution's head word.
DIVISION_WORDS = frozenset({"County", "Parish", "Township", "Borough"})
MAX_NAME_TOKENS = 4
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


@dataclass(frozen=True)
class Toponym:
    """A place-name mention: its span, text and where it came from (a spaCy label or "GAZ")."""

    start: int
    end: int
    text: str
    label: str
    #: the known part of a longer entity the gazetteer does not know (:func:`known_part`)
    narrowed: bool = False
    #: for a narrowed mention, the whole entity it was cut from: what a reader is shown when the
    #: known part ends unresolved ("Abu Shouk", not "Abu")
    whole: Optional["Toponym"] = None


def strong(gazetteer: Gazetteer, name: str) -> bool:
    """True when the gazetteer knows ``name`` as a country, a region or a sizeable city."""
    if gazetteer.demonym(name):
        return False
    return any(
        c.exact and (c.feature not in ("city", "admin2") or c.population >= RESCUE_MIN_POPULATION)
        for c in gazetteer.lookup(name)
    )


def trimmed(text: str, start: int, label: str) -> Toponym | None:
    """The mention without a leading "the"; None when nothing name-like is left."""
    match = _LEADING_THE.match(text)
    if match:
        text, start = text[match.end():], start + match.end()
    if not any(c.isalpha() for c in text):
        return None
    return Toponym(start, start + len(text), text, label)


_POSSESSIVE = re.compile(r"['’]s?$")
_DIRECTION = re.compile(r"^(?:(?:north|south|east|west|central|northern|southern|eastern|"
                        r"western|northeast|northwest|southeast|southwest|northeastern|"
                        r"northwestern|southeastern|southwestern)\s+)", re.I)


def narrowed(top: Toponym, gazetteer: Gazetteer) -> Toponym:
    """The mention without a possessive or a leading compass word when only the shorter name
    is known ("South Carolina's", "Northeast Georgia", "southern Sudan"); an unknown mention
    that neither narrows goes on to :func:`headed_prefix`."""
    if gazetteer.lookup(top.text):
        return top
    text, start = _POSSESSIVE.sub("", top.text), top.start
    direction = _DIRECTION.match(text)
    if direction and not gazetteer.lookup(text):
        text, start = text[direction.end():], start + direction.end()
    if text and text != top.text and gazetteer.lookup(text):
        return Toponym(start, start + len(text), text, top.label)
    return headed_prefix(top, gazetteer)


def headed_prefix(top: Toponym, gazetteer: Gazetteer) -> Toponym:
    """The longest known place name that opens an unknown mention and is followed by a
    local-institution word ("Titus County Jail", "Paris City Hall" -> "Titus County",
    "Paris"): spaCy often tags such facility/organisation names GPE or FAC as a whole.
    Without such a word, :func:`known_part` may still narrow it."""
    from .place_discourse import org_heads  # it builds on this module's helpers

    words = list(re.finditer(r"\S+", top.text))
    for k in range(len(words) - 1, 0, -1):
        prefix = top.text[:words[k - 1].end()]
        if words[k].group() in org_heads() and any(c.exact for c in gazetteer.lookup(prefix)):
            if words[k].group() in DIVISION_WORDS:  # "Laurel County Adult Education"
                longer = top.text[:words[k].end()]
                if any(c.exact for c in gazetteer.lookup(longer)):
                    prefix = longer
            return Toponym(top.start, top.start + len(prefix), prefix, top.label)
    return known_part(top, gazetteer)


#: Words that make a name a natural feature: the river or lake named after a town is not the
#: town ("Chestatee River", "Lake Cunningham", "Mount Hood"), so such a name is never narrowed.
NATURAL_WORDS = frozenset({
    "river", "lake", "lakes", "creek", "mount", "mt", "mountain", "mountains", "bay", "island",
    "islands", "valley", "canyon", "forest", "reservoir", "pond", "gulf", "sea", "ocean",
    "peninsula", "desert", "swamp", "bayou", "glacier", "strait",
})
#: Last words of a street's name: "Dublin Road" and "Swan Street" are streets, not towns.
STREET_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane",
    "ln", "highway", "hwy", "route", "parkway", "pkwy", "court", "ct", "way", "pike", "trail",
    "place", "terrace", "circle", "expressway", "freeway", "turnpike",
})
_NAME_WORD = re.compile(r"[A-Z][\w.'’]*")
_PLACE_OF = re.compile(r"(?:\bof|,)\s*$")


def known_part(top: Toponym, gazetteer: Gazetteer) -> Toponym:
    """The longest run of capitalised words that opens or closes an unknown mention and that
    the gazetteer knows strongly by its main name (:func:`known_strongly`): spaCy stretches
    place entities over the words around a name ("Newark Live Bait", "Historic Dublin",
    "Battle of Richmond", "Thruxton, Hampshire"). Never inside a natural feature's or a
    street's name ("Chestatee River", "Dublin Road"), never a bare compass word."""
    words = list(re.finditer(r"[\w.'’]+", top.text))
    lowered = [w.group().lower().rstrip(".") for w in words]
    if len(words) < 2 or NATURAL_WORDS.intersection(lowered) or lowered[-1] in STREET_WORDS:
        return top
    best = None
    for i, j in [(0, k) for k in range(1, len(words))] + [(k, len(words)) for k in range(1, len(words))]:
        if not all(_NAME_WORD.fullmatch(w.group()) for w in words[i:j]):
            continue
        text = top.text[words[i].start():words[j - 1].end()]
        # a facility named by a city's name alone is often named after a person or a product
        # ("David Lawrence Convention Center", "Pontiac Grand Prix"): only "of"/"," marks it
        cities = top.label != "FAC" or bool(_PLACE_OF.search(top.text[:words[i].start()]))
        if (best is None or len(text) > len(best[1])) and not _DIRECTION.match(text + " ") \
                and known_strongly(text, gazetteer, cities=cities):
            best = (words[i].start(), text)
    if best is None:
        return top
    return Toponym(top.start + best[0], top.start + best[0] + len(best[1]), best[1], top.label,
                   narrowed=True, whole=top)


def known_strongly(name: str, gazetteer: Gazetteer, *, cities: bool = True) -> bool:
    """A country, a region or a county, or (``cities``) a city of
    :data:`RESCUE_MIN_POPULATION`, under its own main name (not an alias: "Act" is not the
    Australian Capital Territory here)."""
    if gazetteer.demonym(name):
        return False
    key = fold(name)
    return any(c.exact and fold(c.name) == key
               and (c.feature != "city" or cities and c.population >= RESCUE_MIN_POPULATION)
               for c in gazetteer.lookup(name))


def split_parts(ent) -> list[tuple[int, str]]:
    """``(start, text)`` of each part of a list-like entity ("Donetsk and Kharkiv")."""
    parts, pos = [], 0
    for match in list(_SPLIT.finditer(ent.text)) + [None]:
        end = match.start() if match else len(ent.text)
        if end > pos:
            parts.append((ent.start_char + pos, ent.text[pos:end]))
        pos = match.end() if match else pos
    return parts


def person_is_place(ent, gazetteer: Gazetteer) -> bool:
    """A one-word PERSON that is a strong place name right after a locative preposition, or
    listed with a place entity ("visited Kyiv and Warsaw"): spaCy's small model does this."""
    if len(ent) != 1 or not strong(gazetteer, ent.text):
        return False
    doc, i = ent.doc, ent.start
    if i > 0 and doc[i - 1].lower_ in PERSON_CUES:
        return True
    nxt = doc[i + 2] if i + 2 < len(doc) else None
    return bool(nxt is not None and doc[i + 1].lower_ in ("and", ",")
                and nxt.ent_type_ in PLACE_LABELS)


def entity_toponyms(ent, gazetteer: Gazetteer) -> list[Toponym]:
    """Toponyms inside one spaCy entity (none for people, organisations, dates ...)."""
    if ent.label_ in PLACE_LABELS:
        if gazetteer.demonym(ent.text) and not gazetteer.lookup(ent.text):
            return []  # "Afghan" tagged GPE
        parts = split_parts(ent)
        if len(parts) > 1 and all(strong(gazetteer, text) for _, text in parts):
            found = [trimmed(text, start, ent.label_) for start, text in parts]
        else:
            found = [trimmed(ent.text, ent.start_char, ent.label_)]
        return [narrowed(t, gazetteer) for t in found if t]
    if ent.label_ == "PERSON" and person_is_place(ent, gazetteer):
        return [Toponym(ent.start_char, ent.end_char, ent.text, "GAZ")]
    if ent.label_ in MISLABELS or (ent.label_ == "ORG" and is_country(gazetteer, ent.text)):
        found = [trimmed(text, start, "GAZ") for start, text in split_parts(ent)]
        return [t for t in found if t and strong(gazetteer, t.text)]
    return []


def is_country(gazetteer: Gazetteer, name: str) -> bool:
    return any(c.feature == "country" and c.exact for c in gazetteer.lookup(name))


def cued(doc, first: int) -> bool:
    """True when token ``first`` follows a locative cue word."""
    return first > 0 and doc[first - 1].lower_ in CUE_WORDS


def coordinated(doc, last: int, gazetteer: Gazetteer) -> bool:
    """True when token ``last`` is followed by "and"/"or"/"," and a place ("Donetsk and
    Kharkiv"): a name listed with a place is a place too."""
    if last + 2 >= len(doc) or doc[last + 1].lower_ not in ("and", "or", ","):
        return False
    other = doc[last + 2]
    return other.ent_type_ in PLACE_LABELS or (other.is_title and strong(gazetteer, other.text))


def rescue_run(doc, run: list[int], gazetteer: Gazetteer) -> list[Toponym]:
    """Longest strong gazetteer names inside a run of capitalised tokens outside entities."""
    found, i = [], 0
    while i < len(run):
        for size in range(min(MAX_NAME_TOKENS, len(run) - i), 0, -1):
            span = doc[run[i]:run[i + size - 1] + 1]
            listed = cued(doc, run[i]) or coordinated(doc, span.end - 1, gazetteer)
            if listed and strong(gazetteer, span.text):
                found.append(Toponym(span.start_char, span.end_char, span.text, "GAZ"))
                i += size
                break
        else:
            i += 1
    return found


def free_runs(doc) -> list[list[int]]:
    """Runs of adjacent capitalised tokens that carry no entity label."""
    runs, current = [], []
    for token in doc:
        if token.ent_iob_ == "O" and token.is_title and token.is_alpha:
            if current and current[-1] != token.i - 1:
                runs.append(current)
                current = []
            current.append(token.i)
        elif current:
            runs.append(current)
            current = []
    return runs + ([current] if current else [])


def find_toponyms(doc, gazetteer: Gazetteer) -> list[Toponym]:
    """All toponyms of the analysed text, in text order."""
    found = [t for ent in doc.ents for t in entity_toponyms(ent, gazetteer)]
    for run in free_runs(doc):
        found.extend(rescue_run(doc, run, gazetteer))
    from .place_discourse import discourse_toponyms  # it builds on this module's helpers

    text = doc.text  # spaCy rebuilds it from the tokens on every access
    found += discourse_toponyms(doc, found, gazetteer, text)
    from .place_titles import drop_title_complements

    found = drop_title_complements(doc, found, gazetteer, text)
    return sorted(found, key=lambda t: (t.start, t.end))
