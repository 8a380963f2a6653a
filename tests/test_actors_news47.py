"""Actor nouns and agents: "the agency said" after a UN body named before is that body, and a
participle after "and" shares its speaker past a long object; a "by" agent counted ("by tens of
thousands of", "by dozens of members of") still acts; depositors, savers and pensioners are
civilians, coast guards (plural) an army; the SPLM-IO is South Sudan's; journalists and youths
are placed where they are detained, flotilla activists not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-11"


def test_the_agency_said_is_the_un_body_named_before(explainer: Explainer) -> None:
    text = ("Al-Shabaab let two Somali drivers of the World Food Programme go on Monday after months in captivity, "
            "the agency said, calling for its other Somali staff held by the group to be freed as well and thanking "
            "Kenyan elders.")
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["UNO"]
    (thanks,) = of_type(explainer, text, "SUPPORT", DAY)  # the participle after "and" shares the speaker
    assert countries(thanks.actors) == ["UNO"]


def test_the_un_body_said_is_the_un_body_named_before(explainer: Explainer) -> None:
    text = ("Militiamen seized two aid trucks of the World Food Programme near Goma on Monday, the UN body said, "
            "urging Kinshasa to protect its convoys.")
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["UNO"]


def test_the_group_said_is_no_aid_body_named_before(explainer: Explainer) -> None:
    text = "Hamas handed two hostages to the Red Cross on Monday, the group said, thanking Egyptian mediators."
    (thanks,) = of_type(explainer, text, "SUPPORT", DAY)
    assert "NGO" not in countries(thanks.actors)


@pytest.mark.parametrize("text, country", [
    ("A rally by tens of thousands of Moroccan teachers filled central Rabat on Tuesday.", "MAR"),
    ("A sit-in by hundreds of thousands of Algerian students paralysed Algiers on Tuesday.", "DZA"),
])
def test_a_counted_crowd_after_by_protests(explainer: Explainer, text: str, country: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == [country]


def test_an_attack_by_dozens_of_members_is_the_groups(explainer: Explainer) -> None:
    text = "An attack by dozens of members of the Fano militia killed four soldiers on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.sector for a in attack.actors] == ["PRM"]


@pytest.mark.parametrize("text, country", [
    ("Angry Lebanese depositors stormed a bank in Sidon on Tuesday.", "LBN"),
    ("The rally by thousands of Lebanese pensioners ended peacefully on Tuesday.", "LBN"),
    ("Hundreds of Greek retirees marched on parliament on Tuesday.", "GRC"),
])
def test_savers_and_pensioners_are_civilians(explainer: Explainer, text: str, country: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [(a.country, a.sector) for a in protest.actors] == [(country, "CVL")]


def test_coast_guards_are_the_army(explainer: Explainer) -> None:
    text = "Tunisian coast guards intercepted a migrant boat off Sfax on Tuesday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [(a.country, a.sector) for a in seizure.actors] == [("TUN", "MIL")]


@pytest.mark.parametrize("name", ["SPLM-IO", "SPLA-IO", "SPLM/A-IO"])
def test_the_splm_in_opposition_is_south_sudans(explainer: Explainer, name: str) -> None:
    text = f"{name} fighters attacked a government garrison in Jonglei on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [(a.country, a.sector) for a in attack.actors] == [("SSD", "REB")]


def test_the_splm_north_stays_sudans(explainer: Explainer) -> None:
    text = "The SPLM-N attacked an army base in South Kordofan on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.actors) == ["SDN"]


@pytest.mark.parametrize("text, country", [
    ("Police detained journalists in Baku on Tuesday.", "AZE"),
    ("Soldiers detained dozens of youths in Bahir Dar on Tuesday.", "ETH"),
    ("Police arrested Amhara youths on Tuesday.", "ETH"),
])
def test_journalists_and_youths_detained_are_of_the_place(explainer: Explainer, text: str, country: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.recipients) == [country]


def test_flotilla_activists_get_no_country_from_the_coast(explainer: Explainer) -> None:
    text = "Greek police detained activists aboard a yacht off Crete on Tuesday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.text for r in arrest.recipients] == ["activists"]
    assert countries(arrest.recipients) == [None]
