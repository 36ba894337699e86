"""The embedded DuckDB store: one table per item kind, one transaction per batch.

Writes go through Arrow tables (one ``INSERT … SELECT`` per table per batch) rather than
row-by-row ``executemany``, which is orders of magnitude slower in DuckDB.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Sequence

import duckdb
import pyarrow as pa

from ..record import Article
from .outlet_votes import DDL as OUTLET_VOTES_DDL, read_votes, write_votes
from .rows import article_rows, rebuild
from .schema import ITEM_KINDS, MENTION_COLUMNS, Column, article_columns, columns_for, ddl

DEFAULT_DB = "eventwire.duckdb"

_ARROW = {
    "VARCHAR": pa.string(), "BIGINT": pa.int64(), "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string()),
}


def _arrow_schema(cols: Sequence[Column], lead: Sequence[tuple[str, str]]) -> pa.Schema:
    fields = [pa.field(n, _ARROW[t]) for n, t in lead]
    return pa.schema(fields + [pa.field(c.name, _ARROW[c.sql]) for c in cols])


_ITEM_LEAD = (("article_id", "VARCHAR"), ("ord", "INTEGER"))
_SCHEMAS: dict[str, pa.Schema] = {
    "articles": _arrow_schema(article_columns(), ()),
    **{kind: _arrow_schema(columns_for(m), _ITEM_LEAD) for kind, m in ITEM_KINDS.items()},
    "mentions": _arrow_schema(MENTION_COLUMNS, ()),
}


_SQL_COLUMNS: dict[str, list[Column]] = {
    "articles": article_columns(),
    **{kind: columns_for(m) for kind, m in ITEM_KINDS.items()},
    "mentions": MENTION_COLUMNS,
}


def arrow_schemas() -> dict[str, pa.Schema]:
    """Each table's columns as an Arrow schema (what the Spark runner writes as Parquet)."""
    return dict(_SCHEMAS)


class Store:
    """A DuckDB file (or ``:memory:``) holding article records."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            for stmt in ddl():
                self.con.execute(stmt)
            self._add_new_columns()
            self.con.execute(OUTLET_VOTES_DDL)

    def _add_new_columns(self) -> None:
        """Bring a store written by an older release up to the record: SCHEMA.md lets fields be
        added (never removed or renamed), so a column the tables lack is added, empty."""
        for table, cols in _SQL_COLUMNS.items():
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                [table]).fetchall()}
            for col in cols:
                if col.name not in have:
                    self.con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{col.name}" {col.sql}')

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids])
        return {r[0] for r in rows.fetchall()}

    def write(self, articles: Sequence[Article]) -> list[bool]:
        """Store a batch in one transaction; per article, True if stored, False if a duplicate."""
        seen = self.existing_ids(a.id for a in articles)
        fresh: list[Article] = []
        stored: list[bool] = []
        for article in articles:
            is_new = article.id not in seen
            seen.add(article.id)
            stored.append(is_new)
            if is_new:
                fresh.append(article)
        if fresh:
            self._insert(fresh)
        return stored

    def _insert(self, articles: Sequence[Article]) -> None:
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in _SCHEMAS}
        for article in articles:
            for name, rows in article_rows(article).items():
                tables[name].extend(rows)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name, rows in tables.items():
                if rows:
                    batch = _to_arrow(rows, _SCHEMAS[name])
                    self.con.register("_batch", batch)
                    cols = ", ".join(f'"{c}"' for c in _SCHEMAS[name].names)
                    self.con.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM _batch')
                    self.con.unregister("_batch")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def read(self, article_id: str) -> Article | None:
        """The stored record, exactly as it was written, or None."""
        cur = self.con.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = _dicts(cur)
        if not row:
            return None
        children = {
            kind: _dicts(self.con.execute(
                f'SELECT * FROM "{kind}" WHERE article_id = ? ORDER BY ord', [article_id]))
            for kind in ITEM_KINDS
        }
        return rebuild(row[0], children)

    def ids(self, *, limit: int | None = None) -> list[str]:
        sql = "SELECT id FROM articles ORDER BY ingested_at, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.con.execute(sql).fetchall()]

    def count(self, table: str = "articles") -> int:
        if table not in _SCHEMAS:
            raise KeyError(table)
        return self.con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def outlet_votes(self) -> dict:
        """What the places step learned of each outlet (:mod:`.outlet_votes`)."""
        return read_votes(self.con)

    def add_outlet_votes(self, votes) -> int:
        """Store ``(article_id, outlet, regions)`` votes (:mod:`.outlet_votes`)."""
        return write_votes(self.con, votes)

    def sql(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised read query; rows as dicts."""
        return _dicts(self.con.execute(query, list(params)))


def _to_arrow(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def _dicts(cur) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
