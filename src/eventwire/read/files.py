"""Plain files → RawDocument: text, HTML, JSONL and JSON, optionally gzipped, with coded rejections.

Every function here returns a :class:`RawDocument` or a :class:`Rejection`; nothing raises for a
bad input. Sizes are checked before reading where the file system knows them, so an oversize
file is rejected without being read; a gzip stream is read at most ``max_bytes + 1`` bytes far.
JSONL is streamed line by line and the size limit applies to each line (one article), because a
JSONL file is a container of many articles, not one input.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import zlib
from pathlib import Path
from typing import IO, Iterator, Optional

from ..errors import E
from .base import RawDocument, Rejection
from .records import as_authors, json_documents, record_document  # noqa: F401 (as_authors re-exported)

#: Inner file suffix (after dropping ``.gz``) → source format. "" is an extensionless text file.
FORMATS = {
    "": "txt", ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 65_536
#: Share of control characters (other than tab/newline/CR/FF) above which bytes are not text.
CONTROL_SHARE = 0.05
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)
_LOOKS_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
#: As browsers do (WHATWG Encoding), a page labelled Latin-1 or ASCII is read as windows-1252,
#: which is what such pages almost always are (curly quotes in 0x91-0x94).
WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def format_of(path: str) -> Optional[str]:
    """The source format a path names by its (inner, when gzipped) extension, or None."""
    name = Path(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return FORMATS.get(Path(name).suffix)


def is_gzip_name(path: str) -> bool:
    return path.lower().endswith(".gz")


def open_input(path: str) -> IO[bytes]:
    """Open a file for binary reading, transparently gunzipping a ``.gz`` name."""
    if is_gzip_name(path):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_capped(stream: IO[bytes], uri: str, *, max_bytes: int) -> bytes | Rejection:
    """Read at most ``max_bytes``; more than that, or a broken gzip stream, is a rejection."""
    try:
        data = stream.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        return Rejection(uri, E.E004, str(exc) or type(exc).__name__)
    if len(data) > max_bytes:
        return Rejection(uri, E.E008, f"more than {max_bytes} bytes")
    return data


def read_file_bytes(path: str, *, max_bytes: int) -> bytes | Rejection:
    """The whole content of one single-article file (gunzipped), size-checked first."""
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            return Rejection(path, E.E008, f"{size} bytes > {max_bytes}")
        with open_input(path) as stream:
            return read_capped(stream, path, max_bytes=max_bytes)
    except OSError as exc:
        return Rejection(path, E.E011, exc.strerror or str(exc))


def binary_reason(data: bytes) -> Optional[str]:
    """Why ``data`` is not text (NUL bytes, many control characters), or None when it is."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL))
    if head and controls / len(head) > CONTROL_SHARE:
        return f"{controls} control bytes in the first {len(head)}"
    return None


def check_text_bytes(data: bytes, uri: str) -> Optional[Rejection]:
    """A rejection for empty or binary bytes, else None."""
    if not data.strip():
        return Rejection(uri, E.E001)
    reason = binary_reason(data)
    return Rejection(uri, E.E002, reason) if reason else None


def decode_utf8(data: bytes, uri: str) -> str | Rejection:
    """Strict UTF-8 (a BOM is dropped); the rejection names the first bad byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(uri, E.E003, f"byte 0x{data[exc.start]:02x} at offset {exc.start}")


def declared_charset(data: bytes) -> Optional[str]:
    """The charset an HTML page declares in a ``<meta>`` tag, if Python knows it."""
    match = _CHARSET.search(data[:SNIFF_BYTES])
    return known_codec(match.group(1).decode("ascii")) if match else None


def known_codec(name: Optional[str]) -> Optional[str]:
    """``name`` normalised to a Python codec name, or None when unknown."""
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def decode_html(data: bytes, uri: str, *, charset: Optional[str] = None) -> str | Rejection:
    """Decode HTML with its transport or declared charset first, then strict UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return decode_utf8(data, uri)
    for name in (known_codec(charset), declared_charset(data)):
        for codec in (WHATWG_ALIASES.get(name, name), name) if name else ():
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return decode_utf8(data, uri)


def text_document(data: bytes, uri: str, *, fmt: str = "txt") -> RawDocument | Rejection:
    """One text (``fmt="txt"``) or HTML (``fmt="html"``) article from its bytes."""
    bad = check_text_bytes(data, uri)
    if bad:
        return bad
    content = decode_html(data, uri) if fmt == "html" else decode_utf8(data, uri)
    if isinstance(content, Rejection):
        return content
    return RawDocument(uri=uri, format=fmt, content=content, kind="html" if fmt == "html" else "text")


def read_single(path: str, fmt: str, *, max_bytes: int) -> RawDocument | Rejection:
    """A ``.txt``/``.html`` file (gzipped or not) as one RawDocument."""
    data = read_file_bytes(path, max_bytes=max_bytes)
    if isinstance(data, Rejection):
        return data
    return text_document(data, path, fmt=fmt)


def looks_like_html(text: str) -> bool:
    """True when text starts like an HTML document (doctype, ``<html>``, ``<head>``, ``<body>``)."""
    return bool(_LOOKS_HTML.match(text[:4096]))


def jsonl_document(line: bytes, uri: str, *, max_bytes: int = 20_000_000) -> RawDocument | Rejection:
    """One JSONL line → RawDocument; ``uri`` is ``<path>#L<n>``, replaced by ``<path>#<id>``.
    Field aliases (text ← text|body|content|article|maintext, …) are those of :mod:`.records`."""
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        return Rejection(uri, E.E003, f"byte offset {exc.start} of the line")
    except ValueError as exc:
        return Rejection(uri, E.E006, str(exc).splitlines()[0][:120])
    return record_document(record, uri, fmt="jsonl", max_bytes=max_bytes)


def capped_lines(stream: IO[bytes], *, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; a line longer than ``max_bytes`` is skipped and yields None."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the long line
                line = stream.readline(65_536)
            yield None
            continue
        yield line


def jsonl_documents(stream: IO[bytes], uri: str, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Every line of a JSONL stream: a document, or a rejection for that line alone."""
    try:
        for number, line in enumerate(capped_lines(stream, max_bytes=max_bytes), start=1):
            line_uri = f"{uri}#L{number}"
            if line is None:
                yield Rejection(line_uri, E.E008, f"line longer than {max_bytes} bytes")
            elif line.strip():
                yield jsonl_document(line, line_uri, max_bytes=max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Rejection(uri, E.E004, str(exc) or type(exc).__name__)


def read_json(path: str, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """A JSON export (gzipped or not): an array of article objects, or an object holding such
    arrays, streamed record by record with ijson (see :mod:`.records`)."""
    try:
        with open_input(path) as stream:
            yield from json_documents(stream, path, max_bytes=max_bytes)
    except OSError as exc:
        yield Rejection(path, E.E011, exc.strerror or str(exc))


def read_jsonl(path: str, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """A JSONL file (gzipped or not), streamed; an empty file is one E001 rejection."""
    try:
        with open_input(path) as stream:
            count = 0
            for item in jsonl_documents(stream, path, max_bytes=max_bytes):
                count += 1
                yield item
    except OSError as exc:
        yield Rejection(path, E.E011, exc.strerror or str(exc))
        return
    if count == 0:
        yield Rejection(path, E.E001)
