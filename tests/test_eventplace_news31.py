"""Event places (news 31): a place behind "from <noun> near" is a launch site, which gives way to
the site hit; a place inside a grievance ("angered by", "anger over") is the motive's, no scene;
"the squares of" a town keeps it in the locative phrase; a square's name is no namesake town
abroad; a town the gazetteer lacked (western Anbar's al-Baghdadi) is read at home. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_launch_site_behind_from_and_near_gives_way_to_the_site_hit(finder: PlaceFinder) -> None:
    text = "Mortar rounds from an orchard near Metula struck the Kiryat Shmona bus depot on Monday."
    place = locate(finder, text, "struck")
    assert place is not None and "Shmona" in str(place.name)


def test_a_place_in_a_grievance_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Drones struck the Tanf garrison on Monday, the latest in a series of attacks by militias "
            "angered by Washington's backing for the war in Lebanon.")
    place = locate(finder, text, "attacks")
    assert place is None or place.country != "LBN"


def test_anger_over_a_matter_in_the_capital_leaves_the_protest_in_its_town(finder: PlaceFinder) -> None:
    text = ("Crowds filled the squares of Daraa city on Friday, as anger over bread prices turned against "
            "the government in Damascus, witnesses said.")
    place = locate(finder, text, "filled")
    assert place is not None and place.country == "SYR" and place.name != "Damascus"


def test_a_square_is_no_namesake_town_abroad(finder: PlaceFinder) -> None:
    text = "Demonstrators gathered in al-Karama square in Daraa on Friday, chanting against the governor."
    names = {r.found.text: r.candidate for r in finder.find(text)}
    karama = names.get("al-Karama")
    assert karama is None or karama.country == "SYR"


def test_al_baghdadi_is_the_town_in_anbar(finder: PlaceFinder) -> None:
    text = "Gunmen attacked a checkpoint in al-Baghdadi in Anbar province on Monday."
    (town,) = [r.candidate for r in finder.find(text) if r.found.text == "al-Baghdadi"]
    assert town is not None and town.country == "IRQ"
