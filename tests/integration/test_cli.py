"""The command line end to end on short stories written for these tests."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.record import Article, offset_errors

STORY = """Kenya and Ethiopia sign border trade pact

By Wanjiru Kamau

Published: 12 March 2024

Kenyan President Daniel Mwangi met Ethiopian Prime Minister Abebe Tesfaye in Nairobi on Tuesday to sign a border trade agreement worth $1.2 billion, according to Reuters.

"This corridor will carry goods and hope," Mwangi said after the ceremony.

Ethiopian troops will withdraw from the disputed Moyale crossing next month, officials said. At least 12 people were killed in clashes near the border in January.

Sign up for our newsletter!
"""

runner = CliRunner()


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_cli_extract_prints_one_sound_record_per_article(story):
    result = runner.invoke(app, ["extract", str(story)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    article = Article.from_json(line)
    assert offset_errors(article) == []
    assert article.title == "Kenya and Ethiopia sign border trade pact"
    assert "Sign up" not in article.text
    assert any(b.reason == "newsletter" for b in article.boilerplate)
    assert any(a.unit == "USD" and a.value == 1.2e9 for a in article.amounts)


def test_cli_ingest_twice_stores_once_and_show_matches_extract(story, tmp_path):
    db = str(tmp_path / "t.duckdb")
    first = runner.invoke(app, ["ingest", str(story), "--db", db, "--json"])
    second = runner.invoke(app, ["ingest", str(story), "--db", db, "--json"])
    assert first.exit_code == second.exit_code == 0
    assert json.loads(first.stdout)["stored"] == 1
    assert json.loads(second.stdout) | {"seconds": 0} == {
        "read": 1, "stored": 0, "duplicate": 1, "rejected": [], "seconds": 0}
    extracted = Article.from_json(runner.invoke(app, ["extract", str(story)]).stdout)
    shown = runner.invoke(app, ["show", extracted.id, "--db", db])
    assert json.loads(shown.stdout) == extracted.to_dict()


def test_cli_bad_inputs_are_reported_and_the_batch_goes_on(story, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    story.rename(inbox / story.name)
    (inbox / "empty.txt").write_text("")
    (inbox / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (inbox / "cut.txt.gz").write_bytes(gzip.compress(STORY.encode())[:60])
    (inbox / "lines.jsonl").write_text('{"text": "too short"\n')
    db = str(tmp_path / "t.duckdb")
    result = runner.invoke(app, ["ingest", str(inbox), "--db", db, "--json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["stored"] == 1
    codes = sorted(r["code"] for r in report["rejected"])
    assert codes == ["E001", "E002", "E004", "E006"]


def test_cli_query_filters_and_formats(story, tmp_path):
    db = str(tmp_path / "t.duckdb")
    runner.invoke(app, ["ingest", str(story), "--db", db])
    rows = runner.invoke(app, ["query", "amounts", "--db", db, "--format", "jsonl"]).stdout
    assert any(json.loads(r)["unit"] == "USD" for r in rows.splitlines())
    csv_out = runner.invoke(app, ["query", "places", "--db", db, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("article_id,")
    bad = runner.invoke(app, ["query", "events", "--since", "last week", "--db", db])
    assert bad.exit_code == 2


def test_cli_usage_error_exits_2():
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_cli_every_command_is_documented_in_the_readme():
    """Like sqlite-utils' test_docs: a command nobody can find is a command nobody uses."""
    from pathlib import Path

    import typer.main

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    commands = typer.main.get_command(app).commands
    missing = [name for name in commands if f"eventwire {name}" not in readme and f"make {name}" not in readme]
    assert missing == []


def test_cli_spark_without_java_is_a_usage_error_with_the_remedy(tmp_path):
    """A machine without a Java runtime gets one clear line and exit 2, not a JVM traceback
    (a fresh process, so no Spark session of another test is reused)."""
    import os
    import subprocess
    import sys

    pytest.importorskip("pyspark")
    (tmp_path / "a.txt").write_text("Police in Lima arrested six people on Sunday.", encoding="utf-8")
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java")}
    done = subprocess.run([sys.executable, "-m", "eventwire.cli", "spark", str(tmp_path / "a.txt"),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 2
    assert "is a Java runtime installed" in done.stderr
    assert not (tmp_path / "out").exists()
