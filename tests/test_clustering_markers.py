"""An additive marker ("another", "a second") counts only in the trigger's own clause: in
"won access to a second port on Friday, when both states signed the deal" it counts ports,
and the signing is no extra event of the day. Sentences written for these tests."""

from __future__ import annotations

from lapwing.clustering import make_report


def _report(text: str, trigger: str):
    start = text.index(trigger)
    return make_report({"event_id": "d:e1", "doc_id": "d", "type": "SUPPORT",
                        "sentence": {"text": text, "start": 0, "end": len(text)},
                        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)}})


def test_a_marker_before_a_clause_opener_does_not_mark_the_trigger_after_it() -> None:
    report = _report("Chad won access to a second Cameroonian port on Friday, when both states signed the deal.",
                     "signed")
    assert not report.additive


def test_a_marker_in_the_triggers_own_clause_still_marks_it() -> None:
    assert _report("Another Turkish drone strike hit a village near Duhok on Friday.", "strike").additive
    assert _report("In a separate operation, coast guards seized a dhow off Bushehr.", "seized").additive


def test_a_clause_opener_without_a_comma_still_ends_the_markers_clause() -> None:
    report = _report("Ties between Kenya and Uganda frayed further on Monday when Nairobi accused Kampala of "
                     "backing raiders.", "accused")
    assert not report.additive
    assert _report("Kenya further accused Uganda on Monday of backing raiders.", "accused").additive
