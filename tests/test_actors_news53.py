"""Actors of 2022-2023 news that the KB now knows: the presidents of Algeria and Tunisia,
the envoys of Armenia and Turkey for their normalisation talks, ministers of energy and
electricity, Libya's and Turkey's state oil companies, a Houthi politburo member, an Islamic
Jihad commander, Tunisia's labour union and Ethiopia's Amhara militia; "regular" between a
state's word and its soldiers keeps them the state's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits
from event_helpers import of_type

DAY = "2023-02-14"


@pytest.mark.parametrize("text, mention, expected", [
    ("President Abdelmadjid Tebboune received the visiting delegation in Algiers.", "President Abdelmadjid Tebboune",
     ("abdelmadjid_tebboune", "DZA", "GOV")),
    ("Kais Saied dissolved the municipal councils on Thursday.", "Kais Saied", ("kais_saied", "TUN", "GOV")),
    ("Ruben Rubinyan met reporters in Yerevan.", "Ruben Rubinyan", ("ruben_rubinyan", "ARM", "GOV")),
    ("Serdar Kilic flew back to Ankara.", "Serdar Kilic", ("serdar_kilic", "TUR", "GOV")),
    ("Farhat Bengdara toured the Sharara field.", "Farhat Bengdara", ("farhat_bengdara", "LBY", "BUS")),
    ("Salim bin Nasser Al Aufi opened the solar plant.", "Salim bin Nasser Al Aufi", ("salim_al_aufi", "OMN", "GOV")),
    ("Mohamed Shaker inaugurated the substation.", "Mohamed Shaker", ("mohamed_shaker", "EGY", "GOV")),
    ("Saleh al-Kharabsheh visited the oil shale plant.", "Saleh al-Kharabsheh", ("saleh_al_kharabsheh", "JOR", "GOV")),
    ("Mohammed al-Bukhaiti spoke on television.", "Mohammed al-Bukhaiti", ("mohammed_al_bukhaiti", "YEM", "REB")),
    ("Bassam al-Saadi appeared before a military court.", "Bassam al-Saadi", ("bassam_al_saadi", "PSE", "REB")),
    ("The UGTT called a general strike in the public sector.", "UGTT", ("ugtt", "TUN", "LAB")),
    ("The National Oil Corporation lifted force majeure at the port.", "National Oil Corporation",
     ("lby_noc", "LBY", "BUS")),
    ("TPAO began drilling a new well off the coast.", "TPAO", ("tpao", "TUR", "BUS")),
    ("Fano militiamen seized the town of Lalibela.", "Fano militiamen", ("fano", "ETH", "PRM")),
])
def test_a_public_actor_of_the_time_is_known(kb: KnowledgeBase, text: str, mention: str, expected: tuple) -> None:
    assert hits(kb, text, DAY)[mention] == expected


def test_a_known_president_keeps_his_country_when_another_is_named(explainer: Explainer) -> None:
    text = ("President Abdelmadjid Tebboune on Monday turned down a request to reopen the pipeline, insisting "
            "that the gas would reach Portugal by ship.")
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert [(a.actor_id, a.country) for a in refusal.actors] == [("abdelmadjid_tebboune", "DZA")]


def test_the_amhara_militia_makes_no_italian_victims(explainer: Explainer) -> None:
    text = ("Khartoum accused Ethiopian troops and allied Fano gunmen of raiding villages near Gallabat and "
            "abducting herders.")
    for event in of_type(explainer, text, "ASSAULT", DAY):
        assert all(r.country != "ITA" for r in event.actors + event.recipients)


def test_regular_soldiers_are_the_states_own(kb: KnowledgeBase) -> None:
    text = "Eritrean regular soldiers crossed into the border district at dawn."
    assert hits(kb, text, DAY)["Eritrean regular soldiers"] == ("ERI", "ERI", "MIL")


def test_lay_the_blame_on_regular_soldiers_names_them_the_target(explainer: Explainer) -> None:
    text = ("Chad's foreign ministry laid the blame for a raid on cattle camps near Adre on Sudanese regular "
            "soldiers, saying they had seized 300 cows.")
    accusations = of_type(explainer, text, "ACCUSE", DAY)
    assert any(r.country == "SDN" for a in accusations for r in a.recipients)
