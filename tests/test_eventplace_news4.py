"""Where an event happened, in wire and agency copy (sentences our own): a place opening an
organisation's name, a country owning what something belongs to and a place in a condition
are no scene; a place in the neighbourhoods of a town is one."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_place_opening_an_organisation_name_is_no_scene(finder: PlaceFinder) -> None:
    text = "Police detained six men after supporters of the Anbar Brigade burned tyres on a road."
    assert locate(finder, text, "detained") is None
    firm = "Guards shot two intruders after workers of the Diyala Cement Company walked out on Sunday."
    assert locate(finder, firm, "shot") is None
    # a locative phrase still makes it the scene
    place = locate(finder, "A bomb exploded at the Diyala Cement Company plant on Sunday.", "exploded")
    assert place is not None and place.name.startswith("Diyala")


def test_the_country_owning_what_is_threatened_is_no_scene(finder: PlaceFinder) -> None:
    text = "The militia vowed it would seize tankers belonging to Qatar, its leader said."
    assert locate(finder, text, "seize", participant="The militia") is None


def test_a_place_in_the_neighbourhoods_of_a_town_is_the_scene(finder: PlaceFinder) -> None:
    text = "The council demanded that fighters pull out of residential neighbourhoods of Misrata."
    place = locate(finder, text, "pull out")  # the withdrawal's; the demand's content is not its scene
    assert place is not None and place.name.startswith("Mi") and place.country == "LBY"


def test_a_place_in_a_condition_is_no_scene_of_the_main_clause(finder: PlaceFinder) -> None:
    text = "The group said it would shell border posts if troops advanced into Kassala."
    assert locate(finder, text, "shell", participant="The group") is None
    hypothetical = locate(finder, text, "advanced", participant="troops")
    assert hypothetical is not None and hypothetical.country == "SDN"
