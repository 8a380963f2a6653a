"""Where an event happened, from cluster_test25 (sentences our own): a town named after "the
market of" is a place, an apposition that locates a town by another ("X, north of Y", "X,
capital of Y") leaves the town the scene, a town owning the part that was struck is the scene
though it is a participant, "as" with no comma tells the event itself, a governor's remit is
no scene, a clause dated days apart tells another act, and a district of a named city is no
province abroad."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_town_after_the_market_of_is_a_place(finder: PlaceFinder) -> None:
    """A spelling the gazetteer knows only as an alternate name needs the context to vouch
    for it: "the market of" does, as "in" does."""
    found = places(finder, "A car bomb exploded beside the vegetable market of Kobani on Monday.")
    assert found.get("Kobani") is not None and found["Kobani"].country == "SYR"
    assert "Kobani" not in places(finder, "A car bomb exploded beside Kobani on Monday.")


def test_an_offset_apposition_locates_the_town_before_it(finder: PlaceFinder) -> None:
    for text in ("A roadside bomb tore through the vegetable market of Manbij, northeast of Aleppo, on Friday.",
                 "A roadside bomb tore through the vegetable market of Manbij, about 80 km northeast of Aleppo, "
                 "on Friday."):
        place = locate(finder, text, "tore")
        assert place is not None and place.name == "Manbij" and place.precision == "city"
    # with no town before it, the offset still puts the event near the city
    place = locate(finder, "A roadside bomb exploded north of Aleppo on Friday.", "exploded")
    assert place is not None and place.name == "Aleppo" and place.precision == "vicinity"


def test_a_town_owning_the_part_struck_is_the_scene_though_a_participant(finder: PlaceFinder) -> None:
    """"capital of North Darfur" only says where El Fasher lies, and the town whose market
    was hit holds the scene, though the events stage made it the target."""
    text = "Mortar rounds hit the central market of El Fasher, capital of North Darfur, killing nine on Sunday."
    place = locate(finder, text, "killing", participant="El Fasher")
    assert place is not None and place.name == "El Fasher"
    # a town that is itself the target is still no scene
    assert locate(finder, "Mortar rounds hit El Fasher on Sunday.", "hit", participant="El Fasher") is None


def test_as_with_no_comma_tells_the_event_itself(finder: PlaceFinder) -> None:
    place = locate(finder, "Four people were hurt on Monday as drones struck the fuel depot of Kosti.", "hurt")
    assert place is not None and place.name == "Kosti"
    # after a comma "as" opens a comment, whose places are not the event's
    text = "Police arrested six smugglers on Monday, as Khartoum sought to show it controls Kosti."
    assert locate(finder, text, "arrested") is None


def test_a_governors_remit_is_no_scene(finder: PlaceFinder) -> None:
    text = "Dozens were wounded today as shells hit the market of Dilling, in what the governor of North Kordofan " \
           "called a massacre."
    place = locate(finder, text, "wounded")
    assert place is not None and place.name == "Dilling"


def test_a_clause_dated_days_apart_tells_another_act(finder: PlaceFinder) -> None:
    text = "Iraqi troops reinforced positions on the Syrian frontier on Monday, after gunmen ambushed a patrol " \
           "near Qaim four days earlier."
    assert locate(finder, text, "reinforced") is None
    # an "after" clause with no time of its own may tell how the event came about
    text = ("Iraqi troops reinforced positions on the Syrian frontier on Monday, after gunmen ambushed a patrol "
            "near Qaim.")
    place = locate(finder, text, "reinforced")
    assert place is not None and place.country == "IRQ"


def test_a_district_of_a_named_city_is_no_province_abroad(finder: PlaceFinder) -> None:
    """Babil is an Iraqi governorate; named as one of the areas of southern Tripoli, with a
    name the gazetteer lacks, it is a quarter of the Libyan capital."""
    text = "TRIPOLI, Libya - Rival militias clashed overnight in the Babil and Furnaj areas of southern Tripoli, " \
           "residents said."
    place = locate(finder, text, "clashed")
    assert place is not None and place.country == "LBY"


def test_the_capitals_airport_is_a_site_of_its_own(finder: PlaceFinder) -> None:
    text = "A Jordanian cargo plane landed at Beirut International Airport on Monday with tents and blankets."
    place = locate(finder, text, "landed")
    assert place is not None and place.feature == "other" and place.country == "LBN"
