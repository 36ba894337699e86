"""Event coding: who did what to whom, where, when — as CAMEO and PLOVER codes.

Flow for one article:

1. *Candidates* (cheap, on the scan doc): sentences holding at least one entity mention with an
   actor code and a token whose lowercase form is a surface form of a lexicon trigger.
2. *Parse* only those sentences (``Analysis.parse``): the dependency parse is the expensive part.
3. *Triggers* (``event_triggers``): verbs, light verb + event noun, event nouns; arguments
   (``event_args``) mapped to entity ids by mention offsets.
4. *Codes* (``eventwire.codes``): CAMEO code → root, quad class, Goldstein, PLOVER type and mode.
5. *Context*: modality, reported speech (``event_modality``); place, date, confidence (``event_context``).

An event whose actor and recipient both lack a code is dropped: no made-up codes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..codes import (
    DEFAULT_QUAD_SCHEME,
    PLOVER_NEEDS_RECIPIENT,
    QUAD_SCHEMES,
    event_codes,
)
from ..record import Article, Entity, Event, Mention, Span
from .actors_data import default_vocabulary
from .event_accusation import accusation
from .event_anaphora import ANAPHOR_NOUNS, WINDOW, Context, resolve_party, with_mentions
from .event_args import EntityIndex, best_entity
from .event_constructions import diplomatic_protest, refusal, split_mutual
from .event_context import confidence, consult_mode, event_date, place_for_span
from .event_host import host_parties, purpose_recipient
from .event_intent import announced_code, forecast, reported_would
from .event_lexicon import Lexicon, lexicon
from .event_lists import split_parties
from .event_modality import modality, speaker_head
from .event_phrase import agent_sectors
from .event_prune import clause_token
from .event_reciprocal import lone_partner, repelled_attack, symmetric
from .event_reported import unreported
from .event_senses import object_sense
from .event_triggers import Draft, sentence_drafts

CONSULT_ROOT = "04"
#: An intent to provide aid (CAMEO 033) is aid announced to someone, as aid itself (07) is.
AID_INTENT = "033"
WARNING_VERBS = frozenset({"warn"})
FIRING_VERBS = frozenset({"fire"})  # firing a weapon is an attack only on a target


def _has_trigger(sent, surface: frozenset[str], lex: Lexicon) -> bool:
    """A possible trigger: a known form, lowercase unless it opens the sentence ("March" is
    not); a verb that codes only with certain objects ("share intelligence") needs one of them
    in the sentence too."""
    words = None
    for token in sent:
        if token.text[:1].isupper() and not token.is_sent_start:
            continue
        if token.lower_ in surface:
            return True
        objects = lex.needs_object.get(token.lower_)
        if objects:
            words = words if words is not None else {t.lower_ for t in sent}
            if objects & words:
                return True
    return False


def _role_starts(article: Article) -> list[int]:
    """Mentions of entities with a role but no code ("President Laurent Gbagbo")."""
    return [m.start for entity in article.entities
            if entity.actor is not None and not entity.actor.code and entity.actor.sectors
            for m in entity.mentions]


def _place_starts(article: Article) -> list[int]:
    return [m.start for place in article.places if place.country for m in place.mentions]


def _any_in(sent, offsets: list[int]) -> bool:
    return any(sent.start_char <= s < sent.end_char for s in offsets)


#: Sectors of armed and security agents: "gunmen", "militants", "troops", "police". Wire news
#: names them by the place of the act ("gunmen *in Baghdad*", "police *in Cairo*"), not by an
#: entity, and CAMEO codes their acts with the place's country or none (agents dictionary).
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP"})


def _armed_agent(sent) -> bool:
    """A lowercase armed or security agent noun in the sentence (``ARMED_SECTORS``)."""
    return any(token.lower_ in _armed_words() for token in sent if not token.text[:1].isupper())


#: Collective actors of protest, named by where they march as armed agents are by where they
#: strike ("protesters in Harare"): CAMEO 14's civilian demonstrators.
PROTEST_AGENTS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "rioters",
                            "marchers", "strikers"})


@lru_cache(maxsize=1)
def _armed_words() -> frozenset[str]:
    words = {noun for noun, sector in agent_sectors().items() if sector in ARMED_SECTORS}
    words |= PROTEST_AGENTS
    for (word, *more), entries in default_vocabulary().lower.items():
        if not more and any(e.kind == "role" and set(e.sectors) & ARMED_SECTORS for e in entries):
            words.add(word)
    return frozenset(words)


def _anaphor_words(sent) -> bool:
    """A definite actor description ("the regime", "the group"): a party that a preceding
    sentence may name (``event_anaphora``). Pronouns are too common to make candidates."""
    return any(token.lower_ in ANAPHOR_NOUNS and token.i > sent.start
               and any(t.lower_ == "the" for t in sent.doc[max(sent.start, token.i - 4):token.i])
               for token in sent)  # "the war-torn nation": describing words may come between


def _coded_before(sents: list, i: int, starts: list[int]) -> bool:
    """A coded mention in the ``WINDOW`` sentences before sentence ``i``."""
    low, high = sents[max(0, i - WINDOW)].start_char, sents[i].start_char
    return any(low <= s < high for s in starts)


def candidate_sentences(
    article: Article, analysis, lex: Optional[Lexicon] = None, *, statements: bool = False
) -> list:
    """Scan-doc sentences with an actor-coded entity mention and a possible trigger word.

    Sentences whose only anchor is a place ("police in Cairo") are not candidates: on BBC news
    they cost 10 % more parses for almost no events. A titled person or role entity without a
    country ("President Laurent Gbagbo") anchors a sentence that also names a resolved place:
    the event arguments may take the country from it (``event_actors``).

    A sentence naming no actor but holding an anaphoric party ("The group attacked …") is a
    candidate when one of the two sentences before names a coded actor.

    Plain statements (010: "said", "told") make a sentence a candidate only when
    ``statements`` is on: they are a quarter of all candidates in news and weak as events.
    """
    lex = lex or lexicon()
    surface = lex.surface | lex.statement_surface if statements else lex.surface
    starts = sorted(m.start for entity in article.entities
                    if entity.actor is not None and entity.actor.code for m in entity.mentions)
    roles, places = _role_starts(article), _place_starts(article)
    found = []
    sents = list(analysis.doc.sents)
    for i, sent in enumerate(sents):
        if not _any_in(sent, starts) and not (
                _any_in(sent, places) and (_any_in(sent, roles) or _armed_agent(sent))) \
                and not (_anaphor_words(sent) and _coded_before(sents, i, starts)):
            continue
        if _has_trigger(sent, surface, lex):
            found.append(sent)
    return found


def _entity(article: Article, entity_id: Optional[str]) -> Optional[Entity]:
    return next((e for e in article.entities if e.id == entity_id), None)


def _country(article: Article, ids: list[str]) -> Optional[str]:
    entity = _entity(article, ids[0]) if ids else None
    return entity.actor.country if entity and entity.actor else None


def _party_ranges(article: Article, ids: list[str], sentence: Span) -> tuple:
    return tuple(
        (m.start, m.end)
        for entity in article.entities if entity.id in ids
        for m in entity.mentions if sentence.start <= m.start and m.end <= sentence.end
    )


def _attribution(draft: Draft, parsed, index: EntityIndex, *, lex: Lexicon) -> Optional[str]:
    speaker = speaker_head(draft.trigger, lex)
    entity = best_entity(speaker, parsed, index) if speaker is not None else None
    return entity.id if entity else None


def complete(draft: Draft, codes: dict, lone: bool = False) -> bool:
    """Whether a draft has the parties its type needs.

    * some side has an actor code (no codeless events);
    * COOPERATE, AID and SANCTION need a recipient (PLOVER's definitions), and so does an
      intent to provide aid (CAMEO 033: "pledged $5 million to charity" names no recipient);
    * CONSULT needs a recipient or two actors: "X met Y", "X and Y met", never "X met targets";
      or a ``lone`` partner of talks whose other side is unnamed ("talks with X", round 19);
    * a warning (CAMEO 130 in PETRARCH's verb dictionary) threatens only a party it is addressed
      to or about ("warned X against …"), not a forecast ("warned that prices would rise");
    * firing a weapon is an attack on a target only ("test-fired a missile" attacks no one).
    """
    if not codes or not (draft.actor.code or draft.recipient.code):
        return False
    if draft.trigger.lemma_.lower() in WARNING_VERBS and not draft.recipient:
        return False
    if draft.trigger.lemma_.lower() in FIRING_VERBS and not draft.recipient \
            and codes["cameo_root"] != "15" \
            and any(c.dep_ == "dobj" for c in draft.trigger.children):
        return False  # "test-fired a missile", "fired shots into the air": no one attacked
    if codes["plover"] in PLOVER_NEEDS_RECIPIENT and not draft.recipient \
            and not (symmetric(codes["cameo"]) and len(draft.actor.ids) > 1):
        return False  # "X and Y held joint exercises" is the reciprocal form (event_reciprocal)
    if codes["cameo"].startswith(AID_INTENT) and not draft.recipient:
        return False
    if codes["cameo_root"] == CONSULT_ROOT:
        return bool(draft.recipient) or len(draft.actor.ids) > 1 or lone
    return True


def _announced(draft: Draft, mood: str, lex: Lexicon) -> Optional[str]:
    """The CAMEO 03/13 code when the draft's act is announced rather than done (event_intent)."""
    if forecast(draft.trigger):
        return None
    if mood == "future" or (
        mood == "hypothetical" and reported_would(draft.trigger, speaker_head(draft.trigger, lex))
    ):
        return announced_code(draft.code)
    return None


def _host_country(article: Article, draft: Draft, where) -> None:
    """A meeting's titled recipient without a country ("held talks with President X during a
    visit to Beirut") is of the host country: the place of the meeting when it is not the
    actor's own country. Marked inferred (lower confidence)."""
    country = where.place.country if where.in_sentence and where.place else None
    if not country or draft.recipient.code or not draft.recipient.ids or not draft.actor.code:
        return
    entity = _entity(article, draft.recipient.ids[0])
    if entity is None or entity.actor is None or not entity.actor.sectors:
        return
    if country != draft.actor.code[:3]:
        draft.recipient.code = country + entity.actor.sectors[0]
        draft.recipient.inferred = True


def _place_and_mode(article: Article, draft: Draft, sentence, code: str, codes: dict):
    """The event's place (a meeting's host country may supply its country) and its PLOVER mode
    (a consultation's mode follows from where it happened and whose country that is)."""
    where = place_for_span(
        article, sentence.start, sentence.end,
        exclude=_party_ranges(article, draft.actor.ids, sentence),
    )
    if codes["cameo_root"] == CONSULT_ROOT:
        _host_country(article, draft, where)
    mode = (draft.mode if code == draft.code else None) or codes["plover_mode"]
    if codes["cameo_root"] == CONSULT_ROOT and mode is None and where.in_sentence:
        mode = consult_mode(
            where.place, _country(article, draft.actor.ids),
            _country(article, draft.recipient.ids),
            parties=len(draft.actor.ids) + len(draft.recipient.ids),
        )
    return where, mode


def build_event(article: Article, draft: Draft, parsed, **options) -> Optional[Event]:
    """Turn a draft into an :class:`Event`, or None when it has no usable code or parties."""
    sentence, index, lex = options["sentence"], options["index"], options["lex"]
    mood = modality(draft.trigger, lex)
    if unreported(draft, lex):
        return None
    refused = refusal(draft, clause_token(draft), parsed, index) if mood == "negated" else None
    if refused:  # "would not give permission": CAMEO codes the refusal (12x), not a negated act
        draft.code, draft.mode, mood = refused, None, "asserted"
    diplomatic_protest(draft, index)
    if not object_sense(draft, parsed, index):
        return None
    code = _announced(draft, mood, lex) or draft.code
    codes = event_codes(code, options.get("quad_scheme", DEFAULT_QUAD_SCHEME))
    lone = bool(codes) and lone_partner(draft)  # "talks with X": X a party, other side unnamed
    if codes:
        split_mutual(draft, index)
        purpose_recipient(draft, parsed, index)
        host_parties(draft, codes["cameo_root"], parsed, index)
    if not complete(draft, codes, lone):
        return None
    start, end = parsed.char_span(draft.trigger)
    where, mode = _place_and_mode(article, draft, sentence, code, codes)
    when = event_date(article, sentence.start, sentence.end)
    return Event(
        id=options["event_id"], sentence=sentence,
        trigger=Mention(start=start, end=end, text=article.text[start:end]),
        actor=tuple(draft.actor.ids), actor_code=draft.actor.code,
        recipient=tuple(draft.recipient.ids), recipient_code=draft.recipient.code,
        **{**codes, "plover_mode": mode},
        place=where.place.id if where.place else None,
        date=when.value,
        modality=mood,
        attributed_to=_attribution(draft, parsed, index, lex=lex),
        confidence=confidence(
            actor=bool(draft.actor.code), recipient=bool(draft.recipient.code),
            place=where.in_sentence, date=when.in_sentence,
            nominal=draft.nominal, constrained=draft.constrained,
            inferred=draft.actor.inferred or draft.recipient.inferred,
        ),
    )


def extract_events(
    article: Article, analysis, *, quad_scheme: str = DEFAULT_QUAD_SCHEME,
    statements: bool = False,
) -> tuple[Event, ...]:
    """Every coded event in ``article``; ``analysis`` is its spaCy scan (see ``annotate.nlp``).

    ``statements`` also codes plain statements (CAMEO 010, "X said …") that carry no other
    event; off by default, as they cost a parse per quoted sentence and say little.
    """
    return events_and_anaphors(article, analysis, quad_scheme=quad_scheme, statements=statements)[0]


def _resolve_anaphors(draft: Draft, article: Article, parsed, context: Context) -> list:
    """(entity id, mention) for each side of the draft filled by an anaphor (event_anaphora)."""
    found = []
    for side, other in ((draft.actor, draft.recipient), (draft.recipient, draft.actor)):
        mention = resolve_party(side, article, parsed, context, skip=frozenset(other.ids))
        if mention is not None:
            found.append((side.ids[0], mention))
    return found


def events_and_anaphors(
    article: Article, analysis, *, quad_scheme: str = DEFAULT_QUAD_SCHEME,
    statements: bool = False, keep_reported: bool = False,
) -> tuple[tuple[Event, ...], dict]:
    """:func:`extract_events` plus the anaphoric party mentions it resolved, by entity id.

    A political actor's statement that another party did a hostile act is coded as its
    accusation (``event_accusation``); ``keep_reported`` also keeps the reported act (with the
    speaker in ``attributed_to``), off by default as PETRARCH-2 and its gold code the accusation
    alone."""
    if quad_scheme not in QUAD_SCHEMES:
        raise ValueError(f"unknown quad class scheme {quad_scheme!r}: one of {sorted(QUAD_SCHEMES)}")
    lex = lexicon()
    candidates = candidate_sentences(article, analysis, lex, statements=statements)
    context = Context(analysis) if candidates else None
    events: list[Event] = []
    anaphors: dict[str, list[Mention]] = {}
    for sent, parsed in zip(candidates, analysis.parse(candidates)):
        index = EntityIndex(article, sent.start_char, sent.end_char)
        sentence = Span(start=sent.start_char, end=sent.end_char)
        for draft in sentence_drafts(parsed, index, lex, statements=statements):
            resolved = _resolve_anaphors(draft, article, parsed, context)
            event = build_event(
                article, draft, parsed, sentence=sentence, index=index, lex=lex,
                quad_scheme=quad_scheme, event_id=f"v{len(events) + 1}",
            )
            if event is None:
                continue
            accused = accusation(event, draft, parsed, article, lex, quad_scheme=quad_scheme,
                                 event_id=f"v{len(events) + 2}", index=index)
            if accused is not None and not keep_reported:
                events.append(accused.model_copy(update={"id": event.id}))
                continue
            events.extend(split_parties(article, event, draft.trigger))  # event_lists
            events.extend(repelled_attack(event, draft.trigger))  # Y's attack that X repelled
            if accused is not None:
                events.append(accused)
            for entity_id, mention in resolved:
                anaphors.setdefault(entity_id, []).append(mention)
    return tuple(events), anaphors


class EventsStep:
    """Pipeline step ``eventwire.events.v10``: fills ``article.events`` (and adds anaphor mentions to
    ``article.entities``)."""

    name = "eventwire.events.v10"
    requires = ("entities", "places", "dates")
    #: entities: a party resolved by anaphora ("the regime") becomes a mention of its entity
    assigns = ("events", "entities")

    def __init__(self, *, quad_scheme: str = DEFAULT_QUAD_SCHEME, statements: bool = False,
                 keep_reported: bool = False) -> None:
        if quad_scheme not in QUAD_SCHEMES:
            raise ValueError(f"unknown quad class scheme {quad_scheme!r}: one of {sorted(QUAD_SCHEMES)}")
        self.quad_scheme = quad_scheme
        self.statements = statements
        self.keep_reported = keep_reported

    def prepare(self, pairs: list) -> None:
        """Batch adapter: parse every article's candidate sentences in one call."""
        from ..annotate.nlp import parse_batch

        lex = lexicon()
        parse_batch((analysis, candidate_sentences(article, analysis, lex, statements=self.statements))
                    for article, analysis in pairs)

    def __call__(self, article: Article, analysis) -> Article:
        events, anaphors = events_and_anaphors(
            article, analysis, quad_scheme=self.quad_scheme, statements=self.statements,
            keep_reported=self.keep_reported,
        )
        # a resolved anaphor ("the regime") becomes a mention of its entity, so an event's
        # party points at text in the event's own sentence
        return article.model_copy(update={"events": events, "entities": with_mentions(article, anaphors)})
