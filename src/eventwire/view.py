"""Human views with rich: one article's findings, query rows, run reports, the demo summary."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .record import Article


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def _entity_names(article: Article) -> dict[str, str]:
    return {e.id: e.name for e in article.entities}


def _event_rows(article: Article) -> list[list[Any]]:
    names = _entity_names(article)
    places = {p.id: p.name for p in article.places}
    return [[
        e.id, ", ".join(names.get(i, i) for i in e.actor) + f" [{e.actor_code or '-'}]",
        f"{e.trigger.text} → {e.cameo} {e.plover or ''}",
        ", ".join(names.get(i, i) for i in e.recipient) + f" [{e.recipient_code or '-'}]",
        places.get(e.place or "", ""), e.date, e.modality,
        " ".join(article.text[e.sentence.start : e.sentence.end].split())[:110],
    ] for e in article.events]


def article_view(article: Article) -> Group:
    """Everything found in one article, section by section."""
    head = Text(f"{article.id}  {article.title or '(no title)'}\n", style="bold")
    head.append(f"{article.source.uri}  published={article.source.published}  "
                f"words={article.tone.word_count if article.tone else '?'}")
    parts: list[Any] = [Panel(head)]
    parts.append(_table("Events", ["id", "actor", "action", "recipient", "place", "date",
                                   "modality", "sentence"], _event_rows(article)))
    parts.append(_table("Entities", ["id", "name", "type", "actor", "mentions"], [
        [e.id, e.name, e.type, e.actor.code if e.actor else None, len(e.mentions)]
        for e in article.entities]))
    parts.append(_table("Places", ["id", "name", "country", "feature", "lat", "lon", "geonameid"], [
        [p.id, p.name, p.country, p.feature, p.lat, p.lon, p.geonameid] for p in article.places]))
    parts.append(_table("Dates", ["text", "value", "type", "anchor"], [
        [d.text, d.value, d.type, d.anchor] for d in article.dates]))
    parts.append(_table("Amounts", ["text", "value", "unit", "object"], [
        [a.text, a.value, a.unit, a.object] for a in article.amounts]))
    parts.append(_table("Quotes", ["speaker", "cue", "kind", "text"], [
        [q.speaker_text, q.cue, q.kind, q.text[:120]] for q in article.quotes]))
    parts.append(_table("Attributions", ["source", "cue", "claim"], [
        [a.source_text, a.cue, a.text[:120]] for a in article.attributions]))
    parts.append(_table("Framing", ["technique", "text"], [
        [f.technique, f.text] for f in article.framing]))
    extra = [f"tone={article.tone.tone:.2f}" if article.tone else "tone=?",
             "themes=" + ",".join(article.themes),
             "boilerplate=" + "; ".join(f"[{b.reason}] {b.text[:50]}" for b in article.boilerplate),
             "warnings=" + "; ".join(f"{w.code} {w.message}" for w in article.warnings),
             "steps=" + " → ".join(article.steps)]
    parts.append(Text("\n".join(extra)))
    return Group(*parts)


def rows_view(title: str, rows: list[dict[str, Any]]) -> Table:
    columns = list(rows[0]) if rows else ["(no rows)"]
    return _table(title, columns, ([r[c] for c in columns] for r in rows))


def report_view(report, title: str = "ingest report") -> Panel:
    lines = [f"read {report.read}  stored {report.stored}  duplicate {report.duplicate}  "
             f"rejected {len(report.rejected)}  in {report.seconds:.1f}s"]
    lines += [f"  rejected {r.uri}: {r.reason}" for r in report.rejected]
    style = "green" if report.ok else "yellow"
    return Panel("\n".join(lines), title=title, border_style=style)


def print_all(*renderables: Any, console: Console | None = None) -> None:
    console = console or Console()
    for r in renderables:
        console.print(r)
