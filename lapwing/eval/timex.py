"""``lapwing eval timex``: score temporal expressions against gold, TempEval-3 style.

Gold is JSON Lines in the format of ``docs``/``gold-formats.md`` (``id``, ``text``,
``date``, ``timexes`` with ``start``, ``end``, ``type``, ``value``). Scores:

* span precision/recall/F1, strict (same offsets) and relaxed (overlap; each gold and each
  predicted expression is matched at most once, largest overlap first);
* type accuracy and value accuracy over relaxed matches;
* value F1: a prediction counts only if it overlaps a gold expression *and* has its value,
  which is what an analyst filtering by date experiences;
* the relaxed and value figures per TIMEX3 type (recall by the gold type, precision by the
  predicted type), so that a weak type shows in a held-out half without reading its errors.

Any corpus converted to the gold format scores with no code change; any predictor with the
signature ``(text, date) -> list[Timex]`` can be scored (the benchmark scores dateparser).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from lapwing.eval.gold import check_document, one_to_one, prf, ratio, read_gold_lines, tally
from lapwing.eval.meantime import Half, half_of
from lapwing.records import Timex

Predictor = Callable[[str, str | None], list[Timex]]
_TYPES = {"DATE", "TIME", "DURATION", "SET"}


@dataclass(frozen=True)
class GoldTimex:
    """One gold expression."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(frozen=True)
class GoldDoc:
    """One gold document: its text, creation date (or None) and expressions."""

    id: str
    text: str
    date: str | None
    timexes: tuple[GoldTimex, ...]


def read_gold(path: Path, half: Half | None = None) -> list[GoldDoc]:
    """Gold documents from a JSON Lines file; ``half`` keeps one half of the fixed split."""
    return read_gold_lines(path, parse_gold_record, lambda d: half is None or half_of(d.id) == half)


def parse_gold_record(data: Any, where: str) -> GoldDoc:
    """One gold line, checked; ``where`` (file:line) prefixes every error."""
    check_document(data, where)
    timexes = []
    for i, t in enumerate(data.get("timexes") or []):
        try:
            gold = GoldTimex(int(t["start"]), int(t["end"]), str(t["type"]), str(t["value"]), str(t.get("text", "")))
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"{where}: timex {i} needs start, end, type and value") from None
        if gold.type not in _TYPES:
            raise ValueError(f"{where}: timex {i} has type {gold.type!r}; use one of {sorted(_TYPES)}")
        if not 0 <= gold.start < gold.end <= len(data["text"]):
            raise ValueError(f"{where}: timex {i} offsets {gold.start}-{gold.end} fall outside the text")
        timexes.append(gold)
    date = data.get("date")
    return GoldDoc(str(data["id"]), data["text"], str(date)[:10] if date else None, tuple(timexes))


@dataclass
class Counts:
    """Tallies over a corpus; :meth:`scores` turns them into the reported figures."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    errors: list[str] = field(default_factory=list)
    #: Per type: ``gold``, ``predicted``, relaxed matches counted on the gold (``found``) and on
    #: the predicted side (``hit``), and value-correct matches on each side (``gold_value``, ``pred_value``).
    per_type: dict[str, Counter[str]] = field(default_factory=dict)

    def _tally_type(self, kind: str, key: str) -> None:
        self.per_type.setdefault(kind, Counter())[key] += 1

    def add(self, doc: GoldDoc, predicted: list[Timex], keep_errors: bool = False) -> None:
        """Match one document's predictions against its gold expressions."""
        self.documents += 1
        self.gold += len(doc.timexes)
        self.predicted += len(predicted)
        gold_spans = {(g.start, g.end) for g in doc.timexes}
        self.strict += sum((p.start, p.end) in gold_spans for p in predicted)
        pairs = relaxed_pairs(doc.timexes, predicted)
        self.relaxed += len(pairs)
        for g in doc.timexes:
            self._tally_type(g.type, "gold")
        for p in predicted:
            self._tally_type(p.type, "predicted")
        for g, p in pairs:
            self.type_correct += g.type == p.type
            self.value_correct += g.value == p.value
            self._tally_type(g.type, "found")
            self._tally_type(p.type, "hit")
            if g.value == p.value:
                self._tally_type(g.type, "gold_value")
                self._tally_type(p.type, "pred_value")
            if keep_errors and (g.value != p.value or g.type != p.type):
                self.errors.append(f"{doc.id} WRONG  {doc.text[g.start:g.end]!r} gold {g.type} {g.value} | "
                                   f"got {p.text!r} {p.type} {p.value} (date {doc.date})")
        if keep_errors:
            matched_gold = {id(g) for g, _ in pairs}
            matched_pred = {id(p) for _, p in pairs}
            self.errors += [f"{doc.id} MISSED {doc.text[g.start:g.end]!r} {g.type} {g.value} (date {doc.date})"
                            for g in doc.timexes if id(g) not in matched_gold]
            self.errors += [f"{doc.id} EXTRA  {p.text!r} {p.type} {p.value} (date {doc.date})"
                            for p in predicted if id(p) not in matched_pred]

    def scores(self) -> dict[str, Any]:
        """The reported figures, as fractions between 0 and 1."""
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": prf(self.strict, self.predicted, self.gold),
            "relaxed": prf(self.relaxed, self.predicted, self.gold),
            "type_accuracy": ratio(self.type_correct, self.relaxed),
            "value_accuracy": ratio(self.value_correct, self.relaxed),
            "value": prf(self.value_correct, self.predicted, self.gold),
            "by_type": {kind: _type_scores(self.per_type[kind]) for kind in sorted(self.per_type)},
        }


def _pr(pred_side: int, predicted: int, gold_side: int, gold: int) -> dict[str, float]:
    """P/R/F1 where precision and recall count different sides (a type's own predictions vs its gold)."""
    precision, recall = ratio(pred_side, predicted), ratio(gold_side, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _type_scores(c: Counter[str]) -> dict[str, Any]:
    """Relaxed and value figures of one type: recall over its gold, precision over its predictions."""
    return {"gold": c["gold"], "predicted": c["predicted"],
            "relaxed": _pr(c["hit"], c["predicted"], c["found"], c["gold"]),
            "value": _pr(c["pred_value"], c["predicted"], c["gold_value"], c["gold"])}


def relaxed_pairs(gold: Iterable[GoldTimex], predicted: list[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one overlap matching, largest overlap first (ties: earliest gold)."""
    golds = list(gold)
    options = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                options.append((-overlap, gi, pi))
    return [(golds[gi], predicted[pi]) for gi, pi in one_to_one(options)]


def lapwing_predictor() -> Predictor:
    """Lapwing's own normaliser as a predictor (imported late: the grammar compiles on build)."""
    from lapwing.temporal import find_timexes

    return lambda text, date: find_timexes(text, date)


def evaluate(docs: Iterable[GoldDoc], predictor: Predictor | None = None,
             keep_errors: bool = False) -> Counts:
    """Run ``predictor`` (default: Lapwing) on every gold text and tally the matches."""
    return tally(docs, predictor or lapwing_predictor(), Counts(), keep_errors)


def evaluate_file(path: Path, half: Half | None = None, predictor: Predictor | None = None) -> dict[str, Any]:
    """Scores for a gold file (optionally one half); what ``lapwing eval timex`` prints."""
    return evaluate(read_gold(path, half), predictor).scores()


def score_table(results: dict[str, dict[str, Any]], title: str = "Temporal expressions") -> Table:
    """A table with one column per result set (e.g. dev and held-out halves), figures in percent."""
    table = Table(title=title)
    table.add_column("measure")
    for name in results:
        table.add_column(name, justify="right")
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("documents", lambda s: str(s["documents"])),
        ("gold / predicted", lambda s: f"{s['gold']} / {s['predicted']}"),
    ]
    for kind in ("strict", "relaxed", "value"):
        label = "value" if kind == "value" else f"span {kind}"
        for measure in ("precision", "recall", "f1"):
            rows.append((f"{label} {measure.replace('f1', 'F1')}",
                         lambda s, k=kind, m=measure: f"{100 * s[k][m]:.1f}"))
    rows += [("type accuracy", lambda s: f"{100 * s['type_accuracy']:.1f}"),
             ("value accuracy", lambda s: f"{100 * s['value_accuracy']:.1f}")]
    kinds = sorted({kind for scores in results.values() for kind in scores.get("by_type", {})})
    for kind in kinds:
        rows.append((f"{kind} gold / predicted",
                     lambda s, k=kind: _type_cell(s, k, lambda t: f"{t['gold']} / {t['predicted']}")))
        for kind_measure in ("relaxed", "value"):
            rows.append((f"{kind} {kind_measure} P / R / F1", lambda s, k=kind, m=kind_measure: _type_cell(
                s, k, lambda t: " / ".join(f"{100 * t[m][x]:.1f}" for x in ("precision", "recall", "f1")))))
    for label, fmt in rows:
        table.add_row(label, *(fmt(scores) for scores in results.values()))
    return table


def _type_cell(scores: dict[str, Any], kind: str, fmt: Callable[[dict[str, Any]], str]) -> str:
    """One per-type cell, or a dash where that result set has no expression of the type."""
    by_type = scores.get("by_type", {})
    return fmt(by_type[kind]) if kind in by_type else "-"


def error_lines(path: Path, half: Half | None = None) -> Iterator[str]:
    """Every wrong, missed and extra expression of a gold file: for rule writers, on a dev half."""
    yield from evaluate(read_gold(path, half), keep_errors=True).errors
