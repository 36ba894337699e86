"""The Spark runner against the in-process run on the same files, in one run.

    python bench/spark_scaling.py CORPUS [--limit N] [--master local[2]] [--json]

CORPUS is any input eventwire reads; its first N documents are written to one temporary JSONL file
(one big dump: the Spark runner must spread it over its tasks itself). In this order:
  1. local: ``eventwire.run.local.extract`` in this process (one core), outlet learning off;
  2. spark: ``eventwire.run.spark.spark_run`` on ``--master`` with one task per core, same config,
     writing records, Parquet tables and the report to a temporary folder.
Both include model loading (spaCy once locally; once per Python worker on Spark) and the Spark
figure includes the session start, the de-duplication shuffle and the Parquet writes: it is what a
user waits for. Prints seconds, articles/s and the speed-up, and checks that both runs found the
same articles.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from eventwire.pipeline import PipelineConfig
from eventwire.read import read_paths
from eventwire.read.base import Rejection
from eventwire.run.local import extract
from eventwire.run.spark import session, spark_run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    config = PipelineConfig(learn_outlets=False)
    work = tempfile.TemporaryDirectory()
    dump = Path(work.name) / "sample.jsonl"
    with dump.open("w", encoding="utf-8") as fh:
        docs = (d for d in read_paths([args.corpus]) if not isinstance(d, Rejection))
        for doc in islice(docs, args.limit):
            fh.write(json.dumps({"id": doc.uri, "text": doc.content, "published": doc.published,
                                 "title": doc.title}) + "\n")
    files = [str(dump)]

    started = time.perf_counter()
    local_ids = {r.id for r in extract(files, config=config) if not isinstance(r, Rejection)}
    local_s = time.perf_counter() - started

    started = time.perf_counter()
    spark = session(args.master)
    cores = spark.sparkContext.defaultParallelism
    out = Path(work.name) / "out"
    report = spark_run(files, out=out, spark=spark, partitions=cores, config=config)
    spark_ids = {json.loads(line)["id"] for part in (out / "records").glob("part-*")
                 for line in part.read_text().splitlines()}
    spark.stop()
    spark_s = time.perf_counter() - started

    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
                   f"Python {sys.version.split()[0]}",
        "documents": report.read, "articles": report.stored, "master": args.master, "tasks": cores,
        "local_seconds": round(local_s, 1), "spark_seconds": round(spark_s, 1),
        "local_articles_per_s": round(len(local_ids) / local_s, 2),
        "spark_articles_per_s": round(report.stored / spark_s, 2),
        "speedup": round(local_s / spark_s, 2), "same_articles": local_ids == spark_ids,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}  {value}")
    work.cleanup()
    return 0 if result["same_articles"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
