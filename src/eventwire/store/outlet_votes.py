"""The ``outlet_votes`` side table: what the places step learned about each outlet.

Not part of the article record (SCHEMA's tables follow the record; this one is learned state):
one row per (article, region) the article votes for, as
:func:`eventwire.extract.place_outlets.article_votes` reads its stored places: a confidently
placed city, county or state whose name can lie in that first-level region only. An outlet's
profile (its home regions) is recomputed from all its rows whenever it is needed, so later
ingests reuse and extend what earlier ones learned, and an article (keyed by its id) never
votes twice.
"""

from __future__ import annotations

from typing import Iterable

DDL = ('CREATE TABLE IF NOT EXISTS outlet_votes ('
       'article_id VARCHAR, outlet VARCHAR, country VARCHAR, admin1 VARCHAR)')


def read_votes(con) -> dict:
    """Article id -> (outlet, frozenset of (country, folded admin1)); {} when the table is
    missing (a database written before the table existed, opened read-only)."""
    try:
        rows = con.execute("SELECT article_id, outlet, country, admin1 FROM outlet_votes "
                           "ORDER BY article_id, country, admin1").fetchall()
    except Exception:  # duckdb.CatalogException: no such table
        return {}
    votes: dict = {}
    for article_id, outlet, country, admin1 in rows:
        key, regions = votes.get(article_id, (outlet, frozenset()))
        votes[article_id] = (key, regions | {(country, admin1)})
    return votes


def write_votes(con, votes: Iterable[tuple]) -> int:
    """Add ``(article_id, outlet, regions)`` triples, skipping articles that already voted;
    the number of articles added."""
    fresh = [(a, o, r) for a, o, r in votes if r]
    if not fresh:
        return 0
    ids = [a for a, _, _ in fresh]
    known = {r[0] for r in con.execute(
        "SELECT DISTINCT article_id FROM outlet_votes WHERE article_id IN (SELECT unnest(?))",
        [ids]).fetchall()}
    rows = [(a, o, c, region) for a, o, regions in fresh if a not in known
            for c, region in sorted(regions)]
    if rows:
        con.executemany("INSERT INTO outlet_votes VALUES (?, ?, ?, ?)", rows)
    return len({r[0] for r in rows})
