"""Trigger words found while reading the errors of the opened clustering set cluster_test17
(2026-11-22), tested on sentences written for these tests: labour strikes in their idioms
("walked off the job", "downed tools", "stopped work"), people taken to an unknown
location, naval forces setting sail or heading somewhere, taking part in training with a
partner, delisting from an asset-freeze list and lifting "restrictive measures" (sanctions
relief, RETREAT), a land crossing that is no landing, relief goods dispatched, the idioms
of blame, understandings reached and agreements inked, an armed group refusing to give up
its own weapons, "alleged ... that" as a verb, punitive steps; and words that are no event:
"internationally recognized", a rescue practised in an exercise, the content of a ban,
support called humanitarian."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2025-03-12"  # a Wednesday


def test_labour_strike_idioms_are_protests(explainer: Explainer) -> None:
    for text in ("Dock workers in Alexandria walked off the job on Tuesday over unpaid wages.",
                 "Hundreds of nurses at a Tunis hospital downed tools on Tuesday, demanding higher pay.",
                 "Some 2,000 workers at a Cairo steel plant stopped work on Tuesday over late bonuses."):
        (strike,) = of_type(explainer, text, "PROTEST", DAY)
        assert strike.mode == "strike", text
    assert not of_type(explainer, "Egypt stopped work on the new canal bridge on Tuesday.", "PROTEST", DAY)


def test_people_taken_to_an_unknown_location_are_detained(explainer: Explainer) -> None:
    (detention,) = of_type(explainer, "Houthi gunmen stormed the homes of three journalists in Sanaa on Tuesday "
                           "and took them to an undisclosed location.", "COERCE", DAY)
    assert countries(detention.actors) == ["YEM"]


def test_a_flotilla_setting_sail_for_a_mission_mobilises(explainer: Explainer) -> None:
    (sailing,) = of_type(explainer, "The Pakistani Navy's flotilla of two frigates set sail from Karachi on "
                         "Tuesday for a patrol mission in the Arabian Sea.", "MOBILIZE", DAY)
    assert countries(sailing.actors) == ["PAK"]
    assert not of_type(explainer, "A Greek tanker set sail from Piraeus on Tuesday for Singapore.", "MOBILIZE", DAY)


def test_a_carrier_group_heading_somewhere_mobilises(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "A French carrier group is heading toward the eastern Mediterranean, "
                      "officials said on Tuesday.", "MOBILIZE", DAY)
    assert countries(move.actors) == ["FRA"]


def test_taking_part_in_training_with_a_partner_cooperates(explainer: Explainer) -> None:
    (training,) = of_type(explainer, "The Jordanian Air Force is taking part in training with the Saudi "
                          "Air Force near Tabuk, the army said on Tuesday.", "COOPERATE", DAY)
    assert sorted(countries(training.actors)) == ["JOR", "SAU"]


def test_removal_from_an_asset_freeze_list_is_sanctions_relief(explainer: Explainer) -> None:
    (delisting,) = of_type(explainer, "The European Union removed three Libyan banks from its asset-freeze "
                           "list on Tuesday.", "RETREAT", DAY)
    assert countries(delisting.actors) == ["EUR"]


def test_lifting_restrictive_measures_is_sanctions_relief(explainer: Explainer) -> None:
    events = code(explainer, "The European Union decided on Tuesday to lift the restrictive measures imposed "
                  "on the central bank of Libya.", DAY)
    assert [e.type for e in events if e.trigger.text.startswith("lift")] == ["RETREAT"]


def test_a_land_crossing_is_no_landing_and_relief_dispatched_is_aid(explainer: Explainer) -> None:
    events = code(explainer, "The Jordanian Red Crescent dispatched flour and medicine to Syria through the "
                  "Jaber land crossing on Tuesday.", DAY)
    assert [(e.type, e.trigger.text) for e in events] == [("AID", "dispatched")]


def test_pointing_the_finger_at_a_party_accuses_it(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Iraqi officials pointed the finger at Turkey on Tuesday over the "
                            "drying of the Tigris.", "ACCUSE", DAY)
    assert countries(accusation.actors) == ["IRQ"]
    assert countries(accusation.recipients) == ["TUR"]


def test_laying_the_blame_on_a_party_accuses_it(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Pakistan laid the blame on India on Tuesday for the collapse of the "
                            "water talks.", "ACCUSE", DAY)
    assert countries(accusation.recipients) == ["IND"]


def test_an_understanding_reached_is_an_agreement(explainer: Explainer) -> None:
    (agreement,) = of_type(explainer, "Kenya and Somalia reached an understanding in Nairobi on Tuesday to "
                           "reopen their border.", "AGREE", DAY)
    assert sorted(countries(agreement.actors)) == ["KEN", "SOM"]


def test_an_agreement_inked_is_signed(explainer: Explainer) -> None:
    (signing,) = of_type(explainer, "Jordan and Egypt inked an agreement in Amman on Tuesday to link their "
                         "power grids.", "SUPPORT", DAY)
    assert sorted(countries(signing.actors)) == ["EGY", "JOR"]


def test_an_armed_group_handing_over_its_own_weapons_disarms(explainer: Explainer) -> None:
    (disarming,) = of_type(explainer, "Hamas handed over its weapons to the Palestinian Authority on Tuesday.",
                           "RETREAT", DAY)
    assert disarming.mode == "disarm"
    (refusal,) = of_type(explainer, "Hezbollah will not hand over its weapons, its leader Naim Qassem said on "
                         "Tuesday.", "REJECT", DAY)
    assert countries(refusal.actors) == ["LBN"]
    assert of_type(explainer, "Britain handed over weapons to the Ukrainian army on Tuesday.", "AID", DAY)


def test_alleged_before_a_that_clause_is_an_accusation(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Ethiopia alleged on Tuesday that Egypt had armed rebels in the "
                            "Amhara region.", "ACCUSE", DAY)
    assert countries(accusation.actors) == ["ETH"]


def test_punitive_steps_are_sanctions(explainer: Explainer) -> None:
    (steps,) = of_type(explainer, "Canada announced punitive steps against three Sudanese generals on "
                       "Tuesday.", "SANCTION", DAY)
    assert countries(steps.actors) == ["CAN"]


def test_an_internationally_recognized_government_is_no_recognition(explainer: Explainer) -> None:
    assert not of_type(explainer, "Libya's internationally recognized government asked the UN on Tuesday "
                       "for help.", "SUPPORT", DAY)


def test_a_rescue_practised_in_an_exercise_is_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "Omani and British commandos began a joint exercise near Duqm on Tuesday, "
                       "practising hostage rescue.", "AID", DAY)


def test_the_content_of_a_ban_names_no_one_it_was_defied_against(explainer: Explainer) -> None:
    assert not of_type(explainer, "The ship was struck because its owner violated the ban on dealing with "
                       "the ports of Israel, the group said.", "REJECT", DAY)


def test_humanitarian_support_is_aid_not_backing(explainer: Explainer) -> None:
    events = code(explainer, "Kuwait announced humanitarian support for Lebanon on Tuesday.", DAY)
    assert [e.type for e in events] == ["AID"]
