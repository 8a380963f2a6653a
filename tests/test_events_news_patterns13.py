"""Constructions found while reading the reports of tests/fixtures/cluster_test15 that coded
no event, tested here on sentences written for these tests: suspects taken into custody and
described by their tie to a group, roads shut by protesters, bare "troops" of the one army
named, aid reaching a place, drills held by two states' forces, sanctions listings and
delistings, responsibility borne, a mission resuming its work, a meeting sat down to, and
"it was the attack" naming the event, not a party."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-09-17"  # a Wednesday


def test_suspects_described_by_their_tie_to_a_group_are_that_groups_people(explainer: Explainer) -> None:
    text = "Police units searched homes in two cities, taking 20 men suspected of ties to Hezbollah into custody."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"
    assert [r.actor_id for r in arrest.recipients] == ["hezbollah"]


def test_protesters_shutting_down_a_highway_obstruct_it(explainer: Explainer) -> None:
    text = "Angry farmers shut down the main highway near Lyon on Tuesday to protest fuel prices."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.mode == "obstruct"


def test_bare_troops_belong_to_the_one_army_the_sentence_names(explainer: Explainer) -> None:
    text = "Troops pulled out of Jenin on Tuesday after a raid in which the IDF says it arrested 12 Palestinians."
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(retreat.actors) == ["ISR"]


def test_aid_reaching_a_place_is_given_to_its_people(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Relief trucks arrived in Kutum on Tuesday.", "AID", DAY)
    assert countries(aid.recipients) == ["SDN"]
    (landed,) = of_type(explainer, "Humanitarian supplies arrived on Tuesday in Kassala.", "AID", DAY)
    assert countries(landed.recipients) == ["SDN"]


def test_drills_held_by_two_states_forces_are_cooperation(explainer: Explainer) -> None:
    text = "Sailors from Greece and Cyprus are holding three days of manoeuvres off Crete."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["CYP", "GRC"]


def test_listing_on_and_removal_from_a_sanctions_list(explainer: Explainer) -> None:
    (listed,) = of_type(explainer, "Canada placed three Iranian firms on its sanctions list on Tuesday.",
                        "SANCTION", DAY)
    assert countries(listed.actors) == ["CAN"]
    # economic sanctions eased, like "lifted sanctions" (CAMEO2PLOVER 085: RETREAT ease)
    (delisted,) = of_type(explainer, "Canada removed two Syrian banks from its sanctions list on Tuesday.",
                          "RETREAT", DAY)
    assert countries(delisted.actors) == ["CAN"]
    (unfrozen,) = of_type(explainer, "Japan has unfrozen the assets of the Central Bank of Libya.", "RETREAT", DAY)
    assert countries(unfrozen.actors) == ["JPN"]


def test_a_party_said_to_bear_responsibility_is_accused_by_the_speaker(explainer: Explainer) -> None:
    text = "Jordan said on Tuesday that Israel bears full responsibility for the storming of the compound."
    (accuse,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(accuse.actors) == ["JOR"]
    assert countries(accuse.recipients) == ["ISR"]


def test_sitting_down_with_a_president_is_a_meeting(explainer: Explainer) -> None:
    text = "Egypt's foreign minister sat down with President Erdogan in Ankara on Tuesday."
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(meeting.actors)) == ["EGY", "TUR"]


def test_it_before_be_and_an_attack_noun_names_the_event_not_a_party(explainer: Explainer) -> None:
    text = ("A drone hit a gas plant in Basra, owned by a Chinese company, on Tuesday. "
            "It was the third attack on the plant this month.")
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert attacks and all("CHN" not in countries(a.actors) for a in attacks)
