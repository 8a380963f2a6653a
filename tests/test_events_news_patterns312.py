"""Session 54 (sentences written for these tests), from cluster_test61: a strike dangled before
employers threatens it; a trawler taken in tow by a coast guard is seized; conscripts a
rebel group liberates are freed. From cluster_test60: a crowd blocking a port's gates
obstructs it; a newspaper banned is censored."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "1991-06-16"


def test_a_strike_dangled_threatens_it(explainer: Explainer) -> None:
    text = "Greek dockers' unions on Friday dangled a walkout at the port of Piraeus short of a pay rise."
    [event] = of_type(explainer, text, "THREATEN", DAY)
    assert event.mode == "restrict"


def test_a_trawler_taken_in_tow_is_seized(explainer: Explainer) -> None:
    [event] = code(explainer, "Kystvakten took a Spanish trawler in tow off Svalbard on Sunday.", DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["NOR"])


def test_conscripts_a_rebel_group_liberates_are_freed(explainer: Explainer) -> None:
    [event] = code(explainer, "The SPLA liberated 9 army conscripts near Torit on Monday.", DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("RETREAT", "release", ["SDN"])


def test_a_crowd_blocking_gates_obstructs(explainer: Explainer) -> None:
    text = "Some 300 Congolese miners blocked the main gates of the Kolwezi smelter on Monday, demanding back pay."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("PROTEST", "obstruct")


def test_a_newspaper_banned_is_censored(explainer: Explainer) -> None:
    [event] = code(explainer, "Zimbabwe's information ministry banned an independent Bulawayo weekly on Friday.", DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "censor", ["ZWE"])
