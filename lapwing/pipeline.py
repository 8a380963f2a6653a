"""The engine-neutral batch function: documents in, records out.

Runners (the in-process ingest, a process pool, Ray) all call :func:`process_documents`
on plain dicts, so nothing unpicklable crosses process boundaries; the stages are built
once per process by :func:`get_pipeline` and reused for every batch that process sees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from lapwing.plugins import installed_stages
from lapwing.problems import Problem
from lapwing.records import Document, Record
from lapwing.settings import PipelineSettings
from lapwing.stages import Analysis, StageFn, StageSpec, default_order, order_stages


class Pipeline:
    """Stages built once, applied in order to batches of documents.

    A stage that fails on a batch is retried document by document, so that one bad
    document costs only its own records: it is reported as a :class:`Problem` and the
    others go on.
    """

    def __init__(self, specs: list[StageSpec], config: Mapping[str, Mapping[str, Any]]):
        unknown = set(config) - {s.name for s in specs}
        if unknown:
            raise ValueError(f"settings given for stages not in the pipeline: {sorted(unknown)}")
        self.specs = specs
        self.stages: list[tuple[str, StageFn]] = [
            (spec.name, spec.build(config.get(spec.name))) for spec in specs
        ]

    @classmethod
    def from_settings(cls, settings: PipelineSettings) -> Pipeline:
        specs = installed_stages()
        names = settings.stages if settings.stages is not None else default_order(specs)
        return cls(order_stages(specs, names), settings.stage_config)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, documents: list[Document]) -> tuple[list[Analysis], list[Problem]]:
        analyses = [Analysis(doc) for doc in documents]
        problems: list[Problem] = []
        failed: set[int] = set()
        for name, run in self.stages:
            live = [(i, a) for i, a in enumerate(analyses) if i not in failed]
            states = [a.checkpoint() for _, a in live]
            try:
                run([a for _, a in live])
            except Exception:  # noqa: BLE001 - isolate the document that broke the stage
                for (index, analysis), state in zip(live, states):
                    analysis.restore(state)  # undo what the failed batch call added
                    try:
                        run([analysis])
                    except Exception as exc:  # noqa: BLE001
                        failed.add(index)
                        problems.append(_stage_problem(name, analysis.document, exc))
        for index in failed:  # keep the document itself, drop its partial records
            analyses[index] = Analysis(analyses[index].document)
        return analyses, problems


def _stage_problem(stage_name: str, document: Document, exc: Exception) -> Problem:
    return Problem(
        origin=document.origin or document.input_id,
        record=document.doc_id,
        severity="error",
        reason=f"stage {stage_name!r} failed: {type(exc).__name__}: {exc}",
        hint="the document is stored without extracted records; please report this input",
    )


@lru_cache(maxsize=4)
def get_pipeline(settings_json: str) -> Pipeline:
    """One pipeline per process and settings (models load once per worker)."""
    return Pipeline.from_settings(PipelineSettings(**json.loads(settings_json)))


def process_documents(
    documents: Iterable[Mapping[str, Any]], settings: PipelineSettings | None = None
) -> list[dict[str, Any]]:
    """Documents as dicts in, record dicts out (documents first, then their records).

    Stage failures come back as records of kind ``problem`` so that a runner in another
    process can report them with the rest of the run.
    """
    pipeline = get_pipeline(json.dumps((settings or PipelineSettings()).__dict__, sort_keys=True))
    analyses, problems = pipeline([Document.from_dict(dict(d)) for d in documents])
    out: list[dict[str, Any]] = []
    for analysis in analyses:
        out.extend(record.to_dict() for record in analysis.records())
    out.extend({"kind": "problem", **p.to_dict()} for p in problems)
    return out


def records_of(analyses: list[Analysis]) -> list[Record]:
    """The extracted records (not the documents) of analysed documents, in order."""
    return [r for a in analyses for r in a.records()[1:]]
