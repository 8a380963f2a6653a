"""Places that are not an event's scene: a place behind a contrast with another act ("a build-up
separate from ..."), in what protesters demand, in the topic of talks, where the people a release
frees were caught, or a site that speaks; and places that are: a town or site an apposition puts
on a river, a "border community", the sea facing a town, and sites the gazetteer lacked.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2019-03-12"

#: (what the case shows, text, event type, the scene's name or None for no scene)
NAMED_SCENES = [
    ("a place set apart by a contrast is another act's",
     "Pro-government brigades brought artillery and trucks to the perimeter of Al-Watiya air base on "
     "Monday, a build-up unrelated to Sunday's army push on Gharyan, a brigade officer said.",
     "MOBILIZE", "Al-Watiya air base"),
    ("a place in what strikers demand is no scene",
     "Kirkuk's nurses walked out on Monday, demanding unpaid wages from the federal government "
     "in Baghdad, a union official said.",
     "PROTEST", None),
    ("a place in the topic of talks is no venue",
     "Egypt's Foreign Minister Sameh Shoukry and his Sudanese counterpart Ibrahim Ghandour reviewed on "
     "Monday the reopening of the border road and a power line meant to link Sudanese towns to Aswan, "
     "the ministry said.",
     "CONSULT", None),
    ("the venue after 'at' is kept after talks",
     "Egypt's Foreign Minister Sameh Shoukry and his Sudanese counterpart Ibrahim Ghandour reviewed the "
     "power line project at Aswan on Monday, the ministry said.",
     "CONSULT", "Aswān"),
    ("a place described in the topic of views is no venue",
     "Oman's Badr Albusaidi and Iran's Abbas Araghchi exchanged views on Monday on the shipping lanes, "
     "closed by naval drills near Bandar Abbas, and on the nuclear file, the ministry said.",
     "CONSULT", None),
    ("where freed people were caught is no scene of the release",
     "Kenyan authorities on Monday freed 14 Somali fishermen seized near Lamu, officials said.",
     "RETREAT", None),
    ("the control: before the trigger the capture's place stays the scene",
     "Fourteen Somali fishermen seized near Lamu were freed on Monday, officials said.",
     "RETREAT", "Lamu"),
    ("a town an apposition puts on a river is the scene",
     "Border guards at the Albu Kamal crossing point, on the Euphrates, detained 4 smugglers on "
     "Monday, an official said.",
     "COERCE", "Ālbū Kamāl"),
    ("a site that speaks is no scene",
     "Libyan army brigades deployed on Monday to the hills east of the besieged city, the Benghazi "
     "operations room said.",
     "MOBILIZE", None),
    ("the route of a journey home is no scene of the release",
     "Kenya freed 14 Somali herders on Monday, and the Somali embassy is arranging their journey home "
     "by bus through Mandera, an embassy official said.",
     "RETREAT", None),
]


@pytest.mark.parametrize(("case", "text", "type_", "expected"), NAMED_SCENES, ids=[c[0] for c in NAMED_SCENES])
def test_the_scene_named(explainer: Explainer, case: str, text: str, type_: str, expected: str | None) -> None:
    place = place_of(explainer, text, type_, DAY)
    assert (None if place is None else place.name) == expected, case


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


def test_a_screening_camp_south_of_mosul_is_known(explainer: Explainer) -> None:
    text = "Iraqi police arrested 5 men on Monday at the Hammam al-Alil checkpoint, an officer said."
    place = place_of(explainer, text, "COERCE", DAY)
    assert place is not None and place.country == "IRQ" and place.name == "Hammam al-Alil"


def test_a_libyan_airbase_is_known(explainer: Explainer) -> None:
    text = "Misrata brigades moved armoured cars to the Tamanhint airbase on Monday, a commander said."
    place = place_of(explainer, text, "MOBILIZE", DAY)
    assert place is not None and place.country == "LBY"
