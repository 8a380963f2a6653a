"""Event triggers of wire English, lexicon round of issue #4/#5: the count of people arrested
across a phrase after its head, people "picked up" in the passive, ships "grabbed", weapons
that "fell near" a place, an "aggression committed on" a site, forces moved as a noun, and
captives "sent back" or walking out of prison."""

from __future__ import annotations

from functools import partial

import pytest

from lapwing.explain import Explainer

import event_helpers
from event_helpers import known_countries as countries

DAY = "2024-03-05"

of_type = partial(event_helpers.of_type, date=DAY)


# ----- the count before a phrase after its head sizes (and so codes) an agentless arrest


@pytest.mark.parametrize("text, count", [
    ("Seven men from the northern suburbs were arrested on Tuesday.", 7),
    ("Four officials of the banned opposition party were detained overnight.", 4),
    ("Nine students from the University of Lagos were arrested on Monday.", 9),
])
def test_a_count_before_a_phrase_after_its_head_sizes_the_arrest(explainer: Explainer, text: str,
                                                                 count: int) -> None:
    (arrest,) = of_type(explainer, text, "COERCE")
    assert arrest.size is not None and arrest.size.arrested == count


# ----- "picked up" in the passive, with police or the grounds of the arrest near it


@pytest.mark.parametrize("text", [
    "Three farmers were picked up on Sunday on suspicion of smuggling fuel, the army said.",
    "Two cameramen were picked up by police outside the parliament in Harare.",
])
def test_people_picked_up_in_the_passive_are_arrested(explainer: Explainer, text: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE")
    assert arrest.mode == "arrest"


@pytest.mark.parametrize("text", [
    "Car sales picked up in the second quarter, the industry group said.",
    "Radar stations picked up an unidentified aircraft over the Baltic on Friday.",
])
def test_what_picks_up_without_police_or_grounds_arrests_no_one(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "COERCE")


# ----- a ship grabbed is seized


def test_a_tanker_grabbed_by_a_navy_is_seized(explainer: Explainer) -> None:
    text = "The Sri Lankan navy grabbed an Indian fishing trawler off Jaffna on Monday."
    (seizure,) = of_type(explainer, text, "COERCE")
    assert seizure.mode == "seize"
    assert countries(seizure.actors) == ["LKA"]


def test_a_deal_that_grabbed_headlines_seizes_nothing(explainer: Explainer) -> None:
    assert not of_type(explainer, "The ferry operator's merger grabbed headlines on Monday.", "COERCE")


# ----- weapons as the subject of "fell near", "landed on", "crashed near"


@pytest.mark.parametrize("text", [
    "Two mortar rounds fell near the airport in Kandahar on Sunday.",
    "A shell landed on a school in Sarajevo on Monday.",
    "A rocket crashed near the embassy compound in Baghdad overnight.",
])
def test_weapons_falling_near_a_place_are_an_attack(explainer: Explainer, text: str) -> None:
    assert len(of_type(explainer, text, "ASSAULT")) == 1


def test_shares_of_a_missile_maker_falling_are_no_attack(explainer: Explainer) -> None:
    assert not of_type(explainer, "Shares in the rocket maker fell on Monday in Paris.", "ASSAULT")


# ----- an aggression committed, carried out or launched


@pytest.mark.parametrize("verb", ["committed a fresh", "carried out a new", "launched an"])
def test_an_aggression_committed_on_a_site_is_an_attack_by_the_subject(explainer: Explainer, verb: str) -> None:
    text = f"Turkish warplanes {verb} aggression on a village near Zakho on Monday."
    (attack,) = of_type(explainer, text, "ASSAULT")
    assert countries(attack.actors) == ["TUR"]


# ----- forces moved, as a noun


def test_the_movement_of_troops_is_a_mobilisation_of_their_country(explainer: Explainer) -> None:
    text = "The United Nations is watching the movement of Ethiopian troops towards the Somali border."
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert countries(move.actors) == ["ETH"]


def test_troop_movements_are_a_mobilisation(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Officials reported Russian troop movements near the Georgian border.", "MOBILIZE")
    assert countries(move.actors) == ["RUS"]


def test_the_movement_of_goods_moves_no_force(explainer: Explainer) -> None:
    assert not of_type(explainer, "The movement of goods through the port resumed on Monday.", "MOBILIZE")


# ----- captives sent back, or walking out of prison


@pytest.mark.parametrize("text", [
    "Syria sent 40 Jordanian prisoners back across the border on Tuesday.",
    "Syria sent back 40 Jordanian prisoners across the border on Tuesday.",
])
def test_captives_sent_back_are_released_by_the_sender(explainer: Explainer, text: str) -> None:
    (release,) = of_type(explainer, text, "RETREAT")
    assert release.mode == "release"
    assert countries(release.actors) == ["SYR"]


def test_a_bill_sent_back_frees_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "The king sent the press bill back to parliament on Monday.", "RETREAT")


def test_walking_out_of_prison_is_a_release(explainer: Explainer) -> None:
    text = "The former Ukrainian prime minister walked out of Kharkiv prison on Saturday."
    (release,) = of_type(explainer, text, "RETREAT")
    assert release.mode == "release"
