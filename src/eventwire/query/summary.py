"""A whole-store overview: what the demo prints and the API's landing numbers."""

from __future__ import annotations

from typing import Any

from ..store.duckdb import Store

_SQL = {
    "articles": """SELECT id, coalesce(title, source_uri) AS title, source_format AS format,
                          source_published AS published FROM articles ORDER BY source_uri""",
    "top actors": """SELECT actor_code AS code, any_value(name) AS example, count(*) AS entities,
                            count(DISTINCT article_id) AS articles
                     FROM entities WHERE actor_code IS NOT NULL
                     GROUP BY actor_code ORDER BY entities DESC, code LIMIT 12""",
    "events": """SELECT e.actor_code AS actor, e.cameo, e.plover, e.recipient_code AS recipient,
                        p.name AS place, e.date, e.modality,
                        substr(a.text, e.sentence_start + 1,
                               least(e.sentence_end - e.sentence_start, 140)) AS sentence
                 FROM events e JOIN articles a ON a.id = e.article_id
                 LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place
                 ORDER BY a.source_uri, e.ord LIMIT 25""",
    "places": """SELECT name, country, feature, round(lat, 3) AS lat, round(lon, 3) AS lon,
                        count(DISTINCT article_id) AS articles
                 FROM places GROUP BY name, country, feature, lat, lon
                 ORDER BY articles DESC, name LIMIT 12""",
    "amounts": """SELECT text, value, unit, object FROM amounts WHERE kind = 'money'
                  ORDER BY value DESC NULLS LAST LIMIT 12""",
}


def summary(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Section name → rows."""
    return {name: store.sql(sql) for name, sql in _SQL.items()}
