"""Spark execution: the same pipeline in every partition, for corpora one machine cannot hold.

The driver lists the input files (folders walked as ``ingest`` walks them); reading tasks turn
them into raw documents, which are dealt round-robin over ``partitions`` tasks (``repartition``),
so one big JSONL dump or WARC file is spread like many small files; each task then runs
:class:`~eventwire.pipeline.Pipeline` over its documents with ``mapPartitions`` (the pipeline,
with its spaCy model, is built once per Python worker and reused by later tasks, since loading it
costs seconds). Articles are identified by the hash of their
cleaned text, so duplicates across files and tasks are dropped after extraction by a shuffle on
the article id; of two copies the one whose source URI sorts first is kept, so the output does not
depend on how the files were partitioned.

Output, under ``out`` (any path Spark can write: a local folder, HDFS, a mounted bucket):

* ``records/`` — one article record per line, exactly as ``eventwire extract`` prints it
  (``eventwire load out/records --db x.duckdb`` stores them without extracting again);
* ``<table>/`` — Parquet, one folder per store table (``articles``, ``entities``, ``events`` …,
  ``mentions``) with the DuckDB store's columns, so ``read_parquet('out/events/*.parquet')``
  in DuckDB, or Spark SQL, queries them as the store would;
* ``rejected/`` — one JSON line per rejected input: ``uri``, ``code``, ``reason``;
* ``_report.json`` (local folders only) — the run's accounting, as :meth:`SparkReport.to_dict`.

Every input is accounted for: ``read = stored + duplicate + rejected``. A file that fails to read
or an article a step cannot handle is a rejection with its reason, never a failed job.

Inputs are plain paths every executor can read (``local[*]``, a shared file system) or URIs of a
file system pyarrow opens (``s3://bucket/crawl/``, ``hdfs://…``, ``gs://…``, ``file:///…``):
folders are listed on the driver through pyarrow, and each remote file is streamed to the
executor's local temporary folder and read there by the same readers (a WARC needs its whole
file), its records keeping the remote URI (``s3://bucket/crawl/x.warc.gz#<WARC-Record-ID>``).
Outlet learning (the places step's window) sees the
articles of one task at a time, not the whole corpus; pass ``--outlet-profiles`` learned
beforehand (``eventwire outlets``) to give every task the same local lexicons.

pyspark is imported only here and only when a run starts (house rule 4); install it with the
``spark`` extra (``pip install 'eventwire[spark]'``), which needs a Java runtime.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..pipeline import Pipeline, PipelineConfig
from ..read import STDIN, read_paths, walk_files
from ..read.base import RawDocument, Rejection

class SparkStartError(RuntimeError):
    """No Spark session could be started (most often: no Java runtime)."""


#: one pipeline per Python worker and configuration (workers are reused across tasks)
_PIPELINES: dict[str, Pipeline] = {}


@dataclass
class SparkReport:
    """Every input accounted for. Rejections are counted by code here; each one, with its reason,
    is a line of ``out/rejected/``."""

    out: str
    read: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    rejected_by_code: dict[str, int] = field(default_factory=dict)
    partitions: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_dict(self) -> dict[str, Any]:
        return {"out": self.out, "read": self.read, "stored": self.stored,
                "duplicate": self.duplicate, "rejected": self.rejected,
                "rejected_by_code": dict(sorted(self.rejected_by_code.items())),
                "partitions": self.partitions, "seconds": round(self.seconds, 3)}


def input_files(paths: Iterable[str | Path]) -> list[str]:
    """The files to spread over tasks: folders walked (sorted, hidden entries skipped); any other
    path kept as given, so a missing file becomes a rejection in its task, not a driver error."""
    files: list[str] = []
    for path in map(str, paths):
        if path == STDIN:
            raise ValueError("the Spark runner cannot read stdin; give files or folders")
        if _is_uri(path):
            files.extend(_remote_files(path))
        else:
            files.extend(walk_files(path) if os.path.isdir(path) else [path])
    return files


def read_partition(paths: Iterator[str]) -> Iterator[RawDocument | Rejection]:
    """The reading task: file paths or URIs in, raw documents (or rejections) out."""
    for path in paths:
        yield from (_read_remote(path) if _is_uri(path) else read_paths([path]))


def _is_uri(path: str) -> bool:
    return "://" in path


def _remote_files(uri: str) -> list[str]:
    """A URI's files (a folder listed recursively, sorted, hidden entries skipped), as URIs."""
    from pyarrow import fs

    filesystem, root = fs.FileSystem.from_uri(uri)
    info = filesystem.get_file_info(root)
    if info.type != fs.FileType.Directory:
        return [uri]  # a file, or a missing one: its task says which
    at = uri.find(root)  # what comes before the path: "s3://", "hdfs://namenode:8020"
    prefix = uri[:at] if at > 0 else uri.split("://", 1)[0] + "://"
    found = filesystem.get_file_info(fs.FileSelector(root, recursive=True))
    names = sorted(i.path for i in found if i.type == fs.FileType.File
                   and not any(part.startswith(".") for part in i.path[len(root):].split("/")))
    return [prefix + name for name in names]


def _read_remote(uri: str) -> Iterator[RawDocument | Rejection]:
    """One remote file: streamed to a local temporary file (same name, so the readers pick the
    same format), read there, each result's URI given back the remote prefix."""
    import shutil
    import tempfile
    from dataclasses import replace

    from pyarrow import fs

    from ..errors import E

    with tempfile.TemporaryDirectory(prefix="eventwire-") as tmp:
        local = os.path.join(tmp, uri.rstrip("/").rsplit("/", 1)[-1] or "input")
        try:
            filesystem, path = fs.FileSystem.from_uri(uri)
            # compression=None: the bytes as stored; the readers gunzip by name themselves
            with filesystem.open_input_stream(path, compression=None) as remote, \
                    open(local, "wb") as copy:
                shutil.copyfileobj(remote, copy, 1 << 20)
        except (OSError, ValueError) as exc:  # missing object, no access, unknown scheme
            yield Rejection(uri, E.E011, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return
        for result in read_paths([local]):
            yield replace(result, uri=uri + result.uri[len(local):])


def extract_partition(config: PipelineConfig) -> Callable[[Iterable], Iterator[tuple]]:
    """The extracting task: raw documents (or rejections) in, ``("a", id, uri, record_json)`` per
    article and ``("r", uri, code, reason)`` per rejection out."""

    def run(documents: Iterable[RawDocument | Rejection]) -> Iterator[tuple]:
        key = repr(config)  # the config arrives unpickled in each task: key it by value
        pipeline = _PIPELINES.get(key)
        if pipeline is None:
            pipeline = _PIPELINES[key] = Pipeline.default(config)
        for result in pipeline.run(documents):
            if isinstance(result, Rejection):
                yield ("r", result.uri, result.error.name, result.reason)
            else:
                yield ("a", result.id, result.source.uri, result.to_json())

    return run


def spark_run(
    paths: Iterable[str | Path], *, out: str | Path, spark: Any = None, master: str = "local[2]",
    partitions: int | None = None, config: PipelineConfig | None = None,
) -> SparkReport:
    """Extract every article under ``paths`` on Spark and write the tables under ``out``.

    ``spark`` is an existing SparkSession (a cluster job passes its own); without one, a session
    on ``master`` is started and stopped here. ``partitions`` (extracting tasks) defaults to the
    session's default parallelism. ``out`` must not exist yet (Spark's writers refuse
    to overwrite, and a half-replaced output would mix two runs)."""
    started = time.perf_counter()
    config = config or PipelineConfig()
    files = input_files(paths)
    own = spark is None
    if own:
        spark = session(master)
    try:
        report = _run(spark, files, str(out), partitions, config)
    finally:
        if own:
            spark.stop()
    report.seconds = time.perf_counter() - started
    if "://" not in report.out:
        Path(report.out, "_report.json").write_text(json.dumps(report.to_dict(), indent=2) + "\n")
    return report


def session(master: str = "local[2]", *, shuffle_partitions: int = 8):
    """A quiet SparkSession whose Python workers run this interpreter (the one that has eventwire
    and its models installed). On a cluster, install eventwire on every node instead."""
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (SparkSession.builder.master(master).appName("eventwire")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(shuffle_partitions)))
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # pyspark's launcher errors share no narrower base class
        raise SparkStartError(f"could not start Spark on {master} ({exc}); is a Java runtime "
                              "installed (Debian: default-jre-headless) and JAVA_HOME right?") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


def _run(spark, files: list[str], out: str, partitions: int | None,
         config: PipelineConfig) -> SparkReport:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    n = max(1, partitions or sc.defaultParallelism)
    readers = max(1, min(len(files), 4 * n))  # reading is cheap; a few files per reading task
    results = (sc.parallelize(files, readers).mapPartitions(read_partition).repartition(n)
               .mapPartitions(extract_partition(config)).persist(StorageLevel.MEMORY_AND_DISK))
    try:
        # Of two copies of one article, keep the one whose URI sorts first: partition-proof.
        articles = (results.filter(lambda r: r[0] == "a").map(lambda r: (r[1], (r[2], r[3])))
                    .reduceByKey(min).map(lambda kv: kv[1][1])
                    .persist(StorageLevel.MEMORY_AND_DISK))
        try:
            report = _write(spark, results, articles, out)
        finally:
            articles.unpersist()
    finally:
        results.unpersist()
    report.partitions = n
    return report


def _write(spark, results, articles, out: str) -> SparkReport:
    from pyspark import StorageLevel

    counts = dict(results.map(lambda r: (r[0] if r[0] == "a" else "r:" + r[2], 1))
                  .reduceByKey(lambda a, b: a + b).collect())
    report = SparkReport(out=out)
    report.rejected_by_code = {k[2:]: v for k, v in counts.items() if k.startswith("r:")}
    report.rejected = sum(report.rejected_by_code.values())
    report.stored = articles.count()
    report.duplicate = counts.get("a", 0) - report.stored
    report.read = counts.get("a", 0) + report.rejected

    articles.saveAsTextFile(f"{out}/records")
    (results.filter(lambda r: r[0] == "r")
     .map(lambda r: json.dumps({"uri": r[1], "code": r[2], "reason": r[3]}, ensure_ascii=False))
     .coalesce(1).saveAsTextFile(f"{out}/rejected"))
    schemas = _table_schemas()
    # every table's rows in one pass over the records (one JSON parse per article), then a
    # Parquet folder per table
    rows = articles.flatMap(_rows_of({t: s.names for t, s in schemas.items()}))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table, schema in schemas.items():
            of_table = rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1])
            # rows come from the store's own flattening, already of the schema's types
            frame = spark.createDataFrame(of_table, schema, verifySchema=False)
            frame.write.parquet(f"{out}/{table}")
    finally:
        rows.unpersist()
    return report


def _table_schemas() -> dict[str, Any]:
    """The store's tables as Spark schemas (from the store's own Arrow schemas)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    from ..store.duckdb import arrow_schemas

    return {name: from_arrow_schema(schema) for name, schema in arrow_schemas().items()}


def _rows_of(columns: dict[str, list[str]]) -> Callable[[str], Iterator[tuple]]:
    """A record's ``(table, row)`` pairs, each row a tuple in its table's column order."""

    def rows(record_json: str) -> Iterator[tuple]:
        from ..record import Article
        from ..store.rows import article_rows

        for table, found in article_rows(Article.from_json(record_json)).items():
            names = columns[table]
            for row in found:
                yield table, tuple(row.get(name) for name in names)

    return rows
