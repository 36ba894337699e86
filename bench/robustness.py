"""Robustness sweep: ingest inputs into a temporary DuckDB and check every stored record.

For each input path (file or folder) it runs the real pipeline (readers → cleaning → extraction
→ store) and verifies:

* accounting: every reader item gives exactly one result, and read = stored + duplicates + rejected;
* offsets: ``text[start:end] == item.text`` for entities' and places' mentions, dates, amounts,
  quotes, attributions, framing spans and event triggers; every span (event sentences too) lies
  inside the text with start <= end; each trigger lies inside its sentence;
* references: every entity/place id an event, quote or attribution names exists in the record;
* round trip: the record read back from the store (what ``eventwire show`` prints) equals the one
  extraction produced;
* no exception escapes the batch, and none is caught by the pipeline (an E013 "processing failed"
  rejection is reported as a violation: it is a bug, not a bad input).

Usage (from the repository root)::

    .venv/bin/python bench/robustness.py PATH... [--first N] [--out report.json] [--show 20]

``--first N`` takes the first N reader items of each PATH (e.g. 2,000 records of a JSON dump).
Exit code 0 when no violation was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from eventwire.errors import E
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.read import read_paths
from eventwire.read.base import Rejection
from eventwire.record import MENTION_KINDS, SPAN_KINDS, Article, offset_errors
from eventwire.store.duckdb import Store

BATCH = 50


def span_bounds(article: Article) -> list[str]:
    """Spans outside the text or reversed (offset_errors compares texts; this checks ranges)."""
    n, bad = len(article.text), []
    spans = [(f"{k}", i.start, i.end) for k in SPAN_KINDS for i in getattr(article, k)]
    spans += [(f"{k}.{i.id}", m.start, m.end) for k in MENTION_KINDS for i in getattr(article, k)
              for m in i.mentions]
    for e in article.events:
        spans += [(f"events.{e.id}.sentence", e.sentence.start, e.sentence.end),
                  (f"events.{e.id}.trigger", e.trigger.start, e.trigger.end)]
    for name, start, end in spans:
        if not (0 <= start <= end <= n):
            bad.append(f"{name} span [{start}:{end}] outside text of {n} chars")
        elif start == end:
            bad.append(f"{name} empty span at {start}")
    return bad


def reference_errors(article: Article) -> list[str]:
    """Ids named by events, quotes and attributions that the record does not hold."""
    entities = {e.id for e in article.entities}
    places = {p.id for p in article.places}
    bad = []
    for e in article.events:
        for role in ("actor", "recipient"):
            bad += [f"events.{e.id}.{role} -> {i}" for i in getattr(e, role) if i not in entities]
        if e.attributed_to and e.attributed_to not in entities:
            bad.append(f"events.{e.id}.attributed_to -> {e.attributed_to}")
        if e.place and e.place not in places:
            bad.append(f"events.{e.id}.place -> {e.place}")
    bad += [f"quotes.speaker -> {q.speaker}" for q in article.quotes if q.speaker and q.speaker not in entities]
    bad += [f"attributions.source -> {a.source}" for a in article.attributions
            if a.source and a.source not in entities]
    ids = [e.id for e in article.entities] + [p.id for p in article.places] + [e.id for e in article.events]
    bad += [f"duplicate id {i}" for i, c in Counter(ids).items() if c > 1]
    return bad


def item_count(article: Article) -> int:
    return (sum(len(i.mentions) for k in MENTION_KINDS for i in getattr(article, k))
            + sum(len(getattr(article, k)) for k in SPAN_KINDS) + 2 * len(article.events))


def record_checks(article: Article) -> list[str]:
    return offset_errors(article) + span_bounds(article) + reference_errors(article)


def first_diff(a: object, b: object, path: str = "") -> str:
    """Where two JSON-like values first differ (for round-trip reports)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if a.get(key) != b.get(key):
                return first_diff(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_diff(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:80]!r} != {str(b)[:80]!r}"


class Counted:
    """Counts the reader items the pipeline consumes (to check one result per input)."""

    def __init__(self, items: Iterable) -> None:
        self.items, self.n = items, 0

    def __iter__(self) -> Iterator:
        for item in self.items:
            self.n += 1
            yield item


def sweep(path: str, *, first: int | None, pipeline: Pipeline, db: Path) -> dict:
    """Ingest one input path into ``db`` and check everything; the per-path report."""
    reader = read_paths([path])
    counted = Counted(islice(reader, first) if first else reader)
    report = {"input": path, "first": first, "read": 0, "results": 0, "stored": 0, "duplicate": 0,
              "rejected": Counter(), "articles_checked": 0, "items_checked": 0, "violations": []}
    extracted: dict[str, dict] = {}
    pending: list[Article] = []
    started = time.perf_counter()

    def flush(store: Store) -> None:
        for article, new in zip(pending, store.write(pending)):
            report["stored" if new else "duplicate"] += 1
            if new:
                extracted[article.id] = article.to_dict()
        pending.clear()

    with Store(db) as store:
        try:
            for result in pipeline.run(counted):
                report["results"] += 1
                if isinstance(result, Rejection):
                    report["rejected"][result.error.name] += 1
                    if result.error is E.E013:  # an exception caught by the pipeline: a bug
                        report["violations"].append(f"{result.uri}: {result.reason}")
                    continue
                report["articles_checked"] += 1
                report["items_checked"] += item_count(result)
                report["violations"] += [f"{result.source.uri}: {v}" for v in record_checks(result)]
                pending.append(result)
                if len(pending) >= BATCH:
                    flush(store)
            flush(store)
        except Exception:  # noqa: BLE001 - the point is to see it
            report["violations"].append(f"batch stopped: {traceback.format_exc(limit=3)}")
        for article_id, expected in extracted.items():
            back = store.read(article_id)
            if back is None:
                report["violations"].append(f"{article_id}: not found in the store after ingest")
            elif back.to_dict() != expected:
                where = first_diff(expected, back.to_dict())
                report["violations"].append(f"{expected['source']['uri']}: round trip differs at {where}")
    report["read"] = counted.n
    rejected = sum(report["rejected"].values())
    if report["results"] != report["read"]:
        report["violations"].append(f"{report['read']} inputs read but {report['results']} results")
    if report["read"] != report["stored"] + report["duplicate"] + rejected:
        report["violations"].append("accounting: read != stored + duplicate + rejected")
    report["rejected"] = dict(sorted(report["rejected"].items()))
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--first", type=int, default=None, help="first N reader items of each path")
    parser.add_argument("--out", type=Path, default=None, help="write the full report as JSON here")
    parser.add_argument("--show", type=int, default=20, help="violations printed per input")
    args = parser.parse_args(argv)
    pipeline = Pipeline.default(PipelineConfig())
    reports = []
    with tempfile.TemporaryDirectory(prefix="ew-robust-") as tmp:
        for path in args.paths:
            report = sweep(path, first=args.first, pipeline=pipeline, db=Path(tmp) / "sweep.duckdb")
            reports.append(report)
            v = report["violations"]
            print(f"{path}: read {report['read']}, stored {report['stored']}, duplicate "
                  f"{report['duplicate']}, rejected {report['rejected']}; {report['articles_checked']} "
                  f"records, {report['items_checked']} spans checked; {len(v)} violations "
                  f"({report['seconds']} s)", flush=True)
            for line in v[: args.show]:
                print("   ", line[:300], flush=True)
    if args.out:
        args.out.write_text(json.dumps(reports, indent=1, ensure_ascii=False) + "\n")
    return 1 if any(r["violations"] for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
