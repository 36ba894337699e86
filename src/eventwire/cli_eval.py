"""``eventwire eval KIND``: score an extractor against a public gold set."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

eval_app = typer.Typer(no_args_is_help=True, help="Score extractors against public gold sets.")
out = Console()


class SplitOpt(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


GoldOpt = typer.Option(..., "--gold", exists=True, help="gold file or folder")
SplitOption = typer.Option(SplitOpt.dev, "--split", help="dev (tune) | test (report) | all")
JsonOpt = typer.Option(False, "--json", help="print one JSON object of the figures")


@eval_app.command("events")
def eval_events_cli(gold: Path = GoldOpt, split: SplitOpt = SplitOption, json_: bool = JsonOpt) -> None:
    """Event detection, PLOVER type, CAMEO root and (source, target, root) P/R/F1."""
    from .evaluation.common import prf_table
    from .evaluation.events import evaluate_events

    scores = evaluate_events(gold, split=split.value).to_dict()
    scores.update(gold=str(gold), split=split.value)
    if json_:
        sys.stdout.write(json.dumps(scores) + "\n")
        return
    out.print(f"{gold} split={split.value}: {scores['sentences']} sentences, "
              f"{scores['extra_events']} events in sentences whose gold has none")
    out.print(prf_table("overall", {k: scores[k] for k in ("detected", "plover", "root", "triple")}))
    out.print(prf_table("per PLOVER type", scores["per_type"]))
    out.print(prf_table("per CAMEO root", scores["per_root"]))
