"""Lexicon phrasings of the varied-wording probe: places torn apart by arms, a toll before a
place noun, hunted suspects, brandished prospects and armed acts that "would bring down" a
campaign, talks "conferred in" a capital, columns that drive in, buildings occupied to demand,
and captives handed over. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2011-03-10"


def test_a_place_torn_apart_by_missiles_is_attacked(explainer: Explainer) -> None:
    text = "A crowded bus depot in Aleppo was torn apart by Russian rockets on Friday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["RUS"]


def test_a_place_flattened_by_missiles_is_attacked_by_their_owner(explainer: Explainer) -> None:
    text = "The village clinic was flattened by Ethiopian missiles on Sunday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["ETH"]


def test_a_party_torn_apart_by_a_feud_is_not_attacked(explainer: Explainer) -> None:
    text = "The ruling party has been torn apart by a feud between its two founders."
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_a_toll_before_a_place_noun_is_no_withdrawal(explainer: Explainer) -> None:
    text = ("A clinic near the market was bombed this morning by Turkish jets, leaving 9 dead, "
            "the province's health office said.")
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_suspects_sought_by_police_are_asked_for_nothing(explainer: Explainer) -> None:
    text = "Two more suspects are still being sought by Greek police, the ministry said."
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_a_party_that_seeks_help_still_asks(explainer: Explainer) -> None:
    text = "Kenya sought help from the World Bank on Monday."
    assert of_type(explainer, text, "REQUEST", DAY)


def test_a_brandished_prospect_of_war_is_a_threat(explainer: Explainer) -> None:
    text = "Serbia's defence minister brandished the prospect of a new war on Kosovo today."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_a_brandished_prospect_of_pensions_is_no_threat(explainer: Explainer) -> None:
    text = "Serbia's finance minister brandished the prospect of higher pensions before the vote."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_what_a_weapon_would_bring_down_on_a_party_is_a_threat(explainer: Explainer) -> None:
    text = ("Pakistan's army chief told the Taliban on Friday that a single mortar round on its posts would "
            "bring down on the group the full weight of its air force.")
    assert of_type(explainer, text, "THREATEN", DAY)


def test_talks_conferred_in_a_capital_with_a_partner_are_consultations(explainer: Explainer) -> None:
    text = "The Qatari emir conferred in Ankara with President Erdogan on Tuesday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert [r.country for r in talks.recipients] == ["TUR"]


def test_a_column_driving_into_a_town_mobilises(explainer: Explainer) -> None:
    text = "A column of Turkish tanks drove into the Syrian town of Jarablus on Wednesday."
    assert of_type(explainer, text, "MOBILIZE", DAY)


def test_a_minister_driving_into_a_capital_mobilises_nothing(explainer: Explainer) -> None:
    text = "The Kenyan minister drove into the capital on Monday after a trip to Mombasa."
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_a_building_occupied_to_demand_something_is_a_protest(explainer: Explainer) -> None:
    text = "Farmers occupied the regional assembly building in Lima on Monday to demand debt relief."
    assert coded_types(explainer, text, DAY) == ["PROTEST"]


def test_rebels_occupying_a_town_still_seize_it(explainer: Explainer) -> None:
    text = "Rebels occupied the town of Goma last week."
    assert of_type(explainer, text, "COERCE", DAY)


def test_the_handover_of_captives_frees_them(explainer: Explainer) -> None:
    text = ("The handover of 14 Egyptian herders by the Sudanese army at the border crossing on Saturday "
            "ended their ordeal.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["SDN"]
    assert [r.country for r in release.recipients] == ["EGY"]
