"""Session 55 (sentences written for these tests), from probe C28: a hyphened participle in an
apposition ("state-controlled") is an adjective, no verb that makes the main verb after the
apposition a modifier; a crossing two states reopen together is cooperation; fields troops
occupy are seized; a network hackers break into is a cyber intrusion; refugees a state admits are
taken in (aid); "informed X that he would step down" reports the speaker's own resignation; "an
independent state" is no speaker that "states"; an act a relative clause says lasted decades is
history; a region a state vows to incorporate is threatened ("as a new Venezuelan state" states
nothing)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2009-01-01"


def test_a_hyphened_participle_in_an_apposition_is_an_adjective(explainer: Explainer) -> None:
    text = ("Sonatrach, Algeria's state-controlled energy company, threatened on Thursday to cut gas supplies "
            "to Spain unless Madrid paid its debts.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("THREATEN", ["DZA"])


def test_a_crossing_two_states_reopen_is_cooperation(explainer: Explainer) -> None:
    text = "Armenia and Turkey reopened the Margara border crossing on Monday."
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]
    assert types(code(explainer, "Israel reopened the Kerem Shalom crossing on Monday.", DAY)) == ["RETREAT"]


def test_fields_troops_occupy_are_seized(explainer: Explainer) -> None:
    text = "Venezuelan troops occupied oil fields run by foreign companies on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["VEN"])


def test_a_network_broken_into_is_a_cyber_intrusion(explainer: Explainer) -> None:
    text = "Hackers broke into the internal network of Estonia's central bank on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("COERCE", "cyber")


def test_refugees_a_state_admits_are_taken_in(explainer: Explainer) -> None:
    [event] = code(explainer, "Kenya has admitted more than 10,000 Somali refugees this week.", DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("AID", ["KEN"], ["SOM"])


def test_a_leader_who_informs_a_body_he_will_step_down_concedes(explainer: Explainer) -> None:
    text = "Tunisia's ailing president informed parliament on Tuesday that he would step down before his term ends."
    assert types(code(explainer, text, DAY)) == ["CONCEDE"]


def test_an_independent_state_is_no_speaker(explainer: Explainer) -> None:
    text = "Serbia's president formally recognised Montenegro as an independent state on Saturday."
    assert [e.modality for e in code(explainer, text, DAY)] == ["asserted"]


def test_what_rebels_fought_for_decades_where_the_news_falls_is_history(explainer: Explainer) -> None:
    text = "The army shelled Kauda, a town where rebels fought government troops for two decades, on Saturday."
    assert "fought" not in [e.trigger.text for e in code(explainer, text, DAY)]


def test_a_region_a_state_vows_to_take_over_is_threatened(explainer: Explainer) -> None:
    text = "Morocco's king vowed on Tuesday to incorporate the disputed Tindouf region as a new Moroccan province."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, event.modality) == ("THREATEN", "territory", "asserted")
