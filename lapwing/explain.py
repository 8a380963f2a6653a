"""``lapwing explain "SENTENCE"``: what fired on a sentence, and the records that resulted.

An analyst who doubts an event must see every step: the actor mentions and time
expressions found, each trigger with its lexicon line, how roles were read, which cue
set the modality, and the final records as JSON. The same :class:`Explainer` runs the
stages on single texts for ``lapwing eval events``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from lapwing.actors import make_actors
from lapwing.events import EventCoder
from lapwing.knowledge import load_kb
from lapwing.places import make_places
from lapwing.records import Document
from lapwing.stages import Analysis
from lapwing.temporal import make_time


class Explainer:
    """The actors, time and places stages and the event coder, built once."""

    def __init__(self, kb_dirs: Sequence[str] = ()):
        config = {"kb_dirs": list(kb_dirs)}
        self.upstream = [make_actors.build(config), make_time.build(), make_places.build(config)]
        self.coder = EventCoder(kb=load_kb(list(kb_dirs)))

    def analyse(self, text: str, date: str | None = None, trace: list[str] | None = None) -> Analysis:
        """One text through every stage up to events; ``trace`` collects the rules that fired."""
        analysis = Analysis(Document(doc_id="explain", input_id="explain", text=text, published=date))
        for run in self.upstream:
            run([analysis])
        analysis.events.extend(self.coder.code(analysis.document, analysis.mentions,
                                               analysis.timexes, trace))
        return analysis

    def explain(self, sentence: str, date: str | None = None) -> str:
        """A readable account of how ``sentence`` is coded (see the module doc)."""
        trace: list[str] = []
        analysis = self.analyse(sentence, date, trace)
        lines = [f"{sentence!r}" + (f" on {date}" if date else " (no date)")]
        lines.append("actors:")
        lines += [f"  {m.text!r} -> {m.actor.name or m.actor.text} [{m.actor.country or '-'}, "
                  f"{m.actor.type or '-'}] ({m.actor.reason or 'no reason'})"
                  for m in analysis.mentions if m.actor is not None] or ["  none"]
        lines.append("places:")
        lines += [f"  {m.text!r} -> {m.place.name or m.place.text} [{m.place.country or '-'}]"
                  for m in analysis.mentions if m.place is not None] or ["  none"]
        lines.append("time:")
        lines += [f"  {t.text!r} -> {t.type} {t.value}" for t in analysis.timexes] or ["  none"]
        lines.append("rules:")
        lines += [f"  {line}" for line in trace] or ["  no trigger word"]
        lines.append("events:")
        lines += [f"  {json.dumps(e.to_dict(), ensure_ascii=False)}" for e in analysis.events] or ["  none"]
        return "\n".join(lines)


def explain(sentence: str, date: str | None = None, kb_dirs: Sequence[str] = ()) -> str:
    """What fired on ``sentence`` and the resulting records: for ``lapwing explain``."""
    return Explainer(kb_dirs).explain(sentence, date)
