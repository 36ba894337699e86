"""Argument phrases: from one head token to the entity and actor code it names.

An argument's *phrase* is the head's subtree minus clauses, appositions, conjuncts and
prepositional phrases other than "of" ("senior Taliban leaders in Tianjin" keeps "senior Taliban
leaders"). Entities are found by mention offsets inside that phrase
(``ParsedSentence.char_span``). A bare country code is refined by the head noun: "U.S. troops" →
``USA`` + ``MIL`` = ``USAMIL`` (``data/event_agents.csv``, then ``roles.csv``). A phrase that
names no party takes a country from its place (``placed``), its context (``event_actors``) or
the first actor inside it (``event_nested.nested_actor``).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..record import Article, Entity
from .actors_data import default_vocabulary, tokenize
from .event_actors import SentencePlaces, entity_country, locative_heads, sole_country, with_country
from .event_ethnic import ethnic_country, ethnic_marked
from .event_modifiers import backer_marked, counterpart_marked, other_party, stance_marked  # noqa: F401

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children whose subtrees are not part of an argument's own noun phrase.
PHRASE_STOP = frozenset(
    {"relcl", "acl", "advcl", "appos", "conj", "cc", "punct", "ccomp", "prep", "agent", "parataxis"}
)



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


def _phrase_entities(head, parsed, index: EntityIndex) -> list[Entity]:
    found: list[Entity] = []
    tokens = phrase_tokens(head)
    others = [t for t in tokens if t is not head and other_party(t)]  # "Israel's militia ally"
    elsewhere = [e for t in others for e in index.overlapping(*parsed.char_span(t))]
    for token in tokens:
        if token not in others:
            found.extend(e for e in index.overlapping(*parsed.char_span(token))
                         if e not in found and e not in elsewhere)
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
    if entity is not None and entity.type == "NORP" and ethnic_marked(head, _local_spans(entity, parsed)):
        # "ethnic Albanians in south Serbia": the residence country, not the kin state
        local = _locative_country(head, parsed, index)
        return entity, with_country(None, noun_sectors(head), local) if local else None, False
    if code:
        return entity, code, False
    named = _appositive_actor(head, parsed, index)
    if named is not None:  # "his Ukrainian counterpart(,) Oleh X": the name the noun stands for
        return named, refine_code(_code(named), named, head), False
    for app in (a for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN") \
            if head.pos_ == "PROPN" else ():  # "X, *Australia's delegate*,": the role names X
        other, code, _ = resolve_placed(app, parsed, index)
        if code:
            return entity or other, code, False
    country = _place_country(entity, head, parsed, index) if entity is not None else None
    if not country and entity is not None and acting_capital(head, entity):
        country = capital_country(entity)  # a capital the place step left unsure ("Washington")
    if country:
        covered = bool(head_hits) and entity in head_hits
        if covered and acting_capital(head, entity):
            return entity, country + "GOV", False
        return entity, country + ("" if covered else "".join(noun_sectors(head))), False
    country, inferred = ethnic_country(phrase_tokens(head), index, _locative_country(head, parsed, index))
    if country:  # "Kurdish rebels in northern Iraq", "Chechen fighters" (event_ethnic)
        sectors = next((noun_sectors(n) for n in _role_nouns(head) if noun_sectors(n)), ())
        return entity, with_country(None, sectors, country), inferred
    entity, code, inferred = placed(head, entity, parsed, index)
    if entity is None and code is None and head.pos_ in ("NOUN", "PROPN"):
        from .event_nested import nested_actor  # it reads this module's helpers

        return nested_actor(head, parsed, index)
    return entity, code, inferred


def _local_spans(entity: Entity, parsed) -> list:
    """The entity's mention offsets, in the parsed sentence's own character offsets."""
    return [(m.start - parsed.offset, m.end - parsed.offset) for m in entity.mentions]


def _appositive_actor(head, parsed, index: EntityIndex) -> Optional[Entity]:
    """The coded entity an appositive names for a common noun that names none itself ("his
    counterpart*, Oleh X*", "the envoy *Y*"): apposition is identity, so the noun is that actor."""
    if head.pos_ != "NOUN":
        return None
    for app in head.children:
        if app.dep_ == "appos":
            coded = [e for e in index.overlapping(*parsed.char_span(app)) if _code(e)]
            if coded:
                return coded[0]
    return None


def nested_conjuncts(head, entity: Entity, parsed, index: EntityIndex) -> list:
    """(entity, code) for the conjuncts of a nested actor ("relations with Congo *and Costa
    Rica*"): a compound inside the phrase is a compound party."""
    for token in head.subtree:
        if token is not head and entity in index.overlapping(*parsed.char_span(token)):
            found = []
            for conj in token.conjuncts:
                other, code, _ = resolve_placed(conj, parsed, index)
                if other is not None and code:
                    found.append((other, code))
            return found
    return []


#: Argument positions (besides the subject) where a capital stands for its government.
OBJECT_DEPS = frozenset({"dobj", "dative", "poss", "nsubjpass"})
#: Prepositions whose object is where something happens, not who is acted on.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "outside", "inside", "across", "around",
                            "throughout", "within", "via", "through", "into", "between", "among"})


def acting_capital(head, entity: Entity) -> bool:
    """A capital as a party of an act is its government, the metonymy news uses for states
    (CAMEO codes it GOV; PETRARCH's dictionaries list WASHINGTON as USAGOV): the subject
    ("*Moscow* and Tbilisi agreed …"), and (round 18) the object or possessor ("accused
    *Washington*", "*Washington*'s embargo", "a trip to *Moscow*"). In a locative phrase
    ("talks in *Geneva*") it is a place."""
    token = head
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    locative = token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS
    if token.dep_ not in SUBJECT_DEPS | OBJECT_DEPS and (token.dep_ != "pobj" or locative):
        return False
    words = tuple(tokenize(entity.name))
    return any(e.kind == "capital" for e in default_vocabulary().entries(words))


def capital_country(entity: Entity) -> Optional[str]:
    """The country whose capital the entity's whole name is, or None."""
    hits = [e for e in default_vocabulary().entries(tuple(tokenize(entity.name))) if e.kind == "capital"]
    return hits[0].actor.country if hits and hits[0].actor else None


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


def uncoded_sectors(heads: list, parsed, index: EntityIndex) -> tuple[str, ...]:
    """Sectors of the first argument head that names a role but no country ("the military
    government", "police"); () when a head is coded or names no role."""
    for head in heads:
        named = argument_head(head)
        entity, code, _ = resolve_placed(named, parsed, index)
        if code:
            return ()
        if not index.overlapping(*parsed.char_span(named)):
            entity = None  # the head noun is the role ("government *of President X*")
        sectors = _role_sectors(named, entity)
        if sectors:
            return sectors
    return ()


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
    if index.sole and not backer_only(head, parsed, index) and not counterpart_marked(head):
        return entity, with_country(None, sectors, index.sole), True
    return entity, None, False


def backer_only(head, parsed, index: EntityIndex) -> bool:
    """Is the sentence's sole country named only inside the head's own agent-participle ("troops
    *trained by Britain*", "rebels *backed by Rwanda*")? The backer is another party, so it
    says nothing of the head's country."""
    spans = [subtree_span(c, parsed) for c in head.children
             if c.dep_ == "acl" and any(k.dep_ == "agent" for k in c.children)]
    spans += [parsed.char_span(t) for t in phrase_tokens(head) if backer_marked(t)]  # "Rwandan-backed"
    if not spans:
        return False
    inside = lambda s, e: any(low <= s and e <= high for low, high in spans)  # noqa: E731
    named = [(s, e) for s, e, ent in index.spans if entity_country(ent) == index.sole]
    named += [(s, e) for s, e, c in index.places.spans if c == index.sole]
    return bool(named) and all(inside(s, e) for s, e in named)


def _locative_country(head, parsed, index: EntityIndex) -> Optional[str]:
    """The country the head's own locative phrase names ("positions *in northern Iraq*")."""
    for obj in locative_heads(head):
        entity = next(iter(index.overlapping(*parsed.char_span(obj))), None)
        code = _code(entity) if entity is not None and not (entity.actor and entity.actor.group) else None
        country = code[:3] if code else index.places.country_in(*subtree_span(obj, parsed))
        if country:
            return country
    return None


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
    own = set(tokenize(entity.name))  # "Soviet *Union*": a word of the name is no role noun
    for noun in _role_nouns(head):
        if noun.text in own:
            continue
        sectors = noun_sectors(noun)
        if sectors:
            return code + "".join(sectors)
    return code


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
        while verb.dep_ in ("ccomp", "conj") and verb.head != verb:
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
