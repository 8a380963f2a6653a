"""Reduced relations, protests and coercion the lexicon missed or mistyped: an accord or an
arrangement quit (SANCTION withdraw, no resignation or troop pullback), lines of contact severed,
a party taken off a list of trusted partners (where delisting from a sanctions list eases
sanctions), an embassy's staff pulled out, private people ordered out of a country (deported,
where diplomats and aid groups ordered out are expelled), goods shunned in a boycott, roads
blockaded by a crowd (passive), a computer network breached, a building besieged by a crowd.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2022-03-09"


@pytest.mark.parametrize(("text", "actor", "partner"), [
    ("Ankara quit the migrant arrangement with Athens on Thursday, citing unpaid funds.", "TUR", "GRC"),
    ("Washington withdrew from the open skies treaty with Moscow in November.", "USA", "RUS"),
    ("Bamako pulled out of the defence pact with Paris after the coup.", "MLI", "FRA"),
])
def test_an_accord_quit_is_a_tie_cut(explainer: Explainer, text: str, actor: str, partner: str) -> None:
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert cut.mode == "withdraw"
    assert known_countries(cut.actors) == [actor]
    assert known_countries(cut.recipients) == [partner]
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_a_minister_who_quits_still_resigns(explainer: Explainer) -> None:
    text = "Peru's interior minister quit on Monday after the protests."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Belgrade severed all communication lines with Pristina on Friday, Serbian media said.",
    "Baku cut the military hotline with Yerevan after the shooting.",
])
def test_lines_of_contact_cut_are_a_sanction(explainer: Explainer, text: str) -> None:
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert len(known_countries(cut.actors)) == 1


def test_taken_off_a_list_of_trusted_partners_is_a_sanction(explainer: Explainer) -> None:
    text = "Seoul removed Japan from its list of preferred trading partners on Wednesday."
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(cut.actors) == ["KOR"]
    assert known_countries(cut.recipients) == ["JPN"]


def test_delisting_from_a_sanctions_list_still_eases_sanctions(explainer: Explainer) -> None:
    text = "Washington removed the Cuban bank from its sanctions list on Friday."
    assert "SANCTION" not in coded_types(explainer, text, DAY)
    assert "RETREAT" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Lithuania pulled its diplomatic staff out of Minsk on Tuesday.",
    "Ottawa withdrew its embassy staff from Caracas last week.",
])
def test_an_embassys_staff_pulled_out_is_a_sanction(explainer: Explainer, text: str) -> None:
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert cut.mode == "withdraw"
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_reporters_ordered_out_are_deported(explainer: Explainer) -> None:
    text = "Moscow ordered two New York Times correspondents out of the country on Friday."
    (out,) = of_type(explainer, text, "COERCE", DAY)
    assert out.mode == "deport"
    assert known_countries(out.actors) == ["RUS"]
    assert "REQUEST" not in coded_types(explainer, text, DAY)


def test_diplomats_ordered_out_are_still_expelled(explainer: Explainer) -> None:
    text = "Kigali ordered three Belgian diplomats out of the country on Friday."
    (out,) = of_type(explainer, text, "SANCTION", DAY)
    assert out.mode == "expel"


def test_goods_shunned_are_boycotted(explainer: Explainer) -> None:
    text = "Consumers in Morocco shunned Spanish brands in a growing boycott, shop owners said."
    (boycott,) = of_type(explainer, text, "PROTEST", DAY)
    assert boycott.mode == "boycott"
    assert known_countries(boycott.recipients) == ["ESP"]
    assert "REJECT" not in coded_types(explainer, text, DAY)


def test_a_meeting_shunned_is_still_refused(explainer: Explainer) -> None:
    text = "Iran shunned the conference in Geneva."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_roads_blockaded_as_a_crowd_camps_are_obstructed(explainer: Explainer) -> None:
    text = ("Roads into the Canadian-owned Mirador mine were blockaded for a week as Ecuadorian farmers camped "
            "on the highway.")
    (block,) = of_type(explainer, text, "PROTEST", DAY)
    assert block.mode == "obstruct"
    assert "COERCE" not in coded_types(explainer, text, DAY)


def test_a_port_blockaded_is_still_a_siege(explainer: Explainer) -> None:
    text = "The port was blockaded by the navy for a month."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_a_computer_network_breached_is_a_cyber_attack(explainer: Explainer) -> None:
    text = "Russian hackers breached the email servers of Norway's parliament last month."
    (hack,) = of_type(explainer, text, "COERCE", DAY)
    assert hack.mode == "cyber"
    assert known_countries(hack.recipients) == ["NOR"]


def test_a_ceasefire_breached_is_no_cyber_attack(explainer: Explainer) -> None:
    text = "Rebels breached the ceasefire with the government on Sunday."
    assert all(e.mode != "cyber" for e in of_type(explainer, text, "COERCE", DAY))


def test_a_building_besieged_by_a_crowd_is_a_protest(explainer: Explainer) -> None:
    text = "The French embassy in Niamey was besieged by Nigerien demonstrators waving flags on Sunday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert known_countries(protest.actors) == ["NER"]
