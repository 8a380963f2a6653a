"""``lapwing eval geo``: score place recognition and resolution against gold toponyms.

Gold is JSON Lines in the format of ``gold-formats.md`` (``id``, ``text``, ``toponyms`` with
``start``, ``end``, ``lat``, ``lon`` and optionally ``geonameid`` and ``country``). Two modes:

``end2end``     Lapwing finds the names itself. A gold toponym is found when a predicted
                place overlaps it (one-to-one, largest overlap first); recall and precision
                count those pairs, and the distance figures are over the found ones.
``gold-spans``  Lapwing is given the gold spans and only resolves them; every gold toponym
                counts, and one left unresolved counts as the farthest error possible.

Distance figures are those of the geoparsing literature (Gritta et al. 2018): accuracy
within 161 km (100 miles), mean and median error in km, and AUC, the area under the curve
of sorted errors scaled as ln(1 + km) / ln(20039), between 0 (perfect) and 1 (lower is
better). The ceiling is the share of those toponyms for which *some* candidate lies within
161 km: what a perfect ranker over Lapwing's gazetteer would reach, since a country or state
pin sits at the gazetteer's centre of it, which can be hundreds of km from the point a gold
standard chose (GeoVirus uses Wikipedia's). Exact GeoNames id accuracy is counted where gold has ids. The ``half`` option
keeps one half of the fixed split of :func:`lapwing.eval.geovirus.half_of`.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rich.table import Table

from lapwing.eval.gold import check_document, one_to_one, ratio, read_gold_lines
from lapwing.eval.geovirus import half_of
from lapwing.eval.meantime import Half
from lapwing.places import PlaceFinder
from lapwing.places_resolve import Resolved, distance_km

Mode = Literal["end2end", "gold-spans"]
MODES: tuple[Mode, ...] = ("end2end", "gold-spans")
MAX_KM = 20_039.0  # half the earth's circumference: the error of a missing answer
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    lat: float
    lon: float
    text: str = ""
    geonameid: int | None = None
    country: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_gold(path: Path, half: Half | None = None) -> list[GoldDoc]:
    """Gold documents of a JSON Lines file; ``half`` keeps one half of the fixed split."""
    return read_gold_lines(path, parse_gold_record, lambda d: half is None or half_of(d.id) == half)


def parse_gold_record(data: Any, where: str) -> GoldDoc:
    """One gold line, checked; ``where`` prefixes every error."""
    check_document(data, where)
    toponyms = []
    for i, t in enumerate(data.get("toponyms") or []):
        try:
            gold = GoldToponym(int(t["start"]), int(t["end"]), float(t["lat"]), float(t["lon"]),
                               str(t.get("text", "")),
                               int(t["geonameid"]) if t.get("geonameid") is not None else None,
                               t.get("country"))
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"{where}: toponym {i} needs start, end, lat and lon") from None
        if not 0 <= gold.start < gold.end <= len(data["text"]):
            raise ValueError(f"{where}: toponym {i} offsets {gold.start}-{gold.end} fall outside the text")
        toponyms.append(gold)
    return GoldDoc(str(data["id"]), data["text"], tuple(toponyms))


def overlap_pairs(gold: tuple[GoldToponym, ...], predicted: list[Resolved]) -> list[tuple[GoldToponym, Resolved]]:
    """One-to-one overlap matching: same spans first, then largest overlap, then earliest gold."""
    options = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.found.end) - max(g.start, p.found.start)
            if overlap > 0:
                same = (g.start, g.end) == (p.found.start, p.found.end)
                options.append(((not same, -overlap), gi, pi))
    return [(gold[gi], predicted[pi]) for gi, pi in one_to_one(options)]


def error_km(gold: GoldToponym, predicted: Resolved) -> float:
    c = predicted.candidate
    return MAX_KM if c is None else distance_km(gold.lat, gold.lon, c.lat, c.lon)


@dataclass
class Counts:
    """Tallies over a corpus; :meth:`scores` turns them into the reported figures."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    found: int = 0
    errors_km: list[float] = field(default_factory=list)
    reachable: int = 0  # found toponyms with some candidate within 161 km
    with_id: int = 0
    id_correct: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, doc: GoldDoc, predicted: list[Resolved], mode: Mode, keep_lines: bool = False) -> None:
        self.documents += 1
        self.gold += len(doc.toponyms)
        self.predicted += len(predicted)
        pairs = overlap_pairs(doc.toponyms, predicted)
        self.found += len(pairs)
        for g, p in pairs:
            km = error_km(g, p)
            self.errors_km.append(km)
            self.reachable += km <= ACCURACY_KM or any(  # a place given by its container is no candidate
                distance_km(g.lat, g.lon, c.lat, c.lon) <= ACCURACY_KM for c in p.found.candidates)
            if g.geonameid is not None:
                self.with_id += 1
                self.id_correct += p.candidate is not None and p.candidate.geonameid == g.geonameid
            if keep_lines and km > ACCURACY_KM:
                got = f"{p.candidate.name} {p.candidate.country} {p.candidate.feature}" if p.candidate else "nothing"
                self.lines.append(f"{doc.id} WRONG {g.text!r} {km:.0f} km: got {got} (p={p.probability:.2f})")
        if mode == "gold-spans":  # a gold span with no answer at all is the worst error
            self.errors_km += [MAX_KM] * (len(doc.toponyms) - len(pairs))
        if keep_lines:
            matched = {id(g) for g, _ in pairs} | {id(p) for _, p in pairs}
            self.lines += [f"{doc.id} MISSED {g.text!r}" for g in doc.toponyms if id(g) not in matched]
            self.lines += [f"{doc.id} EXTRA {p.found.text!r} -> "
                           f"{p.candidate.name if p.candidate else None}" for p in predicted
                           if id(p) not in matched]

    def scores(self) -> dict[str, Any]:
        """The reported figures: fractions between 0 and 1, distances in km."""
        errors = self.errors_km
        auc = statistics.fmean(math.log1p(e) / math.log1p(MAX_KM) for e in errors) if errors else 0.0
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "recall": ratio(self.found, self.gold),
            "precision": ratio(self.found, self.predicted),
            "accuracy_161km": ratio(sum(e <= ACCURACY_KM for e in errors), len(errors)),
            "candidate_ceiling_161km": ratio(self.reachable, len(errors)),
            "geonameid_accuracy": ratio(self.id_correct, self.with_id) if self.with_id else None,
            "mean_km": statistics.fmean(errors) if errors else 0.0,
            "median_km": statistics.median(errors) if errors else 0.0,
            "auc": auc,
        }


def predict(finder: PlaceFinder, doc: GoldDoc, mode: Mode) -> list[Resolved]:
    """What Lapwing answers for one gold document in ``mode``."""
    if mode == "gold-spans":
        return finder.resolve_spans(doc.text, [(t.start, t.end) for t in doc.toponyms])
    return finder.find(doc.text)


def evaluate(docs: list[GoldDoc], mode: Mode = "end2end", finder: PlaceFinder | None = None,
             keep_lines: bool = False) -> Counts:
    """Run ``finder`` (default: Lapwing's model) over the gold documents and tally."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    finder = finder or PlaceFinder.build()
    counts = Counts()
    for doc in docs:
        counts.add(doc, predict(finder, doc, mode), mode, keep_lines)
    return counts


def evaluate_file(path: Path, mode: Mode = "end2end", half: Half | None = None,
                  ranker: str = "model") -> dict[str, Any]:
    """Scores for a gold file (optionally one half): what ``lapwing eval geo`` prints."""
    return evaluate(read_gold(path, half), mode, PlaceFinder.build(ranker=ranker)).scores()


def error_lines(path: Path, mode: Mode = "end2end", half: Half | None = None) -> list[str]:
    """Every wrong, missed and extra place: for whoever tunes the rules, on the dev half."""
    return evaluate(read_gold(path, half), mode, keep_lines=True).lines


def percent(key: str) -> Callable[[dict[str, Any]], str]:
    """A formatter for the fraction ``key`` of a score dict, in percent ("-" when absent)."""
    return lambda s: "-" if s[key] is None else f"{100 * s[key]:.1f}"


def score_table(results: dict[str, dict[str, Any]], title: str = "Places") -> Table:
    """One column per result set (halves, modes, rankers); fractions shown in percent."""
    table = Table(title=title)
    table.add_column("measure")
    for name in results:
        table.add_column(name, justify="right")
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("documents", lambda s: str(s["documents"])),
        ("gold / predicted", lambda s: f"{s['gold']} / {s['predicted']}"),
        ("recall", percent("recall")),
        ("precision", percent("precision")),
        ("accuracy within 161 km", percent("accuracy_161km")),
        ("ceiling: a candidate within 161 km", percent("candidate_ceiling_161km")),
        ("GeoNames id accuracy", percent("geonameid_accuracy")),
        ("mean error km", lambda s: f"{s['mean_km']:.0f}"),
        ("median error km", lambda s: f"{s['median_km']:.1f}"),
        ("AUC (lower is better)", lambda s: f"{s['auc']:.3f}"),
    ]
    for label, fmt in rows:
        table.add_row(label, *(fmt(scores) for scores in results.values()))
    return table
