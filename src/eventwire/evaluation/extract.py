"""Main-text extraction evaluation: eventwire's HTML cleaning against plain trafilatura.

Both systems run on the same pages in the same process, so the gain is measured, not assumed:

* ``eventwire`` — the real cleaning path (``eventwire.clean.clean`` on an HTML RawDocument):
  the article's ``text``, ``title`` and ``source.published``; a rejected page yields no text;
* ``trafilatura`` — ``trafilatura.bare_extraction(html, include_comments=False,
  with_metadata=True)``: the same body as ``trafilatura.extract(html, include_comments=False)``,
  plus the title and date, so both sides pay for metadata in the timing.

Body score (Zyte and fundus sets), the Zyte benchmark's own metric: tokens are ``\\w+`` runs;
each text becomes the multiset of its 4-token shingles (a text shorter than 4 tokens is one
shingle); per page tp/fp/fn count shingle matches; precision is the mean over pages with
tp+fp > 0 and recall the mean over pages with tp+fn > 0 (an empty prediction against an empty
gold scores 1); F1 is the harmonic mean of those two means. Title accuracy compares case- and
space-folded titles; date accuracy compares YYYY-MM-DD. The trafilatura set is scored by its
snippets: a ``with`` snippet found is a true positive, missed a false negative; a ``without``
snippet found is a false positive (all on space-folded text).
"""

from __future__ import annotations

import html as htmllib
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..errors import W
from .common import PRF, Split
from .extract_gold import GoldPage, load_pages

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class Output:
    """What one system made of one page."""

    text: str
    title: Optional[str] = None
    date: Optional[str] = None
    rescued: bool = False  # the text came from a fallback extractor (clean/rescue.py)


def shingles(text: str, n: int = SHINGLE) -> Counter:
    """Multiset of the ``n``-token shingles of ``text`` (one shorter shingle for a short text)."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(gold: str, predicted: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of one page's shingles."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def ratio(hit: int, miss: int, other: int) -> float:
    """tp/(tp+miss), with the benchmark's edge cases: perfect when nothing was missed or extra."""
    if miss == other == 0:
        return 1.0
    return hit / (hit + miss) if hit + miss else 0.0


@dataclass
class BodyScore:
    """Per-page precisions and recalls, averaged the benchmark's way."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)

    def add(self, gold: str, predicted: str) -> None:
        tp, fp, fn = page_counts(gold, predicted)
        if tp + fp > 0:
            self.precisions.append(ratio(tp, fp, fn))
        if tp + fn > 0:
            self.recalls.append(ratio(tp, fn, fp))

    def to_dict(self) -> dict:
        p = statistics.fmean(self.precisions) if self.precisions else 0.0
        r = statistics.fmean(self.recalls) if self.recalls else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def fold(text: Optional[str]) -> str:
    """Case-, quote- and space-folded text for title comparison."""
    return " ".join((text or "").translate(_QUOTES).casefold().split())


def flat(text: str) -> str:
    """Space-folded, entity-decoded text for snippet matching."""
    return " ".join(htmllib.unescape(text).split())


@dataclass
class SystemScore:
    """Everything measured for one system over one gold set."""

    body: BodyScore = field(default_factory=BodyScore)
    snippets: PRF = field(default_factory=PRF)
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0
    empty: int = 0
    rescued: int = 0

    def add(self, page: GoldPage, out: Output) -> None:
        """Score one page's output against its gold."""
        self.pages += 1
        self.empty += not out.text.strip()
        self.rescued += out.rescued
        if page.body is not None:
            self.body.add(page.body, out.text)
        if page.keep or page.drop:
            text = flat(out.text)
            found = sum(flat(s) in text for s in page.keep)
            self.snippets.tp += found
            self.snippets.fn += len(page.keep) - found
            self.snippets.fp += sum(flat(s) in text for s in page.drop)
        if page.title:
            self.titles.append(fold(page.title) == fold(out.title))
        if page.date:
            self.dates.append(page.date == out.date)

    def to_dict(self) -> dict:
        figures = {"pages": self.pages, "empty": self.empty,
                   "pages_per_second": round(self.pages / self.seconds, 2) if self.seconds else None}
        if self.rescued:
            figures["rescued"] = self.rescued
        if self.body.recalls or self.body.precisions:
            figures["body"] = self.body.to_dict()
        if self.snippets.tp + self.snippets.fn + self.snippets.fp:
            figures["snippets"] = self.snippets.to_dict()
        for name, hits in (("title", self.titles), ("date", self.dates)):
            if hits:
                figures[f"{name}_accuracy"] = round(sum(hits) / len(hits), 4)
                figures[f"{name}_pages"] = len(hits)
        return figures


def run_eventwire(page: GoldPage) -> Output:
    """eventwire's cleaning of one page; a rejected page is empty output."""
    from ..clean import clean
    from ..read.base import RawDocument

    raw = RawDocument(uri=page.id, format="html", content=page.html, kind="html", url=page.url)
    article = clean(raw)
    if not hasattr(article, "text"):
        return Output("")
    rescued = any(w.code == W.W109.name for w in article.warnings)
    return Output(article.text, article.title, article.source.published, rescued)


def run_trafilatura(page: GoldPage) -> Output:
    """Plain trafilatura, comments off, metadata on."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, include_comments=False,
                                      with_metadata=True)
    if doc is None:
        return Output("")
    return Output(doc.text or "", doc.title, (doc.date or "")[:10] or None)


SYSTEMS: dict[str, Callable[[GoldPage], Output]] = {
    "eventwire": run_eventwire, "trafilatura": run_trafilatura,
}


def score_system(pages: list[GoldPage], system: Callable[[GoldPage], Output]) -> SystemScore:
    """Run one system over the pages, timing extraction only."""
    score = SystemScore()
    for page in pages:
        start = time.perf_counter()
        out = system(page)
        score.seconds += time.perf_counter() - start
        score.add(page, out)
    return score


def evaluate(gold: Path, *, split: Split = "dev") -> dict:
    """Figures for every system on the pages of ``split`` of the gold set at ``gold``."""
    kind, pages = load_pages(gold, split)
    for system in SYSTEMS.values():  # warm up imports and caches outside the timing
        system(GoldPage("warm-up", "<html><body><p>Warm up.</p></body></html>"))
    figures = {name: score_system(pages, system).to_dict() for name, system in SYSTEMS.items()}
    return {"set": kind, "pages": len(pages), "systems": figures}


def render(figures: dict, console) -> None:
    """One table: a row per system, a column for each figure this set measures."""
    from rich.table import Table

    console.print(f"{figures.get('gold')} ({figures['set']}) split={figures.get('split')}: "
                  f"{figures['pages']} pages")
    getters = {
        "body P": lambda m: m.get("body", {}).get("precision"),
        "body R": lambda m: m.get("body", {}).get("recall"),
        "body F1": lambda m: m.get("body", {}).get("f1"),
        "snip P": lambda m: m.get("snippets", {}).get("precision"),
        "snip R": lambda m: m.get("snippets", {}).get("recall"),
        "snip F1": lambda m: m.get("snippets", {}).get("f1"),
        "title": lambda m: m.get("title_accuracy"),
        "date": lambda m: m.get("date_accuracy"),
        "empty": lambda m: m["empty"],
        "rescued": lambda m: m.get("rescued"),
        "pages/s": lambda m: m["pages_per_second"],
    }
    systems = figures["systems"]
    shown = [c for c, get in getters.items() if any(get(m) is not None for m in systems.values())]
    table = Table(title_justify="left")
    for col in ["system"] + shown:
        table.add_column(col, justify="left" if col == "system" else "right")
    for name, m in systems.items():
        table.add_row(name, *("–" if getters[c](m) is None else str(getters[c](m)) for c in shown))
    console.print(table)
