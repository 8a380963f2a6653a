"""Helpers for the tests that find places with :class:`lapwing.places.PlaceFinder`."""

from lapwing.eventplace import location_for_event
from lapwing.gazetteer import Candidate
from lapwing.places import PlaceFinder, to_mention
from lapwing.records import Document, Place, Span


def places(finder: PlaceFinder, text: str) -> dict[str, Candidate | None]:
    """Each place name found in ``text``, with the candidate it resolved to (or None)."""
    return {r.found.text: r.candidate for r in finder.find(text)}


def locate(finder: PlaceFinder, text: str, trigger: str, sentence: str | None = None,
           participant: str | None = None) -> Place | None:
    """The place of the event whose trigger is the first ``trigger`` in ``sentence`` (default:
    all of ``text``), with ``participant``, when given, as its participant span."""
    document = Document(doc_id="d", input_id="d", text=text)
    mentions = [to_mention("d", r) for r in finder.find(text)]
    start = text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(text)
    at = text.index(trigger, start)
    spans = [Span(text.index(participant), text.index(participant) + len(participant))] if participant else []
    return location_for_event(Span(at, at + len(trigger)), Span(start, end), mentions, document, spans)
