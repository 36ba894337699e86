"""Entity mentions read from their context: titles whose country is the story's ("X, *the
country's* trade minister") and regional groups of countries ("the *Balkan states*").
Split from :mod:`eventwire.extract.entities`, which calls these on its scan state."""

from __future__ import annotations

from typing import Optional

from ..record import Actor
from .actors import PhraseParse, parse_phrase, resolve_tokens, strip_phrase
from .actors_data import POSSESSIVES
from .entity_merge import Candidate

#: Definite descriptions of the country a story is about ("the *country's* trade minister").
COUNTRY_NOUNS = frozenset({"country", "nation"})


def country_possessive(scan, start: int, end: int) -> Optional[PhraseParse]:
    """"X, *the country's trade minister*": the title's country is the one country that the
    sentence (before the title) and the two sentences before it name; none when they name
    several or none. "the country" is a definite description, read as the nearest salient
    country the way event anaphora reads "the regime" (see ``event_anaphora``)."""
    words = scan.tokens[start:end]
    if len(words) < 4 or words[0].lower() != "the" or words[1].lower() not in COUNTRY_NOUNS \
            or words[2] not in POSSESSIVES:
        return None
    roles = parse_phrase(words[3:], scan.vocab)
    if roles is None or not roles.has_role or roles.modifier is not None or roles.actor is None:
        return None
    low = scan.sents[start][0]
    for _ in range(2):
        low = scan.sents[low - 1][0] if low > 0 else low
    countries = set()
    for ent in scan.ents:
        if low <= ent.start and ent.end <= start and ent.label_ in ("GPE", "NORP"):
            actor = resolve_tokens(strip_phrase(scan.tokens[ent.start:ent.end]), ent.label_, vocabulary=scan.vocab)
            if actor is not None and actor.code and len(actor.code) == 3:
                countries.add(actor.code)
    if len(countries) != 1:
        return None
    iso3, sectors = countries.pop(), roles.actor.sectors
    return PhraseParse(Actor(code=iso3 + "".join(sectors), country=iso3, sectors=sectors), has_role=True)



#: Plural heads that make a regional name a group of countries ("Balkan states", "Gulf
#: countries", "Baltic nations"); "the Balkans" alone stays a region for the places step.
GROUP_HEADS = frozenset({"states", "countries", "nations", "republics"})
REGION_LABELS = frozenset({"NORP", "GPE", "LOC"})


def region_groups(scan) -> list[Candidate]:
    """"the Balkan states": a regional name before a plural of *state*/*country* names a group
    of countries, not a place of that name (Turkmenistan's Balkan province). The whole phrase
    becomes one mention with no code (the group is several countries, and CAMEO's regional
    blocks are not made up here), and the name inside it is absorbed, so no event party takes
    the province's country from it. A name that is itself a country ("Indian states", the
    states *of* India) keeps its own reading."""
    found = []
    for ent in scan.ents:
        end = ent.end
        if ent.label_ not in REGION_LABELS or end >= len(scan.tokens) or scan.tokens[end].lower() not in GROUP_HEADS:
            continue
        words = strip_phrase(scan.tokens[ent.start:end])
        if not words or resolve_tokens(words, ent.label_, vocabulary=scan.vocab) is not None:
            continue
        scan.dropped.add((ent.start, ent.end))
        first = ent.start + 1 if scan.tokens[ent.start] in ("the", "The") else ent.start
        s, e = scan.doc[first].idx, scan.doc[end].idx + len(scan.tokens[end])
        text = scan.text[s:e]
        found.append(Candidate(s, e, text, "GPE", None, ("text", text.lower())))
    return found


#: Earliest a title may start before its name (tokens), as in ``entity_titles.MAX_TITLE``.
MAX_BODY_TITLE = 7
#: Bodies a bare title may belong to by head match. State-level words ("government",
#: "president", "officials") are left out: news uses them unqualified for the outlet's own
#: state too ("government spokesman" in a UK paper after "the Iraqi government").
BODY_HEADS = frozenset({"army", "military", "police", "navy", "ministry", "forces", "guard"})


def body_titles(scan, phrase_at) -> None:
    """"the Chadian army said … army spokesman Colonel Issa Mahamat": a title with no country
    whose first word is a body the article has already named with one country ("army",
    "police", "foreign ministry") is a title in that body. A repeated head noun refers back to
    the earlier phrase (the strict head-match sieve of Lee et al., 2013); two countries' armies
    named before leave the title without a country. Runs after the role phrases are found;
    only people with no title code yet are given one. ``phrase_at(scan, start, end)`` reads a
    role phrase (``entities.phrase_at``)."""
    bodies = [(c.key[2], c.start, c.actor.country) for c in scan.candidates
              if c.key and c.key[0] == "role" and c.key[2] in BODY_HEADS
              and c.actor is not None and c.actor.country]
    if not bodies:
        return
    for ent in scan.ents:
        titled = scan.person_actor.get((ent.start, ent.end))
        if ent.label_ != "PERSON" or (titled is not None and titled.code):
            continue
        first = max(scan.sents[ent.start][0], ent.start - MAX_BODY_TITLE)
        for start in range(first, ent.start):
            word, begins = scan.tokens[start].lower(), scan.doc[start].idx
            countries = {country for head, at, country in bodies if head == word and at < begins}
            if len(countries) != 1:
                continue
            parsed = phrase_at(scan, start, ent.start)
            if parsed is None or parsed.modifier is not None or not parsed.actor.sectors:
                continue
            iso3, sectors = next(iter(countries)), parsed.actor.sectors
            title = scan.doc[start:ent.start].text.strip(" ,")
            scan.person_actor[(ent.start, ent.end)] = Actor(
                code=iso3 + "".join(sectors), country=iso3, sectors=sectors, description=title)
            break
