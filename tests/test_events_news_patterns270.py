"""Session 41 (sentences written for these tests): police flown into a town, captives
unshackled or let walk away, a loan deed executed, a shop's licence withdrawn as a penalty, a
demand "shot down" with a long owner before it, a crew confined to cells, shots "pumped into"
a vehicle, a plan "okayed", weapons pulled back with their object between, a shutdown joined,
and telephone lines restored (no call)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2041-06-14"


def test_police_flown_into_a_town_are_mobilised(explainer: Explainer) -> None:
    assert of_type(explainer, "Nairobi flew 200 policemen into Garissa on Monday to halt clan fighting.", "MOBILIZE", DAY)
    assert of_type(explainer, "Port Moresby flew 80 mobile squad men into Mendi this evening to halt clan fighting.",
                   "MOBILIZE", DAY)


def test_captives_unshackled_or_let_walk_away_are_released(explainer: Explainer) -> None:
    assert of_type(explainer, "Mai-Mai fighters this evening unshackled 4 road engineers they had seized near Kindu.",
                   "RETREAT", DAY)
    assert of_type(explainer, "Kidnapped nurses reached safety on Monday, their captors letting all 5 walk away unharmed.",
                   "RETREAT", DAY)


def test_a_loan_deed_executed_is_an_accord_signed_not_an_execution(explainer: Explainer) -> None:
    text = "The African Development Bank and Malawi executed a 40m-dollar loan deed in Lilongwe on Monday."
    assert coded_types(explainer, text, DAY) == ["SUPPORT"]


def test_a_shops_licence_withdrawn_is_a_sanction(explainer: Explainer) -> None:
    assert of_type(explainer, "The health ministry withdrew the trading licence of a Gaborone pharmacy on Monday.",
                   "SANCTION", DAY)


def test_a_demand_shot_down_is_rejected_not_an_attack(explainer: Explainer) -> None:
    text = "The transport ministry shot down bus and taxi owners' demand for higher fares on Monday."
    assert "REJECT" in coded_types(explainer, text, DAY)
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_crew_confined_to_cells_is_arrested(explainer: Explainer) -> None:
    assert of_type(explainer, "Coast guards at Lome confined the 12-man crew of a Togo-flagged fishing trawler to cells on Monday.",
                   "COERCE", DAY)


def test_bullets_pumped_into_a_bus_are_an_attack_not_money(explainer: Explainer) -> None:
    assert of_type(explainer, "Rebel gunmen pumped bullets into a minibus near Kitgum on Monday.", "ASSAULT", DAY)


def test_a_plan_okayed_is_agreed(explainer: Explainer) -> None:
    text = "Lithuania's prime minister and his Latvian counterpart okayed the reopening of the Vilnius-Riga rail line on Monday."
    assert of_type(explainer, text, "AGREE", DAY)


def test_weapons_pulled_back_with_their_object_between(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "The rebels have not pulled their heavy weapons back from the front line, monitors said on Monday.",
                       "RETREAT", DAY)
    assert event.modality == "negated"


def test_a_shutdown_joined_by_workers_is_a_strike(explainer: Explainer) -> None:
    assert of_type(explainer, "Nigeria's oil workers joined a nationwide shutdown over fuel prices on Monday.", "PROTEST", DAY)


def test_telephone_lines_restored_are_no_call(explainer: Explainer) -> None:
    text = "The government said it had lifted the curfew and restored telephone lines to the northern city on Monday."
    assert "CONSULT" not in coded_types(explainer, text, DAY)
