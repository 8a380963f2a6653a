"""Stages: small units that read an :class:`Analysis` and add records to it.

Modelled on spaCy's component factories: a stage declares by name what it reads, what it
assigns, which stages must run before it, its default configuration and the ``lapwing eval``
scorer that measures it. Declaring this up front lets the pipeline check its order, lets
``lapwing stages`` list what is installed, and lets a user see where a record came from.

A stage is built once per worker (models load there) and then called on *batches* of
analyses, so that statistical stages can batch their work (``nlp.pipe``)::

    @stage("time", reads=["document.text"], assigns=["timexes"],
           default_config={"prefer_past": True}, scorer="timex")
    def make_time(config: dict) -> StageFn:
        rules = load_rules(config)
        def run(batch: list[Analysis]) -> None:
            for analysis in batch:
                analysis.timexes.extend(rules.find(analysis.document))
        return run

Built-in stages are registered through the ``register_stages`` hook like any plugin's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lapwing.records import Document, Event, Mention, Record, Relation, Timex

StageFn = Callable[[list["Analysis"]], None]
Factory = Callable[[dict[str, Any]], StageFn]


@dataclass
class Analysis:
    """One document as it moves through the stages: the records so far, and shared notes.

    ``annotations`` holds intermediate results that later stages reuse but that are not
    part of the exported contract (sentence boundaries, the parse), keyed by the name the
    producing stage declares in ``assigns`` (e.g. ``annotations["sentences"]``).
    """

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)

    def checkpoint(self) -> tuple[tuple[int, ...], dict[str, Any]]:
        """What the analysis holds now, so a failed stage's partial output can be undone."""
        lists = (self.mentions, self.timexes, self.events, self.relations)
        return tuple(len(x) for x in lists), dict(self.annotations)

    def restore(self, state: tuple[tuple[int, ...], dict[str, Any]]) -> None:
        lengths, annotations = state
        for records, length in zip((self.mentions, self.timexes, self.events, self.relations), lengths):
            del records[length:]
        self.annotations = annotations

    def records(self) -> list[Record]:
        """The exported records of this document, document first."""
        return [self.document, *self.mentions, *self.timexes, *self.events, *self.relations]


@dataclass(frozen=True)
class StageSpec:
    """What a stage is: its name, contract, defaults and scorer, and how to build it."""

    name: str
    factory: Factory
    reads: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    default_config: Mapping[str, Any] = field(default_factory=dict)
    scorer: str | None = None
    description: str = ""

    def build(self, overrides: Mapping[str, Any] | None = None) -> StageFn:
        """Instantiate the stage with its defaults updated by ``overrides``."""
        unknown = set(overrides or {}) - set(self.default_config)
        if unknown:
            raise ValueError(
                f"stage {self.name!r} has no setting(s) {sorted(unknown)}; "
                f"known settings: {sorted(self.default_config)}"
            )
        return self.factory({**self.default_config, **(overrides or {})})


def stage(
    name: str,
    *,
    reads: list[str] | tuple[str, ...] = (),
    assigns: list[str] | tuple[str, ...] = (),
    requires: list[str] | tuple[str, ...] = (),
    default_config: Mapping[str, Any] | None = None,
    scorer: str | None = None,
) -> Callable[[Factory], StageSpec]:
    """Decorator turning a factory function into a :class:`StageSpec` (see module doc)."""

    def wrap(factory: Factory) -> StageSpec:
        return StageSpec(
            name=name,
            factory=factory,
            reads=tuple(reads),
            assigns=tuple(assigns),
            requires=tuple(requires),
            default_config=dict(default_config or {}),
            scorer=scorer,
            description=(factory.__doc__ or "").strip().split("\n")[0],
        )

    return wrap


def order_stages(specs: Mapping[str, StageSpec], names: list[str]) -> list[StageSpec]:
    """Check that every stage's ``requires`` come before it; raise ``ValueError`` otherwise."""
    seen: set[str] = set()
    ordered = []
    for name in names:
        if name not in specs:
            raise ValueError(f"unknown stage {name!r}; installed stages: {sorted(specs)}")
        spec = specs[name]
        missing = [r for r in spec.requires if r not in seen]
        if missing:
            raise ValueError(f"stage {name!r} needs {missing} to run before it")
        seen.add(name)
        ordered.append(spec)
    return ordered


def default_order(specs: Mapping[str, StageSpec]) -> list[str]:
    """All installed stages, each after the stages it requires (stable topological order)."""
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in ordered:
            return
        if name in visiting:
            raise ValueError(f"stage requirements form a cycle through {name!r}")
        visiting.add(name)
        for required in specs[name].requires:
            if required not in specs:
                raise ValueError(f"stage {name!r} requires {required!r}, which is not installed")
            visit(required)
        visiting.discard(name)
        ordered.append(name)

    for name in sorted(specs):
        visit(name)
    return ordered
