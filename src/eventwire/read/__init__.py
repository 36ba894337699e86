"""Readers: paths (files, directories, ``-`` for stdin) → RawDocument or Rejection, streamed.

Every input is accounted for: each article yields one :class:`RawDocument`, each failed input
(file, JSONL line, JSON record, WARC file) one :class:`Rejection` with a coded one-line reason. No exception
escapes for a bad input. Directories are walked recursively in sorted order, hidden entries
skipped, one file at a time.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import E
from .base import RawDocument, Rejection
from .files import (
    GZIP_MAGIC,
    format_of,
    jsonl_documents,
    looks_like_html,
    read_capped,
    read_json,
    read_jsonl,
    read_single,
    text_document,
)
from .records import json_documents
from .warc import read_warc, warc_documents

__all__ = ["RawDocument", "Rejection", "read_paths", "read_path", "read_stream", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"


def read_paths(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """Every article in ``paths`` (files, directories, ``-``), in order, one at a time."""
    for path in paths:
        path = str(path)
        if path == STDIN:
            yield from read_stream(sys.stdin.buffer, uri=STDIN, max_bytes=max_bytes)
        elif os.path.isdir(path):
            for file_path in walk_files(path):
                yield from read_path(file_path, max_bytes=max_bytes)
        else:
            yield from read_path(path, max_bytes=max_bytes)


def walk_files(root: str) -> Iterator[str]:
    """Files under ``root``, recursively, sorted by name at each level, hidden entries skipped."""
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_files(entry.path)
        elif entry.is_file():
            yield entry.path


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """The articles of one file, chosen by its (inner) extension."""
    if not os.path.exists(path):
        yield Rejection(path, E.E011, "no such file")
        return
    if not os.path.isfile(path):
        yield Rejection(path, E.E011, "not a regular file")
        return
    fmt = format_of(path)
    if fmt is None:
        yield Rejection(path, E.E010, Path(path).suffix or Path(path).name)
    elif fmt == "jsonl":
        yield from read_jsonl(path, max_bytes=max_bytes)
    elif fmt == "json":
        yield from read_json(path, max_bytes=max_bytes)
    elif fmt == "warc":
        yield from read_warc(path, max_bytes=max_bytes)
    else:
        yield read_single(path, fmt, max_bytes=max_bytes)


def read_stream(stream: IO[bytes], *, uri: str = STDIN, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """A byte stream of unknown kind (stdin): gzip, WARC, HTML, JSONL, JSON or text, by sniffing."""
    data = read_capped(stream, uri, max_bytes=max_bytes)
    if isinstance(data, Rejection):
        yield data
        return
    if data.startswith(GZIP_MAGIC):
        data = read_capped(gzip.GzipFile(fileobj=io.BytesIO(data)), uri, max_bytes=max_bytes)
        if isinstance(data, Rejection):
            yield data
            return
    if data.lstrip().startswith(b"WARC/"):
        yield from warc_documents(io.BytesIO(data), uri, max_bytes=max_bytes)
    elif is_jsonl(data):
        yield from jsonl_documents(io.BytesIO(data), uri, max_bytes=max_bytes)
    elif data.lstrip()[:1] in (b"[", b"{"):
        yield from json_documents(io.BytesIO(data), uri, max_bytes=max_bytes)
    else:
        head = data[:4096].decode("utf-8", errors="replace")
        yield text_document(data, uri, fmt="html" if looks_like_html(head) else "txt")


def is_jsonl(data: bytes) -> bool:
    """True when every non-empty line parses as a JSON object (and there is at least one)."""
    lines = [line for line in data.splitlines() if line.strip()]
    if not lines or not lines[0].lstrip().startswith(b"{"):
        return False
    try:
        return all(isinstance(json.loads(line), dict) for line in lines)
    except ValueError:
        return False
