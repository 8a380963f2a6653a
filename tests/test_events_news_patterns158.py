"""Lexicon phrasings of protest, release, sanction, arrest and threat: people owed pay or
pensions assembling outside a public building, "industrial action"; captives "liberated" or
"discharged"; a freeze imposed on a party's holdings; police who "collared" suspects; harm
foretold on a condition ("would find no safe place if", "would find themselves in the
crosshairs", "would not stand idle if", "would carry the consequences"); and places "cut
off by floods", which no party cut. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-06-11"


@pytest.mark.parametrize("text", [
    "Retirees of the Tabriz Tractor Company gathered outside the provincial governorate on Monday over "
    "three months of unpaid pensions.",
    "Pensioners of the state railway assembled outside the labour ministry in Tunis this morning.",
])
def test_people_owed_pensions_assembling_outside_protest(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "PROTEST", DAY)


@pytest.mark.parametrize("text", [
    "Delegates assembled outside the conference hall in Geneva for a group photograph.",
    "Fans gathered outside the stadium in Madrid hours before the final.",
])
def test_a_crowd_assembling_for_no_grievance_is_no_protest(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_banners_held_outside_a_building_are_a_protest(explainer: Explainer) -> None:
    text = "Dozens of former miners held banners outside the parliament in Bucharest, demanding back pay."
    assert of_type(explainer, text, "PROTEST", DAY)


@pytest.mark.parametrize("text", [
    "Rail workers in Leeds began industrial action on Monday over pay.",
    "The industrial action by nurses at three Welsh hospitals was the biggest in years.",
])
def test_industrial_action_is_a_strike(explainer: Explainer, text: str) -> None:
    (strike,) = of_type(explainer, text, "PROTEST", DAY)
    assert strike.mode == "strike"


def test_captives_liberated_are_released(explainer: Explainer) -> None:
    text = "Oman today liberated 6 Yemeni fishermen and their boat, two weeks after its navy stopped them."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    assert [a.country for a in release.actors] == ["OMN"]


def test_a_city_liberated_is_no_release(explainer: Explainer) -> None:
    text = "Government forces liberated the town of Bakhmut after a long battle."
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_the_liberation_of_captives_is_a_release(explainer: Explainer) -> None:
    text = "The liberation of nine Indian fishermen by Sri Lanka's navy was welcomed in Chennai."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["LKA"]


def test_held_sailors_discharged_are_freed_by_their_holder(explainer: Explainer) -> None:
    text = "Seven sailors held by the Eritrean navy since March were discharged on Sunday, Yemen's fisheries " \
           "ministry said."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]  # the month "March" is no march held
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["ERI"]


def test_patients_discharged_from_hospital_are_no_release(explainer: Explainer) -> None:
    text = "Two injured soldiers were discharged from hospital in Haifa on Monday."
    assert not of_type(explainer, text, "RETREAT", DAY)


@pytest.mark.parametrize("text", [
    "The anti-graft court in Tunis ordered a freeze on the assets of two former ministers on Monday.",
    "Kenya's finance ministry imposed a freeze on the bank accounts of four firms owned by the ousted governor.",
])
def test_a_freeze_on_holdings_is_a_sanction(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "SANCTION", DAY)


def test_a_hiring_freeze_is_no_sanction(explainer: Explainer) -> None:
    text = "The ministry imposed a hiring freeze on the public sector on Monday."
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_police_who_collared_suspects_arrested_them(explainer: Explainer) -> None:
    text = "Mombasa police collared two clerks today over forged vaccination cards sold at the port."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"


def test_a_collared_shirt_is_no_arrest(explainer: Explainer) -> None:
    assert not of_type(explainer, "The minister wore a collared shirt to the summit in Nairobi.", "COERCE", DAY)


@pytest.mark.parametrize("text, speaker, target", [
    ("A Houthi military spokesman said on Monday that Saudi officers would find no safe haven if the coalition "
     "resumes its raids on Sanaa.", "YEM", "SAU"),
    ("General Herzi Halevi said the leaders of Hezbollah would find themselves in Israel's sights if "
     "the drones keep coming.", "ISR", "LBN"),
])
def test_harm_foretold_on_a_condition_is_a_threat(explainer: Explainer, text: str, speaker: str,
                                                  target: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == [speaker]
    assert target in {r.country for r in threat.recipients}


def test_refugees_who_would_find_no_safe_place_are_threatened_by_no_one(explainer: Explainer) -> None:
    text = "The UN said displaced families in Rafah would find no safe place to shelter."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_not_standing_idle_on_a_condition_is_a_threat(explainer: Explainer) -> None:
    text = "Hezbollah said on Monday it would not stand idle if Israel widens its raids in southern Lebanon."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["LBN"]


def test_a_party_told_it_will_carry_the_consequences_is_threatened(explainer: Explainer) -> None:
    text = "The Houthi leader said on Monday that Riyadh alone would carry the consequences of any new raid."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert "SAU" in {r.country for r in threat.recipients}


def test_places_cut_off_by_floods_are_coerced_by_no_one(explainer: Explainer) -> None:
    text = ("A Turkish aid plane landed in Kassala today with tents and food baskets for villages cut off by "
            "floods in eastern Sudan.")
    assert "COERCE" not in coded_types(explainer, text, DAY)


def test_a_road_cut_off_by_an_army_is_still_coerced(explainer: Explainer) -> None:
    assert of_type(explainer, "The army cut off the road to Kadugli on Friday.", "COERCE", DAY)
