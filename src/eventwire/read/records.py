"""JSON records → RawDocument: field aliases shared by JSONL lines and JSON exports, and a
streaming reader for ``.json`` files (an array of article objects, or an object holding one).

News dumps name their fields in many ways; the first non-empty alias wins:

* text ← ``text`` | ``body`` | ``content`` | ``article`` | ``maintext`` (then ``html``, cleaned as HTML)
* published ← ``published`` | ``date`` | ``pubdate`` | ``date_publish`` | ``datePublished``
  (kept as given; cleaning normalises it with dateparser, or warns W102 and keeps the record)
* ``title``, ``url``, ``id``, ``outlet``, ``authors``/``author``

A ``.json`` file is streamed with ijson, one article object at a time, so a dump of any size
never sits whole in memory; the size limit applies to each article (its longest text field), as
for a JSONL line. A JSON file whose top level is one article object is read as that article.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from typing import IO, Iterator, Optional

import ijson

from ..errors import E
from .base import RawDocument, Rejection

TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
HTML_FIELDS = ("html",)
PUBLISHED_FIELDS = ("published", "date", "pubdate", "date_publish", "datePublished")
META_FIELDS = {"title": ("title",), "url": ("url",), "outlet": ("outlet",), "published": PUBLISHED_FIELDS}
ID_FIELDS = ("id",)
SNIFF = 65_536
LOOKED_FOR = "looked for " + ", ".join(TEXT_FIELDS + HTML_FIELDS)


def first_value(record: dict, names: tuple[str, ...]) -> Optional[object]:
    """The first field of ``names`` that holds a non-empty value (a blank string counts as empty)."""
    for name in names:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()) or value in ([], {}):
            continue
        return value
    return None


def as_authors(value: object) -> tuple[str, ...]:
    """An ``authors`` field (list or ``;``/``,``-separated string) as a tuple of names."""
    if isinstance(value, str):
        value = re.split(r"\s*[;,]\s*|\s+and\s+", value)
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(str(name).strip() for name in value if str(name).strip())


def body_of(record: dict) -> tuple[Optional[str], str]:
    """(article text or HTML, "text"|"html"); (None, "text") when no alias holds a string."""
    for names, kind in ((TEXT_FIELDS, "text"), (HTML_FIELDS, "html")):
        for name in names:
            value = record.get(name)
            if isinstance(value, str) and value.strip():
                return value, kind
    return None, "text"


def record_document(record: object, uri: str, *, fmt: str, max_bytes: int) -> RawDocument | Rejection:
    """One JSON object → RawDocument. ``uri`` gets ``#<id>`` in place of its own fragment when
    the record has an id. No text field → E007 naming the fields looked for."""
    if not isinstance(record, dict):
        return Rejection(uri, E.E006, f"a JSON {type(record).__name__}, not an object")
    record_id = first_value(record, ID_FIELDS)
    if record_id is not None and not isinstance(record_id, (dict, list)):
        uri = uri.rsplit("#", 1)[0] + f"#{record_id}"
    body, kind = body_of(record)
    if body is None:
        return Rejection(uri, E.E007, LOOKED_FOR)
    if len(body) > max_bytes:
        return Rejection(uri, E.E008, f"article text longer than {max_bytes} characters")
    meta = {}
    for key, names in META_FIELDS.items():
        value = first_value(record, names)
        if value is not None and not isinstance(value, (dict, list)):
            meta[key] = str(value).strip()
    authors = as_authors(first_value(record, ("authors", "author")))
    return RawDocument(uri=uri, format=fmt, content=body, kind=kind, authors=authors, **meta)


def json_records(stream: IO[bytes], uri: str) -> Iterator[tuple[str, object]]:
    """(item uri, value) for each article candidate of a JSON document, streamed.

    Top-level array → each element (``<uri>#item<n>``). Top-level object → each object element
    of its array values (``<uri>#<key>.item<n>``); when it holds none, the object itself (read as
    one article when it has a text field). Raises ijson/gzip errors to the caller.
    """
    events = ijson.parse(stream, use_float=True)
    first = next(events, None)
    if first is None:
        return
    _, event, value = first
    if event not in ("start_array", "start_map"):
        yield uri, value  # a bare scalar: the caller rejects it as not an object
        return
    yield from _collect(events, uri, top_array=event == "start_array")


def _collect(events, uri: str, *, top_array: bool) -> Iterator[tuple[str, object]]:
    """Build, one at a time, the elements of the top-level array (or of a top-level object's arrays)."""
    top: dict = {}  # the top-level object's own fields, in case it is one article
    counts: dict[str, int] = {}
    builder, start, into_top = None, "", False
    for prefix, event, value in events:
        if builder is not None:
            builder.event(event, value)
            if prefix == start and event in ("end_map", "end_array"):
                element, builder = builder.value, None
                if into_top:
                    top[start] = element
                else:
                    counts[start] = counts.get(start, 0) + 1
                    yield _item_uri(uri, start, counts[start]), element
            continue
        if top_array:
            if prefix == "item":
                if event in ("start_map", "start_array"):
                    builder, start, into_top = _builder(event, value), prefix, False
                else:
                    counts[prefix] = counts.get(prefix, 0) + 1
                    yield _item_uri(uri, prefix, counts[prefix]), value
        elif prefix and "." not in prefix:  # a field of the top-level object
            if event == "start_map":
                builder, start, into_top = _builder(event, value), prefix, True
            elif event == "start_array":
                top[prefix] = []
            elif event != "end_array":
                top[prefix] = value
        elif prefix.endswith(".item") and prefix.count(".") == 1 and prefix[:-5] in top:
            if event == "start_map":
                builder, start, into_top = _builder(event, value), prefix, False
            elif event == "start_array":
                builder, start, into_top = _builder(event, value), prefix, False
            else:  # a scalar element (e.g. a list of author names): a field value, not an article
                top[prefix[:-5]].append(value)
    if not top_array and not counts:
        yield uri, top


def _builder(event: str, value: object) -> "ijson.ObjectBuilder":
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    return builder


def _item_uri(uri: str, prefix: str, number: int) -> str:
    return f"{uri}#{prefix[: -len('item')]}item{number}"  # "#item3", "#articles.item3"


class Utf8Checked(io.RawIOBase):
    """A byte stream passed through unchanged while an incremental decoder checks that it is
    UTF-8 (a leading BOM is dropped); a bad byte raises UnicodeDecodeError at its offset."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.decoder, self.offset = stream, codecs.getincrementaldecoder("utf-8")(), 0
        self.first = True

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.stream.read(len(buffer))
        if self.first and data:
            self.first = False
            if data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8):]
        try:
            self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError("utf-8", data, exc.start, exc.end,
                                     f"byte 0x{data[exc.start]:02x} at offset {self.offset + exc.start}") from None
        self.offset += len(data)
        buffer[: len(data)] = data
        return len(data)


def leading_rejection(stream, uri: str) -> Optional[Rejection]:
    """E001 for a document of nothing but whitespace, E002 for binary bytes; None otherwise.
    Leading whitespace is consumed (JSON ignores it)."""
    from .files import binary_reason

    while True:
        head = stream.peek(SNIFF)[:SNIFF]
        if not head:
            return Rejection(uri, E.E001)
        if head.strip():
            reason = binary_reason(head)
            return Rejection(uri, E.E002, reason) if reason else None
        stream.read(len(head))


def json_documents(stream: IO[bytes], uri: str, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Every article of a JSON document; a broken document ends with one rejection for the rest:
    E001 empty, E002 binary, E003 not UTF-8, E004 broken gzip, E006 malformed JSON."""
    count = 0
    try:
        stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
        bad = leading_rejection(stream, uri)
        if bad:
            yield bad
            return
        for item_uri, value in json_records(io.BufferedReader(Utf8Checked(stream)), uri):
            count += 1
            # SCHEMA's source.format has no "json": an array element is the same kind of input
            # as a JSONL line (one JSON record per article), and the uri names the .json file
            yield record_document(value, item_uri, fmt="jsonl", max_bytes=max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Rejection(uri, E.E004, str(exc) or type(exc).__name__)
        return
    except UnicodeDecodeError as exc:
        yield Rejection(uri, E.E003, f"{exc.reason} (after {count} records)")
        return
    except (ijson.JSONError, ValueError) as exc:
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        yield Rejection(uri, E.E006, f"malformed JSON after {count} records: {detail}")
        return
    if count == 0:
        yield Rejection(uri, E.E001, "a JSON document with no records")
