"""Inter-annotator agreement on event-coding gold: two annotation files, their shared records.

The same labels the harness scores (:func:`.events.gold_labels`: CAMEO roots, (source country,
target country, root) triples, dyads) are compared with annotator 1 as the reference, so the
figures read like the coder's: the triple F1 between two people is the ceiling a coder can be
expected to reach on the set. Sentence-level agreement on "has a codable event" is also given
as Cohen's kappa (agreement corrected for what two annotators with the same rates would reach
by chance; Cohen 1960).

``python -m eventwire.evaluation.event_agreement FIRST.jsonl SECOND.jsonl [--json]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import PRF
from .events import SCORED_EXPECT, GoldItem, gold_labels

LABELS = ("root", "triple", "dyad")


def _items(path: str | Path) -> dict[str, GoldItem]:
    with open(path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    return {r["id"]: GoldItem(r["id"], "", r.get("date"), r.get("events") or [], r["expect"],
                              bool(r.get("reciprocal"))) for r in recs
            if r.get("expect") in SCORED_EXPECT}


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two binary judgements over the same items."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    first, second = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = first * second + (1 - first) * (1 - second)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def agreement(first: str | Path, second: str | Path) -> dict:
    """Figures over the records both files label (annotator 1 = reference)."""
    one, two = _items(first), _items(second)
    shared = sorted(one.keys() & two.keys())
    scores = {name: PRF() for name in LABELS}
    pairs: list[tuple[bool, bool]] = []
    differ: list[str] = []
    for rid in shared:
        ref, other = gold_labels(one[rid]), gold_labels(two[rid])
        for name in LABELS:
            scores[name].add(other[name], ref[name])
        pairs.append((bool(ref["root"]), bool(other["root"])))
        if ref["triple"] != other["triple"]:
            differ.append(rid)
    return {"records": len(shared), "both_events": sum(a and b for a, b in pairs),
            "agree_events": sum(a == b for a, b in pairs), "kappa_events": round(kappa(pairs), 4),
            **{name: prf.to_dict() for name, prf in scores.items()}, "triples_differ": differ}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    first, second = [a for a in args if a != "--json"][:2]
    figures = agreement(first, second)
    if as_json:
        print(json.dumps(figures))
        return 0
    print(f"{figures['records']} shared records; events yes/no agree on "
          f"{figures['agree_events']} (kappa {figures['kappa_events']:.3f})")
    for name in LABELS:
        f = figures[name]
        print(f"{name:7} P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f} "
              f"(tp {f['tp']} fp {f['fp']} fn {f['fn']})")
    print("triples differ:", " ".join(figures["triples_differ"]) or "none")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
