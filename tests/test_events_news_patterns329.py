"""Session 57 (sentences written for these tests), from probe C30 and cluster_test64: forces
sent "to help battle" a disaster, or to rescue or evacuate, bring relief (AID); two leaders who
"this afternoon discussed" a matter consult, a day between them and the verb, and what they
discussed is their topic, no event; battalions "committed to" an operation are deployed;
licences "pulled" after their owner's possessive or "terminated" by a fisheries regulator are a
sanction on a business; a fleet "tie-up" brandished, or a "stoppage" raised as a prospect, is a
threatened strike. Later: captives named after "handed over" to a humanitarian mission are freed;
pirates are a party of their nation word; a call in an adjunct opening the sentence is between
the subject and the counterpart its verb is done to; "In" opening a sentence is no partial name
of Moon Jae-in (a redundant KB alias made it one)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1990-05-14"


def test_planes_sent_to_help_battle_wildfires_bring_relief(explainer: Explainer) -> None:
    text = "Peru sent three air force planes carrying 60 firefighters to Ecuador on Monday to help battle wildfires."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["ECU"])


def test_troops_sent_to_rescue_survivors_bring_relief(explainer: Explainer) -> None:
    text = "Colombia sent 200 soldiers to Ecuador on Monday to rescue survivors of the earthquake."
    [event] = code(explainer, text, DAY)
    assert event.type == "AID"


def test_troops_sent_to_help_a_state_fight_rebels_stay_military_assistance(explainer: Explainer) -> None:
    text = "Senegal sent 600 troops to Guinea-Bissau on Monday to help government forces fight the rebels."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["GNB"])


def test_two_leaders_who_this_afternoon_discussed_a_matter_consult(explainer: Explainer) -> None:
    text = "Abdou Diouf and Moussa Traore this afternoon discussed cattle raids along their border."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("CONSULT", ["MLI", "SEN"])


def test_battalions_committed_to_a_hunt_are_deployed(explainer: Explainer) -> None:
    text = "Peru's army on Monday committed 4 infantry battalions to a hunt for Shining Path columns near Ayacucho."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["PER"])


def test_a_commitment_to_elections_stays_an_agreement(explainer: Explainer) -> None:
    assert types(code(explainer, "Peru's junta committed itself on Monday to free elections.", DAY)) == ["AGREE"]


def test_licences_pulled_after_their_owners_possessive_are_a_sanction(explainer: Explainer) -> None:
    text = "Chile's fisheries agency on Monday pulled 5 salmon farms' fish-farming licences near Puerto Montt."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("SANCTION", ["CHL"])


def test_licences_terminated_by_fisheries_regulators_are_a_sanction(explainer: Explainer) -> None:
    text = "Chilean fisheries regulators on Monday terminated the operating licences of 5 salmon farms."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("SANCTION", ["CHL"])


def test_a_fleet_tie_up_brandished_is_a_threatened_strike(explainer: Explainer) -> None:
    text = "Chile's fishermen's union on Monday brandished a fleet tie-up over diesel prices."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("THREATEN", "restrict")


def test_a_stoppage_raised_as_a_prospect_is_a_threat(explainer: Explainer) -> None:
    text = "Chilean trawlermen raised the prospect of a fleet-wide stoppage, their federation wanting higher prices."
    [event] = code(explainer, text, DAY)
    assert event.type == "THREATEN"


def test_a_firm_named_as_culprit_is_accused(explainer: Explainer) -> None:
    text = "Liberia's forestry authority on Monday named a Buchanan timber company as culprit in the felling of 200 trees."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ACCUSE", ["LBR"])


def test_abducted_staff_let_walk_out_are_released(explainer: Explainer) -> None:
    text = "Liberian rebels on Monday let 4 abducted mining company staff walk out of the forest near Zwedru."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_growers_who_shut_a_harbour_block_it_in_protest(explainer: Explainer) -> None:
    text = "Around 900 potato growers on Monday shut the harbour at Saint-Malo to shipping."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("PROTEST", "obstruct")


def test_a_government_that_shuts_a_harbour_is_no_protest(explainer: Explainer) -> None:
    assert types(code(explainer, "France's government shut the harbour at Saint-Malo on Monday.", DAY)) != ["PROTEST"]


def test_a_knight_named_with_his_honour_sits_down_alongside_a_counterpart(explainer: Explainer) -> None:
    text = "Abdou Diouf sat down at Banjul alongside Sir Dawda Jawara on Monday to review border delays."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("CONSULT", ["GMB", "SEN"])


def test_a_mills_permit_pulled_after_its_possessive_is_a_sanction(explainer: Explainer) -> None:
    text = "Sweden's environment agency on Monday pulled a Gavle paper mill's discharge permit."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("SANCTION", ["SWE"])


def test_hostages_turned_loose_are_released(explainer: Explainer) -> None:
    text = "Somali militiamen turned the 4 Italian hostages loose near Kismayo on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("RETREAT", "release", ["ITA"])


def test_cattle_turned_loose_are_no_release(explainer: Explainer) -> None:
    assert code(explainer, "Somali ranchers turned their cattle loose near Kismayo on Sunday.", DAY) == []


def test_looted_money_returned_is_property_given_back(explainer: Explainer) -> None:
    text = "Britain returned 4 million pounds looted by a former Nigerian governor to Nigeria on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("RETREAT", ["GBR"])


def test_a_looted_town_returned_to_is_no_restitution(explainer: Explainer) -> None:
    assert code(explainer, "The rebels returned to the looted town of Bo on Monday.", DAY) == []


def test_a_pipeline_two_states_begin_building_together_is_cooperation(explainer: Explainer) -> None:
    text = "Kenya and Uganda launched construction on Sunday of a 900-km oil pipeline."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("COOPERATE", ["KEN", "UGA"])


def test_a_subject_resumes_after_its_relative_aside_and_a_day(explainer: Explainer) -> None:
    text = ("Poland's government, which has built a fence along its eastern border, on Monday rejected a European "
            "Commission demand that it take in refugees.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["POL"])


def test_pirates_named_by_their_nation_are_a_party(explainer: Explainer) -> None:
    text = "Somali pirates were believed to have hijacked a Greek tanker in the Gulf of Aden on Thursday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["SOM"])


def test_captives_named_after_handed_over_to_a_humanitarian_mission_are_freed(explainer: Explainer) -> None:
    text = "The ELN handed over six soldiers and a policeman to a humanitarian mission in Arauca on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("RETREAT", "release", ["COL"])


def test_a_call_opening_the_sentence_is_between_the_subject_and_its_counterpart(explainer: Explainer) -> None:
    text = "During a telephone call on Tuesday, Ghana's president thanked his Togolese counterpart for his help."
    call = next(e for e in code(explainer, text, DAY) if e.type == "CONSULT")
    assert (call.mode, sorted(countries(call.actors))) == ("phone", ["GHA", "TGO"])


def test_a_call_opening_the_sentence_with_one_party_names_no_talks(explainer: Explainer) -> None:
    text = "During a telephone call on Tuesday, Ghana's president reviewed the budget."
    assert "CONSULT" not in types(code(explainer, text, DAY))


def test_in_opening_a_sentence_is_no_korean_president(explainer: Explainer) -> None:
    events = code(explainer, "In talks on Monday, Kenya urged Tanzania to reopen the border.", "2019-01-01")
    assert "KOR" not in {c for e in events for c in countries(e.actors + e.recipients)}
