"""Lapwing's temporal normaliser against dateparser's ``search_dates``, side by side on MEANTIME.

    python benchmarks/timex.py PATH/TO/meantime [--keep-creation-time] [--json results.json]

Both systems read the same texts with the same article dates (dateparser through
``RELATIVE_BASE``, preferring past dates as news does) and are scored by the same scorer
(:mod:`lapwing.eval.timex`), on the development half and on the held-out half of the fixed
split (:func:`lapwing.eval.meantime.half_of`). Speed is gold expressions and kilobytes of text
per second of wall time on this machine, in this run. dateparser has no types, intervals or durations, so its
matches are scored as DATE (TIME when it reports a clock time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from lapwing.eval.meantime import Half, convert_corpus, half_of
from lapwing.eval.timex import GoldDoc, Predictor, parse_gold_record, evaluate, lapwing_predictor
from lapwing.records import Timex

HALVES: tuple[Half, ...] = ("dev", "heldout")


def dateparser_predictor() -> Predictor:
    """``dateparser.search.search_dates`` as a predictor, spans located in the text in order."""
    from dateparser.search import search_dates

    def predict(text: str, date: str | None) -> list[Timex]:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
        if date:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(date)
        found = search_dates(text, languages=["en"], settings=settings) or []
        timexes, position = [], 0
        for substring, moment in found:
            start = text.find(substring, position)
            if start < 0:
                continue
            position = start + len(substring)
            has_clock = ":" in substring or moment.time() != dt.time(0, 0)
            value = moment.strftime("%Y-%m-%dT%H:%M") if has_clock else moment.date().isoformat()
            timexes.append(Timex("", start, position, substring, "TIME" if has_clock else "DATE", value))
        return timexes

    return predict


def measure(predictor: Predictor, docs: list[GoldDoc]) -> dict[str, Any]:
    """Scores of ``predictor`` on ``docs`` plus its speed in gold expressions and text KB per second."""
    began = time.perf_counter()
    counts = evaluate(docs, predictor)
    seconds = time.perf_counter() - began
    scores = counts.scores()
    scores["seconds"] = seconds
    scores["expressions_per_second"] = counts.gold / seconds if seconds else 0.0
    scores["kb_per_second"] = sum(len(d.text) for d in docs) / 1000 / seconds if seconds else 0.0
    return scores


def _table(results: dict[str, dict[str, Any]]) -> Table:
    table = Table(title="MEANTIME temporal expressions: Lapwing vs dateparser.search_dates")
    table.add_column("system / half")
    for column in ("docs", "gold", "pred", "span F1 (strict)", "span F1 (relaxed)", "type acc",
                   "value acc", "value P", "value R", "value F1", "expr/s", "KB/s"):
        table.add_column(column, justify="right")
    for name, s in results.items():
        table.add_row(
            name, str(s["documents"]), str(s["gold"]), str(s["predicted"]),
            f"{100 * s['strict']['f1']:.1f}", f"{100 * s['relaxed']['f1']:.1f}",
            f"{100 * s['type_accuracy']:.1f}", f"{100 * s['value_accuracy']:.1f}",
            f"{100 * s['value']['precision']:.1f}", f"{100 * s['value']['recall']:.1f}",
            f"{100 * s['value']['f1']:.1f}", f"{s['expressions_per_second']:.0f}", f"{s['kb_per_second']:.0f}",
        )
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("meantime", type=Path, help="the MEANTIME corpus folder")
    parser.add_argument("--keep-creation-time", action="store_true",
                        help="keep each article's date line (and its gold TIMEX3) in the text")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    try:
        records = list(convert_corpus(args.meantime, args.keep_creation_time))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    halves = {h: [parse_gold_record(r, f"{args.meantime}:{r['id']}") for r in records if half_of(r["id"]) == h]
              for h in HALVES}
    systems: dict[str, Callable[[], Predictor]] = {"lapwing": lapwing_predictor, "dateparser": dateparser_predictor}
    results = {}
    for system, make in systems.items():
        predictor = make()
        predictor("Warm-up on Monday, 5 May 2020.", "2020-05-06")  # load models and caches outside the timing
        for half in HALVES:
            results[f"{system} / {half}"] = measure(predictor, halves[half])
    Console(width=200).print(_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
