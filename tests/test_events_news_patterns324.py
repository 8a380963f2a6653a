"""Session 56 (sentences written for these tests), from probe C29: forces sent abroad "to help
government forces fight" help the state they are sent to (AID), and the fight is their aim, no
attack of the day; a joint operation two states' forces launch against a common foe is
cooperation, not an attack; "coordinated patrols" begun by several navies are joint work."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2021-07-10"


def test_forces_sent_to_help_a_hosts_forces_fight_are_assistance(explainer: Explainer) -> None:
    text = ("Chad deployed 1,200 soldiers to Niger's Tillaberi region on Friday to help government forces "
            "fight jihadist insurgents.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("AID", ["TCD"], ["NER"])


def test_forces_sent_at_home_to_help_the_army_still_deploy(explainer: Explainer) -> None:
    text = "Kenya deployed 500 police officers to Nairobi's slums on Friday to help the army restore order."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_a_joint_operation_against_a_common_foe_is_cooperation(explainer: Explainer) -> None:
    text = "Peruvian and Bolivian troops launched a joint operation against cocaine laboratories on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("COOPERATE", ["BOL", "PER"])
    assert types(code(explainer, "Peruvian troops launched an operation against Shining Path rebels.", DAY)) \
        == ["ASSAULT"]


def test_coordinated_patrols_are_joint_work(explainer: Explainer) -> None:
    text = "Navies from Indonesia and Malaysia began coordinated patrols of the Strait of Malacca on Tuesday."
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]
