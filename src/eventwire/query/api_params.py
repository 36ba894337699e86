"""Query-string parameters shared by the JSON API and the HTML pages → a typed ``Query``.

Each parameter is validated by FastAPI before any SQL runs (pattern, length, bounds), so a bad
value is a 422 with a JSON ``detail``; a combination ``filters`` rejects is a 400.
"""

from __future__ import annotations

import copy
from typing import Annotated, Iterator, Optional

from fastapi import Query as Param
from fastapi import Request

from ..store.duckdb import Store
from .filters import Query

MAX_LIMIT = 500
DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

Limit = Annotated[int, Param(ge=1, le=MAX_LIMIT, description="page size, 1–500")]
Offset = Annotated[int, Param(ge=0, le=2**31, description="rows to skip")]
Since = Annotated[Optional[str], Param(pattern=DATE, description="YYYY[-MM[-DD]], inclusive")]
Until = Annotated[Optional[str], Param(pattern=DATE, description="YYYY[-MM[-DD]], inclusive")]
Words = Annotated[Optional[str], Param(max_length=200, description="words that must all occur")]
Actor = Annotated[Optional[str], Param(pattern=r"^[A-Za-z0-9]{1,30}$",
                                       description="actor code prefix: CHN, CHNGOV …")]
Country = Annotated[Optional[str], Param(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3")]
Cameo = Annotated[Optional[str], Param(pattern=r"^[0-9]{1,4}$",
                                       description="CAMEO root or code prefix: 04, 043")]
Plover = Annotated[Optional[str], Param(pattern=r"^[A-Za-z_-]{1,40}$",
                                        description="PLOVER event type: CONSULT, ASSAULT …")]
PlaceName = Annotated[Optional[str], Param(max_length=200, description="place name")]
Outlet = Annotated[Optional[str], Param(max_length=200, description="outlet domain")]


def event_query(
    *, actor: Actor = None, country: Country = None, cameo: Cameo = None,
    plover: Plover = None, since: Since = None, until: Until = None, place: PlaceName = None,
    q: Words = None, limit: Limit = 50, offset: Offset = 0,
) -> Query:
    """The events filters of ``/api/events``, ``/api/network`` and ``/api/timeline``."""
    return Query(kind="events", actor=actor, country=country, cameo=cameo, plover=plover,
                 since=since, until=until, place=place, q=q, limit=limit, offset=offset)


def article_query(
    *, since: Since = None, until: Until = None, outlet: Outlet = None, q: Words = None,
    limit: Limit = 50, offset: Offset = 0,
) -> Query:
    """The filters of ``/api/articles``."""
    return Query(kind="articles", since=since, until=until, outlet=outlet, q=q,
                 limit=limit, offset=offset)


def actor_query(*, actor: Actor = None, limit: Limit = 50, offset: Offset = 0) -> Query:
    """The filters of ``/api/actors``."""
    return Query(kind="entities", actor=actor, limit=limit, offset=offset)


def place_query(
    *, country: Country = None, since: Since = None, until: Until = None,
    place: PlaceName = None, limit: Limit = 50, offset: Offset = 0,
) -> Query:
    """The filters of ``/api/places``."""
    return Query(kind="places", country=country, since=since, until=until, place=place,
                 limit=limit, offset=offset)


def request_store(request: Request) -> Iterator[Store]:
    """The app's read-only store, on a cursor of its own for this request.

    DuckDB connections must not be shared across threads, and FastAPI runs sync handlers in
    a thread pool; a cursor is a cheap, independent connection to the same database.
    """
    base: Store = request.app.state.store
    view = copy.copy(base)
    view.con = base.con.cursor()
    try:
        yield view
    finally:
        view.con.close()
