"""Session 61 (sentences written for these tests), from the opened cluster_test62 to
cluster_test68 and probe C34: a levy lifted, voided or a tax retracted by the government that
set it is a concession; officials "held answerable for" a loss are accused, however long their
description; a poaching boat "taken in tow" by a coast guard is seized; captives "entrusted"
after a long description, or "consigned into the care of" the Red Cross, are released; pylons
toppled or wrecked are sabotage, an attack; crews of two states that "jointly dug out"
avalanche victims, clear a pass or refloat a ship together cooperate; grain granted to a state
is aid; campesinos cutting a highway are protesters of the place; firms debarred or barred are
sanctioned; "the two leaders" are the two states named before; people a state's police
tear-gas with no place named are its own; heads of government of the 1980s named by their
possessive ("Osvaldo Hurtado's cabinet"), Chile's Carabineros and "Farabundo Marti
guerrillas" are parties."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "1984-05-16"


def test_a_levy_lifted_by_the_government_is_a_concession(explainer: Explainer) -> None:
    text = "Cocoa farmers won their fight on Tuesday, Accra lifting a levy on each bag of exported beans."
    [event] = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(event.actors) == ["GHA"]


def test_a_tax_retracted_by_a_cabinet_is_a_concession(explainer: Explainer) -> None:
    text = "Honduras's cabinet retracted on Monday an export tax on coffee, heeding growers who blocked the roads."
    [event] = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(event.actors) == ["HND"]


def test_officials_held_answerable_after_a_long_description_are_accused(explainer: Explainer) -> None:
    text = ("Peru's comptroller on Monday held 3 directors of the state fishing company Pescaperu answerable "
            "for losses on unsold fishmeal.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ACCUSE", ["PER"])


def test_a_boat_taken_in_tow_by_a_coast_guard_is_seized(explainer: Explainer) -> None:
    text = "Argentina's coastguard took in tow on Monday a Taiwanese squid jigger fishing inside the 200-mile zone."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["ARG"])


def test_captives_entrusted_after_a_long_description_are_released(explainer: Explainer) -> None:
    text = ("Rebels of the Sandinista front on Monday entrusted 6 prisoners of war, conscripts of a National Guard "
            "company, to ICRC delegates at Esteli.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_captives_consigned_into_the_care_of_the_red_cross_are_released(explainer: Explainer) -> None:
    text = "Guerrillas consigned 9 captured conscripts on Sunday into the care of Red Cross delegates in Morazan."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_pylons_toppled_are_an_attack(explainer: Explainer) -> None:
    text = "Shining Path guerrillas toppled 6 high-tension pylons outside Lima on Monday, blacking out the capital."
    [event] = of_type(explainer, text, "ASSAULT", DAY)
    assert (event.mode, countries(event.actors)) == ("destroy", ["PER"])


def test_two_states_rescuers_that_jointly_dug_out_skiers_cooperate(explainer: Explainer) -> None:
    text = "French and Italian mountain guards jointly dug out 4 climbers buried by an avalanche on Monday."
    [event] = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(event.actors)) == ["FRA", "ITA"]


def test_grain_granted_to_a_state_is_aid(explainer: Explainer) -> None:
    text = "Canada on Monday granted drought-stricken Mali 5,000 tonnes of millet worth 2,000,000 dollars."
    [event] = of_type(explainer, text, "AID", DAY)
    assert (countries(event.actors), countries(event.recipients)) == (["CAN"], ["MLI"])


def test_a_mid_1980s_president_and_chiles_carabineros_are_parties(explainer: Explainer) -> None:
    [repeal] = of_type(explainer, "Osvaldo Hurtado's cabinet repealed a fuel levy on Monday.", "CONCEDE", DAY)
    assert countries(repeal.actors) == ["ECU"]
    [blame] = of_type(explainer, "Carabineros blamed the blasts on a communist front on Monday.", "ACCUSE", DAY)
    assert countries(blame.actors) == ["CHL"]


def test_campesinos_cutting_a_highway_are_protesters_of_the_place(explainer: Explainer) -> None:
    text = "Boulders strewn by campesinos cut the highway to Cuzco at Sicuani on Monday, a union communique said."
    [event] = of_type(explainer, text, "PROTEST", DAY)
    assert (event.mode, countries(event.actors)) == ("obstruct", ["PER"])


def test_firms_debarred_or_barred_for_what_they_did_are_sanctioned(explainer: Explainer) -> None:
    debarred = "Kenyan authorities debarred on Monday 4 tea exporting houses of Kericho for short-weight sales."
    assert [e.type for e in code(explainer, debarred, DAY)] == ["SANCTION"]
    barred = "Nairobi barred the firms on Monday for short-weight sales of tea to British buyers."
    assert [e.type for e in of_type(explainer, barred, "SANCTION", DAY)] == ["SANCTION"]


def test_the_two_leaders_are_the_states_of_the_two_named_before(explainer: Explainer) -> None:
    text = ("Brazil's president met his Argentine counterpart in Brasilia on Monday, and the two leaders agreed to "
            "open talks on a customs union.")
    [event] = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(event.actors)) == ["ARG", "BRA"]


def test_people_a_states_police_tear_gas_with_no_place_are_its_own(explainer: Explainer) -> None:
    text = "Kenyan police fired tear gas at thousands of demonstrators who had blocked roads on Tuesday."
    [event] = of_type(explainer, text, "ASSAULT", DAY)
    assert (countries(event.actors), countries(event.recipients)) == (["KEN"], ["KEN"])


def test_farabundo_marti_guerrillas_are_the_fmln(explainer: Explainer) -> None:
    text = "Farabundo Marti guerrillas entrusted 3 captured soldiers to a parish priest in Usulutan on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("RETREAT", ["SLV"])


def test_two_states_crews_clearing_or_refloating_together_cooperate(explainer: Explainer) -> None:
    cleared = "Peruvian and Bolivian road crews cleared snowdrifts choking the Desaguadero pass on Monday."
    [event] = of_type(explainer, cleared, "COOPERATE", DAY)
    assert sorted(countries(event.actors)) == ["BOL", "PER"]
    refloated = "Danish and Swedish salvage tugs refloated a grain carrier stuck on a shoal in the Sound on Monday."
    [event] = of_type(explainer, refloated, "COOPERATE", DAY)
    assert sorted(countries(event.actors)) == ["DNK", "SWE"]


def test_one_states_crews_clearing_debris_cooperate_with_no_one(explainer: Explainer) -> None:
    assert code(explainer, "Peruvian road crews cleared debris from the highway on Monday.", DAY) == []


def test_a_levy_voided_is_a_concession_and_sandifords_cabinet_is_barbados(explainer: Explainer) -> None:
    text = "Erskine Sandiford's cabinet on Monday voided a 5 percent levy on hotel rooms."
    [event] = code(explainer, text, "1990-05-16")
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["BRB"])
