"""Event lexicon (events.yaml, events_lexicon.py `variants`): arrests in the idioms "pulled in",
"scooped up", "brought in for questioning"; a ship stormed is seized (a variant read before
the plain word, with a mode of its own); a party that "came under fire" is the target; ports
banned or berths denied to another state's ships sanction it, also by an order to the port
officials; restrictions lifted beside a delisting are sanctions eased; hosts who greet a
visiting official consult; people forced from their homes are attacked. Sentences written
for these tests."""

from __future__ import annotations

from lapwing.events_lexicon import load_lexicon
from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-03-06"  # a Thursday


def test_arrests_in_phrasal_idioms(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Police in Izmir pulled in 22 people in a dawn sweep against the smuggling "
                        "ring on Tuesday.", "COERCE", DAY)
    assert arrest.mode == "arrest" and countries(arrest.actors) == ["TUR"]
    (arrest,) = of_type(explainer, "Security forces scooped up dozens of activists in Tunis on Monday.", "COERCE", DAY)
    assert arrest.mode == "arrest"
    (arrest,) = of_type(explainer, "Police brought three journalists in for questioning in Cairo on Monday.",
                        "COERCE", DAY)
    assert arrest.mode == "arrest"
    assert "COERCE" not in coded_types(explainer, "The fund pulled in three billion dollars from investors "
                                                  "last year.", DAY)


def test_a_ship_stormed_is_seized_a_village_stormed_attacked(explainer: Explainer) -> None:
    (seizure,) = of_type(explainer, "Greek commandos stormed the tanker Blue Heron off Crete on Monday.", "COERCE", DAY)
    assert seizure.mode == "seize" and countries(seizure.actors) == ["GRC"]
    (seizure,) = of_type(explainer, "The ministry condemned the attack on the aid ship Sunbird, which was stormed "
                         "in international waters on Monday.", "COERCE", DAY)
    assert seizure.mode == "seize" and seizure.recipients[0].text == "Sunbird"
    assert "COERCE" not in coded_types(explainer, "Israeli troops stormed the village of Beita on Monday.", DAY)


def test_a_variant_with_its_own_mode_is_tried_before_the_plain_word() -> None:
    lexicon = load_lexicon()
    storm = [p.entry for p in lexicon.candidates("stormed") if p.entry.key == "storm"]
    assert [(e.type, e.mode, e.requires) for e in storm] == [("COERCE", "seize", "vessels"), ("ASSAULT", None, None)]
    reach = [p.entry for p in lexicon.candidates("reached") if p.entry.key == "reach"]
    assert [e.requires for e in reach] == ["accords", "relief_goods", "military_columns"]  # a word needing a class keeps it first


def test_the_subject_that_came_under_fire_is_the_target(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "A Turkish patrol came under rocket fire from PKK positions on Monday.",
                        "ASSAULT", DAY)
    assert [a.actor_id for a in attack.actors] == ["pkk"] and countries(attack.recipients) == ["TUR"]
    (attack,) = of_type(explainer, "Iraqi troops came under attack near Mosul on Monday.", "ASSAULT", DAY)
    assert attack.actors == [] and countries(attack.recipients) == ["IRQ"]


def test_ports_and_berths_denied_to_a_states_ships_sanction_it(explainer: Explainer) -> None:
    (ban,) = of_type(explainer, "Malaysia on Monday banned Israeli-linked ships from its ports.", "SANCTION", DAY)
    assert countries(ban.actors) == ["MYS"] and countries(ban.recipients) == ["ISR"]
    (ban,) = of_type(explainer, "Spain denied berths to two Danish ships carrying arms on Monday.", "SANCTION", DAY)
    assert countries(ban.actors) == ["ESP"] and countries(ban.recipients) == ["DNK"]
    (ban,) = of_type(explainer, "Malta refused docking to the Russian tanker on Monday.", "SANCTION", DAY)
    assert countries(ban.recipients) == ["RUS"]
    (ban,) = of_type(explainer, "Algeria's transport ministry instructed port authorities to deny berths to "
                     "Moroccan vessels from Monday.", "SANCTION", DAY)
    assert countries(ban.actors) == ["DZA"] and countries(ban.recipients) == ["MAR"]
    assert of_type(explainer, "Algeria's transport ministry instructed port authorities to deny berths to "
                   "Moroccan vessels from Monday.", "REQUEST", DAY) == []


def test_restrictions_lifted_beside_a_delisting_are_sanctions_eased(explainer: Explainer) -> None:
    events = of_type(explainer, "Canada struck 12 Libyan banks off its blacklist on Monday, lifting restrictions "
                     "imposed under Gaddafi.", "RETREAT", DAY)
    assert events and countries(events[0].actors) == ["CAN"]
    assert of_type(explainer, "Canada struck 12 Libyan banks off its blacklist on Monday, lifting restrictions "
                   "imposed under Gaddafi.", "CONCEDE", DAY) == []
    (eased,) = of_type(explainer, "Serbia lifted restrictions on movement in Montenegro on Sunday.", "CONCEDE", DAY)
    assert countries(eased.actors) == ["SRB"]


def test_hosts_greeting_a_visiting_official_consult(explainer: Explainer) -> None:
    (visit,) = of_type(explainer, "King Abdullah greeted the Iraqi prime minister at Amman airport on Monday.",
                       "CONSULT", DAY)
    assert countries(visit.actors) == ["JOR"] and countries(visit.recipients) == ["IRQ"] and visit.mode == "visit"
    assert of_type(explainer, "Thousands of supporters greeted the president on his return to Lagos.",
                   "CONSULT", DAY) == []


def test_people_forced_from_their_homes_are_attacked(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "The Israeli army forced out on Tuesday more than 500 Palestinian families from "
                        "their homes in Jenin.", "ASSAULT", DAY)
    assert countries(attack.actors) == ["ISR"]
    assert "ASSAULT" not in coded_types(explainer, "The scandal forced the minister out of office on Monday.", DAY)
