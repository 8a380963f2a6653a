"""Session 52 (sentences written for these tests), from the opened cluster_test58: the town where
an official "informed journalists" is where the news was told, as "told journalists" is, no
scene of the attack."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code

DAY = "2017-09-14"


def test_where_an_official_informed_journalists_is_no_scene(explainer: Explainer) -> None:
    text = ("Malian gendarmes of the Menaka post, 80 kilometres east of Gao, lost their lives on Monday as "
            "rebels shot up the post, the regional governor informed journalists in Bamako.")
    [event] = code(explainer, text, DAY)
    assert event.location is not None and event.location.name == "Gao"
