"""People, organisations, countries and actor phrases → :class:`~eventwire.record.Entity`.

Input is the scan ``Doc`` (sentences + NER, no parse). Four passes, all dictionary lookups:

1. **Titles** (:mod:`eventwire.extract.entity_titles`). The tokens right before a PERSON ("Chinese
   Foreign Minister", "Taliban co-founder") or an appositive right after it (", a Taliban
   spokesman,") are read as an actor phrase; the person gets its code (``CHNGOV``, ``AFGINS``)
   and the title as description.
2. **Actor phrases spaCy does not mark.** A country/demonym/capital followed by a role noun
   ("Chinese authorities", "U.S. troops", "the Kabul authorities") becomes an entity of type
   ``ORG`` (an organisation-like collective; chosen over NORP because it denotes a body, not a
   nationality). The NORP/GPE entity inside it is absorbed. After a known group the role adds
   nothing ("Taliban leaders" is the Taliban for coding), so only the group is marked.
3. **Named entities** of types PERSON, ORG, GPE, NORP, LOC, FAC (dates, money and numbers are
   other steps' work), trimmed of "the" and a possessive, resolved with ``actors.resolve_tokens``.
4. **Merging** (:mod:`eventwire.extract.entity_merge`). Mentions join on a key: the group
   ("ISIS" = "Islamic State"), the country ("U.S." = "United States"), the role phrase's code + head noun, else the lowercase text.
   Person names cluster when a shorter name's words all belong to exactly one longer name
   ("Baradar" → "Mullah Abdul Ghani Baradar"); a cluster inherits the actor of any mention.

The scan state the passes share is :class:`eventwire.extract.entity_scan.Scan`.
"""

from __future__ import annotations

from typing import Optional

from ..record import Article, Entity
from .actors import PhraseParse, parse_phrase, resolve_tokens, strip_phrase
from .actors_data import MODIFIER_KINDS, POSSESSIVES, Vocabulary, default_vocabulary, known_person, known_person_on
from .actors_periods import parse_published
from .entity_abbrev import link_abbreviations
from .entity_context import body_titles, region_groups
from .entity_merge import Candidate, build_entity, dedupe, group_candidates, lone_org, merge_key, name_repeats
from .entity_names import sentence_first_name
from .entity_party_words import common_word_party, tagged_common_word
from .entity_scan import (Scan, add_modifier, context_of, is_actor_phrase, new_scan, phrase_at,
                          token_chars)
from .entity_titles import find_titles, office_title

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
ROLE_ENTITY_TYPE = "ORG"
MAX_PHRASE = 6  # tokens a role phrase may add after its modifier
TRIM_WORDS = frozenset({"the", "The"})
#: Confidence of a listed person's code when the row has dates of office but the article's date
#: is unknown (or outside them): the row's undated code may be an office held at another time.
UNDATED_PERSON_CONFIDENCE = 0.6


def longest_phrase(scan: Scan, start: int, modifier_len: int, *, stop: int) -> Optional[tuple[int, PhraseParse]]:
    """The longest role phrase that starts with the modifier at ``start``."""
    for end in range(min(stop, start + modifier_len + MAX_PHRASE), start + modifier_len, -1):
        parsed = phrase_at(scan, start, end)
        if parsed is not None and is_actor_phrase(parsed):
            return end, parsed
    return None


def find_role_phrases(scan: Scan) -> None:
    """Pass 2: "<country/demonym/capital/group> <role noun>" phrases not followed by a name."""
    people = {e.start for e in scan.ents if e.label_ == "PERSON"}
    for sent in scan.doc.sents:
        pos = sent.start
        while pos < sent.end:
            hit = scan.vocab.longest(scan.tokens, pos, MODIFIER_KINDS)
            hit = hit if hit and pos + hit[0] < sent.end and not stance_prefix(scan, pos) else None
            found = longest_phrase(scan, pos, hit[0], stop=sent.end) if hit else None
            if found is None or found[0] in people:
                title = hit and pos + hit[0] in people and office_title(scan, pos, pos + hit[0])
                if hit and found is None and not title:  # an office title is pass 1's
                    add_missed_group(scan, pos, hit)
                pos += hit[0] if hit else 1
                continue
            end, parsed = found
            add_role_phrase(scan, (pos, end), parsed)
            pos = end


#: Vocabulary kinds a name spaCy missed or split may be found as (capitals need context).
MISSED_KINDS = frozenset({"group", "country", "demonym"})


STANCE_PREFIXES = frozenset({"anti", "pro"})


def stance_prefix(scan: Scan, pos: int) -> bool:
    """"anti-Syria journalist", "pro-Iranian group": the name says what the phrase is for or
    against, not whose it is."""
    return pos >= 2 and scan.tokens[pos - 1] == "-" and scan.tokens[pos - 2].lower() in STANCE_PREFIXES


def add_missed_group(scan: Scan, start: int, hit: tuple) -> None:
    """A group, country or demonym spaCy missed or split ("Islamic" + "State", "Sierra" +
    "Leonean", an untagged "US"), when the name is unmistakable.

    Unmistakable: several words, or an all-caps acronym, or one capitalised word inside a
    sentence that spaCy left untagged ("the pro-Iranian Hizbollah group"): a listed group name
    written with a capital mid-sentence is the group. A word spaCy tagged as something else
    ("Wagner" the composer as PERSON) stays with the NER. A sentence's first word, capitalised
    in any case, counts when untagged and not followed by another capitalised word
    (:func:`.entity_names.sentence_first_name`: "Arnor is about to restore ties …").
    """
    length, entry = hit
    end = start + length
    words = scan.tokens[start:end]
    if entry.kind not in MISSED_KINDS or _crosses_trimmed(scan, start, end):
        return
    if length < 2 and not (words[0].isupper() and len(words[0]) > 1) and not _lone_name(scan, start):
        if not sentence_first_name(scan.tokens, start, end, scan.sents[start][0], covered_by(scan),
                                   entry.phrase):
            return
        if common_word_party(scan, start, end, entry.actor):
            return
    if entry.kind != "group" and any(e.start == start and e.end == end for e in scan.ents):
        return  # spaCy has it whole: pass 3 resolves it
    for other in scan.ents:
        bounds = trimmed(other) or (other.start, other.end)
        if start <= bounds[0] and bounds[1] <= end:
            scan.dropped.add((other.start, other.end))
    if entry.kind == "group":
        add_modifier(scan, start, end, actor=entry.actor)
        return
    s, e = token_chars(scan.doc, start, end)
    label = "NORP" if entry.kind == "demonym" else "GPE"
    key = merge_key(label, tuple(words), vocab=scan.vocab, actor=entry.actor)
    scan.candidates.append(Candidate(s, e, scan.text[s:e], label, entry.actor, key))


PERSON_KINDS = frozenset({"person"})


def find_missed_people(scan: Scan) -> None:
    """Pass 0: a person ``people.csv`` lists by this exact name that spaCy left untagged
    ("Mulroney and Tambo met"), added as a PERSON entity so that the later passes (titles,
    dates of office) treat it as any other name.

    The same evidence as :func:`add_missed_group` asks of a group: every word capitalised and
    no NER entity touching the span, and a single word must be a proper name by position (not
    a sentence's first word, :func:`_lone_name`) or, first in its sentence, spelled as listed
    and not followed by another capitalised word (:func:`.entity_names.sentence_first_name`)."""
    from spacy.tokens import Span

    added = []
    for sent in scan.doc.sents:
        pos = sent.start
        while pos < sent.end:
            word = scan.tokens[pos]  # a listed name starts capitalised: most tokens need no lookup
            if not word[:1].isupper() or not scan.vocab.may_start_kind(word, "person"):
                pos += 1
                continue
            hit = scan.vocab.longest(scan.tokens, pos, PERSON_KINDS)
            end = pos + hit[0] if hit else pos + 1
            if hit is None or end > sent.end or not _untagged_name(scan, pos, end, hit[1].phrase):
                pos = end
                continue
            added.append(Span(scan.doc, pos, end, label="PERSON"))
            pos = end
    if added:
        scan.ents = sorted([*scan.ents, *added], key=lambda e: e.start)


def _untagged_name(scan: Scan, start: int, end: int, spelling: str) -> bool:
    words = scan.tokens[start:end]
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words) or not words[0][:1].isupper():
        return False
    if any(e.start < end and start < e.end for e in scan.ents):
        return False
    if end - start > 1 or _lone_name(scan, start):
        return True
    return sentence_first_name(scan.tokens, start, end, scan.sents[start][0], covered_by(scan), spelling)


def _crosses_trimmed(scan: Scan, start: int, end: int) -> bool:
    """:func:`.entity_scan.crosses_entity` on the entities without a leading "the" or a
    trailing possessive: "the General Agreement on Tariffs and Trade" tagged LAW still holds
    the listed name whole."""
    for ent in scan.ents:
        first, last = trimmed(ent) or (ent.start, ent.end)
        if first < start < last or first < end < last:
            return True
    return False


def covered_by(scan: Scan):
    """A test: is token ``i`` inside one of the scan's NER entities?"""
    return lambda i: any(e.start <= i < e.end for e in scan.ents)


def _lone_name(scan: Scan, start: int) -> bool:
    """A capitalised word, not a sentence's first (after any opening quote or bracket), that
    no spaCy entity covers."""
    word, first = scan.tokens[start], scan.sents[start][0]
    while first < start and not scan.tokens[first][:1].isalnum():
        first += 1
    return (word[:1].isupper() and start != first
            and not any(e.start <= start < e.end for e in scan.ents))


def add_role_phrase(scan: Scan, span: tuple[int, int], parsed: PhraseParse) -> None:
    """Record one role phrase (or, after a group, the group alone) and absorb entities inside it."""
    start, end = span
    for other in scan.ents:
        if start <= other.start and other.end <= end:
            scan.dropped.add((other.start, other.end))
    if parsed.modifier.kind == "group":
        add_modifier(scan, start, start + parsed.modifier_len, actor=parsed.actor)
        return
    s, e = token_chars(scan.doc, start, end)
    text = scan.text[s:e]
    head = strip_phrase(scan.tokens[start + parsed.modifier_len : end])[-1].lower()
    key = ("role", parsed.actor.code, head)
    scan.candidates.append(Candidate(s, e, text, ROLE_ENTITY_TYPE, parsed.actor, key))


def trimmed(ent) -> Optional[tuple[int, int]]:
    """Token range of ``ent`` without a leading "the" or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if end - start > 1 and doc[start].text in TRIM_WORDS:
        start += 1
    while end - start > 1 and doc[end - 1].text in POSSESSIVES:
        end -= 1
    return (start, end) if end > start else None


def strip_possessive(text: str) -> str:
    """Drop a possessive glued to the last word ("Taliban’s" → "Taliban")."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def entity_candidate(scan: Scan, ent) -> Optional[Candidate]:
    """Pass 3: one named entity as a candidate mention, with its actor and merge key."""
    bounds = trimmed(ent)
    if bounds is None:
        return None
    s, e = token_chars(scan.doc, *bounds)
    text = strip_possessive(scan.text[s:e])
    words = tuple(w for w in scan.tokens[bounds[0] : bounds[1]] if w.strip())
    label = relabel(ent.label_, words, scan.vocab)
    if label == "PERSON":
        titled = scan.person_actor.get((ent.start, ent.end))
        known = None if titled is not None and titled.code else known_person_on(words, scan.vocab, scan.when)
        before = scan.doc[ent.start - 1].text if ent.start else ""
        if known is None and titled is not None and before[:1].isupper():  # listed with the title:
            known = known_person_on((before, *words), scan.vocab, scan.when)  # "Pope Francis"
        if known is None:
            return Candidate(s, s + len(text), text, label, titled, None, words, titled=titled is not None)
        # "President Bush": the listed person beats a country-less title
        actor, dated = known
        confidence = None if dated else UNDATED_PERSON_CONFIDENCE
        # a country-less title the listed code bears out ("Prime Minister" GOV, GBRGOV) is
        # still a title in the text (entity_merge.best_actor ranks office over party titles)
        agrees = titled is not None and bool(titled.sectors) and set(titled.sectors) <= set(actor.sectors)
        return Candidate(s, s + len(text), text, label, actor, None, words, confidence, titled=agrees)
    context = context_of(scan, ent.start, ent.end)
    actor = resolve_tokens(words, label, context=context, vocabulary=scan.vocab)
    if tagged_common_word(scan, ent, actor):
        actor = None  # "Labour is too costly": sentence case, not the party
    return Candidate(s, s + len(text), text, label, actor, merge_key(label, words, vocab=scan.vocab, actor=actor))


def relabel(label: str, words: tuple[str, ...], vocab: Vocabulary) -> str:
    """A PERSON that the vocabulary knows as a group or country is an ORG or GPE; a name
    tagged otherwise that only ``people.csv`` knows is the PERSON ("Saakashvili", which the
    small model often tags GPE)."""
    if label != "PERSON":
        if known_person(words, vocab) is not None and parse_phrase(words, vocab) is None:
            return "PERSON"
        return label
    parsed = parse_phrase(words, vocab)
    if parsed is None or parsed.has_role or parsed.modifier is None:
        return label
    return {"group": "ORG", "country": "GPE", "demonym": "NORP"}.get(parsed.modifier.kind, label)


def extract_entities(article: Article, analysis, *, vocabulary: Optional[Vocabulary] = None) -> tuple[Entity, ...]:
    """Entities of ``article`` from the scan analysis, merged, with actors where certain."""
    doc = analysis.doc
    scan = new_scan(doc, vocabulary or default_vocabulary(), parse_published(article.source.published))
    find_missed_people(scan)
    find_titles(scan)
    find_role_phrases(scan)
    scan.candidates.extend(region_groups(scan))
    body_titles(scan, phrase_at)
    for ent in scan.ents:
        if ent.label_ in LABELS and (ent.start, ent.end) not in scan.dropped:
            cand = entity_candidate(scan, ent)
            if cand is not None and cand.text:
                scan.candidates.append(cand)
    people = [c for c in scan.candidates if c.label == "PERSON"]
    spans = [(c.start, c.end) for c in scan.candidates]
    others = frozenset(w for e in scan.ents if e.label_ != "PERSON" and not lone_org(e, scan.vocab)
                       for w in scan.tokens[e.start:e.end])
    for cand in name_repeats(doc, [(e.start, e.end) for e in scan.ents], people, others):
        if not any(s < cand.end and cand.start < e for s, e in spans):
            scan.candidates.append(cand)
    groups = group_candidates(dedupe(link_abbreviations(scan.text, scan.candidates, scan.vocab)))
    groups.sort(key=lambda members: min(c.start for c in members))
    return tuple(build_entity(members, f"e{i}") for i, members in enumerate(groups, 1))


class EntitiesStep:
    """Pipeline step: fills ``Article.entities`` (people, organisations, places as actors)."""

    name = "eventwire.entities.v2"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, *, vocabulary: Optional[Vocabulary] = None) -> None:
        self.vocabulary = vocabulary

    def __call__(self, article: Article, analysis) -> Article:
        entities = extract_entities(article, analysis, vocabulary=self.vocabulary)
        return article.model_copy(update={"entities": entities})
