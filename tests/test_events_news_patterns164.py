"""Wire phrasings of accusations, accords, aid, joint patrols, build-ups, appeals and signings:
a party a speaker calls "guilty of" raiding or looting is accused (the raid is the charge, no
act of its own), an accord "okayed", or an arrangement approved or renewed by two countries,
is agreed, relief goods "ferried for" displaced families are aid to their country, a patrol
of two countries' forces is joint, a command "bolstered" with battalions or infantry "poured"
along a frontier is mobilised, turning to an agency "for help" and making "a call to" it
"for" supplies request, and an accord "made official" or signatures "appended" to it sign
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2021-03-10"


def test_raids_a_party_is_said_to_be_guilty_of_accuse_it(explainer: Explainer) -> None:
    text = ("The Kenyan foreign ministry said Somali militiamen were guilty of raiding villages near Mandera "
            "and looting cattle.")
    (accuse,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(accuse.actors) == ["KEN"] and known_countries(accuse.recipients) == ["SOM"]
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_party_called_guilty_is_accused(explainer: Explainer) -> None:
    (accuse,) = of_type(explainer, "Ankara called Athens guilty of stoking tension in the Aegean.", "ACCUSE", DAY)
    assert known_countries(accuse.actors) == ["TUR"] and known_countries(accuse.recipients) == ["GRC"]


@pytest.mark.parametrize("text, parties", [
    ("Kenya's trade minister and his Ugandan counterpart okayed an extension of the rail freight deal on "
     "Friday.", ["KEN", "UGA"]),
    ("Egypt's electricity minister and his Sudanese counterpart approved renewing for two years the "
     "arrangement whereby Egypt sells power to Sudan.", ["EGY", "SDN"]),
    ("Chile and Peru renewed their fishing accord for five years on Tuesday.", ["CHL", "PER"]),
])
def test_an_accord_okayed_or_kept_in_force_by_two_countries_is_agreed(explainer: Explainer, text: str,
                                                                      parties: list[str]) -> None:
    (agree,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(agree.actors) == parties


@pytest.mark.parametrize("text", [
    "The cabinet approved the arrangements for the national holiday on Sunday.",
    "Israel extended the truce in Gaza by 24 hours, the army said.",
])
def test_one_partys_arrangement_or_extended_truce_is_no_accord(explainer: Explainer, text: str) -> None:
    assert "AGREE" not in coded_types(explainer, text, DAY)


def test_relief_ferried_for_displaced_families_is_aid_to_their_country(explainer: Explainer) -> None:
    text = "Two Turkish navy ships ferried tents and medicines for Lebanese families left homeless by the blast."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["TUR"] and known_countries(aid.recipients) == ["LBN"]


def test_a_patrol_of_two_countries_is_cooperation_and_one_countrys_is_none(explainer: Explainer) -> None:
    text = "A Russian-Turkish patrol moved along the highway east of Idlib on Thursday, a monitor said."
    (coop,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(coop.actors) == ["RUS", "TUR"]
    assert coded_types(explainer, text.replace("Russian-Turkish", "Turkish"), DAY) == []


@pytest.mark.parametrize("text, actor", [
    ("The Indian army said it was bolstering its northern command by adding two infantry brigades along the "
     "Chinese frontier.", "IND"),
    ("Pakistan is pouring extra infantry and artillery along the Line of Control, Indian officials said.", "PAK"),
])
def test_a_front_bolstered_with_units_or_infantry_poured_along_it_mobilises(explainer: Explainer, text: str,
                                                                             actor: str) -> None:
    (mob,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(mob.actors) == [actor]


def test_services_bolstered_without_forces_mobilise_nothing(explainer: Explainer) -> None:
    text = "The government is bolstering its health services with new clinics in the north."
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, actor", [
    ("Malawi on Monday turned to the UN's World Food Programme for help against the drought.", "MWI"),
    ("The Yemeni health minister made an urgent call to the World Health Organization for vaccines and "
     "oxygen.", "YEM"),
])
def test_turning_to_or_calling_on_an_agency_for_supplies_requests(explainer: Explainer, text: str,
                                                                 actor: str) -> None:
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert known_countries(request.actors) == [actor] and known_countries(request.recipients) == ["UNO"]


def test_a_phone_call_made_to_a_king_requests_nothing(explainer: Explainer) -> None:
    assert "REQUEST" not in coded_types(explainer, "The minister made a phone call to the Saudi king on Monday.", DAY)


@pytest.mark.parametrize("text", [
    "Kenya Railways and Uganda Railways yesterday made their agreement on a joint freight service official at "
    "a ceremony in Nairobi.",
    "Oman's transport ministry and Qatar's Ports Authority appended their signatures to an accord on a "
    "shipping line.",
])
def test_an_accord_made_official_or_signatures_appended_is_signed(explainer: Explainer, text: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "SUPPORT" in types and "AGREE" not in types
