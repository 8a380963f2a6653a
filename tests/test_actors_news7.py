"""Actor recognition causes read from cluster_test17 (sentences written here): current
cabinet members of the region, an organisation's official posted in a country, a shared
epithet when a state's name only opens a place name (the Jordan Valley), a region's
government named like its territory (the Kurdistan Region), a seat as the owner of an
office, personnel as a military noun and the island kingdom."""

from __future__ import annotations

import pytest

from actor_helpers import hits


def _hits(kb, text: str, date: str | None = "2026-05-10") -> dict[str, tuple]:
    return hits(kb, text, date)


# ----- cabinet members of the region


@pytest.mark.parametrize("text, name, expected", [
    ("Foreign Minister Shaya al-Zindani met the envoy in Aden.", "Foreign Minister Shaya al-Zindani",
     ("shaya_al_zindani", "YEM", "GOV")),
    ("Energy Minister Mohammad al-Bashir toured the refinery.", "Energy Minister Mohammad al-Bashir",
     ("mohammed_al_bashir", "SYR", "GOV")),
    ("Interior Minister Anas Khattab ordered an inquiry.", "Interior Minister Anas Khattab",
     ("anas_khattab", "SYR", "GOV")),
    ("Spokesman Esmaeil Baqaei rejected the report.", "Spokesman Esmaeil Baqaei", ("esmaeil_baghaei", "IRN", "GOV")),
])
def test_current_cabinet_members_are_known(kb, text: str, name: str, expected: tuple) -> None:
    assert _hits(kb, text)[name] == expected


def test_a_portfolio_minister_known_by_name_is_not_every_minister_of_his_country(kb) -> None:
    """One 'minister' title covers all portfolios, so the energy minister is known by name
    only: "Syria's health minister" is not he."""
    found = _hits(kb, "Energy Minister Mohammed al-Bashir and Syria's health minister met on Monday.")
    assert found["Energy Minister Mohammed al-Bashir"] == ("mohammed_al_bashir", "SYR", "GOV")
    assert found["Syria's health minister"] == (None, "SYR", "GOV")


# ----- an organisation's official posted in a country


@pytest.mark.parametrize("text, name", [
    ("The UN's top humanitarian official in Sudan warned of famine on Monday.", "UN's top humanitarian official"),
    ("The UN's resident coordinator in Sudan warned of famine on Monday.", "UN's resident coordinator"),
])
def test_an_organisations_official_in_a_country_is_the_organisations(kb, text: str, name: str) -> None:
    found = _hits(kb, text)
    assert found[name][1] == "UNO"
    assert not any(country == "SDN" for _, country, _ in found.values())


# ----- a state's name opening a place name names no state


def test_a_shared_epithet_is_settled_when_a_state_name_only_opens_a_place(kb) -> None:
    text = ("The Ministry of Foreign Affairs and Expatriates condemned raids on Palestinian "
            "farmers in the Jordan Valley on Monday.")
    assert _hits(kb, text)["Ministry of Foreign Affairs and Expatriates"] == ("pse_mfa", "PSE", "GOV")


# ----- the Kurdistan Region: a territory, and its government when it acts


def test_the_kurdistan_region_is_a_place_in_a_dateline_or_after_in_and_its_government_acting(kb) -> None:
    found = _hits(kb, "ERBIL, Kurdistan Region - Shelling hit villages in the Kurdistan Region on Monday.")
    assert not any(actor == "krg" for actor, _, _ in found.values())
    assert _hits(kb, "The Kurdistan Region condemned the shelling.")["Kurdistan Region"][0] == "krg"
    found = _hits(kb, "The Kurdistan Region's interior ministry said two people died.")
    assert found["Kurdistan Region's interior ministry"][0] == "krg"


def test_a_seat_before_a_possessive_owns_the_office(kb) -> None:
    assert _hits(kb, "The Kremlin's spokesman dismissed the claim.")["Kremlin's spokesman"][1] == "RUS"


# ----- personnel, the island kingdom


def test_a_country_word_with_personnel_is_its_military(kb) -> None:
    assert _hits(kb, "No Israeli personnel were hurt in the raid.")["Israeli personnel"] == ("ISR", "ISR", "MIL")


def test_the_island_kingdom_is_the_one_of_its_bearers_the_document_names(kb) -> None:
    found = _hits(kb, "Bahrain freed 300 prisoners, the latest gesture by the island kingdom.")
    assert found["the island kingdom"] == ("BHR", "BHR", None)
