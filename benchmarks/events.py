"""Events per 1,000 words on the sample corpus, by type and modality: a density check.

Run ``python benchmarks/events.py [CORPUS_DIR]``. Too few events per 1,000 words means
missed triggers; too many usually means background mentions coded as events. Only coded
zones count (captions, credits and trailers are excluded from the word count too), and
near-duplicate documents are skipped.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lapwing import ingest
from lapwing.events import EventCoder
from lapwing.explain import Explainer
from lapwing.records import Document
from lapwing.settings import Settings
from lapwing.stages import Analysis

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def corpus_documents(folder: Path) -> list[Document]:
    """The corpus read as Lapwing reads it (zones, dates), duplicates dropped."""
    settings = Settings()
    settings.pipeline.stages = []
    out = io.StringIO()
    ingest.run([str(folder)], ingest.JsonlSink(out), settings, "events-bench")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    return [Document.from_dict(d) for d in lines if d["kind"] == "document" and not d.get("duplicate_of")]


def main(folder: Path) -> None:
    explainer = Explainer()
    coder: EventCoder = explainer.coder
    words = 0
    types: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    for document in corpus_documents(folder):
        analysis = Analysis(document)
        for run in explainer.upstream:
            run([analysis])
        events = coder.code(document, analysis.mentions, analysis.timexes)
        words += sum(len(re.findall(r"\w+", document.text[a:b])) for a, b in document.coded_spans())
        types.update(e.type for e in events)
        modalities.update(e.modality for e in events)
    total = sum(types.values())
    print(f"{total} events in {words} words: {1000 * total / max(words, 1):.1f} per 1,000 words")
    print("types:", dict(types.most_common()))
    print("modality:", dict(modalities.most_common()))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
