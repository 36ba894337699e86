"""What every harness shares: the dev/test split rule, counts → P/R/F1, tables and JSON.

Split rule (../shared/corpora/README.md): an item is **dev** when the first hex digit of
``sha1(id)`` is 0–7, **test** when it is 8–f.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Literal

Split = Literal["dev", "test", "all"]


def split_of(item_id: str) -> str:
    return "dev" if hashlib.sha1(item_id.encode("utf-8")).hexdigest()[0] in "01234567" else "test"


def in_split(item_id: str, split: Split) -> bool:
    return split == "all" or split_of(item_id) == split


@dataclass
class PRF:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable, gold: Iterable) -> None:
        """Add one unit's comparison: multisets of labels, matched by label."""
        p, g = Counter(predicted), Counter(gold)
        hit = sum((p & g).values())
        self.tp += hit
        self.fp += sum(p.values()) - hit
        self.fn += sum(g.values()) - hit

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class PerLabel:
    """A PRF per label, for per-type / per-root tables."""

    labels: dict[str, PRF] = field(default_factory=dict)

    def add(self, predicted: Iterable[str], gold: Iterable[str]) -> None:
        p, g = Counter(predicted), Counter(gold)
        for label in set(p) | set(g):
            self.labels.setdefault(label, PRF()).add([label] * p[label], [label] * g[label])

    def to_dict(self) -> dict:
        return {k: v.to_dict() for k, v in sorted(self.labels.items())}


def prf_table(title: str, rows: dict[str, dict]):
    """A rich table of name → PRF dicts."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in ("", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col else "left")
    for name, m in rows.items():
        table.add_row(name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                      str(m["tp"]), str(m["fp"]), str(m["fn"]))
    return table


def first_texts(path: str, n: int) -> list[str]:
    """The ``text`` of the first ``n`` records of a JSONL file (``.gz`` too): the articles the
    per-article cost measurements time."""
    import gzip
    import json

    opener = gzip.open if path.endswith(".gz") else open
    texts: list[str] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) == n:
                break
    return texts
