"""Helpers for the tests that date one event of a short text with :func:`date_for_event`."""

from lapwing.eventdate import date_for_event
from lapwing.records import Document, EventDate, Span
from lapwing.temporal import find_timexes


def dated(text: str, trigger: str, published: str) -> EventDate:
    """The date of the event whose trigger is the first ``trigger`` of the one-sentence ``text``."""
    start = text.index(trigger)
    document = Document("d1", "i1", text, published=published)
    return date_for_event(Span(start, start + len(trigger)), Span(0, len(text)), find_timexes(text, published, "d1"),
                          document)


def dated_in(text: str, trigger: str, published: str) -> EventDate:
    """The date of the event whose trigger is the last ``trigger`` of ``text``, in its last sentence."""
    start = text.rindex(trigger)
    sentence = text.rindex(". ") + 2
    document = Document("d1", "i1", text, published=published)
    return date_for_event(Span(start, start + len(trigger)), Span(sentence, len(text)),
                          find_timexes(text, published, "d1"), document)
