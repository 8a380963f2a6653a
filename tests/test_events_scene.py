"""The scene an earlier sentence named goes on in the next one only on the same day.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-06-13"  # a Friday


def test_a_scene_goes_on_into_the_next_sentence(explainer: Explainer) -> None:
    text = "Israeli troops raided the village of Burqa on Friday. They also arrested three men."
    (raid,) = of_type(explainer, text, "ASSAULT", DAY)
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert raid.location is not None and raid.location.text == "Burqa"
    assert arrest.location == raid.location


def test_an_event_of_another_day_does_not_take_the_scene(explainer: Explainer) -> None:
    text = ("Hezbollah fired rockets at Kiryat Shmona on Friday morning. Thursday's strike also "
            "killed two of its fighters.")
    strikes = [e for e in of_type(explainer, text, "ASSAULT", DAY) if e.trigger.text == "strike"]
    assert strikes and strikes[0].date is not None and strikes[0].date.value == "2025-06-12"
    assert strikes[0].location is None
