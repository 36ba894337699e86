"""Read access to the store: typed queries and whole records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..record import Article
from .filters import KINDS, Query, QueryError, to_sql

__all__ = ["KINDS", "Query", "QueryError", "query", "show", "to_sql"]


def _open(db: str | Path):
    from ..store.duckdb import Store

    if str(db) != ":memory:" and not Path(db).exists():
        raise FileNotFoundError(f"no database at {db}")
    return Store(db, read_only=True)


def query(q: Query, *, db: str | Path = "eventwire.duckdb") -> list[dict[str, Any]]:
    """Rows matching ``q``."""
    sql, params = to_sql(q)
    with _open(db) as store:
        return store.sql(sql, params)


def show(article_id: str, *, db: str | Path = "eventwire.duckdb") -> Article | None:
    """One stored record, or None."""
    with _open(db) as store:
        return store.read(article_id)
