"""Attribution: a comma grouping a number's digits ("2,140 detainees") ends no speaker's
phrase, and an "-ing" participle taking an object ("a decree covering ...") makes the
reporting form after that object a participle describing it, with no speaker. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code

DAY = "2025-06-12"  # a Thursday


@pytest.mark.parametrize("text", [
    "Qatar's emir on Thursday ordered that 310 inmates go free for the holiday, in addition to a clemency order "
    "benefiting 2,140 convicts announced last week.",
    "Bahrain's king on Thursday ordered that 310 inmates go free, alongside a royal decree sparing 2,140 convicts "
    "announced on Monday.",
])
def test_a_participle_after_an_object_has_no_speaker(explainer: Explainer, text: str) -> None:
    events = code(explainer, text, DAY)
    assert events and all(e.attribution is None for e in events)


def test_a_plain_speaker_still_reports(explainer: Explainer) -> None:
    (event,) = code(explainer, "Qatar's emir ordered that 310 inmates go free, court officials announced.", DAY)
    assert event.attribution is not None and event.attribution.speaker.text == "court officials"
