"""Parties the role reader lost: a person's capitalised title set off by commas before "and"
the next party, and a scene or day phrase between an event noun's complement and its "by"
agent. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2017-11-08"


def test_a_title_set_off_by_commas_joins_both_signatories(explainer: Explainer) -> None:
    text = ("Ayman Safadi, Deputy Prime Minister and Minister of Foreign Affairs, and Iraq's foreign minister "
            "signed a border accord in Amman on Monday.")
    deals = of_type(explainer, text, "SUPPORT", DAY)
    assert [known_countries(e.actors) for e in deals] == [["IRQ", "JOR"]]


def test_a_title_set_off_by_commas_joins_passive_agents(explainer: Explainer) -> None:
    text = ("A customs accord signed on Monday by Dr Ahmed al-Futaisi, Minister of Transport, "
            "and Qatar's transport minister opens a ferry route between the two ports.")
    deals = of_type(explainer, text, "SUPPORT", DAY)
    assert [known_countries(e.actors) for e in deals] == [["OMN", "QAT"]]


def test_a_lowercase_clause_between_commas_joins_no_party(explainer: Explainer) -> None:
    text = ("Ayman Safadi, who spoke to reporters, and Iraq's foreign minister "
            "signed a border accord in Amman on Monday.")
    deals = of_type(explainer, text, "SUPPORT", DAY)
    assert all("JOR" not in known_countries(e.actors) for e in deals)


def test_a_place_between_the_complement_and_by_keeps_the_agent(explainer: Explainer) -> None:
    text = "Sunday's shelling of rebel positions in the Qandil Mountains by Turkish jets wounded four fighters."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.actors) == ["TUR"]


def test_a_day_between_the_complement_and_by_keeps_the_agent(explainer: Explainer) -> None:
    text = "The shelling of the port on Monday by Russian forces wounded two dockers."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.actors) == ["RUS"]
