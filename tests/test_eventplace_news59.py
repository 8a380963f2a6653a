"""Session 35 (sentences written for these tests): a place inside the speaker's phrase of a
report that closes the sentence ("..., the Japanese embassy in Dhaka disclosed") is where the
speaker sits, no scene of the deed; aid given "to families of X and Y" went where the
families live."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_the_speakers_seat_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Japan gave water pumps and tents to 900 families of Sylhet today, the supplies arriving "
            "by truck, the Japanese embassy in Dhaka disclosed.")
    place = locate(finder, text, "gave")
    assert place is not None and place.name == "Sylhet"


def test_a_scene_before_the_speaker_stays(finder: PlaceFinder) -> None:
    text = "Rebels shelled an army post in Kidal, the Malian army in Bamako said."
    place = locate(finder, text, "shelled")
    assert place is not None and place.name == "Kidal"


def test_aid_goes_where_the_receivers_live(finder: PlaceFinder) -> None:
    text = "Norway handed blankets and stoves to 2,000 displaced families of Herat, officials said."
    place = locate(finder, text, "handed")
    assert place is not None and (place.text, place.country, place.feature) == ("Herat", "AFG", "city")


def test_two_towns_of_the_receivers_give_their_common_ground(finder: PlaceFinder) -> None:
    text = "Canada gave food parcels to 3,000 households of Gonaives and Saint-Marc, officials said."
    place = locate(finder, text, "gave")
    assert place is not None and place.country == "HTI"
