"""Wordings of agreements, meetings, demands, threats and accusations, and the military
and service nouns that make no event, found in the opened clustering set cluster_test23
and tested here on sentences written for these tests: meetings told by their length
("spent three hours together", "were closeted for two hours"), a state's wish that
another's act be done ("wants the troops withdrawn"), a class of targets said to be hit
or in range, rules or permits said to be breached, joint exercises begun, the skills of
joint training, mission names ("close air support", "combat rescue"), phones as things
and a utility's supply cut."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_two_states_leaders_closeted_for_hours_met(explainer: Explainer) -> None:
    (meeting,) = of_type(explainer, "The Greek premier and the Turkish president were closeted for four hours "
                         "in Davos on Monday, discussing Cyprus.", "CONSULT", DAY)
    assert set(countries(meeting.actors)) == {"GRC", "TUR"}
    assert "CONSULT" not in coded_types(explainer, "The two brothers spent three hours together at the "
                                        "market on Sunday.", DAY)


def test_leaders_who_sat_down_together_met(explainer: Explainer) -> None:
    (meeting,) = of_type(explainer, "The Polish president and the Lithuanian president sat down together in "
                         "Vilnius on Friday.", "CONSULT", DAY)
    assert set(countries(meeting.actors)) == {"POL", "LTU"}


def test_a_state_that_wants_another_s_act_done_demands_it(explainer: Explainer) -> None:
    (demand,) = of_type(explainer, "Morocco's foreign ministry wants the Algerian border posts reopened, "
                        "its spokesman said on Monday.", "REQUEST", DAY)
    assert countries(demand.actors) == ["MAR"]
    assert "RETREAT" not in coded_types(explainer, "Cuba would like to see the American embargo lifted, "
                                        "the foreign minister told reporters.", DAY)
    assert coded_types(explainer, "The old farmer wants his barn painted before the harvest.", DAY) == []


def test_a_class_of_targets_said_to_be_hit_is_threatened(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Iraq said on Monday that ships calling at Kuwaiti ports would be "
                        "attacked.", "THREATEN", DAY)
    assert countries(threat.actors) == ["IRQ"]
    assert coded_types(explainer, "Farms in the south would be hit hardest by the heatwave, the agriculture "
                       "minister said.", DAY) == []


def test_targets_said_to_be_unsafe_are_threatened(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "A Pakistani general said Indian cities would not be safe if the "
                        "incursions went on.", "THREATEN", DAY)
    assert countries(threat.actors) == ["PAK"]


def test_a_body_saying_a_party_breached_rules_accuses_it(explainer: Explainer) -> None:
    (charge,) = of_type(explainer, "Kenya's interior ministry said a Dutch charity had breached its permits "
                        "by hiring foreign staff.", "ACCUSE", DAY)
    assert countries(charge.actors) == ["KEN"]
    assert countries(charge.recipients) == ["NLD"]
    (charge,) = of_type(explainer, "The Philippines said Chinese coast guard vessels had violated its waters "
                        "near Scarborough Shoal.", "ACCUSE", DAY)
    assert countries(charge.recipients) == ["CHN"]


def test_a_joint_exercise_begun_is_cooperation_and_its_missions_are_none(explainer: Explainer) -> None:
    text = ("Jordanian air force units and their Emirati peers began the Eagle Shield joint air exercise "
            "on Monday, flying close air support and combat rescue sorties.")
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]


def test_the_skill_of_joint_training_is_no_act(explainer: Explainer) -> None:
    text = ("Spanish and Moroccan commandos today launched Atlas Shield, a two-week joint training on airborne "
            "raids and sniper tactics near Ifrane, the army said.")
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_phones_carried_and_a_supply_cut_are_no_events(explainer: Explainer) -> None:
    assert coded_types(explainer, "Police found satellite phones hidden in a lorry near Agadez.", DAY) == []
    assert coded_types(explainer, "Water supply to northern Amman was cut for six hours on Sunday.", DAY) == []
    assert "AID" not in coded_types(explainer, "Workers at the plant walked out on Sunday, and supply to "
                                    "three towns was cut for hours.", DAY)
