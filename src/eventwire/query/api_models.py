"""Response shapes of the JSON API, so the OpenAPI schema documents every field.

Rows are read-only views of store tables; the full record is ``record.Article`` itself.
"""

from __future__ import annotations

from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, ConfigDict

Row = TypeVar("Row")


class Page(BaseModel, Generic[Row]):
    """One page of a listing: ``items`` plus what is needed to fetch the next."""

    items: list[Row]
    total: int
    limit: int
    offset: int


class ApiRow(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ArticleRow(ApiRow):
    id: str
    title: Optional[str] = None
    uri: str
    format: str
    outlet: Optional[str] = None
    published: Optional[str] = None
    tone: Optional[float] = None
    events: int = 0
    entities: int = 0


class EventRow(ApiRow):
    article_id: str
    id: str
    date: Optional[str] = None
    actor_code: Optional[str] = None
    cameo: Optional[str] = None
    plover: Optional[str] = None
    recipient_code: Optional[str] = None
    modality: Optional[str] = None
    place: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    confidence: Optional[float] = None
    sentence: str


class ActorRow(ApiRow):
    code: str
    name: Optional[str] = None  # one entity name carrying this code, as an example
    entities: int
    events: int


class NetworkNode(ApiRow):
    code: str
    events: int  # filtered events this actor code takes part in (as actor or recipient)


class NetworkEdge(ApiRow):
    source: str
    target: str
    events: int
    goldstein: Optional[float] = None  # mean Goldstein score of the edge's events


class Network(Page[NetworkEdge]):
    """Edges (``items``, paged, heaviest first), the actors they join and the busiest others."""

    nodes: list[NetworkNode]


class TimelineRow(ApiRow):
    day: str  # YYYY-MM-DD
    quad_class: Optional[int] = None  # 1 verbal coop · 2 material coop · 3 verbal conf · 4 material conf
    events: int


class PlaceRow(ApiRow):
    name: str
    country: Optional[str] = None
    feature: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    articles: int
    mentions: int
    events: int


class Stats(ApiRow):
    """Whole-store counts: the home page's numbers."""

    articles: int
    entities: int
    places: int
    dates: int
    amounts: int
    quotes: int
    events: int
    framing: int


class Problem(BaseModel):
    """The body of every 4xx answer."""

    detail: str
