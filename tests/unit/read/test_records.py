"""read.records: JSON exports (arrays, wrapped arrays, single objects) and field aliases."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from eventwire.errors import E
from eventwire.read import read_path, read_stream
from eventwire.read.base import RawDocument, Rejection
from eventwire.read.files import format_of, jsonl_document
from eventwire.read.records import json_documents, record_document

CAP = 1_000_000


def docs(data: bytes, uri: str = "x.json") -> list:
    return list(json_documents(io.BytesIO(data), uri, max_bytes=CAP))


@pytest.mark.parametrize("path,fmt", [("dump.json", "json"), ("dump.json.gz", "json"), ("a.JSON", "json")])
def test_records_json_extension(path, fmt):
    assert format_of(path) == fmt


@pytest.mark.parametrize(
    "field,kind", [("text", "text"), ("body", "text"), ("content", "text"), ("article", "text"),
                   ("maintext", "text"), ("html", "html")],
)
def test_records_text_aliases(field, kind):
    doc = record_document({field: "The port of Oslo reopened."}, "f#L1", fmt="jsonl", max_bytes=CAP)
    assert isinstance(doc, RawDocument)
    assert (doc.content, doc.kind) == ("The port of Oslo reopened.", kind)


@pytest.mark.parametrize("field", ["published", "date", "pubdate", "date_publish", "datePublished"])
def test_records_published_aliases(field):
    doc = record_document({"body": "Rain fell.", field: "3-MAR-1999 10:00:00.00"}, "f#L1", fmt="jsonl", max_bytes=CAP)
    assert doc.published == "3-MAR-1999 10:00:00.00"


def test_records_first_non_empty_alias_wins_and_metadata_kept():
    record = {"text": " ", "body": "Grain prices rose.", "title": "Grain", "url": "http://x.test/a",
              "id": 17, "outlet": "Wire", "author": "A. Writer and B. Writer", "date": "2001-05-04"}
    doc = record_document(record, "dump.json#item1", fmt="jsonl", max_bytes=CAP)
    assert doc.content == "Grain prices rose."
    assert (doc.uri, doc.title, doc.url, doc.outlet, doc.published) == (
        "dump.json#17", "Grain", "http://x.test/a", "Wire", "2001-05-04")
    assert doc.authors == ("A. Writer", "B. Writer")


def test_records_no_text_field_names_the_fields_looked_for():
    rej = record_document({"title": "Only a title"}, "f#L2", fmt="jsonl", max_bytes=CAP)
    assert isinstance(rej, Rejection) and rej.error is E.E007
    for name in ("text", "body", "content", "article", "maintext", "html"):
        assert name in rej.detail


def test_records_jsonl_line_uses_aliases():
    doc = jsonl_document(b'{"maintext": "Ships docked.", "pubdate": "May 2, 2003"}', "f#L1")
    assert (doc.content, doc.published, doc.format) == ("Ships docked.", "May 2, 2003", "jsonl")


def test_records_top_level_array_each_element_accounted_for():
    data = json.dumps([{"body": "One."}, {"title": "no text"}, "a string", {"id": "k9", "text": "Two."}]).encode()
    out = docs(data)
    assert [type(x).__name__ for x in out] == ["RawDocument", "Rejection", "Rejection", "RawDocument"]
    assert [x.uri for x in out] == ["x.json#item1", "x.json#item2", "x.json#item3", "x.json#k9"]
    assert [x.error for x in out if isinstance(x, Rejection)] == [E.E007, E.E006]
    assert all(d.format == "jsonl" for d in out if isinstance(d, RawDocument))


def test_records_object_holding_an_array():
    data = json.dumps({"count": 2, "meta": {"source": "w"}, "articles": [
        {"content": "Alpha.", "tags": ["a", {"b": 1}]}, {"content": "Beta."}]}).encode()
    out = docs(data)
    assert [d.content for d in out] == ["Alpha.", "Beta."]
    assert out[0].uri == "x.json#articles.item1"


def test_records_single_article_object_with_author_list():
    out = docs(json.dumps({"text": "Solo story.", "authors": ["Ann Lee", "Bo Kim"]}).encode())
    assert len(out) == 1 and out[0].content == "Solo story." and out[0].authors == ("Ann Lee", "Bo Kim")


def test_records_object_without_articles_is_rejected():
    out = docs(b'{"status": "ok", "ids": [1, 2]}')
    assert len(out) == 1 and out[0].error is E.E007


@pytest.mark.parametrize("data,code", [
    (b"[]", E.E001), (b"", E.E001), (b"  \n\t \n", E.E001), (b"42", E.E006),
    (b"\x00\x01\x02" * 40, E.E002),
    ('[{"text": "Caf\u00e9 owners met."}]'.encode("latin-1"), E.E003),  # JSON must be UTF-8 (RFC 8259)
])
def test_records_empty_or_scalar_document(data, code):
    out = docs(data)
    assert len(out) == 1 and out[0].error is code


def test_records_bom_and_non_ascii_utf8_read():
    data = b"\xef\xbb\xbf" + json.dumps([{"text": "Caf\u00e9 owners met in Z\u00fcrich."}], ensure_ascii=False).encode()
    assert [d.content for d in docs(data)] == ["Caf\u00e9 owners met in Z\u00fcrich."]


def test_records_bad_utf8_late_in_a_big_file_keeps_the_records_before_it():
    good = [{"body": f"Story number {n} about the harbour."} for n in range(4000)]
    data = json.dumps(good).encode()[:-1] + b', {"body": "bad \xff byte"}]'
    out = docs(data)
    assert isinstance(out[0], RawDocument) and len(out) > 1
    assert out[-1].error is E.E003 and "0xff" in out[-1].detail
    assert all(isinstance(d, RawDocument) for d in out[:-1])


def test_records_truncated_array_keeps_earlier_records_then_one_rejection():
    out = docs(b'[{"body": "First."}, {"body": "Sec')
    assert isinstance(out[0], RawDocument) and out[0].content == "First."
    assert len(out) == 2 and out[1].error is E.E006 and out[1].uri == "x.json"


def test_records_oversize_record_rejected_alone():
    data = json.dumps([{"body": "x" * 50}, {"body": "Short."}]).encode()
    out = list(json_documents(io.BytesIO(data), "x.json", max_bytes=20))
    assert out[0].error is E.E008 and out[1].content == "Short."


def test_records_gzipped_file_and_corrupt_gzip(tmp_path):
    good = tmp_path / "dump.json.gz"
    good.write_bytes(gzip.compress(json.dumps([{"body": "Zipped."}]).encode()))
    assert [d.content for d in read_path(str(good))] == ["Zipped."]
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(gzip.compress(json.dumps([{"body": "Zipped."}] * 50).encode())[:40])
    out = list(read_path(str(bad)))
    assert out and isinstance(out[-1], Rejection) and out[-1].error in (E.E004, E.E006)


def test_records_stdin_sniffs_a_json_array():
    data = b'[\n  {"body": "From stdin."},\n  {"body": "Again."}\n]\n'
    out = list(read_stream(io.BytesIO(data), uri="-"))
    assert [d.content for d in out] == ["From stdin.", "Again."]


@pytest.mark.parametrize(
    "date,published,warned",
    [("26-FEB-1987 15:01:01.79", "1987-02-26", False), ("sometime soon-ish", None, True)],
)
def test_records_wire_dates_normalised_or_warned_and_kept(date, published, warned):
    from eventwire.clean import clean

    body = "The harbour authority said on Tuesday that the new grain terminal will open in the spring. " * 2
    doc = record_document({"body": body, "date": date}, "w.json#item1", fmt="jsonl", max_bytes=CAP)
    article = clean(doc)
    assert article.source.published == published
    assert any(w.code == "W102" for w in article.warnings) is warned
