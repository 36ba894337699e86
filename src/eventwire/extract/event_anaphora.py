"""Anaphoric event parties: "the regime", "the group", "they" standing for a coded actor named
just before.

A party phrase that names no entity and no code but is a definite description of a kind of
actor ("the regime", "the government", "the country", "the group", "the militants", "the
ministry") or a third-person subject pronoun ("it", "they") is read as the nearest preceding
compatible coded actor of the article, the way a reader resolves it. The search is kept to what
coreference work finds reliable without a model (the salience window of Lappin & Leass, 1994;
the sieve order of Lee et al., 2013: strict head match before looser agreement):

1. *Window*: mentions before the anaphor in its own sentence and in the two sentences before.
2. *Head match*: a mention whose phrase has the same head noun ("the Chinese *regime*" … "the
   *regime*") is the antecedent when it is the only one.
3. *Agreement*: else the mentions compatible in number and kind ("the regime"/"the government"
   → a government or a country; "the country" → a country; "the group"/"the militants" → an
   armed group; "it" → a singular country or organisation; "they" → a plural or group actor).
   Only when exactly one referent (by country for states, by code for groups) is compatible;
   otherwise the party stays empty. A bare country name stands for "the government" only when
   it is the only country the article has named so far: news uses the unqualified "the
   government" for the outlet's home government too, which a story about a foreign country
   need not name (a government body or a head-matched phrase is no such risk). A country
   description ("the country", "the nation", "the kingdom", "the republic", "the emirate",
   round 12) stands for the one country its window names, never when the window names two;
   it may carry describing lowercase modifiers ("the *war-torn* nation", "the *island*
   nation"), not a name or demonym ("the Afghan nation" names its own referent).

4. *He/she* (round 10): the one coded PERSON of the window; a nearer subject that names a
   person (an uncoded PERSON mention, a role noun such as "spokesman") blocks it, a courtesy
   title of the other gender ("Mr", "Mrs") rules a person out, and a person named inside the
   clause the pronoun is the subject of is someone else (binding Principle C: "*he* praised
   *Mr Blair's* leadership"). Two compatible people leave the party empty.
5. *Home government* (round 10): a bare "the government"/"the administration" with no
   head-matched antecedent, in a story with a home country (:mod:`.actors_home`), is that
   country's government, even when the nearest name is a foreign one; with no home country
   the rules above apply.

The resolved code goes on the party with ``inferred`` (lower confidence); the anaphor itself
becomes a mention of the antecedent entity, so the event's party points at text in its own
sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..record import Article, Entity, Mention
from .actors_home import home_country
from .event_actors import NON_COUNTRY_BLOCKS
from .event_phrase import noun_sectors

#: Definite descriptions of actors and the kind of referent each takes.
ANAPHOR_NOUNS = {
    "regime": "state", "government": "state", "administration": "state",
    "authorities": "state", "junta": "state",
    "ministry": "gov",
    "country": "country", "nation": "country", "kingdom": "country", "republic": "country",
    "emirate": "country", "sultanate": "country", "principality": "country",
    "group": "group", "militants": "group", "rebels": "group", "insurgents": "group",
    "guerrillas": "group", "movement": "group", "militia": "group",
}
#: Descriptions bound by the story's topic, not the nearest name: "the government" of a story
#: about one country is that country's (:mod:`.actors_home`).
HOME_NOUNS = frozenset({"government", "administration"})
#: Subject pronouns and their number ("person": he/she, a singular human referent).
ANAPHOR_PRONOUNS = {"it": "singular", "they": "plural", "he": "person", "she": "person"}
#: Courtesy titles that fix a person's gender, against the pronoun that cannot take them.
GENDERED_TITLES = {"he": frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen"}),
                   "she": frozenset({"mr", "mr.", "sir", "lord", "king"})}
DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Sectors of armed non-state groups (CAMEO agent types).
GROUP_SECTORS = frozenset({"INS", "REB", "SEP", "UAF", "IMG"})
#: How many sentences before the anaphor's own the search reaches.
WINDOW = 2


@dataclass
class Antecedent:
    """A resolved anaphor: the entity, the code the party takes, and the anaphor's mention."""

    entity: Optional[Entity]  # None: the code alone (a home government the article never names)
    code: str
    mention: Mention


def anaphor_kind(head) -> Optional[str]:
    """The kind of referent an argument head asks for, or None when it is no anaphor.

    A pronoun counts as a subject only ("*they* agreed"; objects and possessives are left to
    the speaker rules); a description needs a definite determiner and no modifier that could
    name someone ("the *Afghan* government" is resolved by its own words)."""
    if head.pos_ == "PRON":
        number = ANAPHOR_PRONOUNS.get(head.lower_)
        return number if number and head.dep_ in ("nsubj", "nsubjpass") else None
    kind = ANAPHOR_NOUNS.get(head.lower_)
    if kind is None or head.pos_ != "NOUN":
        return None
    dets = [c for c in head.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in DETERMINERS:
        return None
    modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if modifiers and not (kind == "country" and all(map(_descriptive, modifiers))):
        return None
    return kind


def _descriptive(modifier) -> bool:
    """A modifier that describes a country without naming one ("the *war-torn* nation", "the
    *island* nation", "the *oil-rich* kingdom"): lowercase words only, no possessor; a demonym
    or name ("the *Afghan* nation") is the phrase's own referent and no anaphor."""
    if modifier.dep_ == "poss":
        return False
    return all(t.is_lower or t.is_punct for t in modifier.subtree)


def _plural_name(text: str) -> bool:
    """A name whose last word is a lowercase plural ("U.S. troops", "Chinese authorities")."""
    last = text.split()[-1] if text.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _is_group(entity: Entity) -> bool:
    """An armed non-state group (not any listed organisation: media, parties, IGOs)."""
    code = entity.actor.code or ""
    return code[:3] == "IMG" or any(code[i:i + 3] in GROUP_SECTORS for i in range(3, len(code), 3))


def _country(code: str) -> Optional[str]:
    return None if code[:3] in NON_COUNTRY_BLOCKS else code[:3]


def compatible(entity: Entity, mention: Mention, kind: str, *, matched: bool = False
               ) -> Optional[tuple[str, str]]:
    """(referent key, code the party takes) when the entity mention can be the antecedent;
    ``matched``: the mention heads a phrase with the anaphor's own noun, so a demonym counts
    as its country ("the *Chinese* regime" … "the regime")."""
    actor = entity.actor
    if actor is None or not actor.code:
        return None
    if kind == "person" or entity.type == "PERSON":
        # he/she: a coded person, each person its own referent
        return (entity.id, actor.code) if kind == "person" and entity.type == "PERSON" else None
    code, country = actor.code, _country(actor.code)
    state = country is not None and not _is_group(entity)
    named = entity.type == "GPE" or (matched and entity.type == "NORP")
    if kind == "state" and state and (len(code) == 3 and named or code[3:6] == "GOV"):
        return country, country + "GOV"
    if kind == "gov" and state and code[3:6] == "GOV":
        return country, code
    if kind == "country" and state and len(code) == 3 and entity.type == "GPE":
        return country, code
    if kind == "group" and _is_group(entity):
        return code, code
    if kind == "singular" and not _plural_name(mention.text) and (
            (state and (entity.type == "GPE" or code[3:6] == "GOV")) or _is_group(entity)):
        return (country if state else code), code
    if kind == "plural" and (_plural_name(mention.text) or (_is_group(entity) and entity.type != "GPE")):
        return code, code
    return None


def _head_match(article: Article, mention: Mention, noun: str) -> bool:
    """The mention's phrase ends in the anaphor's noun: its own last word, or the word just
    after it ("*Chinese* regime")."""
    words = mention.text.lower().split()
    if words and words[-1] == noun:
        return True
    following = article.text[mention.end:mention.end + 40].split()
    return bool(following) and following[0].lower().strip(".,;:") == noun


#: Dependencies of the salient noun phrases a pronoun picks up: subjects and predicate nouns
#: (Lappin & Leass's highest salience factors).
SALIENT_DEPS = frozenset({"nsubj", "nsubjpass", "attr"})
NUMBER_TAGS = {"singular": frozenset({"NN", "NNP"}), "plural": frozenset({"NNS", "NNPS"}),
               "person": frozenset({"NN", "NNP"})}


def _naming_tokens(head) -> list:
    """The head and, when the head is a role or actor noun ("the *Chinese* regime", "*Taliban*
    fighters"), its name modifiers: the tokens whose mention makes the phrase that actor. A
    possessor is another referent ("*Cambodia's* main attraction" is no Cambodia)."""
    tokens = [head]
    if head.lower_ in ANAPHOR_NOUNS or noun_sectors(head):
        tokens += [c for c in head.children if c.dep_ in ("amod", "compound")]
    return tokens


def salient_pick(hits: list, parsed_window: list, number: str, start: int,
                 people: Optional[list] = None) -> Optional[tuple]:
    """The hit a pronoun takes by salience: walking back over the subjects and predicate nouns
    before it, the first that is a compatible coded mention wins; the first that agrees in
    number but names no compatible actor ("*The gun* was sent to the FBI. *It* was used …")
    blocks, as the nearer, more salient antecedent is not an actor. For he/she only a noun
    that names a person blocks (``people``: character spans of the article's PERSON mentions,
    or a singular role noun such as "spokesman"): "*The attack* began at midnight. *He* blamed
    …" still looks further back."""
    heads = []
    for parsed in parsed_window:
        for token in parsed.doc:
            if token.dep_ in SALIENT_DEPS and token.pos_ in ("NOUN", "PROPN"):
                spans = [parsed.char_span(t) for t in _naming_tokens(token)]
                if spans[0][1] <= start:
                    heads.append((spans[0][0], spans, token))
    for _, spans, token in sorted(heads, key=lambda h: -h[0]):
        covering = [h for h in hits if any(s < h[2].end and h[2].start < e for s, e in spans)]
        if covering:
            return max(covering, key=lambda h: h[0])
        if token.tag_ in NUMBER_TAGS[number] and (number != "person" or _names_person(token, spans, people)):
            return None
    # he/she: no person stood as a subject in between, so a person named as an object counts
    return max(hits, key=lambda h: h[0]) if number == "person" and hits else None


def _names_person(token, spans: list, people: Optional[list]) -> bool:
    """A salient noun that stands for a person: inside a PERSON mention, or a role noun."""
    from .speakers import roles

    if roles().get(token.lower_) == "singular":
        return True
    return any(s < pe and ps < e for s, e in spans[:1] for ps, pe in people or ())


def _gender_agrees(article: Article, mention: Mention, pronoun: str) -> bool:
    """False when a courtesy title right before the mention ("Mrs Quispe") rules out the pronoun."""
    before = article.text[max(0, mention.start - 8):mention.start].split()
    return not before or before[-1].lower() not in GENDERED_TITLES.get(pronoun, ())


def _countries_before(article: Article, start: int, skip: frozenset, low: int = 0) -> set[str]:
    """Countries the article names by a country or demonym, or by a place in it ("Canterbury"
    names England's country), in ``[low, start)``, the event's other side (``skip``) aside."""
    named = {
        entity.actor.code[:3]
        for entity in article.entities
        if entity.id not in skip
        and entity.type in ("GPE", "NORP") and entity.actor is not None and entity.actor.code
        and _country(entity.actor.code) and any(low <= m.start and m.end <= start for m in entity.mentions)
    }
    other = [(m.start, m.end) for e in article.entities if e.id in skip for m in e.mentions]
    named.update(place.country for place in article.places if place.country and any(
        low <= m.start and m.end <= start and not any(s < m.end and m.start < e for s, e in other)
        for m in place.mentions))
    return named


def antecedent(
    article: Article, head, start: int, end: int, window_start: int, *, skip: frozenset = frozenset(),
    parsed_window: Optional[list] = None, governed: Optional[tuple[int, int]] = None,
) -> Optional[Antecedent]:
    """The one antecedent for the anaphor ``head`` at article offsets ``[start, end)``, searched
    in ``[window_start, start)``; entities in ``skip`` (the event's other side) are left out.
    A pronoun also needs the window's parses (``parsed_window``) for :func:`salient_pick`;
    ``governed`` is the character range of the clause the pronoun is the subject of: a person
    named inside it is not the pronoun's referent (binding Principle C: "*he* praised *Mr
    Blair's* leadership" is someone else)."""
    kind = anaphor_kind(head)
    if kind is None:
        return None
    hits = _candidates(article, head, kind, start, window_start, skip, governed)
    if hits is None:
        return None  # the anaphor is inside a name: not an anaphor
    if kind == "state" and head.lower_ in HOME_NOUNS and not any(h[4] for h in hits):
        home = home_country(article)
        if home is not None:
            return _home_antecedent(article, hits, home, Mention(start=start, end=end,
                                                                  text=article.text[start:end]), skip)
    if kind in ("state", "country"):
        # "the government" may be the outlet's own, unnamed: only when the article has named one
        # country so far; "the country"/"the kingdom" describes a country of the window, the one
        # it names (never when it names two)
        named = _countries_before(article, start, skip, window_start if kind == "country" else 0)
        hits = [h for h in hits if h[4] or len(h[1].actor.code) > 3 or named == {h[3][0]}]
    if not hits:
        return None
    people = [(m.start, m.end) for e in article.entities if e.type == "PERSON" for m in e.mentions
              if _gender_agrees(article, m, head.lower_)]
    if kind in ANAPHOR_PRONOUNS.values() and salient_pick(hits, parsed_window or [], kind, start,
                                                          people) is None:
        return None  # a nearer salient non-actor is the likelier antecedent
    matched = [h for h in hits if h[4]]
    if matched and len({h[3][0] for h in matched}) == 1:
        hits = matched
    if not hits or len({h[3][0] for h in hits}) != 1:
        return None
    _, entity, _, (_, code), _ = max(hits, key=lambda h: h[0])
    return Antecedent(entity, code, Mention(start=start, end=end, text=article.text[start:end]))


def _candidates(article: Article, head, kind: str, start: int, window_start: int, skip: frozenset,
                governed: Optional[tuple[int, int]]) -> Optional[list]:
    """(start, entity, mention, (country, code), head matched) of every compatible mention in
    ``[window_start, start)``; None when the anaphor itself lies inside a name."""
    hits = []
    for entity in article.entities:
        if any(m.start <= start < m.end for m in entity.mentions):
            return None
        if entity.id in skip or (kind == "person" and governed and any(
                governed[0] <= m.start and m.end <= governed[1] and not m.start <= start < m.end
                for m in entity.mentions)):
            continue
        for mention in entity.mentions:
            if not (window_start <= mention.start and mention.end <= start):
                continue
            matched = kind not in ANAPHOR_PRONOUNS.values() and _head_match(article, mention, head.lower_)
            found = compatible(entity, mention, kind, matched=matched)
            if found and kind == "person" and not _gender_agrees(article, mention, head.lower_):
                found = None
            if found:
                hits.append((mention.start, entity, mention, found, matched))
    return hits


def _home_antecedent(article: Article, hits: list, home: str, mention: Mention, skip: frozenset
                     ) -> Antecedent:
    """"the government" of a story with a home country (:mod:`.actors_home`): that country's
    government, linked to the nearest compatible mention of it in the window, else to the
    country's own entity, else to no entity (the code alone)."""
    own = [h for h in hits if h[3][0] == home]
    if own:
        entity = max(own, key=lambda h: h[0])[1]
    else:
        entity = next((e for e in article.entities if e.type == "GPE" and e.id not in skip
                       and e.actor is not None and e.actor.code == home), None)
    return Antecedent(entity, home + "GOV", mention)


def window_start(sentence_starts: list[int], start: int) -> int:
    """Start offset of the sentence ``WINDOW`` sentences before the one holding ``start``."""
    index = max((i for i, s in enumerate(sentence_starts) if s <= start), default=0)
    return sentence_starts[max(0, index - WINDOW)] if sentence_starts else 0


class Context:
    """An article's scan sentences, for windows and (pronouns only) their parses."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis
        self.sents = list(analysis.doc.sents)
        self.starts = [s.start_char for s in self.sents]

    def parsed_window(self, low: int, parsed) -> list:
        """Parses of the window's sentences before ``parsed`` (cached by the analysis), then it."""
        before = [s for s in self.sents if low <= s.start_char and s.end_char <= parsed.offset]
        return [*self.analysis.parse(before), parsed] if before else [parsed]


def resolve_party(party, article: Article, parsed, context: Context, *,
                  skip: frozenset = frozenset()) -> Optional[Mention]:
    """Fill an empty party whose only head is an anaphor; the anaphor's mention, or None."""
    if party.code or party.ids or len(party.text_heads) != 1:
        return None
    head = party.text_heads[0]
    if anaphor_kind(head) is None:
        return None
    if head.pos_ == "PRON":
        start, end = parsed.char_span(head)
    else:
        tokens = [t for t in head.subtree if t.i <= head.i]
        start, end = parsed.char_span(tokens[0])[0], parsed.char_span(head)[1]
    low = window_start(context.starts, start)
    window = context.parsed_window(low, parsed) if head.pos_ == "PRON" else None
    clause = head.head
    governed = (parsed.char_span(clause.left_edge)[0], parsed.char_span(clause.right_edge)[1])
    found = antecedent(article, head, start, end, low, skip=skip, parsed_window=window,
                       governed=governed if head.pos_ == "PRON" else None)
    if found is None:
        return None
    party.ids = [found.entity.id] if found.entity is not None else []
    party.code, party.inferred = found.code, True
    return found.mention if found.entity is not None else None


def with_mentions(article: Article, added: dict[str, list[Mention]]) -> tuple[Entity, ...]:
    """The article's entities with the resolved anaphors added as mentions."""
    if not added:
        return article.entities
    out = []
    for entity in article.entities:
        extra = [m for m in added.get(entity.id, ()) if m not in entity.mentions]
        if extra:
            mentions = tuple(sorted((*entity.mentions, *extra), key=lambda m: m.start))
            entity = entity.model_copy(update={"mentions": mentions})
        out.append(entity)
    return tuple(out)
