"""Where a place phrase puts an event: a compound noun before a part of a town ("the cattle
market of X"), a town a possessor owns though the gazetteer reads it as a namesake abroad
("Aleppo's Old City"), a party's own district ("at its X frontier district in Y province"),
a town on a named stretch of frontier ("along the X border at Y") and not a town across the
frontier. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2019-03-12"


def _name(explainer: Explainer, text: str, type_: str) -> str | None:
    place = place_of(explainer, text, type_, DAY)
    return None if place is None else place.name


def test_a_compound_noun_before_a_part_of_a_town_keeps_the_town(explainer: Explainer) -> None:
    text = ("A car bomb tore through the cattle market of Tal Afar district, Nineveh province, on Monday as traders "
            "haggled; the blast killed 7 people, police said.")
    assert _name(explainer, text, "ASSAULT") == "Tall ‘Afar"


def test_a_possessor_holds_a_part_the_gazetteer_places_abroad(explainer: Explainer) -> None:
    text = "Mortars struck Hama's ancient Old City on Monday, killing 3 people, police said."
    place = place_of(explainer, text, "ASSAULT", DAY)
    assert place is not None and place.country == "SYR"


def test_the_war_torn_side_of_a_town_is_in_the_town(explainer: Explainer) -> None:
    text = "The Qatar Red Crescent shipped 2,000 food parcels to the war-torn eastern side of Aleppo on Monday."
    assert _name(explainer, text, "AID") == "Aleppo"


def test_a_partys_own_frontier_district_is_the_scene(explainer: Explainer) -> None:
    text = ("Iranian tanks and artillery massed on Monday at its Piranshahr frontier district in West Azerbaijan "
            "province, facing the Iraqi town of Haji Omaran.")
    assert _name(explainer, text, "MOBILIZE") == "Piranshahr"


def test_a_town_on_a_named_stretch_of_frontier_is_the_scene(explainer: Explainer) -> None:
    text = "Syrian tanks massed on Monday along the Homs border at Qusayr, opposite the Lebanese town of Hermel."
    place = place_of(explainer, text, "MOBILIZE", DAY)
    assert place is not None and place.country == "SYR" and place.feature != "admin1" and place.name != "Homs"


def test_a_town_holds_a_part_named_before_of_though_read_abroad(explainer: Explainer) -> None:
    text = "Mortars struck the battered Old City of Hama on Monday, killing 3 people, police said."
    place = place_of(explainer, text, "ASSAULT", DAY)
    assert place is not None and place.country == "SYR"
