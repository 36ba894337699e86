"""read.files: extension mapping, byte checks, charset decoding, JSONL lines."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import E
from eventwire.read.base import RawDocument, Rejection
from eventwire.read.files import (
    binary_reason,
    declared_charset,
    decode_html,
    format_of,
    jsonl_document,
    looks_like_html,
)


@pytest.mark.parametrize(
    "path,fmt",
    [
        ("a/story.txt", "txt"), ("a/000_97a5", "txt"), ("STORY.HTML", "html"), ("x.htm", "html"),
        ("feed.jsonl", "jsonl"), ("crawl.warc", "warc"), ("crawl.warc.gz", "warc"),
        ("story.txt.gz", "txt"), ("feed.jsonl.gz", "jsonl"), ("story.gz", "txt"),
        ("doc.pdf", None), ("img.png", None), ("page.html.zip", None),
    ],
)
def test_files_format_of_extension(path, fmt):
    assert format_of(path) == fmt


@pytest.mark.parametrize(
    "data,is_binary",
    [
        (b"Ministers met in Doha on Sunday.\n\tTalks continue.\r\n", False),
        ("Talks in Zürich “resumed” – officials".encode(), False),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
        (bytes(range(1, 32)) * 10, True),
    ],
)
def test_files_binary_reason(data, is_binary):
    assert (binary_reason(data) is not None) == is_binary


@pytest.mark.parametrize(
    "page,charset",
    [
        (b'<meta charset="windows-1252">', "cp1252"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", "iso8859-1"),
        (b'<meta charset="no-such-codec">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_files_declared_charset(page, charset):
    assert declared_charset(page) == charset


def test_files_decode_html_latin1_label_reads_as_windows_1252():
    data = b'<meta charset="iso-8859-1"><p>\x93Peace\x94, he said</p>'
    assert "“Peace”" in decode_html(data, "x.html")


def test_files_decode_html_transport_charset_wins():
    data = "<p>Präsident Steinmeier sprach in Köln</p>".encode("latin-1")
    assert "Köln" in decode_html(data, "x.html", charset="iso-8859-1")
    assert isinstance(decode_html(data, "x.html"), Rejection)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <!-- saved page -->\n<html lang='en'>", True),
        ("<body><p>Hi</p></body>", True),
        ("Officials said <b>nothing</b> new.", False),
    ],
)
def test_files_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


@pytest.mark.parametrize(
    "record,uri,kind,authors",
    [
        ({"id": "r-9", "text": "Body"}, "f.jsonl#r-9", "text", ()),
        ({"text": "Body", "authors": "Jane Doe; John Roe"}, "f.jsonl#L4", "text", ("Jane Doe", "John Roe")),
        ({"html": "<p>Body</p>", "author": ["Amina Yusuf"]}, "f.jsonl#L4", "html", ("Amina Yusuf",)),
        ({"id": "", "text": "Body", "html": "<p>x</p>"}, "f.jsonl#L4", "text", ()),
    ],
)
def test_files_jsonl_document_fields(record, uri, kind, authors):
    doc = jsonl_document(json.dumps(record).encode(), "f.jsonl#L4")
    assert isinstance(doc, RawDocument)
    assert (doc.uri, doc.kind, doc.authors) == (uri, kind, authors)


@pytest.mark.parametrize(
    "line,error",
    [
        (b'{"text": "unterminated', E.E006),
        (b'"just a string"', E.E006),
        (b'{"title": "no body"}', E.E007),
        (b'{"text": "   "}', E.E007),
        (b'{"text": 42}', E.E007),
        (b'{"text": "caf\xe9"}', E.E003),
    ],
)
def test_files_jsonl_document_rejections(line, error):
    item = jsonl_document(line, "f.jsonl#L2")
    assert isinstance(item, Rejection) and item.error is error and item.uri == "f.jsonl#L2"
