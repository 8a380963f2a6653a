"""Structures of news English around reports, asides, withdrawals, tolls and trade (found in
the second round on the clustering set cluster_test22), tested on sentences written for these
tests: a participle after a reported "that" clause goes on with the report ("said that X ...,
telling Y that ..."), and so does a verbal act after ", and"; a comma-set prepositional aside
between a subject and its verb keeps the subject; "who" after a comma points back to its
antecedent across a time adjunct; moving gear while evacuating is part of the withdrawal; a
weapon's "by" agent strikes; "every bullet fired" is answered in threats; the country of
banned goods is hit; a toll brought to a figure sizes the attack."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2025-06-12"  # a Thursday


def test_a_participle_after_a_reported_clause_is_the_speakers(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Jordan's King Abdullah said on Monday that Israel was delaying the handover of "
                            "the border posts, telling visiting German Chancellor Friedrich Merz that the continued "
                            "Israeli deployment flouted the January truce.", "ACCUSE", DAY)
    assert countries(accusation.actors) == ["JOR"] and countries(accusation.recipients) == ["ISR"]


def test_a_verbal_act_after_and_goes_on_with_the_report(explainer: Explainer) -> None:
    events = code(explainer, "Jordan's foreign ministry said on Tuesday that Israel was blocking aid convoys at the "
                  "Allenby crossing, and described the move as a violation of international law.", DAY)
    (described,) = [e for e in events if e.trigger.text == "described"]
    assert countries(described.actors) == ["JOR"] and countries(described.recipients) == ["ISR"]
    # a material act after ", and" still goes on with the clause's own subject
    events = code(explainer, "The army said that militants had attacked a checkpoint near Arish, and killed two "
                  "soldiers.", DAY)
    assert [a.text for e in events if e.type == "ASSAULT" for a in e.actors] == ["militants"]


def test_a_prepositional_aside_keeps_the_subject(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Kuwait's Emir Sheikh Meshal al-Ahmad, on his first tour of the Gulf since taking "
                       "power, conferred today with Omani Sultan Haitham bin Tariq in Muscat.", "CONSULT", DAY)
    assert "KWT" in countries(talks.actors)


def test_who_after_a_comma_points_back_across_a_time_adjunct(explainer: Explainer) -> None:
    (blame,) = of_type(explainer, "Kenya's health ministry rejected remarks by the Somali interior minister, who on "
                       "Monday blamed the cholera outbreak on Kenyan traders.", "ACCUSE", DAY)
    assert countries(blame.actors) == ["SOM"]


def test_moving_gear_while_evacuating_is_the_withdrawal(explainer: Explainer) -> None:
    events = code(explainer, "Russian troops pulled out of the Kherson airbase on Friday, moving tanks and artillery "
                  "across the Dnipro.", DAY)
    assert types(events) == ["RETREAT"]


def test_the_by_agent_of_a_weapon_strikes(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Drones launched by Hezbollah targeted an army base near Safed on Sunday.",
                        "ASSAULT", DAY)
    assert countries(attack.actors) == ["LBN"]
    (shelling,) = of_type(explainer, "A convoy near the village was shelled by Israeli tanks on Tuesday.",
                          "ASSAULT", DAY)
    assert countries(shelling.actors) == ["ISR"]


def test_answering_every_bullet_fired_is_a_threat(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "The Indian army will answer every bullet fired across the border, its spokesman "
                        "said on Monday.", "THREATEN", DAY)
    assert countries(threat.actors) == ["IND"]
    assert "THREATEN" in types(code(explainer, "Hezbollah said it would respond to any rocket fired at Lebanese "
                                    "villages.", DAY))


def test_the_country_of_banned_goods_is_the_target(explainer: Explainer) -> None:
    (ban,) = of_type(explainer, "Morocco imposed a ban on imports of Spanish tomatoes on Monday.", "SANCTION", DAY)
    assert countries(ban.recipients) == ["ESP"]


def test_a_toll_brought_to_a_figure_sizes_the_attack(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "A fourth victim of Monday's mortar attack on the market in Kassala died overnight, "
                        "raising the toll to four.", "ASSAULT", DAY)
    assert attack.size is not None and attack.size.dead == 4
