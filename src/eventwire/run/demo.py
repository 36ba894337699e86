"""The demo: ingest the sample stories bundled with the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .local import RunReport, ingest


def sample_path() -> Path:
    """The folder of bundled sample stories (inside the installed package)."""
    return Path(str(files("eventwire") / "sample"))


def demo(*, db: str | Path = "demo.duckdb") -> RunReport:
    sample = sample_path()
    inputs = sorted(p for p in sample.iterdir()
                    if p.is_file() and p.suffix not in (".py", ".md"))
    return ingest([str(p) for p in inputs], db=db)
