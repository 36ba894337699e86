"""Domestic institutions named without a country: "Parliament", "MPs", "the Senate", "the
opposition", "police" take the story's home country.

A state's legislature, its parties and politicians, its courts, its police and its armed forces
as an institution act inside that state. News names them bare when the state is the one the
story is about: a BBC politics story's "MPs" are the UK's, a Reuters story from Tokyo says
"parliament" for the Diet. This is the reading :mod:`.actors_home` already gives "the
government" (a bare definite bound by the discourse topic, Poesio & Vieira 1998), extended to
the role nouns of ``data/domestic_roles.csv``; the story's home country is the same one
(:func:`.actors_home.home_country`: a clear majority of its country-bearing mentions).

Left out on purpose, because they are not domestic by nature: rebels, insurgents and militants
(they often fight across borders, and Phoenix codes transnational ones ``IMG``), protesters and
activists (foreign protests and diaspora rallies are news too; PLOVER's CVL is the crowd, not
a state body), troops, soldiers and "forces" (personnel deployed abroad, "coalition forces"),
border guards (two states meet at a border), government officials (the events step's home
rule reads "the government"; "officials" are as often foreign).

A noun is read this way only when its own phrase names no one else, judged on the dependency
parse of its sentence (cached, and reused by the events step): it heads its noun phrase (not
"*police* station", "*military* action"), no name, possessor or compound noun modifies it
("Basra police", "Labour's MPs", "student parliament"), no of/in/from phrase names a place
after it ("police in Basra": the events step reads that place), and "opposition" is the
definite political one ("the opposition", not "opposition to the plan"). A phrase the entity
step already coded (a country or party in it) is not touched; a name spaCy tagged ("Parliament")
keeps its entity and gains the code. The code is the home country + the row's sectors, at
:data:`HOME_CONFIDENCE`: the country is the story's, not the phrase's.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..annotate.nlp import parse_pipeline
from ..record import Actor, Article, Entity, Mention
from .actors_home import home_country
from .actors_offices import role_ok

#: Confidence of a code whose country comes from the story, not from the phrase.
HOME_CONFIDENCE = 0.7
MAX_PHRASE = 3
#: Modifiers that make the phrase someone else's, or the noun a modifier itself.
NAMING_DEPS = frozenset({"compound", "nmod", "poss", "npadvmod"})
HEAD_ONLY_DEPS = frozenset({"compound", "amod", "nmod"})
LOCATIVE_PREPS = frozenset({"in", "of", "from", "at"})
PRONOUN_POS = frozenset({"PRON"})
#: Singular nouns that are also abstract ("opposition to the plan"): the institution reading
#: needs "the" and no complement.
ABSTRACT_NOUNS = frozenset({"opposition"})


@lru_cache(maxsize=1)
def domestic_roles() -> dict[tuple[str, ...], dict[Optional[str], tuple[str, ...]]]:
    """Lowercase phrase tokens → {home country or None: sectors} from ``domestic_roles.csv``."""
    raw = resources.files("eventwire").joinpath("data", "domestic_roles.csv").read_text(encoding="utf-8")
    table: dict = defaultdict(dict)
    for row in csv.DictReader(io.StringIO(raw)):
        table[tuple(row["phrase"].lower().split())][row["home"] or None] = tuple(row["sectors"].split("|"))
    return dict(table)


def sectors_for(words: tuple[str, ...], home: str) -> Optional[tuple[str, ...]]:
    """The sectors a domestic role phrase takes in a story whose home country is ``home``;
    None when the home state has no such office ("the Senate" in a German story:
    :mod:`.actors_offices`)."""
    senses = domestic_roles().get(words)
    if senses is None or not role_ok(words, home, home in senses):
        return None
    return senses.get(home, senses.get(None))


def longest_role(tokens, i: int) -> int:
    """Length of the longest domestic phrase starting at ``tokens[i]`` (0 for none)."""
    table = domestic_roles()
    for length in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
        if tuple(t.lower_ for t in tokens[i:i + length]) in table:
            return length
    return 0


def own_phrase(span, covered) -> bool:
    """The phrase ``span`` (parsed tokens) names no one but the home institution: see the
    module note. ``covered(token)``: is the token inside a named entity or place?"""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ in HEAD_ONLY_DEPS:
        return False
    inside = {t.i for t in span}
    for token in span:
        for child in token.children:
            if child.i in inside:
                continue
            if child.i < span.start and not modifier_ok(child, covered):
                return False
            if child.i >= span.end and child.dep_ == "prep" and names_a_place(child, covered):
                return False
    if root.lower_ in ABSTRACT_NOUNS:
        dets = [c for c in root.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ != "the" or any(c.dep_ == "prep" for c in root.children):
            return False
    return not non_referential(root)


#: Determiners of a free-choice or negative noun phrase: "*any* government", "*no* party"
#: refer to no particular body (Quirk et al. 1985, §6.59-6.62 on "any" and "no").
NONSPECIFIC_DETS = frozenset({"any", "no", "either", "neither", "whichever", "whatever"})
INDEFINITE_DETS = frozenset({"a", "an", "another", "some"})
#: Modifiers that turn the institution into a state of affairs: a *hung* parliament is an
#: election result (no party with a majority), not a body that acts.
STATE_OF_AFFAIRS = frozenset({"hung"})
#: Verbs whose object has a non-specific reading: intensional verbs ("want", "need", "seek":
#: Quine 1956, Montague 1973) and verbs of creation, whose object does not exist before the act
#: ("form", "found", "set up": Quirk et al. 1985, §10.8 "effected object").
NONSPECIFIC_OBJECT_VERBS = frozenset({
    "want", "need", "seek", "lack", "require", "deserve", "desire", "prefer", "wish",
    "form", "found", "create", "establish", "build", "launch", "set", "become",
})
#: Prepositions whose indefinite object describes rather than refers: "served *as* an MP",
#: "acted *like* a political party".
PREDICATIVE_PREPS = frozenset({"as", "like"})


def non_referential(root) -> bool:
    """The role noun names no body that acts (it stays uncoded): a free-choice or negative
    phrase ("any government"), a state of affairs ("a hung parliament"), or an indefinite or
    bare phrase in a non-referential position: a predicate nominal with an indefinite article
    ("X is a political party"), the object of an intensional or creation verb ("people want a
    credible party", "they formed a party") or of predicative "as"/"like". An indefinite that
    acts is a new referent and keeps its code ("a judge said", "a court ruled")."""
    dets = [c.lower_ for c in root.children if c.dep_ in ("det", "poss")]
    if any(d in NONSPECIFIC_DETS for d in dets):
        return True
    if any(c.lower_ in STATE_OF_AFFAIRS for c in root.children if c.dep_ in ("amod", "compound")):
        return True
    if dets and dets[0] not in INDEFINITE_DETS:
        return False  # "the", "their", "this": referential
    if root.dep_ in ("attr", "oprd") and dets:  # "is a party"; a bare "attr" is often a
        return True                             # misparsed subject ("was certain MPs would")
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in NONSPECIFIC_OBJECT_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ in PREDICATIVE_PREPS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("look", "call", "wait", "ask"):
        return bool(dets)  # "looking for a party" (a bare plural after "for" is often the target)
    return False


def modifier_ok(child, covered) -> bool:
    """A left modifier that leaves the phrase the home's: a determiner, a number, a lowercase
    adjective ("senior MPs"), a pronoun possessor ("their MPs"). A name, demonym, possessor or
    compound noun ("Basra police", "Labour's MPs", "student parliament") is someone else's."""
    if child.dep_ == "poss":
        return child.pos_ in PRONOUN_POS
    if child.dep_ in NAMING_DEPS:
        return False
    return not (child.text[:1].isupper() and child.i != child.sent.start) and not covered(child)


def names_a_place(prep, covered) -> bool:
    """An of/in/from/at phrase whose object is a name ("police *in Basra*")."""
    if prep.lower_ not in LOCATIVE_PREPS:
        return False
    return any(obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or covered(obj)) for obj in prep.children)


class DomesticActorsStep:
    """Pipeline step: domestic role nouns with no country, and people named with a bare
    domestic title (:mod:`.actors_domestic_people`), take the story's home country."""

    name = "eventwire.actors_domestic.v1"
    requires: tuple[str, ...] = ("entities", "places")
    assigns: tuple[str, ...] = ("entities",)

    def prepare(self, pairs) -> None:
        """Plan every article of the batch and parse all their surviving sentences in one call
        (the plan is kept in ``analysis.memo`` for :meth:`__call__`)."""
        from ..annotate.nlp import parse_batch

        requests = []
        for article, analysis in pairs:
            plan = role_plan(article, analysis)
            analysis.memo[self.name] = (article, plan)
            if plan is not None:
                requests.append((analysis, [sent for sent, _ in plan[1]]))
        if requests:
            parse_batch(requests)

    def __call__(self, article: Article, analysis) -> Article:
        from .actors_domestic_people import home_people
        from .actors_portfolios import portfolio_people

        memo = analysis.memo.pop(self.name, None)
        plan = memo[1] if memo is not None and memo[0] is article else role_plan(article, analysis)
        entities = home_entities(article, analysis, plan)
        if entities is not None:
            article = article.model_copy(update={"entities": entities})
        portfolios = portfolio_people(article, analysis)  # "Labour Minister X" of a foreign story
        if portfolios is not None:
            article = article.model_copy(update={"entities": portfolios})
        people = home_people(article, analysis)  # "Senator X", "MP X": titled people
        return article if people is None else article.model_copy(update={"entities": people})


def role_plan(article: Article, analysis) -> Optional[tuple]:
    """``(home, [(sentence, phrases)])`` for the sentences holding a domestic phrase that can
    survive the checks that need no parse: a known phrase with sectors for this home, not
    overlapping an entity or place unless it is exactly an uncoded entity. Only those sentences
    are parsed, and only those phrases judged on the parse. The phrases are read off the parse
    pipeline's own tokenizer (the parse's tokens); ``None`` when no phrase survives."""
    home = home_country(article)
    if home is None:
        return None
    spans = candidate_sentences(article, analysis)
    if not spans:
        return None
    taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
    taken += [(m.start, m.end) for p in article.places for m in p.mentions]
    open_spans = frozenset((m.start, m.end) for e in article.entities if e.type != "PERSON"
                           and (e.actor is None or not e.actor.code) for m in e.mentions)
    tokenizer = parse_pipeline().tokenizer
    planned = []
    for sent in spans:
        kept = []
        for i, length, sectors, start, end in role_phrases(tokenizer(sent.text), home):
            start, end = sent.start_char + start, sent.start_char + end
            if (start, end) in open_spans or not any(s < end and start < e for s, e in taken):
                kept.append((i, length, sectors, start, end))
        if kept:
            planned.append((sent, kept))
    return (home, planned) if planned else None


def role_phrases(doc, home: str) -> list:
    """``(index, length, sectors, start, end)`` of each domestic phrase of a tokenized sentence
    with sectors for ``home`` (offsets in the sentence), longest phrase first, left to right."""
    firsts = first_words()
    out = []
    i = 0
    while i < len(doc):
        if doc[i].lower_ not in firsts:
            i += 1
            continue
        length = longest_role(doc, i)
        if not length:
            i += 1
            continue
        span = doc[i:i + length]
        sectors = sectors_for(tuple(t.lower_ for t in span), home)
        if sectors is not None:
            out.append((i, length, sectors, span.start_char, span.end_char))
        i += length
    return out


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    return frozenset(k[0] for k in domestic_roles())


def home_entities(article: Article, analysis, plan: Optional[tuple] = None) -> Optional[tuple[Entity, ...]]:
    """The article's entities with domestic role nouns coded by the home country; ``None``
    when nothing changes (no home country, or no such noun). ``plan``: :func:`role_plan`'s."""
    if plan is None:
        return None
    home, planned = plan
    taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
    taken += [(m.start, m.end) for p in article.places for m in p.mentions]
    found: list[tuple[Mention, tuple[str, ...], str]] = []  # mention, sectors, head lemma
    for (_, phrases), parsed in zip(planned, analysis.parse([sent for sent, _ in planned])):
        found.extend(sentence_roles(parsed, article, phrases, taken))
    if not found:
        return None
    return merged(article, found, home)


def candidate_sentences(article: Article, analysis) -> list:
    """Scan sentences holding a domestic role word (parsed only when there is one)."""
    import numpy
    from spacy.attrs import LOWER

    sentences = analysis.sentences
    if not sentences:
        return []
    doc = sentences[0].doc
    hashes = numpy.array(sorted(doc.vocab.strings.add(w) for w in first_words()), dtype="uint64")
    hits = numpy.isin(doc.to_array([LOWER]).reshape(-1), hashes)  # the scan's tokens' lowercase forms
    return [s for s in sentences if hits[s.start:s.end].any()]


def sentence_roles(parsed, article: Article, phrases: list, taken: list) -> list:
    """(mention, sectors, head) of each planned phrase of one parsed sentence that its own
    phrase leaves the home's (:func:`own_phrase`). ``taken``: the article's entity and place
    spans, for the ``covered`` test of modifiers and place objects."""
    doc = parsed.doc
    spans = [(s - parsed.offset, e - parsed.offset) for s, e in taken]

    def covered(token) -> bool:
        return any(s <= token.idx < e for s, e in spans)

    out = []
    for i, length, sectors, start, end in phrases:
        span = doc[i:i + length]
        if not own_phrase(span, covered):
            continue
        out.append((Mention(start=start, end=end, text=article.text[start:end]), sectors, span.root.lemma_.lower()))
    return out


def merged(article: Article, found: list, home: str) -> tuple[Entity, ...]:
    """Entities after coding: an uncoded entity whose every mention was found takes the code;
    other found mentions join the entity of their code and head, or make a new ORG entity."""
    by_span = {(m.start, m.end): (m, sectors, head) for m, sectors, head in found}
    entities, keyed = [], {}
    for entity in article.entities:
        spans = [(m.start, m.end) for m in entity.mentions]
        uncoded = entity.actor is None or not entity.actor.code
        if uncoded and entity.type != "PERSON" and all(s in by_span for s in spans):
            _, sectors, head = by_span[spans[0]]
            entity = entity.model_copy(update={"actor": home_actor(home, sectors), "confidence": HOME_CONFIDENCE})
            keyed.setdefault((entity.actor.code, head), len(entities))
        for span in spans:
            by_span.pop(span, None)
        entities.append(entity)
    fresh = max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0)
    for mention, sectors, head in sorted(by_span.values(), key=lambda x: x[0].start):
        key = (home + "".join(sectors), head)
        if key in keyed:
            index = keyed[key]
            old = entities[index]
            entities[index] = old.model_copy(update={"mentions": tuple(sorted(
                (*old.mentions, mention), key=lambda m: m.start))})
            continue
        keyed[key] = len(entities)
        fresh += 1
        entities.append(Entity(id=f"e{fresh}", name=mention.text, type="ORG", mentions=(mention,),
                               actor=home_actor(home, sectors), confidence=HOME_CONFIDENCE))
    return tuple(entities)


def home_actor(home: str, sectors: tuple[str, ...]) -> Actor:
    return Actor(code=home + "".join(sectors), country=home, sectors=sectors,
                 description="country from the story's home country")
