"""In-process execution: the library functions behind ``extract`` and ``ingest``."""

from __future__ import annotations

import gzip
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..pipeline import Pipeline, PipelineConfig, Result
from ..read import read_paths
from ..read.base import Rejection
from ..record import Article

Progress = Callable[[Result], None]


@dataclass
class RunReport:
    """Every input accounted for: stored, duplicate or rejected (with its reason)."""

    read: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_dict(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "duplicate": self.duplicate,
            "rejected": [{"uri": r.uri, "code": r.error.name, "reason": r.reason}
                         for r in self.rejected],
            "seconds": round(self.seconds, 3),
        }


def extract(
    paths: Iterable[str | Path], *, config: PipelineConfig | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Result]:
    """Read, clean and extract every article under ``paths``; one Article or Rejection each."""
    pipeline = pipeline or Pipeline.default(config)
    yield from pipeline.run(read_paths(str(p) for p in paths))


def ingest(
    paths: Iterable[str | Path], *, db: str | Path = "eventwire.duckdb",
    config: PipelineConfig | None = None, progress: Progress | None = None,
) -> RunReport:
    """Extract and store; re-ingesting an article already stored is a no-op."""
    from ..store.duckdb import Store

    config = config or PipelineConfig()
    report = RunReport()
    started = time.perf_counter()
    pending: list[Article] = []
    with Store(db) as store:
        if config.learn_outlets:  # what earlier ingests learned of each outlet (places)
            config = replace(config, outlet_votes={**store.outlet_votes(),
                                                   **(config.outlet_votes or {})})
        for result in extract(paths, config=config):
            report.read += 1
            if progress:
                progress(result)
            if isinstance(result, Rejection):
                report.rejected.append(result)
                continue
            pending.append(result)
            if len(pending) >= config.batch_size:
                _flush(store, pending, report, config.learn_outlets)
        _flush(store, pending, report, config.learn_outlets)
    report.seconds = time.perf_counter() - started
    return report


def _flush(store, pending: list[Article], report: RunReport, learn_outlets: bool = False) -> None:
    if not pending:
        return
    fresh = []
    for article, was_new in zip(pending, store.write(pending)):
        if was_new:
            report.stored += 1
            fresh.append(article)
        else:
            report.duplicate += 1
    if learn_outlets and fresh:
        store.add_outlet_votes(_votes(fresh))
    pending.clear()


def _votes(articles: list[Article]) -> list[tuple]:
    """(article id, outlet, regions) of the stored articles that vote for an outlet's region."""
    from ..extract.gazetteer import default_gazetteer
    from ..extract.place_outlets import article_votes

    gazetteer = default_gazetteer()
    found = ((a.id, article_votes(a, gazetteer)) for a in articles)
    return [(i, v[0], v[1]) for i, v in found if v]


def outlet_profiles(*, db: str | Path, output: str | Path | None = None) -> dict:
    """Outlet profiles (:mod:`eventwire.extract.place_outlets`) from every article stored in
    ``db``; written to ``output`` when given. A missing database is a FileNotFoundError."""
    from ..extract.place_outlets import build_profiles, save_profiles
    from ..store.duckdb import Store

    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db}")
    with Store(db, read_only=True) as store:
        profiles = build_profiles(store.read(i) for i in store.ids())
    if output is not None:
        save_profiles(profiles, output)
    return profiles


def load(paths: Iterable[str | Path], *, db: str | Path = "eventwire.duckdb",
         batch_size: int = 256) -> RunReport:
    """Store article records already extracted (``extract --format jsonl``, ``export --format
    jsonl``, the Spark runner's ``records/``) without extracting again. Folders are walked; a line
    that is not a record is a rejection (E006) with its file and line, and the rest still load."""
    from ..errors import E
    from ..read import walk_files
    from ..read.files import open_input
    from ..store.duckdb import Store

    report = RunReport()
    started = time.perf_counter()
    pending: list[Article] = []
    files = [f for p in map(str, paths) for f in (walk_files(p) if Path(p).is_dir() else [p])]
    with Store(db) as store:
        for file in files:
            try:
                with open_input(file) as stream:
                    for number, line in enumerate(stream, 1):
                        if line.strip():
                            report.read += 1
                            _load_line(line, f"{file}#L{number}", pending, report)
                        if len(pending) >= batch_size:
                            _flush(store, pending, report)
            except (OSError, EOFError) as exc:  # missing file, or a gzip stream cut short
                report.read += 1
                error = E.E004 if isinstance(exc, (EOFError, gzip.BadGzipFile)) else E.E011
                report.rejected.append(Rejection(file, error, str(exc)))
        _flush(store, pending, report)
    report.seconds = time.perf_counter() - started
    return report


def _load_line(line: bytes, uri: str, pending: list[Article], report: RunReport) -> None:
    from ..errors import E

    try:
        pending.append(Article.from_json(line))
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        detail = "not an article record: " + str(exc).splitlines()[0]
        report.rejected.append(Rejection(uri, E.E006, detail))
