"""Event places (news 28): "X province's Y district" names the district, and "X province"
before a possessive is still the province; a title after "by the" is no place; a capital
appealed to ("a plea to Paris") is no scene; what a call reviewed is no scene; a sentence
that semicolons join places an event by its own part first. Sentences written for these
tests."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_district_named_after_its_provinces_possessive_is_the_scene(finder: PlaceFinder) -> None:
    place = locate(finder, "A Turkish drone struck a pickup in Erbil province's Soran district on Tuesday, "
                           "killing two men.", "struck")
    assert place is not None and place.name == "Soran District" and place.precision == "admin2"


def test_a_province_before_a_possessive_is_the_province(finder: PlaceFinder) -> None:
    found = places(finder, "Gunmen raided Kirkuk province's southern villages overnight.")
    assert found["Kirkuk"] is not None and found["Kirkuk"].feature == "admin1"


def test_a_title_after_by_the_is_no_place(finder: PlaceFinder) -> None:
    for text in ("The amnesty for 40 prisoners was granted by the Sultan on Tuesday, police said.",
                 "The new cabinet was approved by the Emir on Sunday."):
        assert places(finder, text).keys().isdisjoint({"Sultan", "Emir"})


def test_a_capital_appealed_to_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Lebanon's premier made a plea to Paris on Monday: send more engineers, Nawaf Salam told French "
            "diplomats in the Lebanese capital.")
    place = locate(finder, text, "plea")
    assert place is not None and place.name == "Beirut"


def test_what_a_call_reviewed_is_no_scene(finder: PlaceFinder) -> None:
    text = ("In a phone call on Tuesday, the Qatari emir and the Egyptian president reviewed the truce talks and "
            "the Sudan war, the presidency said.")
    assert locate(finder, text, "reviewed") is None


def test_where_talks_were_held_stays_after_a_topic_verb(finder: PlaceFinder) -> None:
    place = locate(finder, "The Egyptian and Jordanian ministers discussed water sharing in Aqaba on Monday.",
                   "discussed")
    assert place is not None and place.country == "JOR"


def test_an_event_in_a_part_after_a_semicolon_takes_that_parts_place(finder: PlaceFinder) -> None:
    text = ("Rebels shelled an army post near Kadugli at dawn, a local official said; far to the west, El Fasher "
            "was mourning the dead of Thursday's air strike.")
    recalled = locate(finder, text, "air strike")
    assert recalled is not None and recalled.name == "El Fasher"
    shelling = locate(finder, text, "shelled")
    assert shelling is not None and shelling.name == "Kadugli"


def test_a_towns_common_spelling_as_a_subject_is_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "Far to the north, Azaz was burying its dead on Saturday.")
    assert found.get("Azaz") is not None and found["Azaz"].country == "SYR"
