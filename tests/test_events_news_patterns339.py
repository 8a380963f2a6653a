"""Session 60 (sentences written for these tests), second round, from probe C33 and the opened
cluster_test67: a party after "and" heading a past verb, after a verb's object, opens a clause
of its own ("stormed parliament and police opened fire"); a subject after a preposed "As"
clause acts, no participle on a noun; a curfew's hours may stand between "imposed" and it;
budget support suspended "most of its direct" is one sanction, no aid; a medical brigade
deployed is medical aid; a party that "faced an ultimatum" is threatened; men who "went
behind bars" are arrested; a warship that "laid hands on" a perahu seized it; a verb in "-ee"
keeps its "e" before "-ing" ("agreeing"), one in "-ie" turns it to "y" ("tying"); a party
named after "and his ... partner" is coordinated with the one before; firms' permits annulled
after a plural possessive are a sanction; an order to report "or face arrest" is a threat; a
"suspected" commander handed over to foreign police is cooperation; "the country's veto" lifted
is a concession; fighters who "inflicted casualties on" troops attacked them."""

from __future__ import annotations

from lapwing.events_lexicon import verb_forms
from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2024-06-26"


def test_police_after_and_and_an_object_open_fire_themselves(explainer: Explainer) -> None:
    text = "Protesters stormed parliament in Nairobi and police opened fire on the crowds."
    [fire] = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.text for a in fire.actors] == ["police"]


def test_two_states_before_a_verb_stay_one_subject(explainer: Explainer) -> None:
    [event] = code(explainer, "Iran and Iraq signed the accord on Monday.", DAY)
    assert sorted(countries(event.actors)) == ["IRN", "IRQ"]


def test_a_subject_after_a_preposed_as_clause_acts(explainer: Explainer) -> None:
    text = ("As the number of Ebola cases in Monrovia doubled in three weeks, Liberia's president appealed to "
            "the United States on Friday for troops.")
    [event] = code(explainer, text, "2014-09-12")
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("REQUEST", ["LBR"], ["USA"])


def test_a_curfew_with_its_hours_before_it_is_imposed(explainer: Explainer) -> None:
    text = "Ecuador's president imposed an 11 p.m.-to-5 a.m. curfew in seven provinces on Monday."
    [event] = code(explainer, text, "2024-01-09")
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "curfew", ["ECU"])


def test_most_of_a_donors_budget_support_suspended_is_one_sanction(explainer: Explainer) -> None:
    text = "Britain suspended most of its direct budget support to Rwanda's government on Friday."
    assert types(code(explainer, text, "2014-09-12")) == ["SANCTION"]


def test_a_medical_brigade_deployed_abroad_is_aid(explainer: Explainer) -> None:
    [event] = code(explainer, "Cuba deployed a medical brigade to Lombardy on Sunday.", "2020-03-22")
    assert (event.type, countries(event.actors)) == ("AID", ["CUB"])


def test_a_firm_that_faced_an_ultimatum_is_threatened(explainer: Explainer) -> None:
    text = "Petrobras faced an ultimatum yesterday as 4,200 refinery hands at Cubatao voted a stoppage."
    [event] = of_type(explainer, text, "THREATEN", "1985-09-26")
    assert countries(event.recipients) == ["BRA"]


def test_fishermen_who_went_behind_bars_are_arrested(explainer: Explainer) -> None:
    [event] = code(explainer, "Three fishermen went behind bars in Darwin on Monday.", "1985-08-10")
    assert (event.type, event.mode, countries(event.recipients)) == ("COERCE", "arrest", ["AUS"])


def test_a_warship_that_laid_hands_on_a_perahu_seized_it(explainer: Explainer) -> None:
    text = "An Australian warship on Friday laid hands on an Indonesian perahu out of Rote island."
    [event] = code(explainer, text, "1985-08-10")
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["AUS"])


def test_verbs_in_ee_keep_their_e_before_ing() -> None:
    assert verb_forms("agree") == ["agree", "agrees", "agreed", "agreeing"]
    assert verb_forms("tie")[3] == "tying" and verb_forms("make")[3] == "making"


def test_sides_agreeing_in_a_participle_to_meet_again_agree(explainer: Explainer) -> None:
    text = "Nepal and the rebels held talks on Friday, agreeing to meet again within a month."
    assert types(code(explainer, text, "2007-01-05")) == ["CONSULT", "AGREE"]


def test_a_leader_and_his_partner_named_after_him_deliberate_together(explainer: Explainer) -> None:
    text = "Senegal's leader Abdou Diouf and his Gambian partner Dawda Jawara deliberated in Banjul yesterday."
    [event] = code(explainer, text, "1985-12-13")
    assert (event.type, sorted(countries(event.actors))) == ("CONSULT", ["GMB", "SEN"])


def test_permits_of_firms_named_by_a_plural_possessive_annulled_are_a_sanction(explainer: Explainer) -> None:
    text = "Cameroon's authorities annulled 4 coach companies' operating permits on Monday."
    [event] = code(explainer, text, "1985-11-06")
    assert (event.type, countries(event.actors)) == ("SANCTION", ["CMR"])


def test_an_order_to_report_or_face_arrest_is_a_threat(explainer: Explainer) -> None:
    text = "Thailand's military rulers ordered 100 politicians to report to the army by Friday or face arrest."
    assert "THREATEN" in types(code(explainer, text, "2014-05-23"))


def test_a_suspected_commander_handed_over_to_foreign_police_is_cooperation(explainer: Explainer) -> None:
    text = "Spain handed over a suspected ETA commander to French police on Thursday."
    [event] = code(explainer, text, "2004-12-09")
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("COOPERATE", ["ESP"], ["FRA"])


def test_a_veto_owned_by_the_country_lifted_is_a_concession(explainer: Explainer) -> None:
    text = "Bulgaria's parliament voted on Friday to lift the country's veto on North Macedonia's talks."
    assert "CONCEDE" in types(code(explainer, text, "2022-06-24"))


def test_a_states_news_agency_warning_speaks_for_the_state(explainer: Explainer) -> None:
    text = ("North Korea's state news agency warned on Saturday that Pyongyang would turn Seoul into a sea of "
            "fire if South Korean forces went ahead with drills.")
    [event] = code(explainer, text, "2016-03-12")
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("THREATEN", ["PRK"], ["KOR"])


def test_fighters_who_inflicted_casualties_on_troops_attacked_them(explainer: Explainer) -> None:
    text = "Polisario fighters inflicted 40 casualties on Moroccan troops on Monday."
    [event] = code(explainer, text, "1985-09-08")
    assert (event.type, countries(event.recipients)) == ("ASSAULT", ["MAR"])


def test_a_storm_that_inflicted_damage_on_a_port_attacked_nothing(explainer: Explainer) -> None:
    assert code(explainer, "The storm inflicted heavy damage on the port.", "1985-09-08") == []
