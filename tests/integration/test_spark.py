"""The Spark runner in ``local[2]``: the same records as a local run, every input accounted for.

Skipped only when pyspark or a Java runtime is missing (``pip install 'eventwire[spark]'`` and
Debian's ``default-jre-headless``); ``make test`` installs pyspark and ``.ci/run`` installs Java.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from eventwire.pipeline import PipelineConfig
from eventwire.run.local import extract, ingest, load
from eventwire.store.duckdb import Store

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("no Java runtime on PATH (apt-get install default-jre-headless)",
                allow_module_level=True)

STORIES = {
    "a_harbour.txt": "Coastal Ledger, 4 March 2024\n\nThe Tanzanian navy seized two fishing boats "
                     "off Zanzibar on Monday, the ministry said. Officials in Dodoma said the crews "
                     "would be questioned about illegal nets.",
    "b_talks.txt": "Highland Post, 5 March 2024\n\nPeruvian President Ana Quispe met Bolivian "
                   "officials in La Paz on Tuesday to discuss a new rail link. The two governments "
                   "agreed to study the route.",
    "c_grain.txt": "Valley Herald, 6 March 2024\n\nFarmers in Poland blocked roads near the "
                   "Ukrainian border on Wednesday, protesting against cheap grain imports. Police "
                   "said about 300 people took part.",
}
CONFIG = PipelineConfig(learn_outlets=False)  # outlet learning windows differ by partition


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("spark_in")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "d_copy.txt").write_text(STORIES["b_talks.txt"], encoding="utf-8")  # a duplicate
    (folder / "e_bad.txt").write_bytes(b"\x00\x01binary\x00")  # rejected: not text
    wire = [{"id": "w1", "published": "2024-03-07", "text": "Ghanaian troops arrived in Tamale on "
             "Thursday after clashes between two clans. The regional minister urged calm."},
            {"id": "w2", "text": STORIES["a_harbour.txt"]}]  # a duplicate inside a dump
    (folder / "f_wire.jsonl").write_text("\n".join(json.dumps(r) for r in wire), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def spark():
    from eventwire.run.spark import session

    started = session("local[2]", shuffle_partitions=2)
    yield started
    started.stop()


@pytest.fixture(scope="module")
def run(corpus, spark, tmp_path_factory):
    from eventwire.run.spark import spark_run

    out = tmp_path_factory.mktemp("spark_out") / "out"
    missing = str(corpus / "no_such_file.txt")
    report = spark_run([corpus, missing], out=out, spark=spark, partitions=2, config=CONFIG)
    return report, out


def test_every_input_is_stored_duplicate_or_rejected(run):
    report, out = run
    assert (report.read, report.stored, report.duplicate, report.rejected) == (8, 4, 2, 2)
    assert report.rejected_by_code == {"E002": 1, "E011": 1}
    rejected = [json.loads(line) for part in sorted((out / "rejected").glob("part-*"))
                for line in part.read_text().splitlines()]
    assert {(Path(r["uri"]).name, r["code"]) for r in rejected} == {
        ("e_bad.txt", "E002"), ("no_such_file.txt", "E011")}
    assert json.loads((out / "_report.json").read_text())["stored"] == 4


def test_records_are_those_of_a_local_run(run, corpus):
    _, out = run
    spark_records = {}
    for part in (out / "records").glob("part-*"):
        for line in part.read_text().splitlines():
            record = json.loads(line)
            spark_records[record["id"]] = record
    local = {a.id: json.loads(a.to_json()) for a in extract([corpus], config=CONFIG)
             if hasattr(a, "to_json")}
    assert spark_records.keys() == local.keys()
    # of the two copies the one whose file name sorts first is kept, whatever the partitioning
    kept = next(r for r in spark_records.values() if "Quispe" in r["text"])
    assert Path(kept["source"]["uri"]).name == "b_talks.txt"
    for article_id, record in local.items():
        record["source"] = spark_records[article_id]["source"]
        assert spark_records[article_id] == record


def test_parquet_tables_have_the_rows_of_a_local_store(run, corpus, tmp_path):
    _, out = run
    db = tmp_path / "local.duckdb"
    ingest([corpus], db=db, config=CONFIG)
    con = duckdb.connect()
    with Store(db, read_only=True) as store:
        for table in ("articles", "entities", "places", "dates", "events", "mentions"):
            spark_rows = con.execute(f"SELECT count(*) FROM read_parquet('{out}/{table}/*.parquet')")
            assert spark_rows.fetchone()[0] == store.count(table), table
        assert store.count("events") > 0


def test_spark_records_load_into_duckdb_unchanged(run, tmp_path):
    _, out = run
    db = tmp_path / "loaded.duckdb"
    first = load([out / "records"], db=db)
    again = load([out / "records"], db=db)
    assert (first.read, first.stored, first.rejected) == (4, 4, [])
    assert (again.stored, again.duplicate) == (0, 4)
    records = [json.loads(line) for part in (out / "records").glob("part-*")
               for line in part.read_text().splitlines()]
    with Store(db, read_only=True) as store:
        for record in records:
            assert json.loads(store.read(record["id"]).to_json()) == record


def test_uri_inputs_are_listed_streamed_and_keep_their_uri(corpus, spark, tmp_path):
    """A folder given as a URI (here file://; s3:// and hdfs:// go through the same pyarrow
    calls) gives the same articles as the plain path, each record naming its remote URI."""
    from eventwire.run.spark import spark_run

    missing = corpus.as_uri() + "/no_such_file.txt"
    report = spark_run([corpus.as_uri(), missing], out=tmp_path / "out", spark=spark,
                       partitions=2, config=CONFIG)
    assert (report.read, report.stored, report.duplicate) == (8, 4, 2)
    assert report.rejected_by_code == {"E002": 1, "E011": 1}
    uris = {json.loads(line)["source"]["uri"] for part in (tmp_path / "out" / "records").glob("part-*")
            for line in part.read_text().splitlines()}
    assert f"{corpus.as_uri()}/f_wire.jsonl#w1" in uris
    assert all(uri.startswith(corpus.as_uri() + "/") for uri in uris)
