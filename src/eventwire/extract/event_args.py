"""Event arguments: from dependency heads to entity ids and actor codes.

An argument is a head token (the subject, object or prepositional object of a trigger). Its
*phrase* is the head's subtree minus clauses, appositions, conjuncts and prepositional phrases
other than "of" ("senior Taliban leaders in Tianjin" keeps "senior Taliban leaders"). Entities
are found by mention offsets inside that phrase (``ParsedSentence.char_span``).

Compound arguments ("Kenya and Uganda") become lists of entity ids, PLOVER style, not cross
products. Their code is the code all members share, else the first member's code.

A bare country code is refined by the head noun: "U.S. troops" → ``USA`` + ``MIL`` = ``USAMIL``
(nouns and sectors in ``data/event_agents.csv``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..record import Article, Entity
from .actors_data import default_vocabulary
from .event_actors import SentencePlaces, locative_heads, sole_country, with_country

#: Children whose subtrees are not part of an argument's own noun phrase.
PHRASE_STOP = frozenset(
    {"relcl", "acl", "advcl", "appos", "conj", "cc", "punct", "ccomp", "prep", "agent", "parataxis"}
)


@dataclass
class Party:
    """One side of an event (actor or recipient): entity ids and the side's code."""

    ids: list[str] = field(default_factory=list)
    code: Optional[str] = None
    text_heads: list = field(default_factory=list)  # the head tokens, for modality/place checks
    inferred: bool = False  # the country came from the sentence, not the argument's own words

    def __bool__(self) -> bool:
        return bool(self.ids or self.code)


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    """Head noun → sector block (``troops`` → ``MIL``)."""
    raw = resources.files("eventwire.data").joinpath("event_agents.csv").read_text("utf-8")
    return {row["noun"].lower(): row["sector"] for row in csv.DictReader(io.StringIO(raw))}


class EntityIndex:
    """Entity mentions of one parsed sentence, looked up by article offsets."""

    def __init__(self, article: Article, start: int, end: int) -> None:
        self.spans: list[tuple[int, int, Entity]] = [
            (m.start, m.end, entity)
            for entity in article.entities
            for m in entity.mentions
            if start <= m.start and m.end <= end
        ]
        self.places = SentencePlaces(article, start, end)
        self.sole = sole_country([e for _, _, e in self.spans], self.places)

    def has_actor(self) -> bool:
        return any(entity.actor and entity.actor.code for _, _, entity in self.spans)

    def overlapping(self, start: int, end: int) -> list[Entity]:
        return [e for s, t, e in self.spans if s < end and start < t]


def phrase_tokens(head) -> list:
    """The head's own noun phrase: its subtree without clauses and non-"of" PPs."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in PHRASE_STOP and not (child.dep_ == "prep" and child.lower_ == "of"):
            continue
        tokens.extend(phrase_tokens(child))
    return tokens


def _code(entity: Entity) -> Optional[str]:
    return entity.actor.code if entity.actor and entity.actor.code else None


STANCE_PREFIXES = frozenset({"anti", "pro"})


def stance_marked(token) -> bool:
    """"an *anti*-Syria journalist": the name says what the phrase is against or for, not whose
    it is."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCE_PREFIXES


def _phrase_entities(head, parsed, index: EntityIndex) -> list[Entity]:
    found: list[Entity] = []
    for token in phrase_tokens(head):
        if stance_marked(token) and token is not head:
            continue
        found.extend(e for e in index.overlapping(*parsed.char_span(token)) if e not in found)
    return found


def best_entity(head, parsed, index: EntityIndex) -> Optional[Entity]:
    """The entity an argument phrase names: the one covering the head, else the most specific."""
    return resolve(head, parsed, index)[0]


def resolve(head, parsed, index: EntityIndex) -> tuple[Optional[Entity], Optional[str]]:
    """(entity, code) for an argument head.

    The entity is the one covering the head when there is one ("Wang Yi" in "Chinese Foreign
    Minister Wang Yi"), else the most specific coded entity of the phrase. The code is the
    entity's own, else borrowed from a coded modifier ("Chinese"), then refined by role nouns.
    An argument with a role but no country takes one from its context (:func:`placed`).
    """
    entity, code, _ = resolve_placed(head, parsed, index)
    return entity, code


def resolve_placed(head, parsed, index: EntityIndex) -> tuple[Optional[Entity], Optional[str], bool]:
    """:func:`resolve` plus whether the country was inferred from the sentence."""
    head_hits = index.overlapping(*parsed.char_span(head))
    found = _phrase_entities(head, parsed, index)
    coded = sorted((e for e in found if _code(e)), key=lambda e: -len(_code(e) or ""))
    coded_head = [e for e in head_hits if _code(e)]
    entity = (coded_head or head_hits or coded or found or [None])[0]
    code = None
    if entity is not None:
        code = refine_code(_code(entity) or (_code(coded[0]) if coded else None), entity, head)
    if code:
        return entity, code, False
    country = _place_country(entity, head, parsed, index) if entity is not None else None
    if country:
        covered = bool(head_hits) and entity in head_hits
        return entity, country + ("" if covered else "".join(noun_sectors(head))), False
    entity, code, inferred = placed(head, entity, parsed, index)
    if entity is None and code is None and head.pos_ in ("NOUN", "PROPN"):
        return nested_actor(head, parsed, index)
    return entity, code, inferred


#: Clauses whose entities are other events' parties, not part of the noun phrase's reference.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "conj", "cc", "parataxis", "appos", "punct"})


def nested_actor(head, parsed, index: EntityIndex) -> tuple[Optional[Entity], Optional[str], bool]:
    """A noun phrase naming no party itself takes the first coded actor inside its modifiers:
    "the deal *offered by President X*" is X's deal, "a report released in the *Rwandan*
    capital" speaks for Rwanda. This is how PETRARCH codes a noun phrase (the first actor found
    in it, prepositional and participial modifiers included); a participle with its own "by"
    agent contributes that agent only (its other phrases say where or when it happened);
    relative clauses, appositions and conjuncts are left out. Failing an actor, a place named in
    the phrase gives its country ("a bombing near Samarra" → IRQ, as PLOVER's coders code it).
    Marked inferred (lower confidence)."""
    stack = [c for c in head.children if c.dep_ not in CLAUSE_DEPS]
    tokens = []
    while stack:
        token = stack.pop()
        tokens.append(token)
        kids = [c for c in token.children if c.dep_ not in CLAUSE_DEPS]
        if token.dep_ == "acl" and any(c.dep_ == "agent" for c in kids):
            kids = [c for c in kids if c.dep_ == "agent"]  # "offered *by X*": its agent only
        stack.extend(kids)
    tokens.sort(key=lambda t: t.i)
    for token in tokens:
        for entity in index.overlapping(*parsed.char_span(token)):
            if _code(entity):
                return entity, refine_code(_code(entity), entity, token), True
    for token in tokens:  # "a roadside bombing *near the town of Samarra*": where it came from
        for entity in index.overlapping(*parsed.char_span(token)):
            country = _place_country(entity, token, parsed, index)
            if country:
                return entity, country, True
    return None, None, False


def _place_country(entity: Entity, head, parsed, index: EntityIndex) -> Optional[str]:
    """The country of an uncoded place named in an argument phrase: the place itself ("blockade
    *Paris*" → FRA, as PETRARCH's dictionaries list cities under their country) or a role
    noun's modifier ("*Darfur* rebels" → SDN + REB)."""
    if entity.type == "PERSON":
        return None  # spaCy's other tags for place names vary ("Samarra" as NORP)
    tokens = phrase_tokens(head)
    start = min(parsed.char_span(t)[0] for t in tokens)
    end = max(parsed.char_span(t)[1] for t in tokens)
    for s, t, other in index.spans:
        if other is entity and start <= s and t <= end:
            # the place must be the whole name: "Malaysia Airlines" is no place in Malaysia
            exact = [c for ps, pt, c in index.places.spans if (ps, pt) == (s, t) and (ps, pt) in index.places.sure]
            return exact[0] if exact else None
    return None


def _role_sectors(head, entity: Optional[Entity]) -> tuple[str, ...]:
    """Sectors of an uncoded argument: its entity's (a titled person), else its head noun's."""
    if entity is not None and entity.actor is not None and entity.actor.sectors:
        return entity.actor.sectors
    if entity is not None and entity.type not in ("ORG", "NORP"):
        return ()
    return noun_sectors(head)


def noun_sectors(noun) -> tuple[str, ...]:
    """Sectors a role noun names: ``event_agents.csv``, then the role vocabulary (``roles.csv``),
    each by the word as written ("dissidents") and by its lemma."""
    words = tuple(dict.fromkeys((noun.lower_, noun.lemma_.lower())))
    sector = next((agent_sectors()[w] for w in words if w in agent_sectors()), None)
    if sector:
        return (sector,)
    vocab = default_vocabulary()
    for word in words:
        roles = [e for e in vocab.entries((word,)) if e.kind == "role" and e.sectors]
        if roles:
            return roles[0].sectors
    return ()


def placed(head, entity: Optional[Entity], parsed, index: EntityIndex):
    """(entity, code, inferred) for a role without a country: locative phrase, else the sole
    country of the sentence (see ``event_actors``); (entity, None, False) when neither helps."""
    sectors = _role_sectors(head, entity)
    if not sectors:
        return entity, None, False
    for obj in locative_heads(head):
        place_entity, code = resolve(obj, parsed, index)
        group = place_entity is not None and place_entity.actor is not None and place_entity.actor.group
        country = code[:3] if code and place_entity is not None and not group else None
        country = country or index.places.country_in(*subtree_span(obj, parsed))
        if country:
            return entity or place_entity, with_country(None, sectors, country), False
    if index.sole:
        return entity, with_country(None, sectors, index.sole), True
    return entity, None, False


def subtree_span(token, parsed) -> tuple[int, int]:
    tokens = list(token.subtree)
    return parsed.char_span(tokens[0])[0], parsed.char_span(tokens[-1])[1]


def _role_nouns(head) -> list:
    """Nouns that may name the argument's role: the head, then titles and flat compounds."""
    nouns = [head]
    if head.dep_ == "compound":  # "U.S. troops", flat "U.S. troop withdrawal"
        nouns += [head.head] + [t for t in head.rights if t.pos_ == "NOUN"][:1]
        if head.i + 1 < len(head.doc) and head.nbor().dep_ == "compound":
            nouns.append(head.nbor())
    nouns += [t for t in phrase_tokens(head) if t.dep_ in ("compound", "nmod") and t is not head]
    return nouns


def refine_code(code: Optional[str], entity: Entity, head) -> Optional[str]:
    """Add a sector block to a bare country code from a role noun ("U.S. troops", "Minister")."""
    if not code or len(code) != 3 or (entity.actor and entity.actor.sectors):
        return code
    for noun in _role_nouns(head):
        sectors = noun_sectors(noun)
        if sectors:
            return code + "".join(sectors)
    return code


#: Prepositions whose object is the target of any act.
TARGET_PREPS = frozenset({"against"})

#: Subject pronouns that may stand for the speaker of the clause above ("X said it will …").
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


@lru_cache(maxsize=1)
def quantity_nouns() -> dict[str, str]:
    """Word → ``count`` (people: "tens of thousands *of students*") or ``measure`` (things:
    "25,000 tons *of food aid*"): nouns whose "of" object is what the phrase names."""
    raw = resources.files("eventwire.data").joinpath("event_quantities.csv").read_text("utf-8")
    return {row["word"]: row["kind"] for row in csv.DictReader(io.StringIO(raw))}


def of_object(token, kinds: tuple[str, ...] = ("count", "measure")):
    """The "of" object of a quantity noun of one of ``kinds``, else None."""
    if quantity_nouns().get(token.lower_) not in kinds:
        return None
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return objects[0] if objects else None


def argument_head(token):
    """The token that names an argument.

    * A subject pronoun of a clause reported by a speech or intent verb stands for that verb's
      subject ("the rebels said *they* will release …", "X announced *it* will return …"): the
      nearest antecedent news grammar gives, without a coreference model.
    * A quantity noun stands for its "of" object ("tens of thousands *of students*").
    """
    if token.pos_ == "PRON" and token.lower_ in SPEAKER_PRONOUNS and token.dep_ == "nsubj":
        verb = token.head
        while verb.dep_ in ("ccomp", "conj") and verb.head is not verb:
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].pos_ != "PRON":
                return subjects[0]
        return token
    for _ in range(3):  # "tens of thousands of students": quantmod chains
        inner = of_object(token, ("count",))
        if inner is None:
            break
        token = inner
    return token


def coordinated_modifiers(head, parsed, index: EntityIndex, code: Optional[str]) -> list:
    """(entity, code) for each coded modifier in a coordination on the head noun ("*US* and
    British activists", "*Hungarian* and Romanian officials"): one actor each, PLOVER style.
    A bare country takes the head's role: its sector noun, else the head entity's sectors."""
    found = []
    sectors = code[3:6] if code and len(code) >= 6 and code[:3] not in ("IGO", "NGO") else ""
    for mod in head.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or not mod.conjuncts:
            continue
        for token in (mod, *mod.conjuncts):
            for entity in index.overlapping(*parsed.char_span(token)):
                own = _code(entity)
                if own and len(own) == 3:
                    refined = refine_code(own, entity, head)
                    own = refined if refined != own else own + sectors
                if own and all(e is not entity for e, _ in found):
                    found.append((entity, own))
    return found if len(found) > 1 else []


def _argument_tokens(head, conjuncts: bool):
    """(token, the token naming it) for a head and its conjuncts; the conjuncts of a quantity's
    "of" object count too ("scores of Sierra Leonean *and Liberian refugees*")."""
    for token in [head, *head.conjuncts] if conjuncts else [head]:
        named = argument_head(token)
        yield token, named
        if conjuncts and named is not token:
            yield from ((c, c) for c in named.conjuncts)


def party(
    heads: list, parsed, index: EntityIndex, *, conjuncts: bool = True, skip: frozenset = frozenset()
) -> Party:
    """Resolve argument heads (each with its conjuncts, unless told not to) to a :class:`Party`.

    Entities in ``skip`` (the other side's) are left out: nobody acts on themselves here.
    """
    result = Party()
    codes: list[str] = []
    for head in heads:
        for token, named in _argument_tokens(head, conjuncts):
            if token in result.text_heads:
                continue
            result.text_heads.append(token)
            entity, code, inferred = resolve_placed(named, parsed, index)
            if entity is not None and (entity.id in result.ids or entity.id in skip):
                continue
            if entity is not None:
                result.ids.append(entity.id)
            if code:
                codes.append(code)
                result.inferred = result.inferred or inferred
            for other, other_code in coordinated_modifiers(named, parsed, index, code):
                if other.id not in result.ids and other.id not in skip:
                    result.ids.append(other.id)
                    codes.append(other_code)
    # A shared code is the first code too: one rule covers both cases.
    result.code = codes[0] if codes else None
    return result


def children(token, deps: set[str]) -> list:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token, preps: set[str]) -> list:
    """Objects of the given prepositions attached to ``token`` ("met *with* X")."""
    found = []
    for prep in token.children:
        if prep.dep_ in ("prep", "prt", "agent", "dative") and prep.lower_ in preps:
            found.extend(children(prep, {"pobj", "pcomp"}))
    return found


def subject_heads(verb) -> tuple[list, list]:
    """(actor heads, recipient heads) from a verb's subject, handling passives and control.

    "X was attacked by Y" → actor Y, recipient X. A verb without its own subject borrows the
    subject of the verb it is coordinated with or controlled by ("X plans to visit Y").

    Passive voice is the verb's own, not the lender's: a passive verb ("were *released* by Y":
    its own passive auxiliary or "by" agent, or a past participle coordinated with a passive,
    "were arrested and *charged* by Y") makes the borrowed subject its patient. A past
    participle modifying a noun with a "by" agent is a reduced passive relative clause ("two
    men *arrested* by Y"): the noun is the patient, the agent the actor. Without an agent such
    a participle mostly describes ("officials *accused* of …") and gets no parties here.
    """
    own_agent = prep_objects(verb, {"by"})
    if own_agent and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return own_agent, [verb.head]
    own_passive = bool(own_agent) or any(c.dep_ == "auxpass" for c in verb.children)
    token = verb
    for _ in range(4):
        active = children(token, {"nsubj"})
        passive = children(token, {"nsubjpass"})
        agent = prep_objects(token, {"by"})
        if active or passive:
            if token is verb:
                return (agent, passive) if passive else (active, [])
            if not children(verb, {"nsubj", "nsubjpass"}) and (own_passive or (
                    passive and verb.dep_ == "conj" and verb.tag_ == "VBN")):
                return own_agent, (active or passive)
            return (active or passive), []
        if token.dep_ not in ("xcomp", "conj", "advcl", "acomp") or token.head is token:
            break
        token = token.head
    return [], []


def recipient_heads(token, slots: tuple[str, ...]) -> list:
    """Recipient heads by the pattern's slots: ``dobj`` and/or prepositions.

    "against" marks the party acted on whatever the pattern lists: English uses it for the
    opponent or target of an act ("an investigation *against* X", "protested *against* X",
    "measures *against* X"), never for the actor or a topic.
    """
    heads = children(token, {"dobj", "dative"}) if "dobj" in slots else []
    preps = {s for s in slots if s != "dobj"} | TARGET_PREPS
    return heads + prep_objects(token, preps)
