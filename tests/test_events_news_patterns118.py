"""Event lexicon: a police drug raid and people jailed after it are coercion, not an armed
assault; forces relocated, shifted or brought up to a front in the passive mobilise; crowds
setting tyres alight, shutting, closing or cutting a road and shouting slogans protest; the
licences of firms revoked or suspended are a sanction; "any attempt ... will draw firepower"
threatens; a vehicle ferrying soldiers and a trade target are no events. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-03-11"


def test_a_drug_raid_is_coercion_not_an_assault(explainer: Explainer) -> None:
    text = "Egyptian police carried out a drug raid on a farm near Arish on Tuesday, seizing cocaine."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
    (raid,) = of_type(explainer, text, "COERCE", DAY)
    assert [a.country for a in raid.actors] == ["EGY"]


def test_people_in_jail_after_a_raid_were_arrested(explainer: Explainer) -> None:
    text = ("Six suspected smugglers are in jail after Tuesday's drug raid in the Egyptian town of Arish, "
            "a police source said.")
    assert coded_types(explainer, text, DAY) == ["COERCE"]
    assert of_type(explainer, text, "COERCE", DAY)[0].mode == "arrest"


def test_a_prisoner_serving_a_term_is_no_arrest(explainer: Explainer) -> None:
    text = "The former Iraqi minister, who is in jail for corruption, wrote to the court on Tuesday."
    assert of_type(explainer, text, "COERCE", DAY) == []


@pytest.mark.parametrize("text", [
    "Two Pakistani infantry battalions were relocated from Quetta to the Afghan border on Tuesday, the army said.",
    "Two Pakistani infantry battalions were shifted to the Afghan border on Tuesday, the army said.",
    "The Pakistani infantry battalion brought up to the Afghan border on Tuesday is the second unit sent there "
    "this year.",
])
def test_forces_moved_to_a_front_in_the_passive_mobilise(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "The company relocated its headquarters from Beirut to Dubai on Tuesday.",
    "Lebanon's focus shifted to the talks in Paris on Tuesday.",
])
def test_no_force_relocated_or_shifted_mobilises_nothing(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


@pytest.mark.parametrize("text, mode", [
    ("Furious residents set tyres alight in the Lebanese city of Tripoli on Tuesday over power cuts.", "riot"),
    ("Demonstrators closed the main road to the Tunisian port of Gabes on Tuesday over pollution.", "obstruct"),
    ("Crowds of angry farmers cut the highway between Tunis and Sousse on Tuesday over water shortages, a rights group "
     "said.", "obstruct"),
    ("Protesters in the Moroccan town of Jerada shut the road to the mine on Tuesday over layoffs.", "obstruct"),
    ("Retired teachers stood outside parliament in Amman on Tuesday, shouting slogans against the government.",
     "demo"),
    ("Jordanian truck drivers raised slogans against fuel prices outside the ministry in Amman on Tuesday.", "demo"),
])
def test_crowds_burning_tyres_shutting_roads_or_shouting_slogans_protest(explainer: Explainer, text: str,
                                                                         mode: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.mode == mode


@pytest.mark.parametrize("text", [
    "Workers closed the road for repairs near Mosul on Tuesday.",
    "Floods cut the main road to the village of Dohuk on Tuesday.",
])
def test_a_road_closed_or_cut_with_no_crowd_is_no_protest(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "PROTEST", DAY) == []


@pytest.mark.parametrize("text", [
    "Egypt's central bank revoked the licences of four exchange companies on Tuesday for dealing on the black "
    "market.",
    "Iraq's central bank suspended the licences of three private banks on Tuesday.",
])
def test_licences_of_firms_revoked_are_a_sanction(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_a_channels_licence_revoked_stays_coercion(explainer: Explainer) -> None:
    text = "Egypt's media regulator revoked the licence of a satellite channel on Tuesday."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


@pytest.mark.parametrize("text, target", [
    ("Iran's defence minister warned Israel on Tuesday that any attack on its nuclear sites will draw Iranian "
     "firepower on a scale never seen.", "ISR"),
    ("Turkey's army chief cautioned the PKK that any attempt to cross the border will face the wrath of the army.",
     "TUR"),
])
def test_any_attempt_will_draw_firepower_threatens(explainer: Explainer, text: str, target: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [r.country for r in threat.recipients] == [target]


def test_a_bus_ferrying_soldiers_is_no_deployment(explainer: Explainer) -> None:
    text = "Taliban gunmen ambushed a minibus ferrying Afghan army soldiers near Kandahar on Tuesday, killing three."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


def test_a_state_ferrying_troops_still_mobilises(explainer: Explainer) -> None:
    text = "Russia ferried troops to the Belarusian border on Tuesday."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Turkey and Egypt reviewed their trade targets in Ankara on Tuesday.",
    "Erdogan and Sisi went over Gaza and investment targets by phone on Tuesday.",
])
def test_trade_and_investment_targets_are_no_attack(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", DAY) == []
