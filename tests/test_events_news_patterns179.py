"""Wire phrasings of CAMEO codes written from the code list, one act each: a task
"volunteered" for, eagerness ("keen to") as an announcement, a "go-between", standing up for a
party, records "turned over", property "given back", access "given" or a site "opened" to
inspectors, a "halt to hostilities", fighters "disbanded", a curfew "called off", requests
"turned aside" or "shelved", envoys "ordered to leave" and inspectors "ejected", protest fasts,
shuttered shops and roadblocks, "emergency rule", detainees "roughed up", testimony "gathered",
tonnes of grain shipped and a police presence "beefed up". Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "1995-03-09"


def test_a_task_volunteered_for_is_an_intent_to_cooperate(explainer: Explainer) -> None:
    text = ("Canada volunteered on Tuesday to lead a United Nations force of 2,000 soldiers in Haiti, "
            "Foreign Minister Andre Ouellet told parliament in Ottawa.")
    (agree,) = of_type(explainer, text, "AGREE", DAY)
    assert "CAN" in known_countries(agree.actors)


def test_keen_to_meet_announces_a_meeting(explainer: Explainer) -> None:
    text = ("Thai Prime Minister Chuan Leekpai said on Monday he was keen to sit down with Malaysian "
            "Prime Minister Mahathir Mohamad to discuss the border dispute.")
    types = coded_types(explainer, text, DAY)
    assert "AGREE" in types and "CONSULT" not in types


def test_acting_as_a_go_between_is_mediation(explainer: Explainer) -> None:
    text = ("Ghana acted as a go-between for the Liberian government and the rebel NPFL on Friday, "
            "carrying messages between Monrovia and Gbarnga, diplomats said.")
    (consult,) = of_type(explainer, text, "CONSULT", DAY)
    assert consult.mode == "mediate" and "GHA" in known_countries(consult.actors)


def test_standing_up_for_a_party_defends_it(explainer: Explainer) -> None:
    text = ("Russian Foreign Minister Andrei Kozyrev stood up for Serbia on Wednesday against Western "
            "calls for tougher sanctions, Itar-Tass news agency reported.")
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert "SRB" in known_countries(support.recipients)


def test_records_turned_over_to_investigators_are_judicial_cooperation(explainer: Explainer) -> None:
    text = ("Luxembourg turned over banking records to Belgian investigators on Thursday in the Agusta "
            "helicopter bribery case, the justice ministry said.")
    (coop,) = of_type(explainer, text, "COOPERATE", DAY)
    assert "LUX" in known_countries(coop.actors)


@pytest.mark.parametrize("text, mode", [
    ("Syria gave back to Lebanon on Monday two border posts its troops had held since 1976, the Lebanese "
     "army said.", "return"),
    ("Croatia gave Red Cross officials access to the detention camp at Lora on Saturday for the first "
     "time, a spokesman said.", "access"),
    ("Iraq opened its presidential palaces to United Nations inspectors on Sunday after weeks of "
     "wrangling, the official news agency said.", "access"),
])
def test_property_given_back_and_access_given_are_retreats(explainer: Explainer, text: str,
                                                           mode: str) -> None:
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert retreat.mode == mode


def test_a_halt_to_hostilities_is_a_ceasefire(explainer: Explainer) -> None:
    text = ("The Zapatista National Liberation Army called a halt to hostilities against the Mexican "
            "army on Thursday, a rebel communique said.")
    (truce,) = of_type(explainer, text, "RETREAT", DAY)
    assert truce.mode == "ceasefire"


def test_fighters_disbanded_are_demobilised(explainer: Explainer) -> None:
    text = ("UNITA disbanded 3,000 of its fighters at quartering areas in central Angola on Tuesday "
            "under the Lusaka peace accord, UN officials said.")
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert retreat.mode == "disarm"


def test_a_curfew_called_off_is_eased(explainer: Explainer) -> None:
    text = ("Pakistani authorities called off the curfew in Hyderabad on Sunday after three days "
            "without violence, police said.")
    assert "CONCEDE" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Germany turned aside a Croatian request for anti-aircraft missiles on Monday, officials in Bonn said.",
    "NATO shelved a request from Albania on Tuesday for a permanent naval presence in Durres, diplomats said.",
])
def test_requests_turned_aside_or_shelved_are_rejected(explainer: Explainer, text: str) -> None:
    assert "REJECT" in coded_types(explainer, text, DAY)


def test_pressing_ahead_presses_no_one(explainer: Explainer) -> None:
    text = ("China pressed ahead with a nuclear test at Lop Nur on Monday, a day after Japan "
            "appealed for restraint.")
    assert "REQUEST" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Iran ordered the German ambassador to leave the country on Friday in retaliation for the Mykonos verdict.",
    "Baghdad ejected two American weapons inspectors on Wednesday, accusing them of working for the CIA.",
])
def test_envoys_ordered_out_and_inspectors_ejected_are_expelled(explainer: Explainer, text: str) -> None:
    (expel,) = of_type(explainer, text, "SANCTION", DAY)
    assert expel.mode == "expel" and "MOBILIZE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, mode", [
    ("Jailed dissident Wei Jingsheng went on a fast on Monday against his treatment in prison, his "
     "family said in Beijing.", "hunger"),
    ("Opposition deputies in Kenya stopped eating on Tuesday to press for the release of detained "
     "journalists, party officials said.", "hunger"),
    ("Greek Cypriot shopkeepers shut their shops on Thursday against the Turkish troop presence on "
     "the island, residents said.", "strike"),
    ("Spanish fishermen set up roadblocks on the French border on Monday in a dispute over tuna "
     "fishing rights, police said.", "obstruct"),
])
def test_protest_fasts_closures_and_roadblocks(explainer: Explainer, text: str, mode: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.mode == mode


def test_a_city_placed_under_emergency_rule_is_coerced(explainer: Explainer) -> None:
    text = ("Venezuelan President Rafael Caldera placed the city of Maracaibo under emergency rule on "
            "Saturday after two days of rioting.")
    (coerce,) = of_type(explainer, text, "COERCE", DAY)
    assert coerce.mode == "martial-law"


def test_detainees_roughed_up_are_beaten(explainer: Explainer) -> None:
    text = ("Police in Lagos roughed up a dozen pro-democracy activists on Monday outside the offices "
            "of the Campaign for Democracy, witnesses said.")
    (assault,) = of_type(explainer, text, "ASSAULT", DAY)
    assert assault.mode == "beat"


def test_testimony_gathered_is_an_investigation(explainer: Explainer) -> None:
    text = ("An OSCE mission gathered testimony in Chechnya on Friday on the bombing of Grozny by "
            "Russian forces, a mission spokesman said.")
    (probe,) = of_type(explainer, text, "ACCUSE", DAY)
    assert probe.mode == "investigate"


def test_tonnes_of_grain_shipped_are_aid(explainer: Explainer) -> None:
    text = ("Japan will ship 50,000 tonnes of rice to North Korea next month as emergency relief, the "
            "foreign ministry said on Friday.")
    assert {"AGREE", "AID"} & set(coded_types(explainer, text, DAY))


def test_a_police_presence_beefed_up_with_riot_officers_is_no_riot(explainer: Explainer) -> None:
    text = ("Turkish authorities beefed up the police presence in Istanbul on Monday with 3,000 extra "
            "riot officers ahead of May Day.")
    types = coded_types(explainer, text, DAY)
    assert "MOBILIZE" in types and "PROTEST" not in types
