"""The scene of an arrest or a raid, not the goal of the clause that says what the cell or the
ring did: "broke up a cell recruiting young Moroccans for the self-styled Islamic State in Syria
and Iraq, netting 9 suspects in raids in ..." happened where the raids were; and the matters a
meeting covered ("the talks covered commerce via Adre") are no scene. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def _place(explainer: Explainer, text: str, type_: str):
    events = of_type(explainer, text, type_, "2016-03-14")
    assert events, text
    return events[0].location


def test_a_goal_with_a_long_name_gives_way_to_the_raids_place(explainer: Explainer) -> None:
    place = _place(explainer, "Algerian police broke up a network recruiting young Algerians for the self-styled "
                              "Islamic State in Syria and Iraq on Monday, netting 6 suspects in raids in Oran.",
                   "COERCE")
    assert place is not None and place.country == "DZA"


def test_a_goal_after_a_noun_compound_gives_way_to_the_arrests_place(explainer: Explainer) -> None:
    # "a smuggling ring ferrying ...": the participle opens at "ring", after "a smuggling"
    place = _place(explainer, "Jordanian police dismantled a smuggling ring ferrying volunteers to the so-called "
                              "Islamic State in Raqqa, arresting 6 men during raids in Zarqa on Tuesday.", "COERCE")
    assert place is not None and place.country == "JOR"


def test_the_goal_s_place_stays_when_the_seizure_is_placed_in_it(explainer: Explainer) -> None:
    # near miss: "at a checkpoint in Reyhanli" is a phrase of its own, not the goal's
    place = _place(explainer, "Turkish gendarmes seized a truck carrying rifles to rebels in Idlib at a checkpoint "
                              "in Reyhanli on Monday.", "COERCE")
    assert place is not None and place.name == "Reyhanlı"


def test_the_matters_talks_covered_are_no_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Foreign Minister Sameh Shoukry received his Sudanese counterpart today, and the talks "
                              "covered the Nile waters and trade via Wadi Halfa, the ministry said.", "CONSULT")
    assert place is None or place.name != "Wadi Halfa"


def test_a_goal_near_a_town_gives_way_to_the_seizure_s_place(explainer: Explainer) -> None:
    place = _place(explainer, "Turkish gendarmes seized a truck carrying rifles to rebels near Idlib at a checkpoint "
                              "in Reyhanli on Monday.", "COERCE")
    assert place is not None and place.name == "Reyhanlı"
