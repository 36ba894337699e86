"""Typed queries over the store → parameterised SQL (values never pasted into SQL text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["events", "entities", "places", "quotes", "amounts", "articles"]
KINDS: tuple[str, ...] = ("events", "entities", "places", "quotes", "amounts", "articles")


class QueryError(Exception):
    """A filter value that cannot be used (bad date, unknown kind …)."""


@dataclass(frozen=True, kw_only=True)
class Query:
    kind: Kind
    actor: str | None = None  # CAMEO actor code prefix: CHN, CHNGOV, AFGINS …
    country: str | None = None  # ISO3
    cameo: str | None = None  # CAMEO root or code prefix: "04", "043"
    since: str | None = None  # YYYY[-MM[-DD]]
    until: str | None = None
    article: str | None = None
    plover: str | None = None  # PLOVER event type: CONSULT, ASSAULT … (events)
    place: str | None = None  # place name, case-insensitive (events, places)
    outlet: str | None = None  # registered domain (articles)
    q: str | None = None  # words that must all occur: in the sentence (events), title/text (articles)
    limit: int = 100
    offset: int = 0


_COLUMNS = {
    "events": """
        SELECT e.article_id, e.id, e.date, e.actor_code, e.cameo, e.plover, e.recipient_code,
               e.modality, p.name AS place, e.goldstein, e.quad_class, e.confidence,
               substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence""",
    "entities": """
        SELECT n.article_id, n.id, n.name, n.type, n.actor_code, n.actor_country,
               n.actor_group, len(json_extract(n.mentions, '$[*]')) AS mentions""",
    "places": """
        SELECT p.article_id, p.id, p.name, p.country, p.admin1, p.feature, p.lat, p.lon,
               p.geonameid, len(json_extract(p.mentions, '$[*]')) AS mentions""",
    "quotes": """
        SELECT q.article_id, q.kind, q.speaker_text, q.cue, q.text, n.actor_code AS speaker_code""",
    "amounts": """
        SELECT m.article_id, m.kind, m.text, m.value, m.unit, m.approximate, m.object, m.action""",
    "articles": """
        SELECT a.id, a.title, a.source_uri AS uri, a.source_format AS format,
               a.source_outlet AS outlet, a.source_published AS published, a.tone_tone AS tone,
               (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events,
               (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities""",
}
#: Each kind's tables; ``from_where`` appends the filter conditions to it.
FROM = {
    "events": """
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place""",
    "entities": "\n        FROM entities n JOIN articles a ON a.id = n.article_id",
    "places": "\n        FROM places p JOIN articles a ON a.id = p.article_id",
    "quotes": """
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities n ON n.article_id = q.article_id AND n.id = q.speaker""",
    "amounts": "\n        FROM amounts m JOIN articles a ON a.id = m.article_id",
    "articles": "\n        FROM articles a",
}
_SELECT = {kind: cols + FROM[kind] for kind, cols in _COLUMNS.items()}
_ORDER = {
    "events": "ORDER BY e.date NULLS LAST, e.article_id, e.id",
    "entities": "ORDER BY n.article_id, n.ord",
    "places": "ORDER BY p.article_id, p.ord",
    "quotes": "ORDER BY q.article_id, q.ord",
    "amounts": "ORDER BY m.article_id, m.ord",
    "articles": "ORDER BY a.source_published DESC NULLS LAST, a.id",
}
_ALIAS = {"events": "e", "entities": "n", "places": "p", "quotes": "q", "amounts": "m",
          "articles": "a"}


def _date_bound(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    parts = value.split("-")
    ok = len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4
    if not ok:
        raise QueryError(f"--{name} wants YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def to_sql(query: Query) -> tuple[str, list[Any]]:
    """The SQL text and its parameters for ``query``."""
    if query.kind not in _SELECT:
        raise QueryError(f"unknown kind {query.kind!r}; choose one of {', '.join(KINDS)}")
    if query.limit < 0 or query.offset < 0:
        raise QueryError("limit and offset must be ≥ 0")
    tables, params = from_where(query)
    sql = _COLUMNS[query.kind] + tables + f"\n{_ORDER[query.kind]} LIMIT ? OFFSET ?"
    return sql, params + [query.limit, query.offset]


def from_where(query: Query) -> tuple[str, list[Any]]:
    """The ``FROM … WHERE …`` part of ``query`` (no order, no paging) and its parameters.

    Shared by the row listing, the row count and the API's aggregates (network, timeline,
    places), so every view of the same filters selects exactly the same rows.
    """
    if query.kind not in FROM:
        raise QueryError(f"unknown kind {query.kind!r}; choose one of {', '.join(KINDS)}")
    where, params = _conditions(query)
    where_sql, more = _extra_conditions(query)
    where += where_sql
    params += more
    sql = FROM[query.kind]
    if where:
        sql += "\nWHERE " + " AND ".join(where)
    return sql, params


def count_sql(query: Query) -> tuple[str, list[Any]]:
    """SQL counting every row ``query`` matches, ignoring limit and offset."""
    tables, params = from_where(query)
    return "SELECT count(*) AS total" + tables, params


def _conditions(query: Query) -> tuple[list[str], list[Any]]:
    t = _ALIAS[query.kind]
    where: list[str] = []
    params: list[Any] = []
    code_cols = {"events": ["e.actor_code", "e.recipient_code"], "entities": ["n.actor_code"],
                 "quotes": ["n.actor_code"]}.get(query.kind, [])
    if query.actor:
        if not code_cols:
            raise QueryError(f"--actor does not apply to {query.kind}")
        where.append("(" + " OR ".join(f"starts_with({c}, ?)" for c in code_cols) + ")")
        params += [query.actor.upper()] * len(code_cols)
    if query.country:
        country_cols = {"events": code_cols + ["p.country"], "entities": ["n.actor_country"],
                        "places": ["p.country"], "quotes": code_cols}.get(query.kind)
        if not country_cols:
            raise QueryError(f"--country does not apply to {query.kind}")
        where.append("(" + " OR ".join(f"starts_with({c}, ?)" for c in country_cols) + ")")
        params += [query.country.upper()] * len(country_cols)
    if query.cameo:
        if query.kind != "events":
            raise QueryError("--cameo applies to events only")
        where.append("starts_with(e.cameo, ?)")
        params.append(query.cameo.zfill(2) if len(query.cameo) < 2 else query.cameo)
    # events: Event.date already holds the publication/lead fallback (extract.event_context owns it)
    date_col = "e.date" if query.kind == "events" else "a.source_published"
    if query.since or query.until:  # unknown-year values (XXXX-07-28) match no date range
        where.append(f"regexp_matches({date_col}, '^[0-9]{{4}}')")
    if (since := _date_bound(query.since, "since")) is not None:
        where.append(f"{date_col} >= ?")
        params.append(since)
    if (until := _date_bound(query.until, "until")) is not None:
        where.append(f"left({date_col}, {len(until)}) <= ?")
        params.append(until)
    if query.article:
        where.append(f"{t}.article_id = ?")
        params.append(query.article)
    return where, params


_WORDS_IN = {  # what ``q`` searches, per kind
    "events": ["substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"],
    "articles": ["coalesce(a.title, '')", "a.text"],
}


def _extra_conditions(query: Query) -> tuple[list[str], list[Any]]:
    """Conditions for the fields added for the API: plover, place, outlet, q."""
    where: list[str] = []
    params: list[Any] = []
    if query.plover:
        if query.kind != "events":
            raise QueryError("--plover applies to events only")
        where.append("e.plover = ?")
        params.append(query.plover.strip().upper())
    if query.place:
        if query.kind not in ("events", "places"):
            raise QueryError("--place applies to events and places only")
        where.append("lower(p.name) = ?")
        params.append(query.place.strip().lower())
    if query.outlet:
        if query.kind != "articles":
            raise QueryError("--outlet applies to articles only")
        where.append("lower(a.source_outlet) = ?")
        params.append(query.outlet.strip().lower())
    if query.q and query.q.split():
        if query.kind not in _WORDS_IN:
            raise QueryError(f"--q does not apply to {query.kind}")
        for word in query.q.lower().split():  # every word, anywhere, case-insensitive
            cols = _WORDS_IN[query.kind]
            where.append("(" + " OR ".join(f"contains(lower({c}), ?)" for c in cols) + ")")
            params += [word] * len(cols)
    return where, params
