"""The three main-text gold sets, read into one shape: a page's HTML and what it should yield.

Which set a ``--gold`` path is comes from the file it holds (a folder or the file itself):

* ``ground-truth.json`` — the Zyte article-extraction benchmark; id = the page's sha256 key
  (also its file name ``html/<id>.html.gz``); gold = ``articleBody``.
* ``gold.jsonl`` — fundus's per-site parser outputs; id = the record's ``id``
  ("uk/BBC/V1"); gold = ``body_text``, ``title`` and the date part of ``publishing_date``.
* ``evaldata_en.json`` — trafilatura's evaluation pages; id = the page's ``file`` name;
  gold = ``with`` (snippets that must be kept) and ``without`` (snippets that must not).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from .common import Split, in_split

GOLD_FILES = {"ground-truth.json": "zyte", "gold.jsonl": "fundus", "evaldata_en.json": "trafilatura"}


@dataclass(frozen=True)
class GoldPage:
    """One page and its gold; fields a set does not have stay None/empty."""

    id: str
    html: str
    url: Optional[str] = None
    body: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None  # YYYY-MM-DD
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


def gold_file(gold: Path) -> tuple[str, Path]:
    """(set name, gold file) for a gold folder or file; ValueError when it is none of the three."""
    gold = Path(gold)
    candidates = [gold / name for name in GOLD_FILES] if gold.is_dir() else [gold]
    for path in candidates:
        if path.name in GOLD_FILES and path.is_file():
            return GOLD_FILES[path.name], path
    raise ValueError(f"{gold}: no {', '.join(GOLD_FILES)} found")


def read_html(path: Path) -> str:
    """A page's HTML (gzip or plain), decoded as UTF-8 with replacement of stray bytes."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def load_pages(gold: Path, split: Split) -> tuple[str, list[GoldPage]]:
    """(set name, the pages of ``split``) of a gold set, in file order."""
    kind, path = gold_file(gold)
    loader = {"zyte": zyte_pages, "fundus": fundus_pages, "trafilatura": trafilatura_pages}[kind]
    return kind, list(loader(path, split))


def zyte_pages(path: Path, split: Split) -> Iterator[GoldPage]:
    """Zyte benchmark pages: ``html/<id>.html.gz`` beside ``ground-truth.json``."""
    records = json.loads(path.read_text(encoding="utf-8"))
    for page_id, rec in records.items():
        if in_split(page_id, split):
            html = read_html(path.parent / "html" / f"{page_id}.html.gz")
            yield GoldPage(page_id, html, url=rec.get("url"), body=rec.get("articleBody") or "")


def fundus_pages(path: Path, split: Split) -> Iterator[GoldPage]:
    """fundus pages: one JSON record per line naming its ``html_file``."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not in_split(rec["id"], split):
                continue
            published = rec.get("publishing_date") or ""
            yield GoldPage(
                rec["id"], read_html(path.parent / rec["html_file"]), url=rec.get("url"),
                body=rec.get("body_text") or "", title=rec.get("title"),
                date=published[:10] or None,
            )


def trafilatura_pages(path: Path, split: Split) -> Iterator[GoldPage]:
    """trafilatura evaluation pages: ``{url: {file, with, without, html_file, …}}``."""
    records = json.loads(path.read_text(encoding="utf-8"))
    for url, rec in records.items():
        if in_split(rec["file"], split):
            yield GoldPage(
                rec["file"], read_html(path.parent / rec["html_file"]), url=url,
                title=rec.get("title"), date=rec.get("date"),
                keep=tuple(rec.get("with") or ()), drop=tuple(rec.get("without") or ()),
            )
