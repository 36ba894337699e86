"""WARC files → RawDocument: one per HTTP response record that carries an HTML page.

warcio parses the records. Two things it does not do are done here, because a crawl file cut
short is common and must not pass silently:

* a gzipped WARC is gunzipped with Python's :mod:`gzip` (multi-member aware), which raises at a
  truncated member, where warcio's own reader stops quietly;
* after each record the rest of its block is drained and compared with its ``Content-Length``,
  which catches a plain WARC cut inside a record.

Records read before the damage are kept; the damage itself is one E005 rejection. Only 2xx
responses with an HTML content type are articles; requests, metadata, redirects, images … are
not inputs to account for and are skipped. The size limit applies to each record's payload.
``published`` is the crawl date (WARC-Date); cleaning uses it only when the page has no date.
"""

from __future__ import annotations

import gzip
import os
from typing import IO, Iterator, Optional

from ..errors import E
from .base import RawDocument, Rejection
from .files import GZIP_MAGIC, check_text_bytes, decode_html

HTML_TYPES = ("text/html", "application/xhtml+xml")
DRAIN_CHUNK = 1 << 16


class TruncatedGzip(Exception):
    """A gzip stream ended inside a member."""


class StrictGzip:
    """A gunzipping reader whose truncation is an error: warcio reads ``EOFError`` as a clean end."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self._raw = raw
        self._error: Optional[EOFError] = None

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes; data before a truncation is returned first, the error next call."""
        if self._error is not None:
            raise TruncatedGzip(str(self._error) or "gzip stream ended early") from self._error
        parts: list[bytes] = []
        wanted = size if size >= 0 else float("inf")
        got = 0
        while got < wanted:
            try:
                part = self._gzip.read1(int(min(wanted - got, DRAIN_CHUNK)))
            except EOFError as exc:
                self._error = exc
                return b"".join(parts) if parts else self.read(size)
            if not part:
                break
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    def tell(self) -> int:
        return self._gzip.tell()

    def close(self) -> None:
        self._gzip.close()
        self._raw.close()

    def __enter__(self) -> "StrictGzip":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def open_warc(path: str) -> IO[bytes]:
    """Open a WARC file, gunzipping it when it starts with the gzip magic bytes."""
    raw = open(path, "rb")
    magic = raw.read(2)
    raw.seek(0)
    return StrictGzip(raw) if magic == GZIP_MAGIC else raw


def read_warc(path: str, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Every HTML response in a WARC file (``.warc`` or ``.warc.gz``)."""
    try:
        if os.path.getsize(path) == 0:
            yield Rejection(path, E.E001)
            return
        stream = open_warc(path)
    except OSError as exc:
        yield Rejection(path, E.E011, exc.strerror or str(exc))
        return
    with stream:
        yield from warc_documents(stream, path, max_bytes=max_bytes)


def warc_documents(stream: IO[bytes], uri: str, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """HTML responses of an uncompressed (or already gunzipping) WARC stream."""
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    try:
        for record in ArchiveIterator(stream):
            if record.format != "warc":
                raise ValueError(f"not a WARC record ({record.format})")
            item = record_document(record, uri, max_bytes=max_bytes)
            if block_truncated(record):
                raise EOFError("a record is cut short")
            count += 1
            if item is not None:
                yield item
    # warcio and zlib raise many types on damaged input (ArchiveLoadFailed, EOFError,
    # zlib.error, ValueError, even AttributeError on garbage); any of them means "corrupt".
    except Exception as exc:  # noqa: BLE001
        yield Rejection(uri, E.E005, f"after {count} records: {type(exc).__name__}: {exc}"[:200])
        return
    if count == 0:
        yield Rejection(uri, E.E005, "no WARC records")


def record_document(record, uri: str, *, max_bytes: int) -> RawDocument | Rejection | None:
    """One warcio record → RawDocument (HTML response), Rejection, or None (not an article)."""
    if not is_html_response(record):
        return None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    record_uri = f"{uri}#{record_id}"
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Rejection(record_uri, E.E008, f"payload over {max_bytes} bytes")
    bad = check_text_bytes(payload, record_uri)
    if bad:
        return bad
    html = decode_html(payload, record_uri, charset=content_charset(record))
    if isinstance(html, Rejection):
        return html
    return RawDocument(
        uri=record_uri, format="warc", content=html, kind="html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        published=record.rec_headers.get_header("WARC-Date"),
    )


def is_html_response(record) -> bool:
    """A 2xx HTTP response whose Content-Type is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and any(kind in ctype for kind in HTML_TYPES)


def content_charset(record) -> Optional[str]:
    """The ``charset=`` parameter of the HTTP Content-Type header, if any."""
    ctype = record.http_headers.get_header("Content-Type") or ""
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def block_truncated(record) -> bool:
    """Drain what is left of the record block; True when it ends before its Content-Length."""
    raw = record.raw_stream
    while raw.read(DRAIN_CHUNK):
        pass
    return getattr(raw, "limit", 0) > 0
