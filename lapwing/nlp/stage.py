"""A ``parse`` stage declaration (NOT registered: the lead decides after seeing speed and accuracy).

To enable it, add ``"lapwing.nlp.stage"`` to ``DEFAULT_PLUGINS`` in
``lapwing/plugins.py`` (this module already implements ``register_stages``). Settings (``lapwing.toml``)::

    [stages.parse]
    model = "en_lapwing"        # or a user-installed spaCy pipeline, e.g. "en_core_web_trf", or a path
    splitter = "lapwing"        # "lapwing", "lapwing+model" or "model"
    batch_size = 64
    disable = []                # pipeline components to skip, e.g. ["trainable_lemmatizer"]
    gazetteer = ""              # "add": names from the actor KB and gazetteer join the model's

It parses each coded span of a document (body zones, or the whole text) and
stores plain records -- no spaCy objects -- in ``analysis.annotations``:
``"sentences"`` (``[start, end]`` character offsets into the document text)
and ``"parse"`` (one :func:`lapwing.nlp.pipeline.doc_to_record` per span).
The model loads once per worker, when the stage is built.
"""

from __future__ import annotations

from typing import Any

from lapwing.hookspecs import hookimpl
from lapwing.nlp.pipeline import DEFAULT_MODEL, ParseSettings, doc_to_record, load_pipeline, parse_texts
from lapwing.stages import Analysis, StageFn, StageSpec, stage


@stage(
    "parse",
    reads=["document.text", "document.zones"],
    assigns=["sentences", "parse"],
    default_config={"model": DEFAULT_MODEL, "splitter": "lapwing", "batch_size": 64, "disable": [],
                    "gazetteer": ""},
)
def make_parse(config: dict[str, Any]) -> StageFn:
    """Sentences, tags, lemmas, dependencies and PER/ORG/LOC names (spaCy pipeline)."""
    settings = ParseSettings.from_config(config)
    load_pipeline(settings.model, settings.splitter, settings.disable, settings.gazetteer)  # once per worker

    def run(batch: list[Analysis]) -> None:
        items = [(a, s, e) for a in batch for s, e in a.document.coded_spans() if e > s]
        texts = [a.document.text[s:e] for a, s, e in items]
        for (analysis, start, _end), doc in zip(items, parse_texts(texts, settings)):
            record = doc_to_record(doc, offset=start)
            analysis.annotations.setdefault("sentences", []).extend(record["sentences"])
            analysis.annotations.setdefault("parse", []).append(record)

    return run


@hookimpl
def register_stages() -> list[StageSpec]:
    """The ``parse`` stage (active only once this module is listed in ``DEFAULT_PLUGINS``)."""
    return [make_parse]
