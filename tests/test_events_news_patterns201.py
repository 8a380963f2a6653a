"""Triggers in other words: people hauled from their homes or led away in handcuffs are
arrested; "alleged" with a party and an adverb of wrongdoing accuses; a "peer" is a
counterpart; a term's balance erased is clemency; envoys who "sat down to go over" a matter
met; a combined simulation and work "side by side" are cooperation; heavy arms pushed,
brought or rolled to a place are mobilised. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2018-10-09"


# ---------------------------------------------------------------- COERCE
def test_people_hauled_from_their_homes_are_arrested(explainer: Explainer) -> None:
    text = "Egyptian police hauled 14 people, among them six lawyers, from their homes in Giza on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.trigger.text == "hauled"
    assert arrest.mode == "arrest"
    assert known_countries(arrest.actors) == ["EGY"]


def test_activists_dragged_from_their_beds_are_arrested(explainer: Explainer) -> None:
    text = "Syrian soldiers dragged the activists from their beds in Homs on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert known_countries(arrest.actors) == ["SYR"]


def test_people_hauled_from_the_sea_are_no_arrest(explainer: Explainer) -> None:
    # the control: no dwelling, a rescue
    assert not of_type(explainer, "Coastguards hauled 40 migrants from the sea off Libya on Monday.", "COERCE", DAY)


def test_led_away_in_handcuffs_is_an_arrest(explainer: Explainer) -> None:
    text = "Kenyan police stopped the two bloggers at the gate and led them away in handcuffs on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.trigger.text == "led"
    assert known_countries(arrest.actors) == ["KEN"]


def test_led_away_without_restraints_is_no_arrest(explainer: Explainer) -> None:
    assert not of_type(explainer, "The guide led the tourists away from the crater on Monday.", "COERCE", DAY)


# ---------------------------------------------------------------- ACCUSE
def test_alleged_with_a_party_and_a_wrongdoing_adverb_accuses(explainer: Explainer) -> None:
    text = "Egypt's irrigation ministry on Monday alleged Ethiopia secretly filled the dam's reservoir."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert accusation.trigger.text == "alleged"
    assert known_countries(accusation.actors) == ["EGY"]
    assert known_countries(accusation.recipients) == ["ETH"]


def test_the_alleged_plot_accuses_no_one(explainer: Explainer) -> None:
    text = "The alleged Iranian plot was secretly planned in Vienna, police said on Monday."
    assert not of_type(explainer, text, "ACCUSE", DAY)


# ---------------------------------------------------------------- AGREE
def test_a_peer_named_after_and_is_a_second_party(explainer: Explainer) -> None:
    text = "Kenya's Uhuru Kenyatta and his Ugandan peer Yoweri Museveni resolved on Monday to build a joint rail link."
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.actors) == ["KEN", "UGA"]


# ---------------------------------------------------------------- CONCEDE
def test_the_balance_of_their_terms_erased_is_clemency(explainer: Explainer) -> None:
    text = "King Hamad erased the balance of the terms of 60 inmates on Monday."
    (clemency,) = of_type(explainer, text, "CONCEDE", DAY)
    assert clemency.trigger.text == "erased"


def test_the_terms_of_a_contract_erased_are_no_clemency(explainer: Explainer) -> None:
    assert not of_type(explainer, "Egypt erased the terms of the old gas contract on Monday.", "CONCEDE", DAY)


# ---------------------------------------------------------------- CONSULT
def test_two_states_envoys_sitting_down_to_go_over_a_matter_met(explainer: Explainer) -> None:
    text = "The Egyptian and Sudanese irrigation ministers sat down in Khartoum on Monday to go over the dam's filling."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(talks.actors) == ["EGY", "SDN"]


def test_one_minister_sitting_down_to_review_consults_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "The Kenyan finance minister sat down on Monday to review the budget.",
                       "CONSULT", DAY)


# ---------------------------------------------------------------- COOPERATE
def test_a_combined_simulation_of_two_forces_is_cooperation(explainer: Explainer) -> None:
    text = "The Egyptian navy and the Greek navy ran a combined rescue simulation off Crete on Monday."
    (joint,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(joint.actors) == ["EGY", "GRC"]


def test_one_armys_simulation_is_no_cooperation(explainer: Explainer) -> None:
    text = "The Egyptian army ran a combined simulation of a desert battle on Monday."
    assert not of_type(explainer, text, "COOPERATE", DAY)


def test_warships_working_side_by_side_cooperate(explainer: Explainer) -> None:
    text = "Omani and Indian warships worked side by side off Duqm on Monday."
    (joint,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(joint.actors) == ["IND", "OMN"]


# ---------------------------------------------------------------- MOBILIZE
def test_armoured_columns_pushed_to_a_town_are_mobilised(explainer: Explainer) -> None:
    text = "The Sudanese army pushed armoured columns and rocket launchers to Kadugli on Monday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.trigger.text == "pushed"
    assert known_countries(move.actors) == ["SDN"]


def test_armoured_cars_brought_to_an_airbase_are_mobilised(explainer: Explainer) -> None:
    text = "The Chadian army brought armoured cars and artillery from Abeche to the Faya airbase on Monday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(move.actors) == ["TCD"]


@pytest.mark.parametrize("verb", ["ferried", "dispatched"])
def test_heavy_arms_ferried_or_dispatched_are_mobilised(explainer: Explainer, verb: str) -> None:
    text = f"The Ethiopian army {verb} howitzers and armoured cars to Humera on Monday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.trigger.text == verb


def test_columns_of_armour_rumbling_into_a_town_are_mobilised(explainer: Explainer) -> None:
    text = "Columns of Ethiopian armour rumbled into Humera on Monday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.trigger.text.startswith("rumbled")


def test_spending_pushed_up_is_no_mobilisation(explainer: Explainer) -> None:
    assert "MOBILIZE" not in coded_types(explainer, "The Egyptian army pushed military spending to a record on Monday.",
                                         DAY)


def test_columns_of_armour_rolling_to_a_town_are_mobilised(explainer: Explainer) -> None:
    text = "Columns of armour of the Sudanese army rolled on Monday to the gates of Kadugli."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.trigger.text == "rolled"


def test_prices_rolling_to_a_high_are_no_mobilisation(explainer: Explainer) -> None:
    assert not coded_types(explainer, "Wheat prices rolled to a record high on Monday.", DAY)
