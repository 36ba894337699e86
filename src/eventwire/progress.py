"""A progress bar for long runs: shown on a terminal, silent otherwise (logs, CI, pipes)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(console: Console) -> Iterator[Callable[[object], None]]:
    """Yield a ``tick(result)`` callback that counts processed inputs."""
    if not console.is_terminal:
        yield lambda result: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    # transient: the bar disappears when the run ends, leaving only the report
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        yield lambda result: progress.advance(task)
