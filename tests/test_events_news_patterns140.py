"""Event lexicon: munitions that come down on a place are an attack; a strike traders observe
or keep their shops shut for is a protest; banks banned from a money channel are sanctioned;
suspects a force netted are arrested; targets said to lie in range of one's missiles are
threatened; columns crossing a frontier and forces driven up to the lines are mobilised.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text, trigger", [
    ("A salvo of rockets came down on the airbase near Erbil late on Monday, the Kurdish ministry said.",
     "came down on"),
    ("Two Grad rockets crashed down inside the Basra refinery compound this evening, wounding a guard.",
     "crashed down inside"),
    ("Syrian howitzer rounds fell among olive groves near Jisr al-Shughur this morning, wounding a shepherd.",
     "fell among"),
])
def test_munitions_coming_down_on_a_place_are_an_attack(explainer: Explainer, text: str, trigger: str) -> None:
    assert [e.trigger.text for e in of_type(explainer, text, "ASSAULT", DAY)] == [trigger]


@pytest.mark.parametrize("text", [
    "The stolen missiles fell into the hands of the rebels last year, the ministry said.",
    "Heavy snow came down on Ankara overnight, the weather office said.",
])
def test_what_falls_or_comes_down_with_no_munition_landing_is_no_attack(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", DAY) == []


@pytest.mark.parametrize("text", [
    "Merchants in Sanandaj observed a strike against the crackdown on Tuesday, rights monitors said.",
    "Traders in Sanandaj kept their shutters down on Tuesday in a general strike, rights monitors said.",
])
def test_a_strike_traders_observe_is_a_protest(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["PROTEST"]


def test_an_air_strike_observed_by_monitors_stays_an_attack(explainer: Explainer) -> None:
    text = "UN monitors observed an air strike on a convoy near Idlib on Tuesday."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "The Central Bank of Jordan today banned 6 exchange firms from its foreign currency sales window.",
    "The Central Bank of Jordan banned 6 lenders from the dollar auction on Monday.",
    "The dinar slid after the Central Bank of Jordan's ban on 6 lenders from the dollar auction.",
])
def test_banks_banned_from_a_money_channel_are_sanctioned(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_a_party_banned_from_holding_rallies_is_not_sanctioned(explainer: Explainer) -> None:
    text = "Jordan's interior ministry banned the opposition party from holding rallies in Amman."
    assert "SANCTION" not in coded_types(explainer, text, DAY)


def test_suspects_whom_a_force_netted_are_arrested(explainer: Explainer) -> None:
    text = ("A Konya court is hearing 14 smuggling suspects that gendarmes netted in Tuesday's raids "
            "across the province.")
    assert coded_types(explainer, text, DAY) == ["COERCE"]


def test_a_firm_netting_a_profit_arrests_no_one(explainer: Explainer) -> None:
    text = "Turkish Airlines netted a profit of $3 million last year, its members were told in Istanbul."
    assert "COERCE" not in coded_types(explainer, text, DAY)


def test_targets_said_to_lie_in_range_of_ones_missiles_are_threatened(explainer: Explainer) -> None:
    text = "The Houthis said Saudi oil plants lay in range of their drones and would be hit next."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text == "lay in range of"


def test_prices_in_range_of_a_figure_threaten_no_one(explainer: Explainer) -> None:
    assert coded_types(explainer, "Analysts said oil prices were in range of $80 a barrel.", DAY) == []


@pytest.mark.parametrize("text, trigger", [
    ("Russian troops crossed the frontier near Belgorod this morning, local officials said.", "crossed"),
    ("Moscow drove Guards and 20th Division reinforcements, including tanks and rocket launchers, up to the "
     "Kupiansk lines today.", "drove"),
])
def test_a_column_crossing_or_forces_driven_up_to_the_lines_are_mobilised(explainer: Explainer, text: str,
                                                                         trigger: str) -> None:
    assert [e.trigger.text for e in of_type(explainer, text, "MOBILIZE", DAY)] == [trigger]


@pytest.mark.parametrize("text", [
    "Hundreds of refugees crossed the border near Kilis this morning.",
    "Higher demand drove fuel prices up to record levels, Russia's energy ministry said.",
])
def test_crossing_or_driving_with_no_force_moves_none(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "MOBILIZE", DAY) == []
