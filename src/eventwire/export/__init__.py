"""Exports from the store into the formats other tools read: GDELT 2.0 Events, GKG 2.1,
JSONL records, and Parquet (one file per table)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from ..store.duckdb import Store

Format = Literal["gdelt-events", "gdelt-gkg", "jsonl", "parquet"]
FORMATS: tuple[str, ...] = ("gdelt-events", "gdelt-gkg", "jsonl", "parquet")


class ExportError(Exception):
    pass


def export(*, db: str | Path, format: str, out: str | Path) -> int:
    """Write the store at ``db`` to ``out`` in ``format``; returns the number of rows/records."""
    from . import gdelt_events, gdelt_gkg, tables

    writers = {
        "gdelt-events": gdelt_events.write, "gdelt-gkg": gdelt_gkg.write,
        "jsonl": tables.write_jsonl, "parquet": tables.write_parquet,
    }
    if format not in writers:
        raise ExportError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if not Path(db).exists():
        raise ExportError(f"no database at {db}")
    with Store(db, read_only=True) as store:
        return writers[format](store, Path(out))
