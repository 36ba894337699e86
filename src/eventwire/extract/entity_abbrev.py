"""Abbreviations the article defines: the short form is a mention of the long form's entity.

News introduces an organisation by its full name and then uses its initials ("the Rapid
Support Forces (RSF) …", later "the RSF"). A vocabulary reading of the initials can be another
body (RSF is also Reporters Without Borders, *Reporters sans frontières*); the article's own
definition wins. Two definitions are read:

* **Parenthetical**, by the algorithm of Schwartz & Hearst (2003), "A simple algorithm for
  identifying abbreviation definitions in biomedical text", PSB 2003: 451–462. Patterns
  ``long form (short form)`` and ``short form (long form)``; the short form is one or two words
  of 2–10 characters starting with a letter or digit; the long form is searched in at most
  ``min(|A| + 5, 2|A|)`` words before the parenthesis (|A| = characters of the short form) by
  :func:`best_long_form`, their Figure 2 (every letter of the short form matched right to left,
  the first one at a word's start). Only short forms with a capital letter are kept (names).
  PyPI's ``abbreviations`` 0.2.5 implements the same algorithm but has had no release since
  2019; the 20 lines below are its published pseudo-code.
* **Initials** with no parenthesis: an all-capital token of 2–6 letters whose letters are the
  capital letters of exactly one multi-word name mentioned **earlier** in the article ("Rapid
  Support Forces" … "RSF"), the acronym test of rule-based coreference (Lee et al. 2013,
  "Deterministic coreference resolution based on entity-centric, precision-ranked rules",
  Computational Linguistics 39(4), the *acronym* constraint of the precise-constructs sieve).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .actors_data import Vocabulary, tokenize
from .entity_merge import Candidate, merge_key

PAREN = re.compile(r"\(([^()\n]{1,80})\)")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
#: Sentence or clause breaks the long form never crosses.
BREAK = re.compile(r"[.;:!?\n]\s|[\n\"“”]")


def best_long_form(short: str, long: str) -> Optional[int]:
    """Where the long form of ``short`` starts in ``long`` (Schwartz & Hearst 2003, fig. 2)."""
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].lower()
        if not char.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != char or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


def _short_form(text: str) -> bool:
    words = text.split()
    return (1 <= len(words) <= 2 and 2 <= len(text) <= 10 and text[:1].isalnum()
            and any(c.isalpha() for c in text) and any(c.isupper() for c in text))


def definitions(text: str) -> list[tuple[str, int, int]]:
    """``(short form, long start, long end)`` for each parenthetical definition in ``text``."""
    found = []
    for match in PAREN.finditer(text):
        inside = match.group(1).strip()
        before = text[: match.start()].rstrip()
        breaks = list(BREAK.finditer(before))
        clause_start = breaks[-1].end() if breaks else 0
        if _short_form(inside):  # long form (SHORT)
            limit = min(len(inside) + 5, 2 * len(inside))
            words = before[clause_start:].split()[-limit:]
            window = " ".join(words)
            start = best_long_form(inside, window)
            if start is None or len(window) - start <= len(inside):
                continue
            long = window[start:]
            offset = len(before) - len(long)
            if before[offset:] == long and inside not in long and _name_like(long):
                found.append((inside, offset, len(before)))
            continue
        words = before[clause_start:].split()
        if words and _short_form(words[-1]) and len(inside.split()) >= 2:  # SHORT (long form)
            short = words[-1]
            if best_long_form(short, inside) == 0 and _name_like(inside):  # the whole parenthesis
                lead = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
                found.append((short, lead, lead + len(inside)))
    return found


def _name_like(long: str) -> bool:
    """A long form that can name an entity: capitalised, two words or more, no brackets
    ("gross domestic product (GDP)" defines a term, not a name)."""
    return long[:1].isupper() and " " in long and not any(c in long for c in "()[]")


#: Lowercase words a multi-word proper name may hold ("Bank *of* England", "Food *and* Drug").
NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "la", "al", "el"})


def proper_name(text: str) -> bool:
    """Two or more capitalised words, any others function words ("US company" is no name)."""
    words = text.split()
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and all(w[:1].isupper() or w.lower() in NAME_FUNCTION_WORDS for w in words)


def _spelling(name: str) -> str:
    words = name.lower().replace("&", " and ").split()
    text = " ".join(w for w in words if w != "the")
    text = re.sub(r"[^a-z0-9 ]", "", text)
    return re.sub(r"isation", "ization", re.sub(r"our\b", "or", text))


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("Food & Agriculture Organisation" = "Food and Agriculture
    Organization")."""
    return bool(a) and _spelling(a) == _spelling(b)


def capitals(name: str) -> str:
    """The capital letters of a name ("Rapid Support Forces" → "RSF")."""
    return "".join(c for c in name if c.isupper())


def _long_candidate(cands: list[Candidate], start: int, end: int) -> Optional[Candidate]:
    """A candidate ending at ``end`` inside ``[start, end]`` (the long form's name), longest first."""
    inside = [c for c in cands if start <= c.start and c.end == end and c.key is not None]
    return min(inside, key=lambda c: c.start) if inside else None


def _new_long(text: str, start: int, end: int, vocab: Vocabulary) -> Candidate:
    """The long form as an ORG mention when the NER did not tag it."""
    lead = text[start:end]
    cut = len(lead) - len(lead.lstrip()) + (4 if lead.lstrip().lower().startswith("the ") else 0)
    name = text[start + cut : end]
    words = tuple(tokenize(name))
    groups = [e for e in vocab.entries(words) if e.kind == "group"]
    actor = groups[0].actor if groups else None
    return Candidate(start + cut, end, name, "ORG", actor, merge_key("ORG", words, vocab=vocab, actor=actor), words)


def _agreeing(short: str, long: Candidate, vocab: Vocabulary) -> Candidate:
    """The long form, given the vocabulary's reading of ``short`` when that reading is the same
    body spelled otherwise ("Food & Agriculture Organisation (FAO)" → the listed FAO: the same
    words up to "&"/"and" and British/American spelling). Otherwise the text's definition
    stands alone (RSF listed as Reporters Without Borders is not the Rapid Support Forces; WTO
    listed as the World Trade Organization is not the World Tourism Organisation)."""
    if long.actor is not None and long.actor.code:
        return long
    for entry in vocab.entries((short,)):
        if entry.kind == "group" and entry.actor is not None and same_name(entry.actor.group or "", long.text):
            long.actor, long.key = entry.actor, ("group", entry.actor.group)
            return long
    return long


def link_abbreviations(text: str, cands: list[Candidate], vocab: Vocabulary) -> list[Candidate]:
    """``cands`` with every mention of a defined short form sharing its long form's actor and
    merge key (new mentions for untagged short forms and long forms)."""
    links: dict[str, Candidate] = {}
    out = list(cands)
    for short, start, end in definitions(text):
        long = _long_candidate(out, start, end)
        if long is None:
            long = _new_long(text, start, end, vocab)
            out.append(long)
        links.setdefault(short, long)
    for match in ACRONYM.finditer(text):
        short = match.group()
        if short in links:
            continue
        names = {c.text: c for c in out if c.key is not None and c.key[0] != "role"
                 and c.end <= match.start() and proper_name(c.text) and capitals(c.text) == short}
        if len(names) == 1:
            links[short] = next(iter(names.values()))
    if not links:
        return out
    links = {short: _agreeing(short, long, vocab) for short, long in links.items()}
    spans = {(c.start, c.end): i for i, c in enumerate(out)}
    for short, long in links.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            span = (match.start(), match.end())
            if span == (long.start, long.end):
                continue
            linked = Candidate(span[0], span[1], short, long.label, long.actor, long.key, (short,), long.confidence)
            if span in spans:
                out[spans[span]] = replace(out[spans[span]], actor=long.actor, key=long.key, label=long.label)
            elif not any(c.start < span[1] and span[0] < c.end for c in out):
                out.append(linked)
    return out
