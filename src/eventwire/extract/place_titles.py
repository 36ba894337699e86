"""Names that complete the title of a ministry or an office ("Minister for Maritime Affairs").

A government portfolio is named "Ministry/Minister/Department/Secretary/Office of (for) X
(Affairs)". In "X Affairs" the complement is the portfolio's *subject* ("Foreign Affairs",
"Maritime Affairs", "Northern Affairs"), and a subject word may happen to be some region's name
("Maritime" is a region of Togo, "Northern" and "Central" are regions of Ghana, Fiji, Sri
Lanka ...). A bare complement names the portfolio by the place itself ("Secretary of State for
Northern Ireland", "Minister for Europe"). So a place completing such a title is a toponym when
the title is plausibly *about* it:

* a country or a continent always ("Minister for Europe", "Ministry of Iraq Affairs");
* a first-level region when no "Affairs" follows ("Secretary of State for Northern Ireland");
* any other place, or a region before "Affairs", only when the article holds other evidence of
  the place's country: another place lying there (by its usual reading), a demonym, or the
  same name used as a place outside the title.

Without such evidence the complement is dropped rather than read as a namesake on another
continent.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .gazetteer_index import fold
from .place_spans import Toponym

#: Office words whose complement after "of"/"for" names the office's portfolio.
_TITLE = re.compile(
    r"\b(?:Ministry|Ministries|Minister|Ministers|Department|Dept\.?|Secretary|Secretariat|"
    r"Office|Commissioner)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?$")
ALWAYS = ("country", "continent")
#: Features a bare complement (no "Affairs" after it) may have without further evidence.
BARE = ALWAYS + ("admin1",)
_AFFAIRS = re.compile(r"^\s+Affairs\b")


def in_title(text: str, top: Toponym) -> bool:
    """True when ``top`` completes an office's title ("Minister for *Maritime* Affairs")."""
    return bool(_TITLE.search(text[max(0, top.start - 60):top.start]))


def usual_country(name: str, gazetteer: Gazetteer):
    """The country of a name's usual reading (exact readings, by feature then population)."""
    order = {"country": 0, "continent": 0, "region": 0, "admin1": 1, "city": 2, "admin2": 3}
    readings = [c for c in gazetteer.lookup(name) if c.exact and c.country]
    if not readings:
        return None
    best = min(readings, key=lambda c: (order.get(c.feature, 4), -c.population))
    return best.country


def supported(text: str, top: Toponym, others: list[Toponym], demonyms: set,
              gazetteer: Gazetteer) -> bool:
    """True when the article outside ``top`` shows the title is about this place."""
    readings = [c for c in gazetteer.lookup(top.text) if c.exact]
    subject = bool(_AFFAIRS.match(text[top.end:top.end + 12]))
    if any(c.feature in (ALWAYS if subject else BARE) for c in readings):
        return True
    countries = {c.country for c in readings if c.country}
    key = fold(top.text)
    for other in others:
        if fold(other.text) == key or usual_country(other.text, gazetteer) in countries:
            return True
    return bool(countries & demonyms)


def drop_title_complements(doc, toponyms: list[Toponym], gazetteer: Gazetteer,
                           text: str | None = None) -> list[Toponym]:
    """``toponyms`` without the office-title complements nothing else in the article supports
    (``text``: the doc's text, if the caller has it; spaCy rebuilds it on every access)."""
    text = doc.text if text is None else text
    titled = [t for t in toponyms if in_title(text, t)]
    if not titled:
        return toponyms
    demonyms = {gazetteer.demonym(e.text) for e in doc.ents if e.label_ == "NORP"} - {None}
    free = [t for t in toponyms if t not in titled]
    keep = {id(t) for t in titled if supported(text, t, free, demonyms, gazetteer)}
    return [t for t in toponyms if t not in titled or id(t) in keep]
