"""Places that are not an event's scene: a place behind a contrast with another act ("a build-up
separate from ..."), in what protesters demand, in the topic of talks, where the people a release
frees were caught, or a site that speaks; and places that are: a town or site an apposition puts
on a river, a "border community", the sea facing a town, and sites the gazetteer lacked.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2019-03-12"


def _name(explainer: Explainer, text: str, type_: str) -> str | None:
    place = place_of(explainer, text, type_, DAY)
    return None if place is None else place.name


def test_a_place_set_apart_by_a_contrast_is_another_acts(explainer: Explainer) -> None:
    text = ("Pro-government brigades brought artillery and trucks to the perimeter of Al-Watiya air base on "
            "Monday, a build-up unrelated to Sunday's army push on Gharyan, a brigade officer said.")
    assert _name(explainer, text, "MOBILIZE") == "Al-Watiya air base"


def test_a_place_in_what_strikers_demand_is_no_scene(explainer: Explainer) -> None:
    text = ("Kirkuk's nurses walked out on Monday, demanding unpaid wages from the federal government "
            "in Baghdad, a union official said.")
    assert _name(explainer, text, "PROTEST") is None


def test_a_place_in_the_topic_of_talks_is_no_venue(explainer: Explainer) -> None:
    text = ("Egypt's Foreign Minister Sameh Shoukry and his Sudanese counterpart Ibrahim Ghandour reviewed on "
            "Monday the reopening of the border road and a power line meant to link Sudanese towns to Aswan, "
            "the ministry said.")
    assert _name(explainer, text, "CONSULT") is None


def test_the_venue_after_at_is_kept_after_talks(explainer: Explainer) -> None:
    text = ("Egypt's Foreign Minister Sameh Shoukry and his Sudanese counterpart Ibrahim Ghandour reviewed the "
            "power line project at Aswan on Monday, the ministry said.")
    assert _name(explainer, text, "CONSULT") == "Aswān"


def test_a_place_described_in_the_topic_of_views_is_no_venue(explainer: Explainer) -> None:
    text = ("Oman's Badr Albusaidi and Iran's Abbas Araghchi exchanged views on Monday on the shipping lanes, "
            "closed by naval drills near Bandar Abbas, and on the nuclear file, the ministry said.")
    assert _name(explainer, text, "CONSULT") is None


def test_where_freed_people_were_caught_is_no_scene_of_the_release(explainer: Explainer) -> None:
    text = "Kenyan authorities on Monday freed 14 Somali fishermen seized near Lamu, officials said."
    assert _name(explainer, text, "RETREAT") is None


def test_where_people_were_caught_names_the_subject_of_their_release(explainer: Explainer) -> None:
    # the control: before the trigger the capture's place stays the scene
    text = "Fourteen Somali fishermen seized near Lamu were freed on Monday, officials said."
    assert _name(explainer, text, "RETREAT") == "Lamu"


def test_a_town_an_apposition_puts_on_a_river_is_the_scene(explainer: Explainer) -> None:
    text = ("Border guards at the Albu Kamal crossing point, on the Euphrates, detained 4 smugglers on "
            "Monday, an official said.")
    assert _name(explainer, text, "COERCE") == "Ālbū Kamāl"


def test_a_border_community_is_a_town(explainer: Explainer) -> None:
    # a name the gazetteer does not know as such: the settlement word vouches for it
    text = ("Houthi fighters fired mortars at the Saudi border community of Al-Aridah on Monday; one shell hit "
            "a school, killing a guard, medics in Abha said.")
    place = place_of(explainer, text, "ASSAULT", DAY)
    assert place is not None and place.text == "Al-Aridah"


def test_the_sea_facing_a_town_is_its_vicinity(explainer: Explainer) -> None:
    text = ("Egyptian and Saudi warships held a joint naval exercise on Monday in the waters facing Hurghada, "
            "a spokesman said.")
    place = place_of(explainer, text, "COOPERATE", DAY)
    assert place is not None and place.precision == "vicinity"


def test_a_site_that_speaks_is_no_scene(explainer: Explainer) -> None:
    text = ("Libyan army brigades deployed on Monday to the hills east of the besieged city, the Benghazi "
            "operations room said.")
    assert _name(explainer, text, "MOBILIZE") is None


def test_a_screening_camp_south_of_mosul_is_known(explainer: Explainer) -> None:
    text = "Iraqi police arrested 5 men on Monday at the Hammam al-Alil checkpoint, an officer said."
    place = place_of(explainer, text, "COERCE", DAY)
    assert place is not None and place.country == "IRQ" and place.name == "Hammam al-Alil"


def test_a_libyan_airbase_is_known(explainer: Explainer) -> None:
    text = "Misrata brigades moved armoured cars to the Tamanhint airbase on Monday, a commander said."
    place = place_of(explainer, text, "MOBILIZE", DAY)
    assert place is not None and place.country == "LBY"


def test_the_route_of_a_journey_home_is_no_scene_of_the_release(explainer: Explainer) -> None:
    text = ("Kenya freed 14 Somali herders on Monday, and the Somali embassy is arranging their journey home "
            "by bus through Mandera, an embassy official said.")
    assert _name(explainer, text, "RETREAT") is None
