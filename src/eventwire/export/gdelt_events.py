"""GDELT 2.0 Events export: 61 tab-separated columns, GDELT's order and encodings, no header.

Differences from GDELT, stated: FeatureIDs of cities are GeoNames ids (GDELT uses GNS/GNIS);
ADM1 codes carry only the FIPS country code (no offline FIPS admin1 table); NumMentions,
NumSources and NumArticles count, across the whole store, the events with the same day, actor
codes and CAMEO code (GDELT counts within its 15-minute window).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..store.duckdb import Store
from .gdelt_common import (
    write_tsv, clean_field, full_date, geo_fields, number, numeric_id, split_actor_code, stamp,
)

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS: list[str] = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)

_SQL = """
WITH ev AS (
  SELECT e.*, a.source_published, a.source_url, a.source_uri, a.source_outlet, a.tone_tone,
         a.ingested_at, a.text,
         coalesce(CASE WHEN regexp_matches(e.date, '^[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN left(e.date, 10) END,
                  a.source_published) AS day
  FROM events e JOIN articles a ON a.id = e.article_id
  WHERE e.cameo IS NOT NULL AND e.modality = 'asserted'
)
SELECT ev.*,
       count(*) OVER k AS n_mentions,
       count(DISTINCT coalesce(source_outlet, source_uri)) OVER k AS n_sources,
       count(DISTINCT article_id) OVER k AS n_articles
FROM ev
WINDOW k AS (PARTITION BY day, actor_code, recipient_code, cameo)
ORDER BY article_id, ord
"""


def _names(store: Store) -> dict[tuple[str, str], str]:
    rows = store.sql("SELECT article_id, id, name FROM entities")
    return {(r["article_id"], r["id"]): r["name"] for r in rows}


def _places(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["article_id"], r["id"]): r for r in store.sql("SELECT * FROM places")}


def _actor(code: str | None, ids: list[str] | None, article: str, names: dict) -> list[str]:
    parts = split_actor_code(code)
    name = "; ".join(names.get((article, i), "") for i in (ids or [])[:1]).upper()
    return [clean_field(code), clean_field(name), parts["country"], parts["group"], parts["ethnic"],
            parts["rel1"], parts["rel2"], parts["type1"], parts["type2"], parts["type3"]]


def rows(store: Store) -> Iterator[list[str]]:
    names, places = _names(store), _places(store)
    for ev in store.sql(_SQL):
        day = full_date(ev["day"])
        lead_end = ev["text"].find("\n\n")
        root = ev["sentence_start"] < lead_end if lead_end >= 0 else True
        place = places.get((ev["article_id"], ev["place"])) if ev["place"] else None
        code = ev["cameo"]
        yield (
            [str(numeric_id(ev["article_id"], ev["id"])),
             day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
             str(day.year) if day else "",
             number(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else ""]
            + _actor(ev["actor_code"], ev["actor"], ev["article_id"], names)
            + _actor(ev["recipient_code"], ev["recipient"], ev["article_id"], names)
            + ["1" if root else "0", code, code[:3], code[:2], number(ev["quad_class"], 0),
               number(ev["goldstein"], 1), str(ev["n_mentions"]), str(ev["n_sources"]),
               str(ev["n_articles"]), number(ev["tone_tone"], 4)]
            + geo_fields(None) + geo_fields(None) + geo_fields(place)
            + [stamp(ev["ingested_at"]), clean_field(ev["source_url"] or ev["source_uri"])]
        )


def write(store: Store, out: Path) -> int:
    return write_tsv(rows(store), out)
