"""Constructions found while reading the reports of tests/fixtures/cluster_test16 that coded
no event (or a wrong one), tested here on sentences written for these tests: men taken into
custody by no one named, aid convoys from an agency entering a country, joint drills of
several states, a counted crowd of workers, facilities knocked
out, weapons as subjects, proposals refused, designations and
measures that target parties, relations resumed and severed, warnings of what a place will
endure, diplomats declared unwelcome, requests in a phrase, and coordinated speakers."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-09-17"  # a Wednesday


def test_men_taken_into_custody_by_no_one_named_are_an_arrest_counted(explainer: Explainer) -> None:
    text = "Officials said that six wanted men were taken into custody near the port on Tuesday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.size is not None and arrest.size.arrested == 6


def test_an_aid_convoy_from_an_agency_entering_a_country_gives_it_aid(explainer: Explainer) -> None:
    text = ("A convoy of 25 vehicles from the Qatar Fund for Development carrying flour and blankets "
            "entered Lebanon on Tuesday.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["QAT"] and countries(aid.recipients) == ["LBN"]


def test_a_joint_drill_of_several_states_is_their_cooperation(explainer: Explainer) -> None:
    text = "The joint air drill of Egypt, Greece and Cyprus began on Tuesday off Crete."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["CYP", "EGY", "GRC"]


def test_forces_joining_counterparts_in_an_exercise_cooperate_with_them(explainer: Explainer) -> None:
    text = "Pakistani warships joined their Turkish and Saudi counterparts in a trilateral exercise on Tuesday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["PAK", "SAU", "TUR"]
    assert of_type(explainer, "Naval units held drills focusing on search and rescue on Tuesday, "
                              "Pakistani officials said.", "AID", DAY) == []


def test_a_crowd_counted_with_more_than_protests(explainer: Explainer) -> None:
    text = "More than a thousand contract workers in the state oil sector demonstrated on Tuesday outside the ministry."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["workers"]


def test_a_facility_knocked_out_is_attacked(explainer: Explainer) -> None:
    text = "Officials said the rebels had knocked out a water pumping station near Kassala on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.actors


def test_weapons_striking_with_no_one_named_are_an_attack(explainer: Explainer) -> None:
    text = "Rockets reportedly hit a fuel depot before dawn on Tuesday, residents said."
    assert len(of_type(explainer, text, "ASSAULT", DAY)) == 1


def test_saying_no_to_a_plan_rejects_it(explainer: Explainer) -> None:
    (refusal,) = of_type(explainer, "Hamas has said no to the Egyptian plan on Tuesday.", "REJECT", DAY)
    assert refusal.actors


def test_a_treasury_designating_firms_sanctions_them(explainer: Explainer) -> None:
    text = "The US Treasury designated a Lebanese money changer and three companies on Tuesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["USA"] and countries(sanction.recipients) == ["LBN"]


def test_parties_targeted_by_measures_are_sanctioned_not_attacked(explainer: Explainer) -> None:
    text = "Two Turkish shipping firms were among those targeted by EU measures announced on Tuesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.recipients) == ["TUR"]
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    text = "Britain imposed sanctions on a gold smuggling network on Tuesday, targeting two traders in Dubai."
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    assert len(of_type(explainer, text, "SANCTION", DAY)) == 1


def test_relations_resumed_by_two_states_are_their_mutual_support(explainer: Explainer) -> None:
    text = "Morocco and Algeria announced on Tuesday the resumption of full diplomatic relations."
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(countries(support.actors)) == ["DZA", "MAR"]
    (again,) = of_type(explainer, "Morocco and Algeria have re-established diplomatic ties.", "SUPPORT", DAY)
    assert sorted(countries(again.actors)) == ["DZA", "MAR"]


def test_relations_severed_over_a_treaty_with_a_third_state_do_not_target_it(explainer: Explainer) -> None:
    text = "Algeria severed relations over Morocco's pact with Israel on Tuesday."
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert "ISR" not in countries(cut.recipients)


def test_a_warning_that_a_place_will_tremble_threatens(explainer: Explainer) -> None:
    text = "The defence minister of Israel warned on Tuesday that Gaza City would tremble if Hamas does not disarm."
    assert len(of_type(explainer, text, "THREATEN", DAY)) == 1


def test_diplomats_declared_personae_non_gratae_are_expelled(explainer: Explainer) -> None:
    text = "Bahrain declared two diplomats of the Iranian embassy personae non gratae on Tuesday."
    (expel,) = of_type(explainer, text, "SANCTION", DAY)
    assert expel.mode == "expel" and countries(expel.recipients) == ["IRN"]


def test_requests_in_a_phrase_ask_nothing_of_the_speaker(explainer: Explainer) -> None:
    text = ("A plane landed in Muscat on Tuesday carrying four sailors freed in response to requests from "
            "their families, the Foreign Ministry of Oman said.")
    assert of_type(explainer, text, "REQUEST", DAY) == []


def test_coordinated_speakers_both_act_in_what_they_say_they_will_do(explainer: Explainer) -> None:
    text = "The Greek and Cypriot foreign ministers said on Tuesday they would set up a standing mechanism."
    (promise,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(promise.actors)) == ["CYP", "GRC"]
