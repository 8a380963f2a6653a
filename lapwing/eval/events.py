"""``lapwing eval events``: score coded events against gold, in the format of gold-formats.md.

Gold is JSON Lines: ``id``, ``text``, ``date`` and ``events``, each with ``type`` and
optionally ``mode``, ``source``/``target`` (lists of ``text``, ``country``, ``sector``),
``trigger`` and ``modality``. How predictions meet gold, per text:

* **alignment**: each gold event is paired with at most one predicted event of the same
  text, best first by (same type, number of matching roles, shared trigger words); a pair
  needs at least one of the three. A gold role entry matches a predicted one of the same
  role (source/actors, target/recipients) by country code (a gold ``IGO``/``NGO`` matches
  an actor of that type, or one coded with such a body's own code: a UN official [UNO] is
  ``IGO``) or by overlapping words;
* **detection** P/R/F1: an aligned pair with the same type and a matching role (or a gold
  event with no roles) is found; every other predicted event is a false positive;
* **type accuracy**, macro-F1 over types and the confusion matrix: on aligned pairs;
* **source/target country accuracy**: on found pairs, the share of gold entries with a
  country whose code is among the predicted actors (recipients) of that role;
* **attribution accuracy**: on found pairs whose gold has an ``attribution`` field
  (``{"speaker": "..."}`` or null): the speaker's words overlap, or both have none;
* **mode accuracy**: on found pairs whose gold has a mode (``aerial``, ``disapprove``...);
* **modality accuracy**: on found pairs whose gold has a modality; and, on aligned pairs,
  how many negated, hypothetical or intended gold events were predicted ``asserted``.

Any predictor ``(text, date) -> list[Event]`` can be scored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from lapwing.eval.gold import one_to_one, prf, ratio, read_gold_lines, tally
from lapwing.eval.meantime import Half, half_of
from lapwing.eval.plover import MODES as PLOVER_0_5_MODES
from lapwing.records import ActorRef, Event

Predictor = Callable[[str, str | None], list[Event]]
UNREAL = frozenset({"negated", "hypothetical", "intended"})
GROUP_CODES = {"IGO": "igo", "NGO": "ngo"}
#: The kb's own codes of one intergovernmental body (kb/codes.yaml): PLOVER codes the body and
#: the people who serve it as ``IGO``, so "Kofi Annan" [UNO, a person] is an IGO actor.
GROUP_MEMBER_CODES = {"IGO": frozenset({"IGO", "UNO", "EUR"}), "NGO": frozenset({"NGO"})}
_WORD = re.compile(r"[A-Za-z0-9]{3,}")
_STOP = frozenset({"the", "and", "for", "with", "from", "of"})


@dataclass(frozen=True)
class GoldActor:
    text: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    type: str
    source: tuple[GoldActor, ...] = ()
    target: tuple[GoldActor, ...] = ()
    mode: str | None = None
    trigger: str | None = None
    modality: str | None = None
    speaker: str | None = None  # the attribution's speaker, when gold states one
    attribution_known: bool = False  # gold has an "attribution" field (null: none expected)


@dataclass(frozen=True)
class GoldText:
    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]


def _gold_actors(value: Any, where: str) -> tuple[GoldActor, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(a, dict) and isinstance(a.get("text"), str) for a in value):
        raise ValueError(f"{where}: source/target must be a list of {{\"text\": ..., \"country\": ...}}")
    return tuple(GoldActor(a["text"], a.get("country"), a.get("sector")) for a in value)


def _mode(value: Any) -> Any:
    """A gold mode, PLOVER 0.5b1 names read as the 2021 manual's ("strike-hun" is "hunger",
    "demo-org" "demo"): gold converted before :data:`lapwing.eval.plover.MODES` existed, or
    by another tool, scores like gold converted now."""
    return PLOVER_0_5_MODES.get(value, value) if isinstance(value, str) else value


def parse_gold_record(data: Any, where: str) -> GoldText:
    """One gold line, checked; ``where`` (file:line) prefixes every error."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or "id" not in data:
        raise ValueError(f"{where}: each line needs \"id\" and \"text\" (see gold-formats.md)")
    events = []
    for n, e in enumerate(data.get("events") or []):
        if not isinstance(e, dict) or not isinstance(e.get("type"), str):
            raise ValueError(f"{where}: event {n} needs a \"type\" (a PLOVER type such as ASSAULT)")
        attribution = e.get("attribution")
        if attribution is not None and not (isinstance(attribution, dict) and isinstance(attribution.get("speaker"), str)):
            raise ValueError(f"{where}: event {n} attribution must be null or {{\"speaker\": \"...\"}}")
        events.append(GoldEvent(e["type"], _gold_actors(e.get("source"), f"{where}: event {n}"),
                                _gold_actors(e.get("target"), f"{where}: event {n}"),
                                _mode(e.get("mode")), e.get("trigger"), e.get("modality"),
                                attribution["speaker"] if attribution else None, "attribution" in e))
    date = data.get("date")
    return GoldText(str(data["id"]), data["text"], str(date)[:10] if date else None, tuple(events))


def read_gold(path: Path, half: Half | None = None) -> list[GoldText]:
    """Gold texts from a JSON Lines file; ``half`` keeps one half of the fixed split."""
    return read_gold_lines(path, parse_gold_record, lambda d: half is None or half_of(d.id) == half)


# --------------------------------------------------------------------------- matching


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")} - _STOP


def actor_matches(gold: GoldActor, ref: ActorRef) -> bool:
    """Same country code (see :func:`_same_code`), or overlapping words."""
    if gold.country and _same_code(gold.country, ref):
        return True
    return bool(_words(gold.text) & (_words(ref.text) | _words(ref.name)))


def _same_code(code: str, ref: ActorRef) -> bool:
    """Whether a predicted actor bears a gold country code: the same code, or for a gold
    ``IGO``/``NGO`` an actor of that type or one whose code is such a body's own."""
    if code in GROUP_CODES and (ref.type == GROUP_CODES[code] or ref.country in GROUP_MEMBER_CODES[code]):
        return True
    return bool(ref.country) and ref.country == code


def country_found(gold: GoldActor, refs: list[ActorRef]) -> bool:
    """Whether the gold entry's code is among the predicted ones (see :func:`_same_code`)."""
    return bool(gold.country) and any(_same_code(gold.country, r) for r in refs)


def role_matches(gold: GoldEvent, pred: Event) -> int:
    return (sum(any(actor_matches(g, r) for r in pred.actors) for g in gold.source)
            + sum(any(actor_matches(g, r) for r in pred.recipients) for g in gold.target))


def align(gold: Iterable[GoldEvent], predicted: list[Event]) -> list[tuple[GoldEvent, Event]]:
    """One-to-one pairs, best first by (same type, matching roles, shared trigger words)."""
    golds = list(gold)
    options = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(predicted):
            score = (g.type == p.type, role_matches(g, p), len(_words(g.trigger) & _words(p.trigger.text)))
            if any(score):
                options.append((tuple(-x for x in score), gi, pi))
    return [(golds[gi], predicted[pi]) for gi, pi in one_to_one(options)]


def is_found(gold: GoldEvent, pred: Event) -> bool:
    has_roles = any(a.text for a in gold.source + gold.target)
    return gold.type == pred.type and (role_matches(gold, pred) > 0 or not has_roles)


# --------------------------------------------------------------------------- tallies


@dataclass
class Counts:
    """Tallies over a corpus; :meth:`scores` turns them into the reported figures."""

    texts: int = 0
    gold: int = 0
    predicted: int = 0
    found: int = 0
    aligned: int = 0
    type_correct: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type) on aligned pairs
    source: list[int] = field(default_factory=lambda: [0, 0])  # correct, total
    target: list[int] = field(default_factory=lambda: [0, 0])
    modality: list[int] = field(default_factory=lambda: [0, 0])
    mode: list[int] = field(default_factory=lambda: [0, 0])
    attribution: list[int] = field(default_factory=lambda: [0, 0])
    unreal_gold: int = 0
    unreal_asserted: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: GoldText, predicted: list[Event], keep_errors: bool = False) -> None:
        """Match one text's predicted events against its gold events."""
        self.texts += 1
        self.gold += len(doc.events)
        self.predicted += len(predicted)
        pairs = align(doc.events, predicted)
        found_ids = set()
        self.unreal_gold += sum(g.modality in UNREAL for g in doc.events)
        for g, p in pairs:
            self.aligned += 1
            self.type_correct += g.type == p.type
            self.confusion[(g.type, p.type)] += 1
            if g.modality in UNREAL and p.modality == "asserted":
                self.unreal_asserted += 1
                self._error(keep_errors, doc, f"ASSERTED {g.type} gold {g.modality}: {p.trigger.text!r}")
            if g.type != p.type:
                self._error(keep_errors, doc, f"TYPE   gold {g.type} ({g.trigger!r}) got {p.type} ({p.trigger.text!r})")
            if not is_found(g, p):
                continue
            self.found += 1
            found_ids.add(id(g))
            found_ids.add(id(p))
            self._roles(doc, g, p, keep_errors)
            if g.attribution_known:
                said = p.attribution.speaker.text if p.attribution and p.attribution.speaker else None
                right = _words(g.speaker) & _words(said) if g.speaker and said else g.speaker is None and said is None
                self.attribution[1] += 1
                self.attribution[0] += bool(right)
                if not right:
                    self._error(keep_errors, doc, f"SOURCE {g.type} gold speaker {g.speaker!r} got {said!r}")
            if g.mode:
                self.mode[1] += 1
                self.mode[0] += g.mode == p.mode
                if g.mode != p.mode:
                    self._error(keep_errors, doc, f"MODE   {g.type} gold {g.mode} got {p.mode} ({p.trigger.text!r})")
            if g.modality:
                self.modality[1] += 1
                self.modality[0] += g.modality == p.modality
                if g.modality != p.modality:
                    self._error(keep_errors, doc, f"MODAL  {g.type} gold {g.modality} got {p.modality} ({p.trigger.text!r})")
        for g in doc.events:
            if id(g) not in found_ids:
                self._error(keep_errors, doc, f"MISSED {g.type} {g.trigger!r} "
                                              f"{_show(g.source)} -> {_show(g.target)}")
        for p in predicted:
            if id(p) not in found_ids:
                self._error(keep_errors, doc, f"EXTRA  {p.type} {p.trigger.text!r} {p.modality} "
                                              f"{_refs(p.actors)} -> {_refs(p.recipients)}")

    def _roles(self, doc: GoldText, g: GoldEvent, p: Event, keep_errors: bool) -> None:
        for counter, golds, refs, name in ((self.source, g.source, p.actors, "source"),
                                           (self.target, g.target, p.recipients, "target")):
            for actor in golds:
                if not actor.country:
                    continue
                counter[1] += 1
                if country_found(actor, refs):
                    counter[0] += 1
                else:
                    self._error(keep_errors, doc, f"ROLE   {g.type} {name} {actor.text} [{actor.country}] "
                                                  f"got {_refs(refs)}")

    def _error(self, keep: bool, doc: GoldText, line: str) -> None:
        if keep:
            self.errors.append(f"{doc.id} {line} | {doc.text[:160]}")

    def scores(self) -> dict[str, Any]:
        """The reported figures, as fractions between 0 and 1."""
        types = sorted({t for pair in self.confusion for t in pair})
        per_type = {}
        for t in types:
            tp = self.confusion[(t, t)]
            prec = ratio(tp, sum(n for (_, p), n in self.confusion.items() if p == t))
            rec = ratio(tp, sum(n for (g, _), n in self.confusion.items() if g == t))
            per_type[t] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        both = [self.source[0] + self.target[0], self.source[1] + self.target[1]]
        return {
            "texts": self.texts, "gold": self.gold, "predicted": self.predicted,
            "detection": prf(self.found, self.predicted, self.gold),
            "aligned": self.aligned,
            "type_accuracy": ratio(self.type_correct, self.aligned),
            "type_macro_f1": sum(per_type.values()) / len(per_type) if per_type else 0.0,
            "source_country_accuracy": ratio(*self.source), "source_country_n": self.source[1],
            "target_country_accuracy": ratio(*self.target), "target_country_n": self.target[1],
            "country_accuracy": ratio(*both), "country_n": both[1],
            "mode_accuracy": ratio(*self.mode), "mode_n": self.mode[1],
            "modality_accuracy": ratio(*self.modality), "modality_n": self.modality[1],
            "attribution_accuracy": ratio(*self.attribution), "attribution_n": self.attribution[1],
            "unreal_gold": self.unreal_gold, "unreal_asserted": self.unreal_asserted,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def _show(actors: tuple[GoldActor, ...]) -> str:
    return "[" + ", ".join(f"{a.text}/{a.country}" for a in actors) + "]"


def _refs(refs: list[ActorRef]) -> str:
    return "[" + ", ".join(f"{r.text}/{r.country or r.type or '?'}" for r in refs) + "]"


# --------------------------------------------------------------------------- running


def lapwing_predictor(kb_dirs: tuple[str, ...] = ()) -> Predictor:
    """Lapwing's actors, time, places and events stages on each gold text (built once)."""
    from lapwing.explain import Explainer

    explainer = Explainer(kb_dirs)
    return lambda text, date: explainer.analyse(text, date).events


def evaluate(docs: Iterable[GoldText], predictor: Predictor | None = None,
             keep_errors: bool = False) -> Counts:
    """Run ``predictor`` (default: Lapwing) on every gold text and tally the matches."""
    return tally(docs, predictor or lapwing_predictor(), Counts(), keep_errors)


def evaluate_file(path: Path, half: Half | None = None, predictor: Predictor | None = None) -> dict[str, Any]:
    """Scores for a gold file (optionally one half); what ``lapwing eval events`` prints."""
    return evaluate(read_gold(path, half), predictor).scores()


def error_lines(path: Path, half: Half | None = None) -> Iterator[str]:
    """Every missed, extra, mistyped, misassigned and mis-modalised event: for rule writers,
    on a development half only."""
    yield from evaluate(read_gold(path, half), keep_errors=True).errors


def score_table(results: dict[str, dict[str, Any]], title: str = "Events") -> Table:
    """A table with one column per result set (e.g. dev and held-out halves), in percent."""
    table = Table(title=title)
    table.add_column("measure")
    for name in results:
        table.add_column(name, justify="right")

    def pct(key: str, n: str | None = None) -> Callable[[dict[str, Any]], str]:
        return lambda s: f"{100 * s[key]:.1f}" + (f" (n={s[n]})" if n else "")

    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("texts", lambda s: str(s["texts"])),
        ("gold / predicted", lambda s: f"{s['gold']} / {s['predicted']}"),
        ("detection precision", lambda s: f"{100 * s['detection']['precision']:.1f}"),
        ("detection recall", lambda s: f"{100 * s['detection']['recall']:.1f}"),
        ("detection F1", lambda s: f"{100 * s['detection']['f1']:.1f}"),
        ("type accuracy (aligned)", pct("type_accuracy", "aligned")),
        ("type macro-F1 (aligned)", pct("type_macro_f1")),
        ("source country accuracy", pct("source_country_accuracy", "source_country_n")),
        ("target country accuracy", pct("target_country_accuracy", "target_country_n")),
        ("source+target country accuracy", pct("country_accuracy", "country_n")),
        ("mode accuracy (gold with a mode)", pct("mode_accuracy", "mode_n")),
        ("modality accuracy", pct("modality_accuracy", "modality_n")),
        ("attribution (speaker) accuracy", pct("attribution_accuracy", "attribution_n")),
        ("asserted though gold negated/hypothetical/intended",
         lambda s: f"{s['unreal_asserted']} of {s['unreal_gold']}"),
    ]
    for label, fmt in rows:
        table.add_row(label, *(fmt(scores) for scores in results.values()))
    return table


def confusion_table(scores: dict[str, Any], title: str = "Type confusion (gold -> predicted)") -> Table:
    """The confusion counts of one result set, off-diagonal cells first."""
    table = Table(title=title)
    table.add_column("gold -> predicted")
    table.add_column("pairs", justify="right")
    cells = sorted(scores["confusion"].items(), key=lambda kv: (kv[0].split("->")[0] == kv[0].split("->")[1], -kv[1]))
    for cell, n in cells:
        table.add_row(cell, str(n))
    return table
