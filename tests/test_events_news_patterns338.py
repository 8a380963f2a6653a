"""Session 60 (sentences written for these tests), from the opened cluster sets and cluster_test67:
people taken or hauled to the cells are arrested; crews put under guard are held, a building so
guarded is not; a government that "buckled to" strikers yields; troops that "streamed across"
or "spread through" a region, conscripts that "moved into" it and armed pickups moved toward a
town are deployed; a navy ship carrying drinking water that arrives delivers aid; leaders who
"conferred beside" each other meet; a bid for credit lodged with a lender asks for aid, one for
a contract does not; signers "set their hands to" a protocol; a patrol that "caught" a perahu
seized it, a tourist who caught a ferry did not."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1985-08-09"


def test_labourers_taken_into_cells_are_arrested(explainer: Explainer) -> None:
    text = "Jamaican detectives found 1,500 pounds of ganja at the freeport and took 3 dock labourers into cells."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "arrest", ["JAM"])


def test_fishermen_hauled_to_the_lock_up_are_arrested(explainer: Explainer) -> None:
    [event] = code(explainer, "Police hauled two fishermen to the lock-up on Thursday.", DAY)
    assert (event.type, event.mode) == ("COERCE", "arrest")


def test_a_wreck_hauled_to_a_yard_is_no_arrest(explainer: Explainer) -> None:
    assert code(explainer, "Police hauled the wreck to a yard in Kingston.", DAY) == []


def test_a_crew_put_under_guard_is_held(explainer: Explainer) -> None:
    [event] = code(explainer, "Argentine coastguards put the crew under guard on Sunday.", DAY)
    assert (event.type, event.mode) == ("COERCE", "arrest")


def test_an_embassy_put_under_guard_is_no_arrest(explainer: Explainer) -> None:
    assert code(explainer, "Police put the embassy under guard.", DAY) == []


def test_a_government_that_buckled_to_strikers_yields(explainer: Explainer) -> None:
    [event] = code(explainer, "Zambia's government buckled to the strikers on Monday.", DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["ZMB"])


def test_infantrymen_streaming_across_a_sierra_deploy(explainer: Explainer) -> None:
    text = "Some 1,000 Mexican infantrymen streamed across the Sinaloa sierra yesterday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["MEX"])


def test_fighting_spreading_across_a_province_deploys_no_one(explainer: Explainer) -> None:
    assert "MOBILIZE" not in types(code(explainer, "Fighting spread across the province as villagers fled.", DAY))


def test_conscripts_moving_into_highlands_deploy(explainer: Explainer) -> None:
    text = "1,200 Mexican conscripts moved into the highlands of Sinaloa on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["MEX"])


def test_armed_pickups_moved_toward_a_town_deploy(explainer: Explainer) -> None:
    text = "Libyan militias moved dozens of armed pickup trucks toward Sirte on Sunday."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_a_ship_with_drinking_water_arriving_delivers_aid(explainer: Explainer) -> None:
    text = "A navy ship carrying 250,000 litres of drinking water arrived in Tonga on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["TON"])


def test_leaders_who_conferred_beside_each_other_meet(explainer: Explainer) -> None:
    text = "Abdou Diouf flew into Banjul and conferred privately beside Sir Dawda Jawara on smuggling."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("CONSULT", ["SEN"], ["GMB"])


def test_a_bid_for_credit_lodged_with_a_bank_asks_for_it(explainer: Explainer) -> None:
    text = ("The Yemen Arab Republic lodged a bid at the Islamic Development Bank in Jeddah for credit "
            "totalling 18,250,000 dollars.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("REQUEST", ["YEM"], ["IGO"])


def test_a_bid_for_a_contract_asks_for_nothing(explainer: Explainer) -> None:
    assert code(explainer, "A French firm lodged a bid for the Cairo metro contract.", DAY) == []


def test_signers_setting_their_hands_to_a_protocol_sign_it(explainer: Explainer) -> None:
    text = "Lao and Vietnamese transport chiefs set their hands to a Vientiane protocol on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("SUPPORT", ["LAO", "VNM"])


def test_a_navy_that_caught_a_perahu_seized_it(explainer: Explainer) -> None:
    text = "An Australian navy vessel caught an Indonesian perahu inside the fishing zone at Ashmore Reef."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["AUS"])


def test_tourists_who_caught_a_ferry_seized_nothing(explainer: Explainer) -> None:
    assert code(explainer, "Tourists caught a ferry to Capri on Monday.", DAY) == []
