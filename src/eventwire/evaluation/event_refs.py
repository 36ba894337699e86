"""Gold records that point into a third-party corpus instead of carrying its text.

eventwire's own labelled sets (``eval/gold/reuters_events.jsonl``) are built on text we may
read but not redistribute (Reuters-21578: research use only). A record therefore holds

    "ref": {"corpus": "news_reuters21578", "doc": "<id>", "start": s, "end": e, "sha1": "<hex>"}

and the harness materialises the sentence from the corpora root at evaluation time:
``body[start:end]`` of document ``doc``, checked against ``sha1`` (the SHA-1 of exactly that raw
slice, UTF-8), then with its whitespace runs (the wire's hard line wraps) collapsed to one space.

The corpora root is, in order: the ``corpora`` argument (``--corpora DIR``), the environment
variable ``EVENTWIRE_CORPORA``, then ``../shared/corpora`` beside the working directory or beside
the repository.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

ENV = "EVENTWIRE_CORPORA"
#: corpus name → the document field that holds the referenced text
CORPORA = {"news_reuters21578": "body"}


class RefError(ValueError):
    """A ``ref`` record that cannot be materialised (root, corpus or doc missing, hash mismatch)."""


def corpora_root(explicit: str | Path | None = None) -> Path:
    """The folder that holds the corpora (see the module docstring for the order)."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    repo = Path(__file__).resolve().parents[3]
    for base in (Path.cwd(), repo):
        candidate = base.parent / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
    return repo.parent / "shared" / "corpora"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def normalise(raw: str) -> str:
    """The sentence as scored: whitespace runs (hard line wraps, indents) become one space."""
    return " ".join(raw.split())


def _read_json(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=4)
def corpus_docs(folder: str) -> dict[str, dict]:
    """Every document of a corpus folder (JSON arrays, optionally gzipped), by string id."""
    docs: dict[str, dict] = {}
    files = sorted(Path(folder).glob("*.json")) + sorted(Path(folder).glob("*.json.gz"))
    for path in files:
        for rec in _read_json(path):
            docs[str(rec["id"])] = rec
    return docs


def document(corpus: str, doc: str, root: str | Path | None = None) -> dict:
    """One document of ``corpus`` under the corpora root, or a :class:`RefError`."""
    if corpus not in CORPORA:
        raise RefError(f"unknown corpus {corpus!r} in a gold ref (known: {', '.join(CORPORA)})")
    base = corpora_root(root)
    if not base.is_dir():
        raise RefError(f"corpora root {base} not found: pass --corpora DIR or set {ENV}")
    folder = base / corpus
    if not folder.is_dir():
        raise RefError(f"corpus {corpus!r} not found under {base}")
    docs = corpus_docs(str(folder.resolve()))
    if str(doc) not in docs:
        raise RefError(f"document {doc!r} not found in corpus {corpus!r} ({folder})")
    return docs[str(doc)]


def raw_text(ref: dict, root: str | Path | None = None) -> str:
    """The exact referenced slice, checked against the ref's SHA-1."""
    rec = document(ref["corpus"], ref["doc"], root)
    body = rec.get(CORPORA[ref["corpus"]]) or ""
    start, end = int(ref["start"]), int(ref["end"])
    if not 0 <= start < end <= len(body):
        raise RefError(f"ref {ref['corpus']}:{ref['doc']} [{start}:{end}] is outside the "
                       f"document ({len(body)} characters)")
    raw = body[start:end]
    if ref.get("sha1") and sha1(raw) != ref["sha1"]:
        raise RefError(f"ref {ref['corpus']}:{ref['doc']} [{start}:{end}]: sha1 mismatch "
                       f"(corpus {sha1(raw)[:12]}…, gold {ref['sha1'][:12]}…): wrong corpus "
                       "version or offsets")
    return raw


def materialise(ref: dict, root: str | Path | None = None) -> str:
    """The scored sentence text of a ``ref`` record."""
    return normalise(raw_text(ref, root))


def make_ref(corpus: str, doc: str, body: str, start: int, end: int) -> dict:
    """A ``ref`` for ``body[start:end]`` (used when building a set)."""
    return {"corpus": corpus, "doc": str(doc), "start": start, "end": end,
            "sha1": sha1(body[start:end])}
