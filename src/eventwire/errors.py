"""Coded messages: rejections (E…) explain why an input was not stored; warnings (W…) ride on
the record. Keep the text here so the CLI, the store and the docs say the same thing."""

from __future__ import annotations

from enum import Enum


class E(str, Enum):
    """Why an input was rejected. The value is the one-line reason shown in the run report."""

    E001 = "empty input"
    E002 = "binary content, not text"
    E003 = "not valid UTF-8 text"
    E004 = "truncated or corrupt gzip stream"
    E005 = "truncated or corrupt WARC file"
    E006 = "malformed JSON or JSONL record"
    E007 = "JSON or JSONL record has no article text field"
    E008 = "input larger than the size limit"
    E009 = "no article text found in the page"
    E010 = "unsupported file type"
    E011 = "file not found or unreadable"
    E012 = "article text too short after cleaning"
    E013 = "processing failed"

    @property
    def code(self) -> str:
        return self.name


class W(str, Enum):
    """Warnings attached to a record."""

    W101 = "no publication date; dates keep an unknown year"
    W102 = "publication date could not be parsed"
    W104 = "no publication date; year inferred from weekday"
    W105 = "text truncated to the size limit"
    W106 = "language does not look like English"
    W107 = "publication date taken from the crawl date (WARC-Date)"
    W108 = "short text kept as a news brief (fewer than 20 words)"
    W109 = "main text from a fallback extractor (trafilatura's text was not an article)"

    @property
    def code(self) -> str:
        return self.name


class EventwireError(Exception):
    """An error with a code from :class:`E`."""

    def __init__(self, error: E, detail: str = "") -> None:
        self.error = error
        self.detail = detail
        super().__init__(f"{error.name}: {error.value}" + (f" ({detail})" if detail else ""))

    @property
    def reason(self) -> str:
        return str(self)
