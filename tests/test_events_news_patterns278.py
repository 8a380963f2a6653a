"""Session 47 (sentences written for these tests), from the tuned probes C13-C20: an object
pronoun after a second verb takes up the first verb's people, who keep the country the first act
placed them in; patrol craft handed to a coast guard are military aid; a denial rejects and
negates what it denies; a visit come for; force forsworn is a promise; a meeting's infinitive
object is no party; a terrorist listing rescinded, a state of siege lifted; commanders put on
trial; intelligence exchanges restarted; budget support earmarked; a drug lord turned over;
people seized by armed men of no state are abducted; an arrest told again as a swoop; a protest
infinitive; an illness fought; a city flooded with police; a road opened to aid convoys."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2041-06-14"


def test_a_pronoun_after_a_second_verb_takes_up_the_first_verbs_people(explainer: Explainer) -> None:
    text = "Police in Lusaka rounded up 14 traders and charged them with hoarding maize."
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [r.text for r in charge.recipients] == ["traders"]
    assert countries(charge.recipients) == ["ZMB"]


def test_no_pronoun_no_people_taken_up(explainer: Explainer) -> None:
    text = "Police in Lusaka rounded up 14 traders and charged that the mill owners had hoarded maize."
    charges = of_type(explainer, text, "ACCUSE", DAY)
    assert all(r.text != "traders" for c in charges for r in c.recipients)


def test_patrol_craft_handed_to_a_coast_guard_are_aid(explainer: Explainer) -> None:
    text = "South Korea handed over three patrol boats to the Sri Lankan navy in Colombo on Monday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["KOR"] and countries(aid.recipients) == ["LKA"]
    text = "Sri Lankan and Indian patrol boats sailed together off Jaffna on Monday."
    assert not of_type(explainer, text, "AID", DAY)


def test_a_denial_rebuffs_whom_its_participle_names(explainer: Explainer) -> None:
    text = ("Kigali denied on Monday that its soldiers had shelled villages near Bukavu, dismissing as "
            "lies a Congolese army report that said 12 people died.")
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert rejection.modality == "asserted"  # the report after it tells only its own clause
    assert countries(rejection.actors) == ["RWA"] and countries(rejection.recipients) == ["COD"]
    assert [e.modality for e in of_type(explainer, text, "ASSAULT", DAY)][:1] == ["negated"]


def test_a_visit_come_for_names_the_visitor(explainer: Explainer) -> None:
    text = "The Zambian foreign minister arrived in Harare on Monday for a three-day visit focused on trade."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.actors) == ["ZMB"] and countries(visit.recipients) == ["ZWE"]
    text = "Zambian tourists arrived in Harare on Monday for a three-day tour of the falls."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_force_forsworn_is_a_promise_not_a_threat(explainer: Explainer) -> None:
    text = "Peru and Ecuador pledged on Monday to refrain from the use of force along the Cenepa border."
    assert len(of_type(explainer, text, "AGREE", DAY)) == 1
    assert not of_type(explainer, text, "THREATEN", DAY)
    text = "The rebels vowed on Monday to resume attacks on army posts along the Cenepa border."
    assert not of_type(explainer, text, "AGREE", DAY)


def test_a_meetings_infinitive_object_is_no_party(explainer: Explainer) -> None:
    text = "Foreign ministers of the Arab League states met in Cairo on Saturday to discuss the Iran-Iraq war."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert "IRN" not in countries(talks.actors) and "IRQ" not in countries(talks.actors)


def test_a_terrorist_listing_rescinded_is_a_concession(explainer: Explainer) -> None:
    text = "Colombia's congress rescinded the terrorist designation of the ELN on Tuesday."
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(concession.actors) == ["COL"]
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_commanders_put_on_trial_are_accused(explainer: Explainer) -> None:
    text = "Chile put four former army officers on trial in Santiago on Monday for the killing of students."
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(charge.actors) == ["CHL"]


def test_intelligence_exchanges_restarted_are_cooperation(explainer: Explainer) -> None:
    text = "Kenya and Somalia restarted intelligence exchanges on Thursday after a two-year freeze."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["KEN", "SOM"]


def test_money_earmarked_as_budget_support_is_aid_only(explainer: Explainer) -> None:
    text = "Norway earmarked 40 million euros in budget support for Malawi on Friday to help Lilongwe meet its bills."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["NOR"] and countries(aid.recipients) == ["MWI"]
    assert not of_type(explainer, text, "SUPPORT", DAY) and not of_type(explainer, text, "CONSULT", DAY)


def test_a_drug_lord_turned_over_is_judicial_cooperation(explainer: Explainer) -> None:
    text = "Bolivia turned over a suspected Peruvian drug lord to Peruvian police at Desaguadero on Friday."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert countries(work.actors) == ["BOL"] and countries(work.recipients) == ["PER"]


def test_people_seized_by_armed_men_of_no_state_are_abducted(explainer: Explainer) -> None:
    text = "Gunmen seized four Kenyan teachers from a school near Mandera on Monday."
    (abduction,) = of_type(explainer, text, "ASSAULT", DAY)
    assert abduction.mode == "abduct" and countries(abduction.recipients) == ["KEN"]
    text = "Kenyan police seized four smugglers near Mandera on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["KEN"]


def test_an_arrest_told_again_as_a_swoop_is_one_act(explainer: Explainer) -> None:
    text = "Kenyan police arrested 6 suspected poachers in a dawn swoop on a camp near Tsavo."
    assert len(of_type(explainer, text, "COERCE", DAY)) == 1


def test_a_protest_infinitive_says_what_the_act_is_for(explainer: Explainer) -> None:
    text = "Kenyan farmers will block the Nakuru highway on Monday to protest low maize prices."
    protests = of_type(explainer, text, "PROTEST", DAY)
    assert [p.trigger.text for p in protests] == ["block"]


def test_an_illness_fought_is_no_battle(explainer: Explainer) -> None:
    text = "Cuba sent 200 doctors to Sierra Leone to fight an Ebola outbreak in Freetown."
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_a_city_flooded_with_police_is_a_deployment(explainer: Explainer) -> None:
    text = "Kenyan authorities flooded central Nairobi with riot police and water cannon on Tuesday."
    (deployment,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(deployment.actors) == ["KEN"]
    text = "Students flooded the streets of central Nairobi on Tuesday."
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_a_road_opened_to_aid_convoys_lets_relief_through(explainer: Explainer) -> None:
    text = "Addis Ababa opened the road from Gondar to Metema to United Nations aid convoys on Saturday."
    (access,) = of_type(explainer, text, "RETREAT", DAY)
    assert access.mode == "access" and countries(access.actors) == ["ETH"]
    assert not of_type(explainer, text, "AID", DAY)


def test_a_state_of_siege_lifted_is_emergency_rule_eased(explainer: Explainer) -> None:
    text = "Bolivia's government lifted the state of siege in La Paz on Monday."
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(concession.actors) == ["BOL"]


def test_a_crowd_counted_in_an_as_clause_protests(explainer: Explainer) -> None:
    text = "Police in Harare detained 80 people on Saturday as tens of thousands rallied in the capital."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["tens of thousands"] and countries(protest.actors) == ["ZWE"]


def test_an_after_clause_with_a_named_aside_is_the_reason(explainer: Explainer) -> None:
    text = ("The Commonwealth suspended Zimbabwe on Tuesday after the country's ruler, President Robert "
            "Mugabe, ignored a deadline to hold fair elections.")
    assert types(code(explainer, text, DAY)) == ["SANCTION"]


def test_formal_relations_opened_are_support(explainer: Explainer) -> None:
    text = "Malawi opened formal relations with China on Thursday and cut its ties with Taiwan."
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(support.recipients) == ["CHN"]


def test_a_rally_held_off_on_the_field_is_no_protest(explainer: Explainer) -> None:
    text = "Zimbabwe's cricket team held off a late Kenyan rally to win by 12 runs in Harare on Saturday."
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_a_visitor_come_for_days_of_talks_visits(explainer: Explainer) -> None:
    text = "Uganda's foreign minister arrived in Juba on Monday for two days of talks with South Sudanese leaders."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.actors) == ["UGA"] and countries(visit.recipients) == ["SSD"]


def test_a_meeting_that_describes_the_subject_is_no_talks_of_its_own(explainer: Explainer) -> None:
    text = "Donor states meeting in Oslo pledged 300 million dollars for flood relief in Mozambique on Monday."
    assert types(code(explainer, text, DAY)) == ["AGREE"]


def test_what_convicts_were_convicted_of_is_no_act_of_the_pardon(explainer: Explainer) -> None:
    text = "Malawi's president pardoned six policemen convicted of beating a student to death."
    assert types(code(explainer, text, DAY)) == ["CONCEDE"]


def test_letters_of_recognition_exchanged_are_support(explainer: Explainer) -> None:
    text = "Eritrea and Djibouti exchanged letters of mutual recognition on Thursday."
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(countries(support.actors)) == ["DJI", "ERI"]
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_fire_halted_along_a_front_is_a_ceasefire(explainer: Explainer) -> None:
    text = "Ethiopia and Eritrea halted fire along their border on Sunday."
    (truce,) = of_type(explainer, text, "RETREAT", DAY)
    assert truce.mode == "ceasefire" and sorted(countries(truce.actors)) == ["ERI", "ETH"]
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_aid_to_help_a_party_fight_is_a_pledge_not_a_threat(explainer: Explainer) -> None:
    text = "Britain pledged 40 million pounds in military aid to help Freetown fight the rebels."
    assert of_type(explainer, text, "AGREE", DAY) and not of_type(explainer, text, "THREATEN", DAY)


def test_crossings_reopened_ease_a_closure(explainer: Explainer) -> None:
    text = "Addis Ababa reopened three crossings on its border with Eritrea on Sunday."
    (easing,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(easing.actors) == ["ETH"]


def test_a_supply_convoy_or_a_target_missed_is_no_act(explainer: Explainer) -> None:
    text = "Rebels ambushed a Chadian army supply convoy near Abeche on Thursday."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]
    text = "Mali's cotton harvest reached 700,000 tonnes this season, slightly below the state target."
    assert not code(explainer, text, DAY)


def test_crossings_two_states_reopen_together_are_cooperation(explainer: Explainer) -> None:
    text = "Kenyan and Ugandan officials reopened four border crossings on Saturday."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["KEN", "UGA"]
