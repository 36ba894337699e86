"""read_paths: dispatch by extension, directories, stdin, and one result per input."""

from __future__ import annotations

import gzip
import io
import json
import sys
import time

import pytest

from eventwire.errors import E
from eventwire.read import RawDocument, Rejection, read_paths, read_stream

BODY = (
    "Kenyan police fired tear gas at protesters in central Nairobi on Tuesday as thousands "
    "marched against a proposed finance bill, witnesses said.\n\nThe interior ministry said "
    "twelve officers were injured in the clashes near parliament."
)
HTML = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Nairobi protests</title></head>"
    f"<body><article><p>{BODY}</p></article></body></html>"
)


def write(tmp_path, name: str, data: bytes | str):
    """Write ``data`` to ``tmp_path/name`` (gzipped when the name ends in .gz); return the path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.write_bytes(gzip.compress(raw) if name.endswith(".gz") else raw)
    return str(path)


def only(paths, **options):
    """The single item read from ``paths``."""
    items = list(read_paths(paths, **options))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    "name,fmt,kind",
    [
        ("story.txt", "txt", "text"),
        ("story", "txt", "text"),
        ("story.html", "html", "html"),
        ("story.htm", "html", "html"),
        ("story.txt.gz", "txt", "text"),
        ("story.html.gz", "html", "html"),
    ],
)
def test_read_single_file_formats(tmp_path, name, fmt, kind):
    path = write(tmp_path, name, HTML if kind == "html" else BODY)
    item = only([path])
    assert isinstance(item, RawDocument)
    assert (item.uri, item.format, item.kind) == (path, fmt, kind)
    assert "Nairobi" in item.content


@pytest.mark.parametrize(
    "name,data,error",
    [
        ("empty.txt", b"", E.E001),
        ("blank.txt", b"  \n\n \t\n", E.E001),
        ("nul.txt", b"Kenyan police\x00\x00\x01 fired tear gas", E.E002),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"some text", E.E002),
        ("latin1.txt", "Le ministre a déclaré que la réunion était reportée.".encode("latin-1"), E.E003),
        ("latin1.html", "<html><body><p>Réunion reportée à Genève</p></body></html>".encode("latin-1"), E.E003),
        ("report.pdf", b"%PDF-1.7 binary", E.E010),
        ("photo.png", b"\x89PNG\r\n", E.E010),
        ("notes.docx", b"PK\x03\x04", E.E010),
    ],
)
def test_read_bad_inputs_are_coded_rejections(tmp_path, name, data, error):
    item = only([write(tmp_path, name, data)])
    assert isinstance(item, Rejection)
    assert item.error is error
    assert item.reason.startswith(error.name)


def test_read_missing_path_is_e011(tmp_path):
    item = only([str(tmp_path / "nowhere.txt")])
    assert isinstance(item, Rejection) and item.error is E.E011


def test_read_html_uses_declared_charset(tmp_path):
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Réunion à Genève</p></body></html>'
    item = only([write(tmp_path, "page.html", page.encode("latin-1"))])
    assert isinstance(item, RawDocument)
    assert "Réunion à Genève" in item.content


@pytest.mark.parametrize("cut", [10, 30])
def test_read_truncated_gzip_is_e004(tmp_path, cut):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress((BODY * 20).encode())[:-cut])
    item = only([str(path)])
    assert isinstance(item, Rejection) and item.error is E.E004


def test_read_oversize_file_is_e008(tmp_path):
    item = only([write(tmp_path, "long.txt", BODY)], max_bytes=100)
    assert isinstance(item, Rejection) and item.error is E.E008


def test_read_oversize_gzip_content_is_e008(tmp_path):
    path = str(tmp_path / "long.txt.gz")
    (tmp_path / "long.txt.gz").write_bytes(gzip.compress((BODY * 50).encode()))
    item = only([path], max_bytes=2_000)
    assert isinstance(item, Rejection) and item.error is E.E008


def test_read_50mb_file_rejected_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        chunk = (BODY + "\n\n").encode() * 2_000
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    started = time.perf_counter()
    item = only([str(path)])
    assert isinstance(item, Rejection) and item.error is E.E008
    assert time.perf_counter() - started < 1.0


def test_read_jsonl_one_bad_line_keeps_the_rest(tmp_path):
    lines = [
        json.dumps({"id": "ap-1", "text": BODY, "url": "https://apnews.com/a"}),
        "{not json",
        json.dumps({"text": BODY, "title": "Nairobi protests"}),
        "",
        json.dumps({"id": 7, "title": "No body"}),
        json.dumps(["a", "list"]),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    items = list(read_paths([path]))
    assert [item.uri for item in items] == [
        f"{path}#ap-1", f"{path}#L2", f"{path}#L3", f"{path}#7", f"{path}#L6"
    ]
    kinds = [item.error if isinstance(item, Rejection) else "doc" for item in items]
    assert kinds == ["doc", E.E006, "doc", E.E007, E.E006]


def test_read_jsonl_gzipped_fields(tmp_path):
    record = {
        "id": "x1", "html": HTML, "url": "https://www.nation.africa/news/x", "title": "T",
        "published": "2024-06-25", "outlet": "Daily Nation", "authors": ["Jane Wanjiru", "Ali Hassan"],
    }
    item = only([write(tmp_path, "feed.jsonl.gz", json.dumps(record))])
    assert isinstance(item, RawDocument)
    assert (item.kind, item.format, item.outlet, item.published) == ("html", "jsonl", "Daily Nation", "2024-06-25")
    assert item.authors == ("Jane Wanjiru", "Ali Hassan")


def test_read_jsonl_line_over_limit_is_e008(tmp_path):
    lines = [json.dumps({"text": BODY * 40}), json.dumps({"text": BODY})]
    items = list(read_paths([write(tmp_path, "feed.jsonl", "\n".join(lines))], max_bytes=2_000))
    assert isinstance(items[0], Rejection) and items[0].error is E.E008
    assert isinstance(items[1], RawDocument) and items[1].uri.endswith("#L2")


def test_read_directory_sorted_recursive_skips_hidden(tmp_path):
    for name in ["b/2.txt", "a.txt", ".hidden.txt", ".git/x.txt", "c/1.html", "b/1.txt"]:
        write(tmp_path, name, HTML if name.endswith(".html") else BODY)
    uris = [item.uri for item in read_paths([str(tmp_path)])]
    expected = ["a.txt", "b/1.txt", "b/2.txt", "c/1.html"]
    assert uris == [str(tmp_path / name) for name in expected]


def test_read_paths_is_lazy(tmp_path):
    path = write(tmp_path, "a.txt", BODY)
    items = read_paths([path, str(tmp_path / "later.txt")])
    first = next(items)
    write(tmp_path, "later.txt", BODY)  # created after the first item was read
    assert isinstance(first, RawDocument) and isinstance(next(items), RawDocument)


@pytest.mark.parametrize(
    "data,fmt,kind,uris",
    [
        (BODY.encode(), "txt", "text", ["-"]),
        (HTML.encode(), "html", "html", ["-"]),
        (gzip.compress(HTML.encode()), "html", "html", ["-"]),
        ((json.dumps({"text": BODY}) + "\n" + json.dumps({"id": "k", "text": BODY})).encode(), "jsonl", "text", ["-#L1", "-#k"]),
    ],
)
def test_read_stdin_sniffs_kind(monkeypatch, data, fmt, kind, uris):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_paths(["-"]))
    assert [item.uri for item in items] == uris
    assert all(isinstance(item, RawDocument) and (item.format, item.kind) == (fmt, kind) for item in items)


def test_read_stream_empty_is_e001():
    items = list(read_stream(io.BytesIO(b"")))
    assert len(items) == 1 and items[0].error is E.E001


def test_read_truncated_jsonl_gzip_keeps_lines_before_damage(tmp_path):
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": BODY * 3}) for i in range(40))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(lines.encode())[:-60])
    items = list(read_paths([str(path)]))
    assert isinstance(items[0], RawDocument) and items[0].uri == f"{path}#n0"
    assert isinstance(items[-1], Rejection) and items[-1].error is E.E004


def test_read_stdin_truncated_gzip_is_e004(monkeypatch):
    data = gzip.compress((BODY * 10).encode())[:-20]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_paths(["-"]))
    assert len(items) == 1 and items[0].error is E.E004
