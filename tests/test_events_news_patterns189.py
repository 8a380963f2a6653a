"""Acts told in rarer words: a road or rail line blockaded by a crowd, forces of two states
that drilled or manoeuvred together, exercises named with their agents after "by", a party's
designation as a terrorist, a warning that intruders would be
confronted. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2016-05-10"


def test_a_crowd_blockading_one_road_protests(explainer: Explainer) -> None:
    text = "Angry farmers blockaded the main road to the airport this morning, demanding higher prices."
    assert of_type(explainer, text, "PROTEST", DAY)
    assert not of_type(explainer, text, "COERCE", DAY)


def test_a_crowd_blockading_a_railway_protests(explainer: Explainer) -> None:
    text = "Students blockaded the railway line to the port today, demanding grants."
    assert of_type(explainer, text, "PROTEST", DAY)


def test_a_state_blockading_a_road_restricts(explainer: Explainer) -> None:
    text = "Israeli troops blockaded the road into the village this morning."
    assert of_type(explainer, text, "COERCE", DAY)
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_navies_of_two_states_drilling_together_cooperate(explainer: Explainer) -> None:
    text = "Turkish and Azerbaijani warships drilled together off Baku on Friday."
    (event,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(event.actors) == ["AZE", "TUR"]


def test_navies_manoeuvring_together_cooperate(explainer: Explainer) -> None:
    text = "The Turkish and Azerbaijani navies manoeuvred together off Baku on Friday."
    assert of_type(explainer, text, "COOPERATE", DAY)


def test_one_states_units_drilling_together_cooperate_with_no_one(explainer: Explainer) -> None:
    text = "Jordanian army units drilled together near Zarqa on Friday."
    assert not of_type(explainer, text, "COOPERATE", DAY)


def test_exercises_by_forces_of_two_states_cooperate(explainer: Explainer) -> None:
    text = "Exercises by Jordanian and American special forces ended today near Zarqa."
    (event,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(event.actors) == ["JOR", "USA"]


def test_exercises_by_one_army_are_no_cooperation(explainer: Explainer) -> None:
    text = "Exercises by the Jordanian army ended today near Zarqa."
    assert not of_type(explainer, text, "COOPERATE", DAY)


def test_a_designation_as_terrorists_is_a_sanction(explainer: Explainer) -> None:
    text = "Britain's designation of Hezbollah as a terrorist organisation angered Beirut."
    (event,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(event.actors) == ["GBR"]


def test_a_designation_as_terror_financiers_is_a_sanction(explainer: Explainer) -> None:
    text = "Bahrain's designation of 4 men as terror financiers was announced today."
    assert of_type(explainer, text, "SANCTION", DAY)


def test_a_heritage_designation_is_no_sanction(explainer: Explainer) -> None:
    text = "UNESCO's designation of the old city as a World Heritage site was celebrated."
    assert "SANCTION" not in coded_types(explainer, text, DAY)


def test_a_warning_that_intruders_would_be_confronted_threatens(explainer: Explainer) -> None:
    text = ("Iran's navy commander warned today that any foreign warship entering the Gulf without "
            "permission would be confronted.")
    assert of_type(explainer, text, "THREATEN", DAY)
