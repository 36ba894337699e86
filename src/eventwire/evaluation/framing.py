"""Framing evaluation on the Propaganda Techniques Corpus (PTC v2, SemEval-2020 Task 11).

Gold: a PTC folder holding ``train-articles/article<ID>.txt`` and ``train-task2-TC.labels``
(``id  technique  start  end``, end exclusive). Only the train articles carry technique labels,
so the split rule (``common.split_of``) runs over the train article ids (the numeric ``<ID>``):
dev = tune, test = report. Every article file of the split is scored, labelled or not.

Metric, as the organisers' scorer (task FLC of Da San Martino et al., EMNLP 2019, reused for
SemEval-2020 Task 11) defines it, with partial overlaps credited::

    C(s, t, h) = |s ∩ t| / h   when s and t carry the same technique, else 0
    P = Σ_{s ∈ S, t ∈ T} C(s, t, |s|) / |S|        R = Σ_{s ∈ S, t ∈ T} C(s, t, |t|) / |T|

S = predicted spans, T = gold spans, summed over articles; per technique, S and T are limited to
that technique. As the scorer does, overlapping predicted spans of one technique in one article
are merged first (the scorer refuses or merges them), so no gold character is credited twice.
``spans`` is the technique-agnostic SI figure: every span of each side merged, labels ignored.
The organisers' per-technique recall line reuses the precision numerator (a known slip in their
script); here recall uses the recall numerator, as the formula says.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .common import Split, in_split

Span = tuple[str, int, int]  # technique, start, end
LABELS = "train-task2-TC.labels"
ARTICLES = "train-articles"
ANY = "(any technique)"


@dataclass
class GoldArticle:
    id: str
    text: str
    spans: list[Span]
    #: techniques this article's labels say nothing about (silver articles, ``framing_silver``):
    #: its words are neither positives nor negatives for them
    masked: frozenset[str] = frozenset()


@dataclass
class SpanScore:
    """Partial-overlap sums and span counts for one technique (or for all)."""

    predicted: int = 0
    gold: int = 0
    precision_sum: float = 0.0
    recall_sum: float = 0.0

    @property
    def precision(self) -> float:
        return self.precision_sum / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.recall_sum / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p > 0 and r > 0 else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.predicted, "gold": self.gold}


@dataclass
class FramingScores:
    articles: int = 0
    seconds: float = 0.0
    overall: SpanScore = field(default_factory=SpanScore)
    spans: SpanScore = field(default_factory=SpanScore)
    per_technique: dict[str, SpanScore] = field(default_factory=dict)

    def to_dict(self) -> dict:
        per_article = self.seconds / self.articles if self.articles else 0.0
        return {"articles": self.articles, "ms_per_article": round(1000 * per_article, 3),
                "overall": self.overall.to_dict(), "spans": self.spans.to_dict(),
                "per_technique": {k: v.to_dict() for k, v in sorted(self.per_technique.items())}}


def _folder(gold: str | Path) -> Path:
    """The PTC folder, whether ``gold`` names it or its labels file."""
    path = Path(gold)
    return path.parent if path.is_file() else path


def load_gold(gold: str | Path, split: Split) -> Iterator[GoldArticle]:
    """Train articles of ``split`` with their technique spans."""
    folder = _folder(gold)
    spans: dict[str, list[Span]] = defaultdict(list)
    with open(folder / LABELS, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                article, technique, start, end = line.rstrip("\n").split("\t")
                spans[article].append((technique, int(start), int(end)))
    for path in sorted((folder / ARTICLES).glob("article*.txt")):
        article = path.stem.removeprefix("article")
        if in_split(article, split):
            yield GoldArticle(article, path.read_text(encoding="utf-8"), spans.get(article, []))


def merge_overlaps(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping (start, end) intervals joined into one, sorted."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _by_technique(spans: Iterable[Span], *, merge: bool) -> dict[str, list[tuple[int, int]]]:
    grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for technique, start, end in spans:
        if end > start:
            grouped[technique].append((start, end))
    return {k: merge_overlaps(v) if merge else sorted(v) for k, v in grouped.items()}


def _add(score: SpanScore, predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> None:
    """Add one article's predicted and gold intervals (one technique) to ``score``."""
    score.predicted += len(predicted)
    score.gold += len(gold)
    for ps, pe in predicted:
        for gs, ge in gold:
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                score.precision_sum += overlap / (pe - ps)
                score.recall_sum += overlap / (ge - gs)


def score_article(scores: FramingScores, predicted: list[Span], gold: list[Span]) -> None:
    """Add one article's comparison to ``scores`` (per technique, overall and SI spans)."""
    pred, truth = _by_technique(predicted, merge=True), _by_technique(gold, merge=False)
    for technique in set(pred) | set(truth):
        p, g = pred.get(technique, []), truth.get(technique, [])
        _add(scores.per_technique.setdefault(technique, SpanScore()), p, g)
        _add(scores.overall, p, g)
    _add(scores.spans, merge_overlaps((s, e) for _, s, e in predicted),
         merge_overlaps((s, e) for _, s, e in gold))
    scores.articles += 1


def _default_extractor(encoder: str | None = None) -> Callable[[str], list[Span]]:
    from ..extract.framing import framing_spans

    return lambda text: [(f.technique, f.start, f.end) for f in framing_spans(text, encoder=encoder)]


def evaluate_framing(gold: str | Path, *, split: Split = "dev",
                     extractor: Callable[[str], list[Span]] | None = None) -> FramingScores:
    """Score ``extractor`` (default: ``framing_spans``) on the PTC train articles of ``split``."""
    extractor = extractor or _default_extractor()
    extractor("warm-up: load the vocabularies before timing.")
    scores = FramingScores()
    for article in load_gold(gold, split):
        began = time.perf_counter()
        predicted = extractor(article.text)
        scores.seconds += time.perf_counter() - began
        score_article(scores, predicted, article.spans)
    return scores


def evaluate(gold: str | Path, *, split: Split = "dev", framing_encoder: str | None = None) -> dict:
    """The harness entry point used by ``eventwire eval framing`` (``--framing-encoder``)."""
    figures = evaluate_framing(gold, split=split, extractor=_default_extractor(framing_encoder)).to_dict()
    figures["encoder"] = framing_encoder
    return figures


def _table(title: str, rows: dict[str, dict]):
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in ("", "P", "R", "F1", "predicted", "gold"):
        table.add_column(col, justify="right" if col else "left")
    for name, m in rows.items():
        table.add_row(name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                      str(m["predicted"]), str(m["gold"]))
    return table


def render(figures: dict, console) -> None:
    """Overall, technique-agnostic and per-technique partial-overlap tables."""
    console.print(f"{figures.get('gold')} split={figures.get('split')}: {figures['articles']} "
                  f"articles, {figures['ms_per_article']} ms per article")
    console.print(_table("overall (technique must match)",
                         {"all techniques": figures["overall"], ANY: figures["spans"]}))
    console.print(_table("per technique", figures["per_technique"]))
