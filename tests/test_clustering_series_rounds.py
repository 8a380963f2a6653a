"""Clustering (session 26, sentences written here): an additive marker right before a noun of
``series_nouns`` ("another round", "a second session") counts steps of a series over days, so
the report is no extra event of the day."""

from __future__ import annotations

from lapwing.clustering import Report, make_report


def _report(text: str, trigger: str) -> Report:
    start = text.index(trigger)
    return make_report({"event_id": "d:e1", "doc_id": "d", "type": "CONSULT",
                        "sentence": {"text": text, "start": 0, "end": len(text)},
                        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)}})


def test_another_round_of_talks_is_a_series_not_an_extra_event() -> None:
    text = ("Khartoum and Juba sat down for another round on Abyei on Monday, with both envoys meeting for "
            "three hours in an Addis Ababa hotel.")
    assert not _report(text, "meeting").additive
    assert not _report("The two envoys held a second session of talks in Doha today.", "session").additive


def test_another_meeting_still_marks_an_extra_event() -> None:
    assert _report("The two envoys held another meeting in Doha today.", "meeting").additive

