"""Session 57 (sentences written for these tests), from probe C29: "state" after a capitalised
word that opens the sentence and before a noun is a noun ("Cuban state security agents"), no
reporting verb that would take the act's doer away; people taken from premises "in" a place
named by its nationality word are of that country; an "-ed" form that opens the sentence before
a noun describes it ("Jailed opposition politician X has gone on hunger strike"), no arrest;
an opposition politician named with his title is a party of the event he leads."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2019-03-12"


def test_state_after_an_opening_demonym_is_a_noun_of_the_actor(explainer: Explainer) -> None:
    text = "Egyptian state security agents detained the blogger Ahmed Nabil at his flat in Alexandria on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), event.modality) == ("COERCE", ["EGY"], "asserted")


def test_officials_who_state_a_toll_still_report_it(explainer: Explainer) -> None:
    text = "Officials state that gunmen killed 4 guards at a mine in northern Mali on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality) == ("ASSAULT", "reported")


def test_people_taken_from_premises_in_a_village_named_by_nationality_are_of_that_country(
        explainer: Explainer) -> None:
    text = ("Gunmen abducted 41 pupils from a secondary school in the northern Cameroonian village of Gidan Bakuso "
            "before dawn on Sunday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("ASSAULT", ["CMR"])


def test_people_from_a_war_in_a_country_are_of_it(explainer: Explainer) -> None:
    text = "Jordan handed blankets to refugees from the war in Syria on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["SYR"])


def test_an_opening_participle_before_a_noun_is_no_arrest(explainer: Explainer) -> None:
    text = "Jailed opposition politician Ilya Volkov went on hunger strike at a prison in Vladimir on Monday."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]


def test_an_opposition_politician_named_with_his_title_leads_his_protest(explainer: Explainer) -> None:
    text = "Opposition politician Ilya Volkov went on hunger strike in Moscow on Monday."
    [event] = code(explainer, text, DAY)
    assert [a.name for a in event.actors] == ["Ilya Volkov"]


def test_state_hackers_after_that_are_the_actor_of_a_denied_intrusion(explainer: Explainer) -> None:
    text = "Moscow denied on Friday that Russian state hackers had broken into the computers of Estonia's parliament."
    intrusion = next(e for e in code(explainer, text, DAY) if e.type == "COERCE")
    assert (countries(intrusion.actors), intrusion.modality) == (["RUS"], "negated")


def test_suicide_bombers_are_irregulars_of_the_scene_and_make_a_suicide_attack(explainer: Explainer) -> None:
    text = "Suicide bombers attacked a mosque in Maiduguri on Friday, killing 20 worshippers."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("ASSAULT", "suicide-attack", ["NGA"])


def test_a_warning_that_people_would_be_arrested_threatens_arrest(explainer: Explainer) -> None:
    text = "Zimbabwe's police warned on Monday that anyone joining a banned strike next week would be arrested."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("THREATEN", "arrest", ["ZWE"])


def test_a_passive_after_a_described_subject_is_still_the_news(explainer: Explainer) -> None:
    text = "Eleven men accused of belonging to an outlawed sect were taken into custody by police in Harare on Monday."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


def test_neither_nor_negates_both_acts(explainer: Explainer) -> None:
    text = "Chad's army neither shelled nor raided the rebel town of Fada on Monday, a spokesman said."
    events = code(explainer, text, DAY)
    assert events and {e.modality for e in events} == {"negated"}


def test_neither_side_attacked_is_no_attack(explainer: Explainer) -> None:
    text = "Neither Chadian nor Sudanese troops attacked the border post at Adre on Monday."
    assert [e.modality for e in code(explainer, text, DAY)] == ["negated"]


def test_entry_denied_to_a_un_rapporteur_refuses_outside_involvement(explainer: Explainer) -> None:
    text = "Eritrea denied entry to the UN special rapporteur on human rights on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["ERI"])


def test_an_envoy_named_after_his_title_barred_from_returning_is_refused(explainer: Explainer) -> None:
    text = "Burundi barred the UN envoy Jamal Benomar from returning to the country on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["BDI"])


def test_entry_denied_to_officials_stays_a_travel_ban(explainer: Explainer) -> None:
    text = "Eritrea denied entry to two Ethiopian ministers on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("SANCTION", ["ETH"])


def test_a_side_calling_for_the_end_of_its_own_war_agrees_to_de_escalate(explainer: Explainer) -> None:
    text = "Chad's president called on Monday for an immediate end to the fighting with the FACT rebels in the north."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("AGREE", ["TCD"])


def test_an_outsider_calling_for_the_end_of_a_war_demands_it(explainer: Explainer) -> None:
    text = "France called on Monday for an immediate end to the fighting between Chad's army and the FACT rebels."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REQUEST", ["FRA"])


def test_a_long_sum_of_debt_cancelled_is_aid(explainer: Explainer) -> None:
    text = "Creditor nations cancelled 2.45 billion dollars of Guinea's external debt on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["GIN"])


def test_a_sum_owed_by_a_debtor_that_creditors_agree_to_cancel_is_aid(explainer: Explainer) -> None:
    text = "The Paris Club agreed on Thursday to cancel most of the 900 million dollars owed by Togo."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["TGO"])


def test_a_pipeline_two_states_open_together_is_cooperation(explainer: Explainer) -> None:
    text = "Turkmenistan and China opened a 1,800-km gas pipeline on Monday linking the two countries."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("COOPERATE", ["CHN", "TKM"])


def test_fire_opened_on_a_bridge_stays_an_attack(explainer: Explainer) -> None:
    text = "Chinese troops opened fire on protesters on a bridge in Lhasa on Monday."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]


def test_one_state_opening_its_own_railway_is_no_event(explainer: Explainer) -> None:
    assert code(explainer, "Kenya opened a 470-km railway linking Mombasa to Nairobi on Monday.", DAY) == []


def test_a_judgement_after_a_measure_in_a_since_clause_is_not_the_measures_actors(explainer: Explainer) -> None:
    text = ("Organisers of the flotilla said on Saturday they had lost contact with its crew since Greek warships "
            "surrounded the ship, describing the interception as an act of piracy.")
    assert [(e.type, countries(e.actors)) for e in code(explainer, text, DAY) if e.type == "ACCUSE"] == []
