"""Session 49 (sentences written for these tests), from the probes' target countries: people
held or rescued where an act happens (hostages, pupils, detainees) are of that place's state; a
noun act after a march's "against" is what is protested."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2039-03-09"


def test_hostages_and_pupils_are_of_the_scene(explainer: Explainer) -> None:
    text = "Soldiers rescued 41 hostages from a hideout near Maiduguri on Saturday."
    (rescue,) = of_type(explainer, text, "AID", DAY)
    assert countries(rescue.recipients) == ["NGA"]
    text = "Gunmen stormed a school near Kaduna on Friday, seizing 30 pupils."
    assert all("NGA" in countries(e.recipients) for e in of_type(explainer, text, "ASSAULT", DAY))


def test_what_a_march_is_against_is_no_event(explainer: Explainer) -> None:
    text = "Thousands of students marched through Lyon on Saturday against the NATO summit."
    assert coded_types(explainer, text, DAY) == ["PROTEST"]
