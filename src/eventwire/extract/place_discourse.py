"""Toponyms that spaCy's entity labels hide, found from the article's own evidence.

Three general rules, applied after :func:`.place_spans.find_toponyms`' entity scan:

* **datelines**: an upper-case place name opening a paragraph (or following the headline's
  full stop) before a dash or a ``, State`` part ("COLUMBUS, Ohio —", "BEIRUT (AP) --") is
  the place the story was filed from; spaCy leaves such names untagged or calls them ORG;
* **one sense per discourse**: a name the article already uses as a place is a place
  wherever else it stands alone, capitalised ("Gainesville officials", "Gainesville's mayor"
  next to "in Gainesville"), unless it is part of a longer person's name ("Michael Jordan");
* **organisation names led by a place** ("the Columbus Police Department", "Butler County
  Coroner", "University of Alexandria"): the place part is a toponym when the article
  names it as a place elsewhere, or the gazetteer knows it strongly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Gazetteer
from .gazetteer_index import fold, read_csv
from .place_spans import PLACE_LABELS, Toponym

_DATELINE = re.compile(
    r"(?:^|\n|[.!?]\s)\s*([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([A-Za-z ]+\)\s*)?(?:--|—|–|-|:)\s")
#: Organisation heads joined by "of" to a trailing place ("University of Alexandria").
_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})$")
MAX_PREFIX_TOKENS = 3


def dateline_toponyms(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """Upper-case dateline places the gazetteer knows (any feature: a dateline is a place)."""
    found = []
    for match in _DATELINE.finditer(text):
        name = match.group(1).rstrip(".")
        if len(name) > 2 and gazetteer.lookup(name) and not gazetteer.demonym(name):
            found.append(Toponym(match.start(1), match.start(1) + len(name), name, "GAZ"))
    return found


def covered(spans: list[Toponym], start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in spans)


def known_names(toponyms: list[Toponym]) -> set:
    """Folded names the entity scan read as places (spaCy place labels and rescues)."""
    return {fold(t.text) for t in toponyms}


def label_votes(doc) -> dict:
    """Folded entity text -> (place-label mentions, PERSON mentions)."""
    votes: dict = {}
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON":
            pair = votes.setdefault(fold(ent.text), [0, 0])
            pair[ent.label_ == "PERSON"] += 1
    return votes


#: Letters that may be upper case (ASCII capitals and any non-ASCII letter): a cheap first
#: filter before ``str.isupper``, so only the tokens that open with a capital are built.
_MAYBE_UPPER = re.compile(r"[^\W\d_a-z]")


def capitalised_tokens(doc, text: str):
    """The tokens of ``doc`` whose text opens with a capital letter, in order (``text``: the
    doc's text); building every spaCy token of a long article costs more than this scan."""
    from bisect import bisect_left

    starts = doc.to_array("IDX").tolist()
    for match in _MAYBE_UPPER.finditer(text):
        if not match.group().isupper():
            continue
        i = bisect_left(starts, match.start())
        if i < len(starts) and starts[i] == match.start():
            yield doc[i]


def repeated_mentions(doc, toponyms: list[Toponym], gazetteer: Gazetteer,
                      text: str | None = None) -> list[Toponym]:
    """Further stand-alone mentions of names the article already uses as places, unless
    spaCy calls the name a person more often than a place ("Ripley said")."""
    votes = label_votes(doc)
    names = {k for k in known_names(toponyms)
             if any(c.exact for c in gazetteer.lookup(k))
             and votes.get(k, [1, 0])[1] <= votes.get(k, [1, 0])[0]}
    if not names:
        return []
    firsts = {k.split()[0] for k in names}
    longest = max(len(k.split()) for k in names)
    taken = {i for t in toponyms for i in range(t.start, t.end)}
    found: list[Toponym] = []
    for token in capitalised_tokens(doc, doc.text if text is None else text):
        if token.idx in taken or fold(token.text) not in firsts:
            continue
        for size in range(min(longest, len(doc) - token.i), 0, -1):
            span = doc[token.i:token.i + size]
            if fold(span.text) not in names or taken.intersection(
                    range(span.start_char, span.end_char)):
                continue
            if not inside_person(span):
                found.append(Toponym(span.start_char, span.end_char, span.text, "GAZ"))
                taken.update(range(span.start_char, span.end_char))
            break
    return found


def inside_person(span) -> bool:
    """True when ``span`` is part of a longer PERSON entity ("Jordan" in "Michael Jordan")."""
    first = span[0]
    if first.ent_type_ != "PERSON":
        return False
    ent = next(e for e in span.doc.ents if e.start <= span.start < e.end)
    return len(ent) > len(span) or ent.end < span.end


def org_toponyms(doc, known: set, gazetteer: Gazetteer) -> list[Toponym]:
    """Places leading (or closing, after "of") an organisation's name."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        tokens = [t for t in ent if t.lower_ != "the" or t.i > ent.start]
        for size in range(min(MAX_PREFIX_TOKENS, len(tokens) - 1), 0, -1):
            span = doc[tokens[0].i:tokens[0].i + size]
            if accepted(span.text, known, gazetteer, headed=doc[span.end].text in org_heads()):
                found.append(Toponym(span.start_char, span.end_char, span.text, "GAZ"))
                break
        tail = _OF_PLACE.search(ent.text)
        if tail and accepted(tail.group(1), known, gazetteer):
            start = ent.start_char + tail.start(1)
            found.append(Toponym(start, start + len(tail.group(1)), tail.group(1), "GAZ"))
    return found


@lru_cache(maxsize=1)
def org_heads() -> frozenset:
    """Words that follow a place in the name of a local institution ("Police", "County")."""
    return frozenset(r["word"] for r in read_csv("place_org_heads.csv"))


def accepted(name: str, known: set, gazetteer: Gazetteer, *, headed: bool = False) -> bool:
    """A name read as a place inside an organisation's name: named as a place elsewhere in
    the article, a county/region/country, or a city followed by a local-institution word
    ("Columbus Police"); a city alone is too often a common word ("Metro Squad")."""
    if not name[:1].isupper() or gazetteer.demonym(name) or fold(name) in org_heads_folded():
        return False
    if fold(name) in known:
        return True
    features = ("admin2", "admin1", "country") + (("city",) if headed else ())
    return any(c.exact and c.feature in features for c in gazetteer.lookup(name))


@lru_cache(maxsize=1)
def org_heads_folded() -> frozenset:
    return frozenset(fold(w) for w in org_heads())


def discourse_toponyms(doc, toponyms: list[Toponym], gazetteer: Gazetteer,
                       text: str | None = None) -> list[Toponym]:
    """Every toponym the three rules add to ``toponyms`` (never overlapping them; ``text``:
    the doc's text, if the caller has it)."""
    added = [t for t in dateline_toponyms(doc.text if text is None else text, gazetteer)
             if not covered(toponyms, t.start, t.end)]
    base = toponyms + added
    orgs = [t for t in org_toponyms(doc, known_names(base), gazetteer)
            if not covered(base, t.start, t.end)]
    base = base + orgs
    return added + orgs + repeated_mentions(doc, base, gazetteer, text)
