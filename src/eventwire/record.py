"""The article record: the one typed contract every stage reads and writes.

Shapes and field names follow ``SCHEMA.md`` (schema ``eventwire.article/1``). All models are
frozen pydantic models, so the same classes validate what the pipeline builds, what the store
reads back, and what the API documents in its OpenAPI schema.

Offsets are Python string indices into ``Article.text``: ``text[start:end] == item.text``.
"""

from __future__ import annotations

import hashlib
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "eventwire.article/1"

Modality = Literal["asserted", "negated", "future", "hypothetical"]
QuoteKind = Literal["direct", "indirect", "scare"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "century", "decade", "year", "season", "quarter", "month", "week", "day", "time"
]
DateAnchor = Literal["published", "weekday", "absolute", "context"]
SourceFormat = Literal["txt", "html", "jsonl", "warc"]


class Part(BaseModel):
    """Base of every record part: immutable, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Part):
    """A bare character range in ``Article.text`` (e.g. an event's sentence)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Part):
    """A range of text with the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Actor(Part):
    """A CAMEO-style actor code with its PLOVER-style parts."""

    code: Optional[str] = None
    country: Optional[str] = None  # ISO 3166 alpha-3, or an IGO/NGO block
    sectors: tuple[str, ...] = ()
    group: Optional[str] = None
    description: Optional[str] = None


class Entity(Part):
    id: str
    name: str
    type: str  # OntoNotes label as spaCy emits it (PERSON, ORG, GPE, NORP, ...)
    mentions: tuple[Mention, ...]
    actor: Optional[Actor] = None
    confidence: Optional[float] = None


class Place(Part):
    id: str
    name: str
    geonameid: Optional[int] = None
    country: Optional[str] = None  # ISO 3166 alpha-3
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    feature: Optional[str] = None  # country | admin1 | city | continent | region
    mentions: tuple[Mention, ...]
    confidence: Optional[float] = None


class DateRef(Part):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: str  # TIMEX3 value: 2021-07-28, XXXX-07-28, P6M, PRESENT_REF ...
    type: DateType = "DATE"
    granularity: Optional[Granularity] = None
    anchor: Optional[DateAnchor] = None
    confidence: Optional[float] = None


class Amount(Part):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: Optional[float] = None
    unit: Optional[str] = None  # ISO 4217 currency code, or a counted noun class ("people")
    object: Optional[str] = None  # the noun phrase the amount quantifies
    kind: Literal["money", "count", "quantity"] = "money"
    approximate: Optional[str] = None  # about | at_least | at_most | more_than | less_than | range
    value_max: Optional[float] = None  # upper bound of a range
    action: Optional[str] = None  # for counts: "killed", "injured", "arrested" ...
    confidence: Optional[float] = None


class Quote(Part):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: QuoteKind = "direct"
    speaker: Optional[str] = None  # entity id
    speaker_text: Optional[str] = None
    cue: Optional[str] = None
    confidence: Optional[float] = None


class Attribution(Part):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    source: Optional[str] = None  # entity id
    source_text: Optional[str] = None
    cue: Optional[str] = None
    confidence: Optional[float] = None


class Event(Part):
    id: str
    sentence: Span
    trigger: Mention
    actor: tuple[str, ...] = ()  # entity ids (PLOVER: compound actors are lists)
    actor_code: Optional[str] = None
    recipient: tuple[str, ...] = ()
    recipient_code: Optional[str] = None
    cameo: Optional[str] = None
    cameo_root: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    plover: Optional[str] = None
    plover_mode: Optional[str] = None
    place: Optional[str] = None  # place id
    date: Optional[str] = None  # TIMEX3 value
    modality: Modality = "asserted"
    attributed_to: Optional[str] = None  # entity id when reported speech
    confidence: Optional[float] = None


class Tone(Part):
    """GDELT GKG 2.1 V2Tone fields."""

    tone: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    activity: float = 0.0
    self_group: float = 0.0
    word_count: int = 0


class Framing(Part):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    technique: str  # a PTC (SemEval-2020 Task 11) technique name
    confidence: Optional[float] = None


class Boilerplate(Part):
    text: str
    reason: str


class Warning(Part):  # noqa: A001 - the schema's name for it
    code: str
    message: str


class Source(Part):
    uri: str
    format: SourceFormat
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    language: Optional[str] = "en"


class Article(Part):
    """One news article and everything extracted from it."""

    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    source: Source
    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    text: str
    boilerplate: tuple[Boilerplate, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateRef, ...] = ()
    amounts: tuple[Amount, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    events: tuple[Event, ...] = ()
    tone: Optional[Tone] = None
    framing: tuple[Framing, ...] = ()
    themes: tuple[str, ...] = ()
    warnings: tuple[Warning, ...] = ()
    #: What produced the record, in order: the spaCy model (``spacy:<package>-<version>``) and
    #: each extract step's versioned name (``eventwire.framing.v10+minilm``), so a figure or a
    #: stored row can be traced to the code and model that made it. Empty for records not
    #: produced by a :class:`~eventwire.pipeline.Pipeline`.
    steps: tuple[str, ...] = ()

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        """The record as plain JSON-ready data, keys in SCHEMA.md order."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        return cls.model_validate(data)

    @classmethod
    def from_json(cls, raw: str | bytes) -> "Article":
        return cls.model_validate_json(raw)


def article_id(text: str) -> str:
    """Stable id: ``a:`` + first 16 hex digits of sha256 of the cleaned text."""
    return "a:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


#: Item kinds whose members carry ``start``/``end``/``text`` directly.
SPAN_KINDS = ("dates", "amounts", "quotes", "attributions", "framing")
#: Item kinds whose members carry a tuple of ``mentions``.
MENTION_KINDS = ("entities", "places")


def offset_errors(article: Article) -> list[str]:
    """Every item whose offsets do not reproduce its text; empty when the record is sound."""
    text = article.text
    bad: list[str] = []
    for kind in SPAN_KINDS:
        for item in getattr(article, kind):
            if text[item.start : item.end] != item.text:
                bad.append(f"{kind}[{item.start}:{item.end}] {item.text!r}")
    for kind in MENTION_KINDS:
        for item in getattr(article, kind):
            for m in item.mentions:
                if text[m.start : m.end] != m.text:
                    bad.append(f"{kind}.{item.id}[{m.start}:{m.end}] {m.text!r}")
    for event in article.events:
        t = event.trigger
        if text[t.start : t.end] != t.text:
            bad.append(f"events.{event.id}.trigger {t.text!r}")
        if not (event.sentence.start <= t.start and t.end <= event.sentence.end):
            bad.append(f"events.{event.id} trigger outside its sentence")
    return bad
