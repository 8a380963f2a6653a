"""The ``lapwing`` command line: a thin layer over ingest, store, export and stats.

Exit codes: 0 success; 1 failure (nothing done: unusable database, no input); 2 bad usage;
3 partial failure (the run finished but some input was skipped: see the problem summary).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from lapwing import __version__, ingest
from lapwing.clusters_store import list_clusters, update_clusters
from lapwing.export import FORMATS, export
from lapwing.filters import Filters
from lapwing.network import LEVELS, NETWORK_FORMATS, store_network, write_network
from lapwing.parquet_io import ParquetSink
from lapwing.periods import PERIODS
from lapwing.pipeline import Pipeline
from lapwing.plugins import installed_stages, plugin_manager
from lapwing.problems import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL
from lapwing.render import FileProgress, render_run, render_stats
from lapwing.runners import DEFAULT_RECYCLE_AFTER, open_pipeline
from lapwing.schema import json_schema
from lapwing.settings import Settings, load_settings
from lapwing.stages import default_order
from lapwing.store import Store, StoreError
from lapwing.trends import DIMENSIONS, TREND_PERIODS, latest_changes, series_to_json, store_series

DEFAULT_DB = "lapwing.duckdb"
DEMO_DB = ".lapwing/demo.duckdb"
#: stages that read the actor KB, so that ``--kb`` reaches each of them: actors resolves
#: names; places keeps names the KB gives to organisations and persons from being places
KB_STAGES = ("actors", "places")

err = Console(stderr=True)


def _settings(config: str | None, kb: tuple[str, ...] = (), **overrides: Any) -> Settings:
    try:
        settings = load_settings(config)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    for stage in KB_STAGES if kb else ():
        config = settings.pipeline.stage_config.setdefault(stage, {})
        config["kb_dirs"] = [*config.get("kb_dirs", []), *kb]
    for name, value in overrides.items():
        if value is not None:
            setattr(settings.ingest, name, value)
    return settings


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _open_store(path: str, read_only: bool = False) -> Store:
    if read_only and not Path(path).exists():
        raise click.ClickException(f"{path}: no such database; create it with `lapwing ingest`")
    try:
        return Store(path, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def _common(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options every processing command shares."""
    options = [
        click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML)."),
        click.option("--kb", multiple=True, type=click.Path(exists=True, file_okay=False),
                     help="Extra actor knowledge-base folder (repeatable)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary."),
        click.option("-v", "--verbose", is_flag=True, help="Log each committed batch to stderr."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _workers_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--workers and --recycle-after, shared by ingest and extract."""
    command = click.option(
        "--recycle-after", type=click.IntRange(1), default=DEFAULT_RECYCLE_AFTER, show_default=True,
        help="Replace a worker process after this many documents (bounds memory).")(command)
    return click.option(
        "--workers", type=click.IntRange(0), default=1, show_default=True,
        help="Processes running the extraction stages (1: this process; 0: one per CPU).")(command)


def _filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by export, clusters, network and trends."""
    options = [
        click.option("--from", "date_from", callback=_date, help="Events on or after this date."),
        click.option("--to", "date_to", callback=_date, help="Events on or before this date."),
        click.option("--actor", help="Actor id or name (actor or recipient)."),
        click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT."),
        click.option("--country", help="ISO alpha-3 country of an actor, recipient or location."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(date_from: str | None, date_to: str | None, actor: str | None,
             event_type: str | None, country: str | None) -> Filters:
    try:
        return Filters(date_from=date_from, date_to=date_to, actor=actor, type=event_type,
                       country=country)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _logging(verbose: bool) -> None:
    if verbose:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lapwing")
def cli() -> None:
    """Lapwing: sourced event data from news text.

    Ingest articles into a DuckDB store (or extract records without one), then export,
    count and explore PLOVER-coded events with their evidence.
    """


@cli.command("ingest")
@click.argument("paths", nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--parquet", "parquet_dir", type=click.Path(exists=True, file_okay=False),
              help="Store records already extracted as partitioned Parquet (extract --parquet).")
@click.option("--date", callback=_date, help="Publication date for inputs that state none.")
@click.option("--batch-size", type=click.IntRange(1), help="Documents per transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@_workers_options
@_common
def ingest_command(
    paths: tuple[str, ...], db: str, parquet_dir: str | None, date: str | None,
    batch_size: int | None, as_json: bool,
    workers: int, recycle_after: int, config: str | None, kb: tuple[str, ...], quiet: bool,
    verbose: bool,
) -> None:
    """Read PATHS (files, directories, JSONL, CSV, HTML, RSS/Atom, WARC, or - for stdin)
    and store documents and extracted records in the database.

    Re-running on the same inputs adds nothing; an interrupted run is finished by
    running it again. Problems are listed at the end and set exit code 3. With
    --parquet DIR, records extracted elsewhere (a process pool, a Ray cluster) are stored
    without running the stages again.
    """
    _logging(verbose)
    if bool(paths) == bool(parquet_dir):
        raise click.UsageError("give input PATHS, or --parquet DIR, but not both")
    settings = _settings(config, kb, default_date=date, batch_size=batch_size)
    if parquet_dir:
        with _open_store(db) as store:
            run_id = store.start_run("ingest --parquet", {"parquet": parquet_dir})
            report = ingest.run_parquet(parquet_dir, store, settings, run_id)
            if report.records.get("event"):
                update_clusters(store)
                store.optimize()
            store.finish_run(run_id, report.to_dict())
        report.files = 1
        _finish(report, as_json, quiet, f"Ingested {parquet_dir} into {db}")
    with _open_store(db) as store:
        report = _run_into_store(store, list(paths), settings, quiet, "ingest", workers, recycle_after)
    _finish(report, as_json, quiet, f"Ingested into {db}")


def _run_into_store(
    store: Store, paths: list[str], settings: Settings, quiet: bool, command: str,
    workers: int = 1, recycle_after: int = DEFAULT_RECYCLE_AFTER,
) -> ingest.RunReport:
    with open_pipeline(settings.pipeline, workers, recycle_after) as pipeline:
        run_id = store.start_run(command, {"paths": paths, "settings": settings.to_dict(),
                                           "workers": workers})
        with FileProgress(err, enabled=not quiet and err.is_terminal) as progress:
            report = ingest.run(paths, ingest.StoreSink(store), settings, run_id, pipeline, progress)
    if report.records.get("event"):
        update_clusters(store)  # new events join existing clusters (incremental)
        store.optimize()
    store.finish_run(run_id, report.to_dict())
    return report


def _finish(report: ingest.RunReport, as_json: bool, quiet: bool, title: str) -> None:
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    elif not quiet:
        render_run(report, err, title)
    if report.files == 0:
        err.print("[red]No input files found.[/red]")
        sys.exit(EXIT_FAILURE)
    sys.exit(report.log.exit_code())


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Output JSON-lines file.")
@click.option("--parquet", type=click.Path(file_okay=False),
              help="Write partitioned Parquet to this directory instead (resumable).")
@click.option("--date", callback=_date, help="Publication date for inputs that state none.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON on stderr.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this process or a process pool (--workers); ray: a Ray Data actor "
                   "pool (pip install 'lapwing[ray]'; needs --parquet).")
@click.option("--address", default="local", show_default=True,
              help="Ray only: 'local' starts a private Ray on this machine; 'auto' joins the "
                   "cluster this machine belongs to; or ray://HOST:10001.")
@click.option("--ray-batch-size", type=click.IntRange(1), default=32, show_default=True,
              help="Ray only: documents per actor call (one Parquet part each).")
@_workers_options
@_common
def extract_command(
    paths: tuple[str, ...], output: str, parquet: str | None, date: str | None, as_json: bool,
    engine: str, address: str, ray_batch_size: int,
    workers: int, recycle_after: int, config: str | None, kb: tuple[str, ...], quiet: bool,
    verbose: bool,
) -> None:
    """Extract records from PATHS as JSON lines, without a database.

    One `document` line per input document (an exact repeat of an earlier input carries
    `duplicate_of`), followed by its records. The summary goes to stderr.
    """
    _logging(verbose)
    settings = _settings(config, kb, default_date=date)
    run_id = _new_run_id()
    if engine == "ray":
        if not parquet:
            raise click.UsageError("--engine ray writes partitioned Parquet: give --parquet DIR")
        from lapwing.ray_runner import RayUnavailable, run_ray

        try:
            with FileProgress(err, enabled=not quiet and err.is_terminal) as progress:
                report = run_ray(list(paths), parquet, settings, address=address,
                                 workers=workers or None, batch_size=ray_batch_size,
                                 run_id=run_id, progress=progress)
        except RayUnavailable as exc:
            raise click.ClickException(str(exc)) from None
        if as_json:
            err.print_json(json.dumps(report.to_dict()))
            as_json, quiet = False, True
        _finish(report, as_json, quiet, f"Extracted with Ray into {parquet}")
    elif address != "local":
        raise click.UsageError("--address is for --engine ray")
    with open_pipeline(settings.pipeline, workers, recycle_after) as pipeline:
        with FileProgress(err, enabled=not quiet and err.is_terminal) as progress:
            if parquet:
                report = ingest.run(list(paths), ParquetSink(parquet, run_id), settings, run_id,
                                    pipeline, progress)
            else:
                with click.open_file(output, "w", encoding="utf-8") as out:
                    report = ingest.run(list(paths), ingest.JsonlSink(out), settings, run_id,
                                        pipeline, progress)
    if as_json:
        err.print_json(json.dumps(report.to_dict()))
        as_json, quiet = False, True
    _finish(report, as_json, quiet, "Extracted")


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file (a directory for parquet); - is stdout.")
@_filter_options
def export_command(
    fmt: str, db: str, output: str, date_from: str | None, date_to: str | None,
    actor: str | None, event_type: str | None, country: str | None,
) -> None:
    """Export records: jsonl (the full record stream), csv (one row per event, POLECAT
    style), parquet (one file per record kind), geojson (located events), gexf (actor network).
    """
    filters = _filters(date_from, date_to, actor, event_type, country)
    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet export needs -o DIRECTORY")
    with _open_store(db, read_only=True) as store:
        if output == "-":
            export(store, fmt, sys.stdout, filters)
        else:
            export(store, fmt, output, filters)


@cli.command("stats")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats_command(db: str, as_json: bool) -> None:
    """Counts of documents, events by type, actors, and the date range."""
    with _open_store(db, read_only=True) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats, indent=2, default=str))
    else:
        render_stats(stats, Console())


@cli.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--open", "open_browser", is_flag=True, help="Open the UI in a web browser.")
@click.option("--ingest", "allow_ingest", is_flag=True, help="Accept POST /api/ingest (needs the token).")
@click.option("--token", envvar="LAPWING_TOKEN",
              help="Token for writes (default: $LAPWING_TOKEN, else a random one, printed).")
def serve_command(db: str, host: str, port: int, open_browser: bool, allow_ingest: bool,
                  token: str | None) -> None:
    """Serve the web UI and HTTP API over a database (read-only unless --ingest)."""
    from lapwing.server import serve

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database; create it with `lapwing ingest` or `lapwing demo`")
    try:
        serve(db, host, port, open_browser, allow_ingest=allow_ingest, token=token)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@cli.command("clusters")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--rebuild", is_flag=True, help="Forget all clusters and cluster every event again.")
@click.option("--min-reports", type=click.IntRange(1), default=2, show_default=True,
              help="List clusters reported by at least this many documents.")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Clusters as JSON lines.")
@_filter_options
def clusters_command(db: str, rebuild: bool, min_reports: int, limit: int, as_json: bool,
                     date_from: str | None, date_to: str | None, actor: str | None,
                     event_type: str | None, country: str | None) -> None:
    """Merge reports of the same real-world event (new events only, unless --rebuild),
    then list the best-corroborated clusters the filters select."""
    filters = _filters(date_from, date_to, actor, event_type, country)
    with _open_store(db) as store:
        counts = update_clusters(store, rebuild=rebuild)
        rows = list_clusters(store, filters, limit=limit, min_reports=min_reports)
    err.print(f"placed {counts['placed']} events: {counts['clusters_new']} new clusters, "
              f"{counts['clusters_touched']} touched")
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title="Clusters")
    for column in ("cluster", "type", "date", "place", "reports", "sources", "asserted", "conflicts"):
        table.add_column(column)
    for row in rows:
        c, k = row["canonical"], row["corroboration"]
        table.add_row(row["cluster_id"], c["type"], c["date"].get("value") or "",
                      (c["location"] or {}).get("name") or "", str(k["reports"]), str(k["sources"]),
                      "yes" if k["asserted"] else "no", ", ".join(k["conflicts"]))
    Console().print(table)


@cli.command("network")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--format", "fmt", type=click.Choice(NETWORK_FORMATS), default="json", show_default=True)
@click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True)
@click.option("--level", type=click.Choice(LEVELS), default="actor", show_default=True,
              help="Nodes are actors, or countries+sectors (ISR-MIL).")
@click.option("-o", "--output", default="-", show_default=True, help="Output file; - is stdout.")
@_filter_options
def network_command(db: str, fmt: str, period: str, level: str, output: str,
                    date_from: str | None, date_to: str | None, actor: str | None,
                    event_type: str | None, country: str | None) -> None:
    """The actor network over time: edges per period with counts per event type and PLOVER
    conflict-cooperation scores, relations as typed edges (GEXF, GraphML, JSON)."""
    filters = _filters(date_from, date_to, actor, event_type, country)
    with _open_store(db, read_only=True) as store:
        network = store_network(store, filters, period, level)
    with click.open_file(output, "w", encoding="utf-8") as out:
        counts = write_network(network, fmt, out)
    err.print(f"{counts['nodes']} nodes, {counts['edges']} edges")


@cli.command("trends")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--by", "dimension", type=click.Choice(DIMENSIONS), default="type", show_default=True)
@click.option("--period", type=click.Choice(TREND_PERIODS), default="month", show_default=True)
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True,
              help="Series shown (largest totals first).")
@click.option("--json", "as_json", is_flag=True, help="Every series with all its points.")
@_filter_options
def trends_command(db: str, dimension: str, period: str, limit: int, as_json: bool,
                   date_from: str | None, date_to: str | None, actor: str | None,
                   event_type: str | None, country: str | None) -> None:
    """Weekly or monthly series per type, actor, dyad or country, per document published,
    with a change level against the trailing baseline."""
    filters = _filters(date_from, date_to, actor, event_type, country)
    with _open_store(db, read_only=True) as store:
        series = store_series(store, dimension, period, filters)[:limit]
    if as_json:
        click.echo(json.dumps(series_to_json(series), ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Trends by {dimension}, last {period}")
    for column in ("series", "total", "period", "events", "documents", "per document",
                   "baseline", "change"):
        table.add_column(column)
    for s, point in latest_changes(series, keep=lambda p: True):
        table.add_row(s.key, str(s.total), point.period, str(point.events), str(point.documents),
                      "" if point.rate is None else f"{point.rate:.3f}",
                      "" if point.baseline is None else f"{point.baseline:.3f}",
                      point.change or "")
    Console().print(table)


@cli.command("demo")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False),
              help="Corpus folder (default: the bundled examples/corpus).")
@click.option("--db", default=DEMO_DB, show_default=True, help="Demo database file.")
@click.option("--serve/--no-serve", "then_serve", default=False,
              help="Serve the web UI on 127.0.0.1 when done.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@_common
def demo_command(
    corpus: str | None, db: str, then_serve: bool, port: int, config: str | None,
    kb: tuple[str, ...], quiet: bool, verbose: bool,
) -> None:
    """Ingest the bundled sample corpus, extract its records, print a summary, and
    (with --serve) serve the web UI over it."""
    _logging(verbose)
    folder = Path(corpus) if corpus else _bundled_corpus()
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    settings = _settings(config, kb)
    with _open_store(db) as store:
        report = _run_into_store(store, [str(folder)], settings, quiet, "demo")
        stats = store.stats()
    if not quiet:
        render_run(report, err, f"Demo: ingested {folder} into {db}")
        render_stats(stats, Console())
        stages = ", ".join(Pipeline.from_settings(settings.pipeline).names) or "none installed yet"
        click.echo(f"Extraction stages: {stages}")
        click.echo(f"Explore: lapwing stats --db {db} | lapwing export --db {db} --format csv")
    if then_serve:
        from lapwing.server import serve

        serve(db, "127.0.0.1", port)
    sys.exit(EXIT_OK if report.log.exit_code() == EXIT_OK else EXIT_PARTIAL)


def _bundled_corpus() -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):
        candidate = base / "examples" / "corpus"
        if candidate.is_dir():
            return candidate
    raise click.ClickException("sample corpus not found; pass --corpus DIR")


@cli.group("eval")
def eval_group() -> None:
    """Score Lapwing against gold data (formats: docs of the gold-format spec)."""


def _show_eval(
    errors: bool, as_json: bool, error_lines: Callable[[], Any], scores: Callable[[], dict[str, Any]],
    tables: Callable[[dict[str, Any]], list[Any]],
) -> None:
    """Every `lapwing eval` scorer prints its error list, its scores as JSON, or its tables."""
    if errors:
        for line in error_lines():
            click.echo(line)
        return
    result = scores()
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    console = Console()
    for table in tables(result):
        console.print(table)


@eval_group.command("timex")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--half", type=click.Choice(["dev", "heldout"]), help="Score one half of a split corpus.")
@click.option("--errors", is_flag=True, help="List every wrong, missed and extra expression.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
def eval_timex_command(gold: str, half: str | None, errors: bool, as_json: bool) -> None:
    """Time expressions: strict/relaxed span P/R/F1, type and value accuracy, value F1."""
    from lapwing.eval import timex

    _show_eval(
        errors, as_json, lambda: timex.error_lines(Path(gold), half),  # type: ignore[arg-type]
        lambda: timex.evaluate_file(Path(gold), half),  # type: ignore[arg-type]
        lambda scores: [timex.score_table({half or Path(gold).name: scores})],
    )


@eval_group.command("events")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--half", type=click.Choice(["dev", "heldout"]), help="Score one half of a split corpus.")
@click.option("--errors", is_flag=True, help="List every missed, extra, mistyped and misassigned event.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
def eval_events_command(gold: str, half: str | None, errors: bool, as_json: bool) -> None:
    """Events: detection P/R/F1, type accuracy and macro-F1, source/target country, modality."""
    from lapwing.eval import events

    _show_eval(
        errors, as_json, lambda: events.error_lines(Path(gold), half),  # type: ignore[arg-type]
        lambda: events.evaluate_file(Path(gold), half),  # type: ignore[arg-type]
        lambda scores: [events.score_table({half or Path(gold).name: scores}),
                        events.confusion_table(scores)],
    )


@eval_group.command("geo")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--mode", type=click.Choice(["end2end", "gold-spans"]), default="end2end",
              show_default=True, help="Find the names too, or resolve the gold names only.")
@click.option("--half", type=click.Choice(["dev", "heldout"]), help="Score one half of a split corpus.")
@click.option("--ranker", type=click.Choice(["model", "population"]), default="model",
              show_default=True, help="The fitted ranker, or the population-only baseline.")
@click.option("--errors", is_flag=True, help="List every wrong, missed and extra place.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
def eval_geo_command(gold: str, mode: str, half: str | None, ranker: str, errors: bool,
                     as_json: bool) -> None:
    """Places: recall, precision, accuracy within 161 km, mean/median error, AUC."""
    from lapwing.eval import geo

    _show_eval(
        errors, as_json, lambda: geo.error_lines(Path(gold), mode, half),  # type: ignore[arg-type]
        lambda: geo.evaluate_file(Path(gold), mode, half, ranker),  # type: ignore[arg-type]
        lambda scores: [geo.score_table({f"{half or Path(gold).name} ({mode}, {ranker})": scores})],
    )


@eval_group.command("convert")
@click.argument("corpus", type=click.Choice(["meantime", "geovirus", "plover"]))
@click.argument("folder", type=click.Path(exists=True))
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--half", type=click.Choice(["dev", "heldout"]), help="Write one half only.")
@click.option("--keep-creation-time", is_flag=True, help="Keep the date line in the text.")
def eval_convert_command(corpus: str, folder: str, output: str, half: str | None,
                         keep_creation_time: bool) -> None:
    """Convert a development corpus to the gold JSON-lines format: a MEANTIME or GeoVirus
    folder, or the PLOVER gold records file."""
    from lapwing.eval import geovirus, meantime, plover

    if corpus == "plover":
        count = plover.write_gold(Path(folder), Path(output), half)  # type: ignore[arg-type]
    elif corpus == "geovirus":
        count = geovirus.write_gold(Path(folder), Path(output), half)  # type: ignore[arg-type]
    else:
        count = meantime.write_gold(Path(folder), Path(output), keep_creation_time, half)  # type: ignore[arg-type]
    click.echo(f"wrote {count} documents to {output}")


@cli.group("kb")
def kb_group() -> None:
    """The actor knowledge base: check your own files, explain a resolution."""


@kb_group.command("validate")
@click.option("--kb", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of your own knowledge files (repeatable).")
def kb_validate_command(kb: tuple[str, ...]) -> None:
    """Check the packaged knowledge base plus --kb folders; errors give file and line."""
    from lapwing.knowledge import validate_kb

    problems = validate_kb(list(kb))
    for problem in problems:
        click.echo(str(problem))
    errors = sum(p.severity == "error" for p in problems)
    click.echo(f"{errors} error(s), {len(problems) - errors} warning(s)", err=True)
    sys.exit(EXIT_FAILURE if errors else EXIT_OK)


@kb_group.command("lookup")
@click.argument("name")
@click.option("--date", callback=_date, help="Article date: picks the role held then.")
@click.option("--kb", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of your own knowledge files (repeatable).")
def kb_lookup_command(name: str, date: str | None, kb: tuple[str, ...]) -> None:
    """Explain how NAME resolves to an actor (rule, aliases, role on --date)."""
    from lapwing.actors import explain_lookup

    click.echo(explain_lookup(name, date, list(kb)))


@cli.command("bench")
@click.argument("paths", nargs=-1)
@click.option("--docs", type=click.IntRange(1), default=1000, show_default=True,
              help="Documents to generate (with PATHS: the most to read from them).")
@click.option("--words", type=click.IntRange(10), default=300, show_default=True,
              help="Words per generated document.")
@click.option("--workers", type=click.IntRange(1),
              help="Measure the process pool with 1..N workers  [default: one per CPU]")
@click.option("--engine", "engines", type=click.Choice(["local", "ray"]), multiple=True,
              default=("local",), show_default=True, help="Runner(s) to scale (repeatable).")
@click.option("--chunk-size", type=click.IntRange(1), default=32, show_default=True,
              help="Documents per task sent to a worker.")
@click.option("--profile", "profile_top", type=click.IntRange(0), default=0,
              help="Also list the N hottest functions of the in-process run.")
@click.option("--reference", "reference_model", default="en_lapwing", show_default=True,
              help="Also time this spaCy pipeline (name or path) as a reference for a "
                   "statistical parse; '' to skip.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False),
              help="Save the results as JSON to this file.")
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML).")
def bench_command(
    paths: tuple[str, ...], docs: int, words: int, workers: int | None, engines: tuple[str, ...],
    chunk_size: int, profile_top: int, reference_model: str, json_out: str | None,
    config: str | None,
) -> None:
    """Measure extraction speed: floors, each stage, end to end, and 1..N workers.

    Uses a generated news-like corpus, or the documents in PATHS. Prints documents,
    sentences and words per second, each as a ratio to floor references measured in the
    same run (regex tokenisation, sentence splitting, spaCy tokenisation if installed),
    and speedup, efficiency and peak memory per worker for 1..N workers.
    """
    from lapwing import bench

    settings = _settings(config)
    result = bench.run_bench(
        paths=list(paths), docs=docs, words=words, settings=settings, max_workers=workers,
        engines=engines, chunk_size=chunk_size, profile_top=profile_top,
        reference_model=reference_model or None,
        progress=lambda what: err.print(f"[dim]measuring: {what}[/dim]"),
    )
    bench.render_bench(result, Console())
    if json_out:
        bench.save_json(result, json_out)


@cli.command("explain")
@click.argument("sentence")
@click.option("--date", callback=_date, help="Article date that anchors relative times.")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="An extra actor KB folder (repeatable).")
def explain_command(sentence: str, date: str | None, kb_dirs: tuple[str, ...]) -> None:
    """Show what fired on SENTENCE (actors, times, triggers, roles, modality) and the records."""
    from lapwing.explain import explain

    click.echo(explain(sentence, date, kb_dirs))


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the exported records (the record contract)."""
    click.echo(json.dumps(json_schema(), indent=2))


@cli.command("stages")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stages_command(as_json: bool) -> None:
    """List installed extraction stages: what each reads and assigns, defaults, scorer."""
    specs = installed_stages()
    rows = [
        {"name": s.name, "reads": list(s.reads), "assigns": list(s.assigns),
         "requires": list(s.requires), "default_config": dict(s.default_config),
         "scorer": s.scorer, "description": s.description}
        for s in (specs[n] for n in default_order(specs))
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    elif not rows:
        click.echo("No extraction stages installed yet.")
    for row in [] if as_json else rows:
        click.echo(f"{row['name']}: {row['description']}")
        for key in ("reads", "assigns", "requires", "default_config", "scorer"):
            click.echo(f"    {key}: {row[key]}")


def main() -> None:
    """Console-script entry point: plugins may add commands before the CLI runs."""
    plugin_manager().hook.register_commands(cli=cli)
    cli()
