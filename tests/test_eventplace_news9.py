"""Where an event happened, from cluster_test19 (sentences our own): a provincial dateline's
town rather than its country, a title-case town opening the story, a given name before an
Arabic family name, the states observers come from, what an action answers, a clause dating
the event by another one, and the content of a later accusation."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_provincial_dateline_places_an_event_set_in_its_country(finder: PlaceFinder) -> None:
    text = "MOSUL, Iraq - Dozens of students rallied in the squares of Iraq's second city on Monday."
    place = locate(finder, text, "rallied")
    assert place is not None and place.feature == "city" and place.country == "IRQ"


def test_a_title_case_town_opening_the_story_is_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "Basra - Angry residents blocked a highway with burning tyres on Monday.")
    assert found["Basra"] is not None and found["Basra"].country == "IRQ"


def test_a_given_name_before_an_arabic_family_name_is_no_town(finder: PlaceFinder) -> None:
    found = places(finder, "Teachers marched around Riad al-Solh Square in central Beirut on Monday.")
    assert "Riad" not in found and "Beirut" in found


def test_the_states_observers_come_from_are_no_scene(finder: PlaceFinder) -> None:
    text = "Warships held gunnery drills on Monday, with observers from Pakistan attending."
    assert locate(finder, text, "drills") is None


def test_the_capital_an_action_answers_is_no_scene(finder: PlaceFinder) -> None:
    text = "Khartoum recalled its envoy on Monday in response to Nairobi's persistence in hosting the rebels."
    assert locate(finder, text, "recalled", participant="Khartoum") is None


def test_a_clause_dating_the_event_by_another_gives_it_no_place(finder: PlaceFinder) -> None:
    text = "The commission expelled two aid workers on Monday, a day after the cabinet cut ties with Kenya."
    assert locate(finder, text, "expelled") is None


def test_the_content_of_a_later_accusation_is_no_scene(finder: PlaceFinder) -> None:
    text = "Sudan recalled its envoy on Monday, accusing the host of arming militias in Darfur."
    assert locate(finder, text, "recalled") is None
