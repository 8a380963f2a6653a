"""Actor recognition causes read from cluster_test18 (sentences written here): a rank
between an office's owner and the holder's name, an epithet several bodies share settled
by where the report is set, a force-led government, two units coordinated by "and the",
and names of the region the KB lacked (the north-east Syrian administration, Syria's
post-2024 authorities, Turkey's main opposition party and its leader, a Haredi faction)."""

from __future__ import annotations

import pytest

from actor_helpers import hits


def _hits(kb, text: str, date: str | None = "2026-05-10") -> dict[str, tuple]:
    return hits(kb, text, date)


def test_a_rank_after_the_office_and_its_owner_does_not_hide_the_holder(kb) -> None:
    found = _hits(kb, "Chief of Staff of the Iranian Armed Forces Brigadier General Abdolrahim Mousavi "
                      "spoke in Tehran.")
    assert found["Chief of Staff of the Iranian Armed Forces Brigadier General Abdolrahim Mousavi"] \
        == ("abdolrahim_mousavi", "IRN", "MIL")


def test_the_top_military_commander_is_the_chief_of_staff(kb) -> None:
    found = _hits(kb, "Iran's top military commander visited the border units.")
    assert found["Iran's top military commander"] == ("abdolrahim_mousavi", "IRN", "MIL")


@pytest.mark.parametrize("text, name", [
    ("Egypt's army-led authorities banned the march.", "Egypt's army-led authorities"),
    ("Egypt's military-led government banned the march.", "Egypt's military-led government"),
])
def test_a_force_led_government_is_the_government(kb, text: str, name: str) -> None:
    assert _hits(kb, text)[name] == ("EGY", "EGY", "GOV")


def test_an_epithet_shared_by_two_bodies_follows_the_places_of_the_report(kb) -> None:
    """No state is named but Israel, whose is no General Security: the towns say Syria's."""
    found = _hits(kb, "HOMS - Gunmen attacked a General Security patrol near Palmyra on Friday, "
                      "hours after Israeli drones flew over the town.")
    assert found["General Security"][:2] == ("syr_general_security", "SYR")


def test_an_organisation_named_like_a_town_after_near_names_no_country(kb) -> None:
    """"near al-Mayadin" is the town, not the Lebanese channel: Lebanon is not named, so
    General Security is not Lebanon's."""
    found = _hits(kb, "Gunmen attacked a General Security patrol near al-Mayadin on Friday.")
    assert found["General Security"][:2] == ("syr_general_security", "SYR")


def test_lebanon_named_keeps_its_general_security(kb) -> None:
    found = _hits(kb, "General Security arrested two men at Beirut airport, Lebanese officials said.")
    assert found["General Security"][:2] == ("lbn_gs", "LBN")


def test_syrias_interim_authorities_in_a_report_set_in_syria(kb) -> None:
    found = _hits(kb, "The interim authorities and the Autonomous Administration met in Raqqa on Monday.")
    assert found["The interim authorities"][:2] == ("SYR", "SYR")
    assert found["Autonomous Administration"][:2] == ("aanes", "SYR")


def test_the_new_governments_forces_near_a_syrian_town(kb) -> None:
    found = _hits(kb, "Two members of the new government's forces were wounded near Daraa, "
                      "Israeli media said.")
    assert found["the new government's forces"][:2] == ("syr_army", "SYR")


def test_two_units_joined_by_and_the_are_not_one_name(kb) -> None:
    found = _hits(kb, "Troops of the 5th Division and the Border Guard forces arrived at the crossing.")
    assert not any(" and the " in name for name in found)


@pytest.mark.parametrize("text, name, expected", [
    ("The party, whose leader Ozgur Ozel spoke, objected.", "leader Ozgur Ozel", ("ozgur_ozel", "TUR", "OPP")),
    ("Members of the Republican People's Party marched.", "Republican People's Party", ("chp", "TUR", "OPP")),
    ("Followers of the Jerusalem Faction blocked the road.", "Jerusalem Faction",
     ("jerusalem_faction", "ISR", "REL")),
    ("Water Minister Raed Abu Saoud opened the plant.", "Minister Raed Abu Saoud",
     ("raed_abu_saoud", "JOR", "GOV")),
])
def test_names_of_the_region(kb, text: str, name: str, expected: tuple) -> None:
    assert _hits(kb, text)[name] == expected
