"""Per-sentence error listing for an events gold set: gold vs predicted CAMEO triples.

    python -m eventwire.evaluation.event_errors GOLD [--split dev] [--all] [--corpora DIR]
        [--actors FILE ...]

For every scored sentence of the split (only those with a difference unless ``--all``) it prints
the id, the sentence, the gold and the predicted (source country, target country, root) triples,
the missed (``FN``) and extra (``FP``) ones, and each predicted event (code, trigger, actor and
recipient codes), so an error table such as eval/events_reuters.md's can be rebuilt from the
repository. It uses the harness's own label functions (:mod:`.events`), so the triples are the
ones the scores count. Test splits are refused unless ``--allow-test`` is given: tuning is done
on dev only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .events import events_pipeline, gold_labels, load_gold, predicted_labels, run_sentence


@dataclass
class SentenceErrors:
    id: str
    text: str
    gold: set
    predicted: set
    events: list = field(default_factory=list)  # (code, trigger text, actor code, recipient code)

    @property
    def missed(self) -> set:
        return self.gold - self.predicted

    @property
    def extra(self) -> set:
        return self.predicted - self.gold


def _fmt(triple: tuple) -> str:
    src, tgt, root = triple
    return f"{src or '-'}->{tgt or '-'}:{root}"


def _event_rows(article) -> list:
    rows = []
    for ev in article.events:
        if not ev.cameo:
            continue
        trigger = article.text[ev.trigger.start:ev.trigger.end] if getattr(ev, "trigger", None) else ""
        rows.append((ev.cameo, trigger, ev.actor_code, ev.recipient_code, ev.modality))
    return rows


def sentence_errors(gold: str | Path, split: str = "dev", pipeline=None, actors=None,
                    corpora=None) -> Iterator[SentenceErrors]:
    """Gold and predicted triples of every scored sentence of ``split``."""
    pipeline = pipeline or events_pipeline(actors)
    for item in load_gold(gold, split, None, corpora):
        article = run_sentence(pipeline, item)
        g, p = gold_labels(item), predicted_labels(article)
        yield SentenceErrors(item.id, item.text, g["triple"], p["triple"], _event_rows(article))


def render(errors: SentenceErrors) -> str:
    lines = [f"== {errors.id}", errors.text,
             "  gold: " + " ".join(sorted(map(_fmt, errors.gold), key=str)),
             "  pred: " + " ".join(sorted(map(_fmt, errors.predicted), key=str))]
    if errors.missed:
        lines.append("  FN:   " + " ".join(sorted(map(_fmt, errors.missed), key=str)))
    if errors.extra:
        lines.append("  FP:   " + " ".join(sorted(map(_fmt, errors.extra), key=str)))
    for code, trigger, actor, recipient, modality in errors.events:
        lines.append(f"    ev {code} '{trigger}' {actor or '-'} -> {recipient or '-'}"
                     + (f" [{modality}]" if modality and modality != "asserted" else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="event_errors", description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--all", action="store_true", help="also list sentences without errors")
    ap.add_argument("--corpora")
    ap.add_argument("--actors", action="append")
    ap.add_argument("--allow-test", action="store_true")
    args = ap.parse_args(argv)
    if args.split != "dev" and not args.allow_test:
        print("refusing a non-dev split (tune on dev only); pass --allow-test to override",
              file=sys.stderr)
        return 2
    fn = fp = 0
    for errs in sentence_errors(args.gold, args.split, actors=args.actors, corpora=args.corpora):
        fn += len(errs.missed)
        fp += len(errs.extra)
        if args.all or errs.missed or errs.extra:
            print(render(errs))
    print(f"total: {fn} missed (FN), {fp} extra (FP) triples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
