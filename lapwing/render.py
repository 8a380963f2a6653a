"""Human-readable summaries for the terminal (rich tables), kept out of the CLI's logic."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from lapwing.ingest import RunReport

MAX_PROBLEMS_SHOWN = 50


class FileProgress:
    """A progress bar over input files, on stderr, shown only on an interactive terminal."""

    def __init__(self, console: Console, enabled: bool):
        self._bar = RichProgress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}"),
            console=console,
            transient=True,
            disable=not enabled,
        )
        self._task: Any = None

    def __enter__(self) -> FileProgress:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(*exc)

    def start(self, files: int) -> None:
        self._task = self._bar.add_task("reading", total=files, current="")

    def file_done(self, path: str) -> None:
        self._bar.update(self._task, advance=1, current=path[-60:])


def render_run(report: RunReport, console: Console, title: str) -> None:
    """The end-of-run summary: what was read, stored, skipped, and every problem."""
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("input files", report.files),
        ("files already ingested (skipped)", report.files_already_done),
        ("documents read", report.inputs),
        ("new documents", report.documents_new),
        ("exact duplicates (not stored again)", report.exact_duplicates),
        ("near-duplicates (marked duplicate_of)", report.near_duplicates),
    ]
    rows += [(f"{kind} records", n) for kind, n in sorted(report.records.items())]
    counts = report.log.counts()
    rows += [("errors (input skipped)", counts.get("error", 0)), ("warnings", counts.get("warning", 0))]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
    render_problems(report.log.problems, console)


def render_problems(problems: list[Any], console: Console) -> None:
    """Problems as ``file:line [record]: severity: reason (hint)``, errors first."""
    if not problems:
        return
    ordered = sorted(problems, key=lambda p: (p.severity != "error", p.origin, p.line or 0))
    console.print(f"[bold]Problems ({len(problems)}):[/bold]")
    for problem in ordered[:MAX_PROBLEMS_SHOWN]:
        colour = "red" if problem.severity == "error" else "yellow"
        console.print(f"[{colour}]{problem}[/{colour}]", highlight=False, markup=True, soft_wrap=True)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        console.print(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more (use --json for all)")


def render_stats(stats: Mapping[str, Any], console: Console) -> None:
    """``lapwing stats``: one table of scalars, then one per breakdown (events by type...)."""
    scalars = Table(title="Lapwing store", show_header=False, title_justify="left")
    scalars.add_column("what")
    scalars.add_column("value", justify="right")
    breakdowns = {}
    for key, value in stats.items():
        if isinstance(value, Mapping):
            breakdowns[key] = value
        else:
            scalars.add_row(key.replace("_", " "), "—" if value is None else str(value))
    console.print(scalars)
    for key, values in breakdowns.items():
        if not values:
            continue
        table = Table(title=key.replace("_", " "), title_justify="left")
        table.add_column("value")
        table.add_column("count", justify="right")
        for name, count in values.items():
            table.add_row(str(name), str(count))
        console.print(table)
