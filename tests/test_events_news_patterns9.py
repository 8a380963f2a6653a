"""Constructions found while reading the errors of the development half of the PLOVER gold
(2026-11-22), tested here on sentences written for these tests: an alias in brackets with
lower-case words, the supporters of a party acting as its side, counts before an object
("up to 12", "more than 1,500"), an adjunct before a gapped object, permissions ("allowed X
to"), participants in a named country, labour and hunger strikes staged or gone on, vows
not to tolerate, measures of an act before its noun ("five days of exercises"), forces for
a peacekeeping mission, "it" and "they" standing for the previous sentence's party,
PLOVER 0.5b1 mode names in gold, demands that are an act's purpose, demands met or refused,
a noun of a verb's own act in its object, tolls in "where" clauses, long lists of names,
protests' targets after "in protest", press releases and participles describing a noun."""

from __future__ import annotations

from lapwing.eval.events import parse_gold_record
from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_bracketed_alias_with_lower_case_words_does_not_hide_the_subject(explainer: Explainer) -> None:
    (truce,) = of_type(explainer, "The Lebanese Hezbollah (Party of God) movement declared a truce with "
                       "Israel on Friday.", "RETREAT", DAY)
    assert "LBN" in countries(truce.actors)


def test_supporters_of_a_party_act_as_its_side(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "Supporters of Hezbollah blocked roads in Beirut on Tuesday.", "PROTEST", DAY)
    assert countries(protest.actors) == ["LBN"]


def test_a_count_before_the_object_does_not_end_it(explainer: Explainer) -> None:
    (abduction,) = of_type(explainer, "Gunmen kidnapped up to 12 Turkish engineers near Kirkuk on Monday.",
                           "ASSAULT", DAY)
    assert countries(abduction.recipients) == ["TUR"]
    (arrest,) = of_type(explainer, "Israeli soldiers detained more than 1,500 Palestinian workers on Monday.",
                        "COERCE", DAY)
    assert countries(arrest.recipients) == ["PSE"]


def test_an_adjunct_before_the_object_of_a_phrase_keeps_the_phrase(explainer: Explainer) -> None:
    events = code(explainer, "Pakistan on Monday shortened by two hours the overnight curfew in Karachi.", DAY)
    assert [e.type for e in events] == ["CONCEDE"]
    assert countries(events[0].actors) == ["PAK"]


def test_a_permission_is_a_concession_and_a_promised_one_an_agreement(explainer: Explainer) -> None:
    (permission,) = of_type(explainer, "The Egyptian authorities allowed opposition leader Ayman Nour to hold a "
                            "rally in Cairo.", "CONCEDE", DAY)
    assert countries(permission.actors) == ["EGY"]
    assert not of_type(explainer, "The Egyptian authorities allowed opposition leader Ayman Nour to hold a "
                       "rally in Cairo.", "PROTEST", DAY)
    (promise,) = of_type(explainer, "Jordan will allow 5,000 Syrian refugees to return home.", "AGREE", DAY)
    assert countries(promise.actors) == ["JOR"] and countries(promise.recipients) == ["SYR"]


def test_participants_in_a_named_country_act_there(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Teachers in Kenya went on strike on Monday.", "PROTEST", DAY)
    assert [(a.text, a.country) for a in strike.actors] == [("Teachers", "KEN")]


def test_a_strike_staged_or_gone_on_is_a_labour_or_hunger_strike(explainer: Explainer) -> None:
    events = code(explainer, "Nigerian workers staged a strike on Monday over fuel prices.", DAY)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "strike")]
    assert countries(events[0].actors) == ["NGA"]
    events = code(explainer, "Dockers in Chile went on a 48-hour strike.", DAY)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "strike")]
    events = code(explainer, "Kurdish prisoners in Turkey began a hunger strike on Monday.", DAY)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "hunger")]


def test_a_warning_not_to_tolerate_is_a_threat(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Turkey's interior minister warned that the police would no longer tolerate "
                        "protests in Istanbul.", "THREATEN", DAY)
    assert countries(threat.actors) == ["TUR"]


def test_a_measure_of_an_act_after_its_verb_keeps_the_subject(explainer: Explainer) -> None:
    (drill,) = of_type(explainer, "Indian and Omani warships on Tuesday began five days of joint naval "
                       "exercises in the Arabian Sea.", "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["IND", "OMN"]


def test_troops_for_a_peacekeeping_force_are_no_threat(explainer: Explainer) -> None:
    events = code(explainer, "Ghana is ready to contribute 800 soldiers to a peace-keeping force in Mali.", DAY)
    assert [e.type for e in events] == ["AGREE"]
    assert countries(events[0].actors) == ["GHA"]


def test_it_and_they_stand_for_the_previous_sentences_party(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Hamas rejected the proposal on Sunday. It accused Israel of stalling "
                            "the talks.", "ACCUSE", DAY)
    assert countries(accusation.actors) == ["PSE"] and countries(accusation.recipients) == ["ISR"]
    (attack,) = of_type(explainer, "Iranian protesters gathered in Tehran. They attacked the British embassy.",
                        "ASSAULT", DAY)
    assert countries(attack.actors) == ["IRN"]
    (strike,) = of_type(explainer, "Israel struck a depot in Gaza. It said it targeted Hamas commanders.",
                        "ASSAULT", DAY)[-1:]
    assert countries(strike.actors) == ["ISR"]


def test_plover_0_5_mode_names_in_gold_are_read_as_today_s() -> None:
    record = {"id": "x", "text": "Prisoners began a hunger strike.", "events": [
        {"type": "PROTEST", "mode": "strike-hun"}, {"type": "PROTEST", "mode": "demo-org"},
        {"type": "PROTEST", "mode": "obstruct"}]}
    assert [e.mode for e in parse_gold_record(record, "test").events] == ["hunger", "demo", "obstruct"]


def test_a_demand_that_is_the_purpose_of_a_material_act_is_no_request_of_its_own(explainer: Explainer) -> None:
    events = code(explainer, "Angry farmers said on Monday they would blockade Madrid next week to demand an end "
                  "to the new fuel tax.", DAY)
    assert [e.type for e in events] == ["THREATEN"]
    assert countries(events[0].recipients) == ["ESP"]


def test_demands_met_are_a_concession_and_refused_a_rejection(explainer: Explainer) -> None:
    events = code(explainer, "The Kenyan government met the demands of striking doctors.", DAY)
    assert [e.type for e in events] == ["CONCEDE"]
    events = code(explainer, "The Philippine government said it would not meet the kidnappers' demands.", DAY)
    assert [(e.type, e.modality) for e in events] == [("REJECT", "asserted")]


def test_a_noun_of_the_verbs_own_act_in_its_object_is_the_same_act(explainer: Explainer) -> None:
    events = code(explainer, "Japan will provide about 12,000 tonnes of emergency food aid to Yemen.", DAY)
    assert [e.type for e in events] == ["AGREE"]


def test_a_toll_in_a_clause_describing_a_place_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Ethiopia lifted the curfew in Gondar, where 40 people have been killed in clashes "
                  "this year.", DAY)
    assert [e.type for e in events] == ["CONCEDE"]


def test_a_long_list_of_names_ending_in_and_is_one_group(explainer: Explainer) -> None:
    (sanction,) = of_type(explainer, "The European Union imposed sanctions on Iran, Syria, Venezuela, North Korea, "
                          "Belarus and Cuba.", "SANCTION", DAY)
    assert countries(sanction.recipients) == ["IRN", "SYR", "VEN", "PRK", "BLR", "CUB"]


def test_whom_a_protest_is_against_after_in_protest_and_the_motive_is_no_event(explainer: Explainer) -> None:
    events = code(explainer, "Hundreds of Kurdish prisoners began a hunger strike on Sunday in protest against the "
                  "Turkish government's refusal to grant them visits.", DAY)
    assert [e.type for e in events] == ["PROTEST"]
    assert countries(events[0].recipients) == ["TUR"]
    (blockade,) = of_type(explainer, "Farmers blocked roads in Paris to protest the European Union's trade deal.",
                          "PROTEST", DAY)
    assert [r.country for r in blockade.recipients] == ["EUR"]


def test_a_press_release_releases_no_one(explainer: Explainer) -> None:
    events = code(explainer, "The Ethiopian army has been detaining hundreds of Tigrayan civilians in Mekelle, "
                  "according to a press release by the TPLF.", DAY)
    assert "RETREAT" not in [e.type for e in events]


def test_a_participle_describing_a_noun_after_an_ing_verb_is_no_event(explainer: Explainer) -> None:
    events = code(explainer, "Both the Sudanese army and the RSF are guilty of violating the truce agreement "
                  "signed in Jeddah in May.", DAY)
    assert "SUPPORT" not in [e.type for e in events]
