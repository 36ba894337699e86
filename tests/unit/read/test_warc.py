"""read.warc: HTML responses from WARC files written by warcio's own WARCWriter."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.errors import E
from eventwire.read import RawDocument, Rejection, read_paths

PAGE = (
    "<html><head><title>Floods in Sindh</title></head><body><article><p>Floodwaters rose across "
    "Sindh province on Monday, forcing thousands of families from their homes, officials said."
    "</p></article></body></html>"
)


def response(writer: WARCWriter, url: str, body: bytes, *, ctype: str = "text/html; charset=utf-8", status: str = "200 OK"):
    """One HTTP response record."""
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def warc_bytes(*, gzip: bool) -> bytes:
    """A WARC with two HTML pages and records that are not articles."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(response(writer, "https://www.dawn.com/news/1", PAGE.encode()))
    writer.write_record(writer.create_warc_record("https://www.dawn.com/news/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    writer.write_record(response(writer, "https://www.dawn.com/logo.png", b"\x89PNG\x00\x00", ctype="image/png"))
    writer.write_record(response(writer, "https://www.dawn.com/gone", b"<html>gone</html>", status="404 Not Found"))
    latin = PAGE.replace("Sindh", "Sindh – Hyderabad café").encode("latin-1", errors="replace")
    writer.write_record(response(writer, "https://www.dawn.com/news/2", latin, ctype="text/html; charset=ISO-8859-1"))
    return buffer.getvalue()


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("gzip,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_round_trip_html_responses(tmp_path, gzip, name):
    path = write(tmp_path, name, warc_bytes(gzip=gzip))
    items = list(read_paths([path]))
    assert all(isinstance(item, RawDocument) for item in items)
    assert [item.url for item in items] == ["https://www.dawn.com/news/1", "https://www.dawn.com/news/2"]
    for item in items:
        assert item.uri.startswith(path + "#urn:uuid:")
        assert (item.format, item.kind) == ("warc", "html")
        assert item.published and item.published[:2] == "20"
    assert "café" in items[1].content


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_truncated_keeps_records_before_damage(tmp_path, gzip):
    data = warc_bytes(gzip=gzip)
    path = write(tmp_path, "cut.warc.gz" if gzip else "cut.warc", data[: len(data) - 40])
    items = list(read_paths([path]))
    assert isinstance(items[0], RawDocument) and items[0].url == "https://www.dawn.com/news/1"
    assert isinstance(items[-1], Rejection) and items[-1].error is E.E005
    assert len(items) == 2


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", E.E001),
        (b"this is not a WARC file at all\n" * 5, E.E005),
        (b"\x1f\x8b\x08\x00garbage", E.E005),
    ],
)
def test_warc_corrupt_files_rejected(tmp_path, data, error):
    items = list(read_paths([write(tmp_path, "bad.warc", data)]))
    assert len(items) == 1 and isinstance(items[0], Rejection) and items[0].error is error


def test_warc_oversize_record_rejected_others_kept(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(response(writer, "https://example.org/big", PAGE.encode() * 50))
    writer.write_record(response(writer, "https://example.org/small", PAGE.encode()))
    items = list(read_paths([write(tmp_path, "mixed.warc.gz", buffer.getvalue())], max_bytes=5_000))
    assert isinstance(items[0], Rejection) and items[0].error is E.E008
    assert isinstance(items[1], RawDocument) and items[1].url == "https://example.org/small"
