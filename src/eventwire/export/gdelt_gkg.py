"""GDELT GKG 2.1 export: one 27-column tab-separated row per article, no header.

Offsets are character offsets into the cleaned text (GDELT's are into its own text copy).
Themes carry no offsets in our record, so V2ENHANCEDTHEMES repeats the themes with the offset of
the article start (0) — stated here rather than invented per theme. GCAM holds only ``wc:N``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..record import Article
from ..store.duckdb import Store
from .gdelt_common import clean_field, fips_by_iso3, geo_type, number, stamp, write_tsv

COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
    "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
]
#: count action word → GDELT count type
COUNT_TYPES = {
    "killed": "KILL", "dead": "KILL", "died": "KILL", "kill": "KILL", "wounded": "WOUND",
    "injured": "WOUND", "hurt": "WOUND", "arrested": "ARREST", "detained": "ARREST",
    "kidnapped": "KIDNAP", "abducted": "KIDNAP", "displaced": "DISPLACED", "evacuated": "EVACUATION",
    "protested": "PROTEST", "protesting": "PROTEST", "missing": "MISSING",
}
_SUB = ";#,|"


def _names(article: Article, types: set[str]) -> list[tuple[str, int]]:
    found = [(clean_field(m.text, forbid=_SUB), m.start)
             for e in article.entities if e.type in types for m in e.mentions]
    return sorted(found, key=lambda x: x[1])


def _locations(article: Article) -> tuple[str, str]:
    v1, v2 = [], []
    for p in article.places:
        fips = fips_by_iso3().get(p.country or "", "")
        kind = geo_type(p.country, p.feature)
        name = clean_field(p.name, forbid=_SUB)
        lat, lon, fid = number(p.lat), number(p.lon), clean_field(p.geonameid)
        v1.append(f"{kind}#{name}#{fips}#{fips}#{lat}#{lon}#{fid}")
        v2 += [f"{kind}#{name}#{fips}#{fips}##{lat}#{lon}#{fid}#{m.start}" for m in p.mentions]
    return ";".join(dict.fromkeys(v1)), ";".join(v2)


def _dates(article: Article) -> str:
    out = []
    for d in article.dates:
        v = d.value
        if d.type != "DATE" or len(v) < 4:
            continue
        year, month, day = v[:4], v[5:7] if len(v) >= 7 else "", v[8:10] if len(v) >= 10 else ""
        if not (month.isdigit() or year.isdigit()):
            continue
        res = 4 if not year.isdigit() and month.isdigit() and day.isdigit() else (
            3 if day.isdigit() else 2 if month.isdigit() else 1)
        year_out = year if year.isdigit() else "0"
        out.append(f"{res}#{int(month) if month.isdigit() else 0}#"
                   f"{int(day) if day.isdigit() else 0}#{year_out}#{d.start}")
    return ";".join(out)


def _counts(article: Article) -> tuple[str, str]:
    v1, v2 = [], []
    for a in article.amounts:
        kind = COUNT_TYPES.get((a.action or "").lower())
        if a.kind != "count" or kind is None or a.value is None:
            continue
        base = f"{kind}#{int(a.value)}#{clean_field(a.object, forbid=_SUB)}#0######"
        v1.append(base)
        v2.append(f"{base}#{a.start}")
    return ";".join(v1), ";".join(v2)


def row(article: Article, n: int, added: str) -> list[str]:
    tone = article.tone
    counts_v1, counts_v2 = _counts(article)
    loc_v1, loc_v2 = _locations(article)
    persons = _names(article, {"PERSON"})
    orgs = _names(article, {"ORG"})
    published = (article.source.published or "").replace("-", "")
    return [
        f"{added}-{n}", (published + "000000") if published else added, "1",
        clean_field(article.source.outlet), clean_field(article.source.url or article.source.uri),
        counts_v1, counts_v2, ";".join(article.themes), ";".join(f"{t},0" for t in article.themes),
        loc_v1, loc_v2,
        ";".join(dict.fromkeys(name for name, _ in persons)), ";".join(f"{name},{o}" for name, o in persons),
        ";".join(dict.fromkeys(name for name, _ in orgs)), ";".join(f"{name},{o}" for name, o in orgs),
        ",".join(number(getattr(tone, f), 4) if tone else "" for f in
                 ("tone", "positive", "negative", "polarity", "activity", "self_group", "word_count")),
        _dates(article), f"wc:{tone.word_count if tone else 0}", "", "", "", "",
        "#".join(f"{q.start}|{q.end - q.start}|{clean_field(q.cue, forbid='|#')}|"
                 f"{clean_field(q.text, forbid='|#')}" for q in article.quotes if q.kind == "direct"),
        ";".join(f"{name},{o}" for name, o in _names(article, {"PERSON", "ORG", "GPE", "LOC", "NORP",
                                                          "FAC", "EVENT", "LAW", "WORK_OF_ART"})),
        ";".join(f"{number(a.value)},{clean_field(a.object, forbid=_SUB)},{a.start}"
                 for a in article.amounts if a.value is not None),
        "", f"<PAGE_TITLE>{clean_field(article.title, forbid='<>')}</PAGE_TITLE>" if article.title else "",
    ]


def rows(store: Store) -> Iterator[list[str]]:
    added = {r["id"]: stamp(r["ingested_at"]) for r in store.sql("SELECT id, ingested_at FROM articles")}
    for n, article_id in enumerate(store.ids(), start=1):
        yield row(store.read(article_id), n, added[article_id])


def write(store: Store, out: Path) -> int:
    return write_tsv(rows(store), out)
