"""JSONL of whole records, and Parquet with one file per store table."""

from __future__ import annotations

from pathlib import Path

from ..store.duckdb import Store
from ..store.schema import ITEM_KINDS

TABLES = ("articles", *ITEM_KINDS, "mentions")


def write_jsonl(store: Store, out: Path) -> int:
    """One article record per line, exactly as ``extract`` prints them."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for article_id in store.ids():
            fh.write(store.read(article_id).to_json() + "\n")
            n += 1
    return n


def write_parquet(store: Store, out: Path) -> int:
    """``out`` is a folder; each table becomes ``<table>.parquet``. Returns the article count."""
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        target = str(out / f"{table}.parquet").replace("'", "''")
        # COPY cannot take the file name as a bound parameter; it is escaped above and the
        # table name comes from our own fixed list.
        store.con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{target}' (FORMAT parquet)")
    return store.count("articles")
