"""Run settings: defaults, overridden by a ``lapwing.toml`` file and then by CLI options.

The file is optional; its sections mirror these dataclasses::

    [ingest]
    batch_size = 200
    max_doc_chars = 1000000

    [dedup]
    threshold = 0.7

    [pipeline]
    stages = ["time", "places"]      # default: every installed stage

    [stages.time]                    # per-stage settings (see `lapwing stages`)
    prefer_past = true
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class IngestSettings:
    """How inputs are read and committed."""

    batch_size: int = 200  # documents per transaction
    max_doc_chars: int = 1_000_000  # longer texts are split into parts at paragraph breaks
    default_date: str | None = None  # publication date for documents whose input has none


@dataclass
class DedupSettings:
    """Near-duplicate detection (MinHash over word shingles of the coded text)."""

    threshold: float = 0.7  # estimated Jaccard similarity at or above which a copy is marked
    shingle_words: int = 4
    bands: int = 20
    rows: int = 6  # bands * rows = number of MinHash permutations
    max_words: int = 3000  # copies differ early if at all; caps the cost of huge documents


@dataclass
class PipelineSettings:
    """Which stages run, in which order, with which settings."""

    stages: list[str] | None = None  # None: every installed stage, in dependency order
    stage_config: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        return cls(
            ingest=IngestSettings(**data.get("ingest", {})),
            dedup=DedupSettings(**data.get("dedup", {})),
            pipeline=PipelineSettings(**data.get("pipeline", {})),
        )


def load_settings(path: str | Path | None) -> Settings:
    """Settings from a TOML file (or defaults); errors name the file and the bad key."""
    if path is None:
        return Settings()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot read settings: {exc}") from None
    pipeline = dict(data.get("pipeline", {}))
    if "stages" in data:
        pipeline["stage_config"] = data["stages"]
    known = {"ingest", "dedup", "pipeline", "stages"}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"{path}: unknown section(s) {sorted(unknown)}; known: {sorted(known)}")
    try:
        return Settings.from_dict({**data, "pipeline": pipeline})
    except TypeError as exc:
        raise ValueError(f"{path}: {exc}") from None
