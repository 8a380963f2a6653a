"""Event lexicon: a TV or satellite channel channels no aid; people dragged or carted off by
police are arrested; a counted march is a protest; armoured vehicles handed or delivered are
military aid; force or war as the answer to "any move" and "would regret any incursion"
threaten; "interned" arrests; separatists handed over are a legal cooperation; charges faced
accuse no one; a ban on arms sales to a country is a sanction; firebombs hurled at police are
a riot. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "1988-05-17"


@pytest.mark.parametrize("text", [
    "A Jordanian TV channel airing the appeal for food aid to Sudan was taken off the air on Tuesday.",
    "A satellite channel showing aid convoys in Darfur was banned in Khartoum on Tuesday.",
])
def test_a_broadcasting_channel_gives_no_aid(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "AID", DAY) == []


def test_the_verb_channel_still_gives_aid(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Kuwait channelled $50 million in aid to Sudan on Tuesday.", "AID", DAY)
    assert countries(aid.actors) == ["KWT"] and countries(aid.recipients) == ["SDN"]


@pytest.mark.parametrize("text", [
    "Students were dragged away by police in Dhaka on Tuesday.",
    "Strikers were carted off by police in Dhaka on Tuesday.",
])
def test_people_dragged_or_carted_off_by_police_are_arrested(explainer: Explainer, text: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest" and countries(arrest.actors) == ["BGD"]


def test_wreckage_dragged_off_is_no_arrest(explainer: Explainer) -> None:
    assert of_type(explainer, "The army dragged off the wreckage from the road in Dhaka.", "COERCE", DAY) == []


def test_a_march_by_a_counted_crowd_is_a_protest(explainer: Explainer) -> None:
    text = "A march by thousands of farmers through Lahore demanded higher crop prices on Tuesday."
    assert "PROTEST" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "France handed a batch of armoured vehicles to the Chadian army on Tuesday.",
    "France delivered a shipment of armored vehicles to Chad on Tuesday.",
    "France handed over 20 armoured vehicles to the Chadian army on Tuesday.",
])
def test_armoured_vehicles_given_are_military_aid(explainer: Explainer, text: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["FRA"] and countries(aid.recipients) == ["TCD"]


def test_a_town_handed_to_armoured_units_is_no_aid(explainer: Explainer) -> None:
    assert of_type(explainer, "The rebels handed the town to armoured units of the Chadian army.", "AID", DAY) == []


@pytest.mark.parametrize("text", [
    "Sudan said any move to build the dam would be met with force.",
    "Sudan said any attempt to seize the wells by force would be answered with all-out war.",
    "The Sudanese president told Chad it would regret any incursion into Darfur.",
])
def test_force_or_regret_promised_for_any_move_threatens(explainer: Explainer, text: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["SDN"]


def test_regretting_a_delay_threatens_no_one(explainer: Explainer) -> None:
    assert of_type(explainer, "The Sudanese minister said he would regret any delay in the talks.",
                   "THREATEN", DAY) == []


def test_interned_is_an_arrest(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "The Hungarian authorities interned the strike leader on Tuesday.", "COERCE", DAY)
    assert arrest.mode == "arrest" and countries(arrest.actors) == ["HUN"]


def test_separatists_handed_over_are_cooperation(explainer: Explainer) -> None:
    text = "Belgium handed over two suspected Corsican separatists to the French authorities on Tuesday."
    (handover,) = of_type(explainer, text, "COOPERATE", DAY)
    assert countries(handover.actors) == ["BEL"] and countries(handover.recipients) == ["FRA"]


def test_charges_faced_accuse_no_one(explainer: Explainer) -> None:
    text = "Panama extradited a suspected arms dealer to Mexico on Tuesday to face gun running charges."
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]


def test_a_ban_on_arms_sales_to_a_country_is_a_sanction(explainer: Explainer) -> None:
    text = "Sweden imposed a ban on arms sales to Indonesia on Tuesday."
    assert coded_types(explainer, text, DAY) == ["SANCTION"]
    assert countries(of_type(explainer, text, "SANCTION", DAY)[0].recipients) == ["IDN"]


def test_firebombs_hurled_at_police_are_a_riot(explainer: Explainer) -> None:
    (riot,) = of_type(explainer, "Chilean students hurled firebombs at riot police in Santiago on Tuesday.",
                      "PROTEST", DAY)
    assert riot.mode == "riot" and countries(riot.actors) == ["CHL"]
