"""What the API and the web pages show, as plain functions over a read-only store.

Every listing is built from ``filters.from_where`` so the events table, the network, the
timeline and the map select exactly the same rows for the same filters. Values only ever
travel as SQL parameters.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..store.duckdb import Store
from .api_models import (
    ActorRow,
    ArticleRow,
    EventRow,
    Network,
    NetworkEdge,
    NetworkNode,
    Page,
    PlaceRow,
    Stats,
    TimelineRow,
)
from .filters import Query, count_sql, from_where, to_sql

_PAGING = "\nLIMIT ? OFFSET ?"
_ACTORS = """
WITH ent AS (SELECT actor_code AS code, count(*) AS entities, min(name) AS name
             FROM entities WHERE actor_code IS NOT NULL GROUP BY actor_code),
     ev AS (SELECT code, count(*) AS events FROM (
              SELECT article_id, id, actor_code AS code FROM events
              UNION SELECT article_id, id, recipient_code FROM events)
            WHERE code IS NOT NULL GROUP BY code),
     codes AS (SELECT code FROM ent UNION SELECT code FROM ev)
SELECT c.code, ent.name, coalesce(ent.entities, 0) AS entities, coalesce(ev.events, 0) AS events
FROM codes c LEFT JOIN ent ON ent.code = c.code LEFT JOIN ev ON ev.code = c.code
WHERE starts_with(c.code, ?)"""
_DAY = """CASE WHEN regexp_matches(e.date, '^[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN left(e.date, 10)
               ELSE a.source_published END"""


def _total(store: Store, sql: str, params: list[Any]) -> int:
    return int(store.sql(f"SELECT count(*) AS n FROM ({sql})", params)[0]["n"])


def _paged(store: Store, sql: str, params: list[Any], query: Query) -> tuple[list[dict], int]:
    """Rows of ``sql`` (already ordered) for the query's page, and the unpaged total."""
    rows = store.sql(sql + _PAGING, params + [query.limit, query.offset])
    return rows, _total(store, sql, params)


def list_rows(store: Store, query: Query) -> tuple[list[dict[str, Any]], int]:
    """A page of ``query``'s plain rows (events, articles …) and how many match in all."""
    sql, params = to_sql(query)
    counted, count_params = count_sql(query)
    return store.sql(sql, params), int(store.sql(counted, count_params)[0]["total"])


def list_articles(store: Store, query: Query) -> Page[ArticleRow]:
    rows, total = list_rows(store, replace(query, kind="articles"))
    return Page[ArticleRow](items=[ArticleRow(**r) for r in rows], total=total,
                            limit=query.limit, offset=query.offset)


def list_events(store: Store, query: Query) -> Page[EventRow]:
    rows, total = list_rows(store, replace(query, kind="events"))
    return Page[EventRow](items=[EventRow(**r) for r in rows], total=total,
                          limit=query.limit, offset=query.offset)


def list_actors(store: Store, query: Query) -> Page[ActorRow]:
    """Actor codes (prefix ``query.actor``) with how many entities and events carry them."""
    sql = _ACTORS + "\nORDER BY events DESC, entities DESC, c.code"
    rows, total = _paged(store, sql, [(query.actor or "").upper()], query)
    return Page[ActorRow](items=[ActorRow(**r) for r in rows], total=total,
                          limit=query.limit, offset=query.offset)


def network(store: Store, query: Query) -> Network:
    """Actor → recipient edges of the filtered events, heaviest first, and the actor nodes.

    Nodes are the codes the page's edges join plus the busiest codes of the filtered events
    (also those never paired with a recipient), each with its count of filtered events.
    """
    tables, params = from_where(replace(query, kind="events"))
    sql = f"""SELECT source, target, count(*) AS events, round(avg(goldstein), 2) AS goldstein
              FROM (SELECT e.actor_code AS source, e.recipient_code AS target, e.goldstein
                    {tables})
              WHERE source IS NOT NULL AND target IS NOT NULL
              GROUP BY source, target ORDER BY events DESC, source, target"""
    rows, total = _paged(store, sql, params, query)
    counts = store.sql(f"""SELECT code, count(*) AS events FROM (
                               SELECT e.article_id, e.id, e.actor_code AS code {tables}
                               UNION SELECT e.article_id, e.id, e.recipient_code {tables})
                           WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, code""",
                       params + params)
    joined = {code for row in rows for code in (row["source"], row["target"])}
    keep = joined | {row["code"] for row in counts[: query.limit]}
    nodes = [NetworkNode(**row) for row in counts if row["code"] in keep]
    return Network(items=[NetworkEdge(**r) for r in rows], nodes=nodes, total=total,
                   limit=query.limit, offset=query.offset)


def timeline(store: Store, query: Query) -> Page[TimelineRow]:
    """Filtered events per day (the event's own day, else the article's) and quad class."""
    tables, params = from_where(replace(query, kind="events"))
    sql = f"""SELECT day, quad_class, count(*) AS events
              FROM (SELECT {_DAY} AS day, e.quad_class {tables})
              WHERE regexp_matches(day, '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$')
              GROUP BY day, quad_class ORDER BY day, quad_class NULLS LAST"""
    rows, total = _paged(store, sql, params, query)
    return Page[TimelineRow](items=[TimelineRow(**r) for r in rows], total=total,
                             limit=query.limit, offset=query.offset)


def places(store: Store, query: Query) -> Page[PlaceRow]:
    """Resolved places with coordinates and how often articles and events name them."""
    tables, params = from_where(replace(query, kind="places"))
    sql = f"""SELECT name, country, feature, lat, lon, count(DISTINCT article_id) AS articles,
                     sum(mentions)::BIGINT AS mentions, sum(events)::BIGINT AS events
              FROM (SELECT p.name, p.country, p.feature, round(p.lat, 3) AS lat,
                           round(p.lon, 3) AS lon, p.article_id,
                           len(json_extract(p.mentions, '$[*]')) AS mentions,
                           (SELECT count(*) FROM events x
                            WHERE x.article_id = p.article_id AND x.place = p.id) AS events
                    {tables})
              GROUP BY name, country, feature, lat, lon
              ORDER BY articles DESC, mentions DESC, name"""
    rows, total = _paged(store, sql, params, query)
    return Page[PlaceRow](items=[PlaceRow(**r) for r in rows], total=total,
                          limit=query.limit, offset=query.offset)


def stats(store: Store) -> Stats:
    """Row counts of every item table."""
    return Stats(**{name: store.count(name) for name in Stats.model_fields})
