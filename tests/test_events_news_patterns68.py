"""Background clauses, restatements and targets from places (third round of event structure,
from the probe22 precision probe), tested on sentences written for these tests: a clause that
a measured interval opens is background even across a list of names and for its nouns; a
relative clause (or a participle on a noun) with an earlier time of its own, or in the simple
present, describes a party; the label a speaker gives a thing, a "such" anaphor and a definite
noun of a type already told are no new events; a place left in a withdrawal, or a village
named "the village of X" where an attack strikes, stands for its country; a participle's
object clause with its own auxiliary keeps its own subject; a visitor who arrives "for a
meeting with X" meets X."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2025-06-12"  # a Thursday


def test_an_interval_clause_across_a_list_of_names_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Iranian and Omani officials held a new round of talks in Muscat on Thursday, diplomats "
                  "said, days after Britain, France and Germany imposed fresh sanctions on Tehran.", DAY)
    assert types(events) == ["CONSULT"]


def test_a_relative_clause_with_its_own_year_is_history(explainer: Explainer) -> None:
    events = code(explainer, "China and India agreed on Thursday to reopen a border trade post in a valley where "
                  "Chinese and Indian troops clashed in 2020, officials said.", DAY)
    assert types(events) == ["AGREE"]


def test_whose_clause_with_last_month_is_history(explainer: Explainer) -> None:
    events = code(explainer, "Turkey threw its weight behind the Libyan prime minister on Thursday in his dispute with "
                  "Khalifa Haftar, whose forces shelled Tripoli last month.", DAY)
    assert types(events) == ["SUPPORT"]


def test_a_participle_on_a_noun_with_an_earlier_year_is_history(explainer: Explainer) -> None:
    events = code(explainer, "Japan and Russia reached a deal on Thursday on fishing rights around two islands "
                  "seized by Soviet troops in 1945.", DAY)
    assert types(events) == ["AGREE"]


def test_a_standing_charge_in_a_relative_clause_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Sudan's army boycotted a regional meeting in Nairobi on Thursday, objecting to the "
                  "presence of Kenya, which it accuses of arming the Rapid Support Forces.", DAY)
    assert not any(e.trigger.text == "accuses" for e in events)


def test_a_label_given_to_an_act_is_no_attack(explainer: Explainer) -> None:
    events = code(explainer, "Nicaragua expelled two American diplomats on Thursday, the U.S. embassy said, calling "
                  "the expulsions an attack on its staff.", DAY)
    assert "ASSAULT" not in types(events)


def test_a_such_anaphor_is_no_new_attack(explainer: Explainer) -> None:
    events = code(explainer, "Pakistan's army blamed Baloch separatists for a bombing at a market in Quetta that "
                  "killed five soldiers on Thursday, the second such attack on its troops this week.", DAY)
    assert not any(e.trigger.text == "attack" for e in events)


def test_a_definite_noun_of_a_type_told_is_the_same_act(explainer: Explainer) -> None:
    events = code(explainer, "Guatemala's government charged on Thursday that Mexican police had beaten migrants at "
                  "the border, and said it would take the complaint to the United Nations.", DAY)
    assert [e.trigger.text for e in events if e.type == "ACCUSE"] == ["charged"]


def test_a_withdrawal_from_a_foreign_place_targets_its_country(explainer: Explainer) -> None:
    (withdrawal,) = of_type(explainer, "Russian troops pulled out of the Kherson region's river port on Thursday, "
                            "Ukrainian officials said.", "RETREAT", DAY)
    assert countries(withdrawal.recipients) == ["UKR"]


def test_an_ambassador_withdrawn_from_a_capital_targets_its_country(explainer: Explainer) -> None:
    (recall,) = of_type(explainer, "Algeria withdrew its ambassador from Paris on Thursday in protest at remarks by "
                        "the French president.", "SANCTION", DAY)
    assert countries(recall.recipients) == ["FRA"]


def test_a_withdrawal_from_a_foreign_post_but_not_from_home(explainer: Explainer) -> None:
    (abroad,) = of_type(explainer, "Israeli troops pulled back from positions near the town of Khiam on Thursday.",
                        "RETREAT", DAY)
    (home,) = of_type(explainer, "Israeli troops pulled back from positions near Haifa on Thursday.", "RETREAT", DAY)
    assert countries(abroad.recipients) == ["LBN"] and not home.recipients


def test_the_village_of_x_struck_stands_for_its_country(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Israeli settlers torched houses in the Palestinian village of Sinjil on Thursday, "
                        "the Palestinian health ministry said.", "ASSAULT", DAY)
    assert countries(attack.recipients) == ["PSE"]


def test_a_progressive_in_a_saying_clause_keeps_its_own_subject(explainer: Explainer) -> None:
    events = code(explainer, "Guinea's deposed President Alpha Conde appealed to the African Union on Thursday to "
                  "tighten the oil embargo against the military government in Conakry, saying the generals were "
                  "killing his supporters with impunity.", DAY)
    assert not any(e.type == "ASSAULT" and countries(e.actors) == ["GIN"] for e in events)


def test_arriving_for_a_meeting_with_x_meets_x(explainer: Explainer) -> None:
    (visit,) = of_type(explainer, "Turkish President Recep Tayyip Erdogan arrived in Cairo on Thursday for a meeting "
                       "with Abdel Fattah al-Sisi on Gaza.", "CONSULT", DAY)
    assert countries(visit.actors) == ["TUR"] and countries(visit.recipients) == ["EGY"]
