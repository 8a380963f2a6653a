"""Wordings of session 38 (sentences written for these tests): grenades hurled and mines
triggered or that flip a vehicle, gunmen who spray or riddle a car, the force named after a
post's "of", police blown up, an army command's official protest, blame "pinned on" a state,
two states' envoys who "settled ... on" a plan, forces trucked in, a road sat across, hostages
"set loose", licences "struck down", an airline grounded, a caution closed by "or have the
machines burned", and a clemency decree "of" a president."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2008-08-28"


def test_a_grenade_hurled_at_a_bunker_of_a_force_attacks_the_force(explainer: Explainer) -> None:
    text = "Militants hurled a grenade at a bunker of the Border Security Force in Poonch on Sunday."
    [attack] = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.mode == "explosives"
    assert [r.actor_id for r in attack.recipients] == ["ind_bsf"]


@pytest.mark.parametrize("text", [
    "Rebels triggered a landmine under an army truck near Gulu on Monday.",
    "A landmine planted by rebels flipped an army truck near Gulu on Monday.",
])
def test_a_mine_triggered_or_flipping_a_vehicle_attacks(explainer: Explainer, text: str) -> None:
    [attack] = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.mode == "explosives"


@pytest.mark.parametrize("text", [
    "A ferry overturned in a storm near Gulu on Monday.",
    "The court overturned the ban on Monday.",
    "Crop dusters sprayed the fields near Culiacan on Monday.",
    "The report was riddled with errors, the minister said.",
    "The US Navy grounded two carriers after an accident.",
])
def test_no_weapon_no_attack(explainer: Explainer, text: str) -> None:
    # near misses: no explosive, gunman, bullet or airline near the verb
    assert coded_types(explainer, text, DAY) == []


@pytest.mark.parametrize("text", [
    "Gunmen sprayed a police car at a crossroads in Culiacan on Saturday.",
    "A police car in Culiacan was riddled by bullets of gunmen on Saturday.",
])
def test_gunmen_spraying_or_riddling_a_car_attack_the_police(explainer: Explainer, text: str) -> None:
    [attack] = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.mode == "firearms" and [r.sector for r in attack.actors] == ["UAF"]


def test_constables_blown_up_by_a_mine_are_its_targets(explainer: Explainer) -> None:
    # the police who mourn them did not blow them up
    text = "Jharkhand police mourned 4 constables blown up on Thursday by a landmine near Barwadih."
    [attack] = of_type(explainer, text, "ASSAULT", DAY)
    assert not attack.actors and [r.sector for r in attack.recipients] == ["COP"]


def test_an_army_commands_protest_is_official(explainer: Explainer) -> None:
    [protest] = of_type(explainer, "The Greek army protested the overflights on Tuesday.", "ACCUSE", DAY)
    assert countries(protest.actors) == ["GRC"]


def test_soldiers_protesting_their_pay_protest(explainer: Explainer) -> None:
    # near miss: rank and file protesting for themselves speak for no state
    assert coded_types(explainer, "Greek soldiers protested over unpaid wages in Athens.", DAY) == ["PROTEST"]


def test_blame_pinned_on_a_state_before_the_wrong(explainer: Explainer) -> None:
    text = "Military chiefs in Athens pinned on Turkey a string of airspace violations near Lesbos."
    [charge] = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(charge.recipients) == ["TUR"]


def test_two_states_envoys_settle_on_a_plan(explainer: Explainer) -> None:
    text = ("Foreign ministers Miguel Angel Moratinos and Luis Amado settled this afternoon in Madrid on "
            "running trains between Badajoz and Elvas.")
    [deal] = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(deal.actors)) == ["ESP", "PRT"]


def test_settlers_settling_make_no_deal(explainer: Explainer) -> None:
    # near miss: parties of one country settle somewhere, no agreement between states
    assert coded_types(explainer, "Jewish settlers settled last year in a caravan park on a hill near Hebron.",
                       DAY) == []


@pytest.mark.parametrize("text, mode", [
    ("The army trucked 400 soldiers into Kaabong district today to halt cattle raids.", "troops"),
    ("Uganda police trucked 150 officers to Hoima district today.", "police"),
])
def test_forces_trucked_in_are_mobilised(explainer: Explainer, text: str, mode: str) -> None:
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]
    [move] = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.mode == mode


def test_relief_trucked_in_stays_aid(explainer: Explainer) -> None:
    assert coded_types(explainer, "The WFP trucked 300 tonnes of maize to Kaabong.", DAY) == ["AID"]


def test_workers_sitting_across_a_road_block_it(explainer: Explainer) -> None:
    text = "Some 2,500 garment workers sat across the highway at Savar yesterday, hurling slogans at the owners."
    [protest] = of_type(explainer, text, "PROTEST", DAY)
    assert protest.mode == "obstruct"


def test_hostages_set_loose_are_released(explainer: Explainer) -> None:
    text = "Gunmen yesterday set loose 2 nurses kidnapped near Butembo."
    [release] = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"


def test_licences_struck_down_by_a_ministry_are_a_sanction(explainer: Explainer) -> None:
    text = "Mining licences of 11 dredging firms in Kono were struck down by the Ministry of Mines yesterday."
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_an_airline_grounded_by_its_regulator_is_sanctioned(explainer: Explainer) -> None:
    text = "Jamaica's Civil Aviation Authority grounded a charter airline today over maintenance lapses."
    [measure] = of_type(explainer, text, "SANCTION", DAY)
    assert countries(measure.actors) == ["JAM"]


def test_a_caution_closed_by_goods_burned_is_a_threat(explainer: Explainer) -> None:
    text = ("The radical group Coordinadora Arauco-Malleco cautioned forestry contractors near Ercilla this morning to pull their "
            "lorries out of the forests or have the machines burned.")
    assert coded_types(explainer, text, DAY) == ["THREATEN"]


def test_a_clemency_decree_of_a_president_is_his(explainer: Explainer) -> None:
    text = "Some 150 convicts left prison colonies yesterday under a clemency decree of Kurmanbek Bakiyev."
    [pardon] = of_type(explainer, text, "CONCEDE", "2008-06-04")
    assert [r.actor_id for r in pardon.actors] == ["kurmanbek_bakiyev"]


def test_pickup_trucks_carry_no_police_reinforcement(explainer: Explainer) -> None:
    # near miss: the plural noun "trucks" before "police" moves no one
    text = "Gunmen in 2 pickup trucks sprayed a municipal police car in Culiacan this evening."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]
