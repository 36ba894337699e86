"""Gold records with a ``ref`` into a corpus: materialised from a tiny fake corpus in tmp_path.

The fake documents are sentences written for this test, not corpus text.
"""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from eventwire.evaluation import event_refs
from eventwire.evaluation import events as harness
from eventwire.evaluation.common import split_of

BODY = ("Ruritania said on Monday it would\nexpel two Freedonian diplomats.\n"
        "    Talks between the two\nneighbours ended without a date for a new round.\n")
CORPUS = "news_reuters21578"


def _corpus(tmp_path, docs: list[dict], gz: bool = True):
    folder = tmp_path / "corpora" / CORPUS
    folder.mkdir(parents=True)
    data = json.dumps(docs).encode("utf-8")
    if gz:
        (folder / "reuters-000.json.gz").write_bytes(gzip.compress(data))
    else:
        (folder / "reuters-000.json").write_bytes(data)
    event_refs.corpus_docs.cache_clear()
    return tmp_path / "corpora"


def _dev_id(doc: str) -> tuple[str, int]:
    for start in range(500):
        if split_of(f"reuters:{doc}:{start}") == "dev":
            return f"reuters:{doc}:{start}", start
    raise AssertionError("no dev id")


def _first_sentence_ref(doc: str = "7") -> dict:
    end = BODY.index(".") + 1
    return event_refs.make_ref(CORPUS, doc, BODY, 0, end)


def test_materialise_returns_the_slice_with_line_wraps_collapsed(tmp_path):
    root = _corpus(tmp_path, [{"id": "7", "body": BODY}])
    text = event_refs.materialise(_first_sentence_ref(), root)
    assert text == "Ruritania said on Monday it would expel two Freedonian diplomats."


def test_materialise_reads_plain_json_too(tmp_path):
    root = _corpus(tmp_path, [{"id": 7, "body": BODY}], gz=False)
    assert event_refs.materialise(_first_sentence_ref(), root).startswith("Ruritania said")


def test_sha1_mismatch_is_a_clear_error(tmp_path):
    root = _corpus(tmp_path, [{"id": "7", "body": BODY.replace("two", "three", 1)}])
    with pytest.raises(event_refs.RefError, match="sha1 mismatch"):
        event_refs.materialise(_first_sentence_ref(), root)


def test_missing_doc_root_and_corpus_are_clear_errors(tmp_path):
    root = _corpus(tmp_path, [{"id": "8", "body": BODY}])
    with pytest.raises(event_refs.RefError, match="document '7' not found"):
        event_refs.materialise(_first_sentence_ref(), root)
    with pytest.raises(event_refs.RefError, match="corpora root .* not found"):
        event_refs.materialise(_first_sentence_ref(), tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(event_refs.RefError, match="corpus 'news_reuters21578' not found"):
        event_refs.materialise(_first_sentence_ref(), tmp_path / "empty")
    with pytest.raises(event_refs.RefError, match="outside the document"):
        event_refs.materialise({**_first_sentence_ref("8"), "end": 10_000}, root)


def test_corpora_root_order_argument_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(event_refs.ENV, str(tmp_path / "env"))
    assert event_refs.corpora_root() == tmp_path / "env"
    assert event_refs.corpora_root(tmp_path / "arg") == tmp_path / "arg"


def test_load_gold_materialises_ref_records_of_the_split_only(tmp_path):
    root = _corpus(tmp_path, [{"id": "7", "body": BODY}])
    dev_id, _ = _dev_id("7")
    test_id = next(f"reuters:7:{n}" for n in range(500) if split_of(f"reuters:7:{n}") == "test")
    gold = tmp_path / "gold.jsonl"
    records = [
        {"id": dev_id, "ref": _first_sentence_ref(), "date": "1987-03-02", "expect": "events",
         "events": [{"source": "RUR", "target": "FRE", "code": "1663"}]},
        # a broken ref in the other split is never read
        {"id": test_id, "ref": {**_first_sentence_ref(), "sha1": "0" * 40}, "expect": "no_events",
         "events": []},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    items = list(harness.load_gold(gold, "dev", corpora=root))
    assert [(i.id, i.text, i.date) for i in items] == [
        (dev_id, "Ruritania said on Monday it would expel two Freedonian diplomats.", "1987-03-02")]
    with pytest.raises(event_refs.RefError, match="sha1 mismatch"):
        list(harness.load_gold(gold, "test", corpora=root))


def test_cli_reports_a_missing_corpora_root(tmp_path):
    from eventwire.cli import app

    dev_id, _ = _dev_id("7")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": dev_id, "ref": _first_sentence_ref(), "expect": "no_events",
                                "events": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", "--gold", str(gold), "--split", "dev",
                                      "--corpora", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "corpora root" in result.output
