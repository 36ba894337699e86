"""Date (TIMEX3) evaluation on TimeML gold: TempEval-3 (te3-platinum, TBAQ-cleaned).

Unit = one TimeML document (``.tml``). Its ``<TEXT>`` element, tags stripped, is the article text;
its DCT (``<DCT><TIMEX3 value=…>``) is the publication date every relative expression is read
against; the ``<TIMEX3>`` elements inside ``<TEXT>`` are the gold (the DCT itself is not scored,
as it is given to the system). Scores follow TempEval-3 (UzZaman et al. 2013):

- extraction, **relaxed**: a system date and a gold timex match when their character spans
  overlap. Pairs are made one-to-one, gold in text order, each taking the overlapping system
  date with the largest overlap that is still free. P = matched / system dates, R = matched /
  gold timexes;
- extraction, **strict**: the same with identical start and end offsets;
- **value** (and **type**) F1: attribute P = matched pairs whose values are equal / system
  dates, attribute R = the same / gold timexes; F1 their harmonic mean. This is TempEval-3's
  attribute F1, i.e. value accuracy over matched pairs × relaxed extraction F1.

TempEval-3 brings its own split (tune on TBAQ-cleaned, report all 20 te3-platinum documents), so
``split`` is ignored: every ``.tml`` file under ``gold`` is scored and the figures say so.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .common import PRF, PerLabel

SPLIT_NOTE = "TempEval-3 has its own split: --split is ignored, every .tml file under --gold is scored"


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: its span in the document text and its TimeML attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    """One TimeML document: id, DCT (YYYY-MM-DD), plain text and gold timexes."""

    id: str
    dct: Optional[str]
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class SystemTimex:
    """What the scorer needs of a predicted date (duck-compatible with ``DateRef``)."""

    start: int
    end: int
    type: str
    value: str


def load_timeml(path: str | Path) -> TimeMLDoc:
    """Parse one ``.tml`` file: the text inside ``<TEXT>`` (tags stripped) and its TIMEX3s."""
    root = ET.parse(str(path)).getroot()
    dct_el = root.find(".//DCT/TIMEX3")
    dct = (dct_el.get("value") or "")[:10] if dct_el is not None else None
    text_el = root.find(".//TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if text_el is not None:
        _walk(text_el, parts, timexes)
    doc_id = (root.findtext(".//DOCID") or Path(path).stem).strip()
    return TimeMLDoc(doc_id, _valid_day(dct), "".join(parts), tuple(timexes))


def _walk(element: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """Append the element's text to ``parts``, recording each TIMEX3's offsets on the way."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        text = "".join(element.itertext())
        timexes.append(GoldTimex(start, start + len(text), text, element.get("type") or "",
                                 element.get("value") or ""))


def _valid_day(value: Optional[str]) -> Optional[str]:
    try:
        return dt.date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def gold_files(gold: str | Path) -> list[Path]:
    """The ``.tml`` files under a folder (recursively), or the one file given, sorted."""
    path = Path(gold)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.tml") if not p.name.startswith("._"))
    return [path]


def match_pairs(gold: Iterable, system: Iterable) -> list[tuple]:
    """One-to-one (gold, system) pairs of overlapping spans, largest overlap first per gold."""
    free = list(system)
    pairs = []
    for g in sorted(gold, key=lambda t: t.start):
        overlap = [(min(g.end, s.end) - max(g.start, s.start), s) for s in free
                   if s.start < g.end and g.start < s.end]
        if overlap:
            best = max(overlap, key=lambda pair: pair[0])[1]
            free.remove(best)
            pairs.append((g, best))
    return pairs


@dataclass
class DateScores:
    """Running TempEval-3 counts over documents."""

    relaxed: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    type: PRF = field(default_factory=PRF)
    per_type: PerLabel = field(default_factory=PerLabel)
    documents: int = 0

    def add(self, gold: list, system: list) -> None:
        """Add one document's gold timexes and system dates."""
        pairs = match_pairs(gold, system)
        self.documents += 1
        for prf, hits in ((self.relaxed, len(pairs)),
                          (self.strict, sum(g.start == s.start and g.end == s.end for g, s in pairs)),
                          (self.value, sum(g.value == s.value for g, s in pairs)),
                          (self.type, sum(g.type == s.type for g, s in pairs))):
            prf.tp += hits
            prf.fp += len(system) - hits
            prf.fn += len(gold) - hits
        # value F1 per type: a right value counts for its gold type, a wrong or unmatched
        # system date against the type it claims, a wrong or missed gold timex against its own
        good = [(g, s) for g, s in pairs if g.value == s.value]
        right_gold, right_system = {id(g) for g, _ in good}, {id(s) for _, s in good}
        for g, _ in good:
            self.per_type.labels.setdefault(g.type, PRF()).tp += 1
        for s in system:
            if id(s) not in right_system:
                self.per_type.labels.setdefault(s.type, PRF()).fp += 1
        for g in gold:
            if id(g) not in right_gold:
                self.per_type.labels.setdefault(g.type, PRF()).fn += 1

    def to_dict(self) -> dict:
        accuracy = self.value.tp / self.relaxed.tp if self.relaxed.tp else 0.0
        return {"documents": self.documents, "note": SPLIT_NOTE,
                "relaxed": self.relaxed.to_dict(), "strict": self.strict.to_dict(),
                "value": self.value.to_dict(), "type": self.type.to_dict(),
                "value_accuracy_of_matched": round(accuracy, 4),
                "value_per_type": self.per_type.to_dict()}


def predict(docs: list[TimeMLDoc]) -> Iterator[list[SystemTimex]]:
    """The dates eventwire finds in each document, read against its DCT."""
    from ..annotate.nlp import analyse
    from ..extract.dates import extract_dates
    from ..record import Article, Source, article_id

    for doc, analysis in zip(docs, analyse([d.text for d in docs])):
        article = Article(id=article_id(doc.text), text=doc.text,
                          source=Source(uri=doc.id, format="txt", published=doc.dct))
        today = dt.date.fromisoformat(doc.dct) if doc.dct else None
        found = extract_dates(article, analysis, today=today).dates
        yield [SystemTimex(d.start, d.end, d.type, d.value) for d in found]


def score(docs: list[TimeMLDoc], predictions: Iterable[list]) -> DateScores:
    """TempEval-3 counts of ``predictions`` (one list of dates per document) against ``docs``."""
    scores = DateScores()
    for doc, system in zip(docs, predictions):
        scores.add(list(doc.timexes), list(system))
    return scores


def evaluate(gold: str | Path, *, split: str = "all") -> dict:
    """The harness entry point used by ``eventwire eval dates`` (``split`` is ignored)."""
    docs = [load_timeml(path) for path in gold_files(gold)]
    figures = score(docs, predict(docs)).to_dict()
    figures["gold_timexes"] = sum(len(d.timexes) for d in docs)
    return figures


def render(figures: dict, console) -> None:
    """Rich tables of the figures: extraction, attributes, value F1 per gold type."""
    from .common import prf_table

    console.print(f"{figures.get('gold')}: {figures['documents']} documents, "
                  f"{figures.get('gold_timexes', '?')} gold TIMEX3 (DCT not scored)")
    console.print(f"[dim]{figures['note']}[/dim]")
    console.print(prf_table("TIMEX3 extraction and attributes (TempEval-3)",
                            {k: figures[k] for k in ("relaxed", "strict", "value", "type")}))
    console.print(f"value accuracy of matched timexes: {figures['value_accuracy_of_matched']:.3f}")
    console.print(prf_table("value F1 by gold type", figures["value_per_type"]))
