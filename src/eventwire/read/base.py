"""What readers yield: a raw document to clean, or a rejection that says why an input was not used."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from ..errors import E

ContentKind = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document before cleaning. ``content`` is decoded text or HTML."""

    uri: str  # SCHEMA.md source.uri: path, "<path>#<id>", "<path>#L<n>", "<path>#<WARC-Record-ID>"
    format: Literal["txt", "html", "jsonl", "warc"]
    content: str
    kind: ContentKind = "text"
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # as given; cleaning normalises it to YYYY-MM-DD
    outlet: Optional[str] = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was not stored, with a coded one-line reason."""

    uri: str
    error: E
    detail: str = ""

    @property
    def reason(self) -> str:
        return f"{self.error.name} {self.error.value}" + (f": {self.detail}" if self.detail else "")
