"""Event lexicon: charges levelled, laid or pressed against a party accuse it; a pledge that talks
end in is an accord; a relief flight coming or touching down, or oxygen brought across a border,
is aid; forces embarking on war games drill; units and guns brought or moved up to a frontier
mobilise; an audience had of a ruler is a meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, known_countries, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("verb", ["levelled", "leveled", "laid", "pressed"])
def test_charges_brought_against_a_state_accuse_it(explainer: Explainer, verb: str) -> None:
    text = f"Ethiopia on Tuesday {verb} charges of meddling against Sudan, saying Khartoum armed rebels in Tigray."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(accusation.actors) == ["ETH"]
    assert countries(accusation.recipients) == ["SDN"]


def test_levelled_buildings_accuse_no_one(explainer: Explainer) -> None:
    text = "The cyclone levelled dozens of homes in the coastal villages of Mozambique on Tuesday."
    assert "ACCUSE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("verb, noun", [("ended in", "commitment"), ("yielded", "pledge"),
                                        ("produced", "commitment")])
def test_a_pledge_that_talks_end_in_is_an_accord(explainer: Explainer, verb: str, noun: str) -> None:
    text = (f"Sunday's talks in Amman {verb} a Jordanian {noun} to reopen the Jaber crossing to Syrian lorries, "
            "the Syrian transport ministry said.")
    (accord,) = of_type(explainer, text, "AGREE", DAY)
    assert countries(accord.actors) == ["JOR"]


def test_an_understanding_talks_end_in_binds_both_parties(explainer: Explainer) -> None:
    text = "The talks in Doha ended in an understanding between Sudan and Chad to patrol their border together."
    (accord,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(accord.actors) == ["SDN", "TCD"]


def test_a_standing_commitment_is_no_accord(explainer: Explainer) -> None:
    text = "Qatar renewed its commitment to the Gulf security pact on Sunday, the emiri court said."
    assert "AGREE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("verb", ["came down", "touched down"])
def test_a_relief_flight_coming_down_is_aid(explainer: Explainer, verb: str) -> None:
    text = (f"A relief plane of the Emirates Red Crescent {verb} in Port Sudan on Friday with tents and "
            "blankets for flood victims.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["ARE"]
    assert countries(aid.recipients) == ["SDN"]


def test_prices_coming_down_bring_no_aid(explainer: Explainer) -> None:
    text = "Fuel prices came down in Beirut on Monday after the central bank eased its rate."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_oxygen_brought_across_a_border_is_aid(explainer: Explainer) -> None:
    text = "Six Egyptian lorries with oxygen crossed the Salloum border this morning."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["EGY"]


def test_a_gift_of_one_state_to_another_is_aid(explainer: Explainer) -> None:
    text = ("Ten ambulances, a gift of the Japanese government to the Palestinian health ministry, "
            "reached Ramallah on Monday.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.recipients) == ["PSE"]


def test_a_taunt_called_a_gift_is_no_aid(explainer: Explainer) -> None:
    text = "The opposition leader called the ceasefire a gift to Hezbollah on Monday."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_allies_embarking_on_war_games_cooperate(explainer: Explainer) -> None:
    text = "Pakistani and Chinese sailors embarked on Tuesday on naval war games in the Arabian Sea."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(drill.actors) == ["CHN", "PAK"]


def test_one_navy_embarking_on_war_games_shows_force(explainer: Explainer) -> None:
    text = "The Iranian navy embarked on war games in the Gulf of Oman on Tuesday."
    (drill,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(drill.actors) == ["IRN"]


@pytest.mark.parametrize("verb", ["brought up", "moved up"])
def test_units_and_guns_brought_up_to_a_frontier_mobilise(explainer: Explainer, verb: str) -> None:
    text = (f"The Kyrgyz army {verb} two infantry companies and towed howitzers to the southern stretch of "
            "the border on Friday.")
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["KGZ"]


def test_a_topic_brought_up_moves_no_force(explainer: Explainer) -> None:
    text = "The opposition brought up the question of artillery shelling at the border talks on Friday."
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("partner", ["of", "with"])
def test_an_audience_had_of_a_ruler_is_a_meeting_of_both(explainer: Explainer, partner: str) -> None:
    text = f"Jordan's foreign minister had an audience {partner} the Emir of Qatar in Doha on Sunday."
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(meeting.actors) == ["JOR", "QAT"]
