"""Session 52 (sentences written for these tests), from the opened cluster_test58: the town where
an official "informed journalists" is where the news was told, as "told journalists" is, no
scene of the attack; a name the gazetteer knows only as an unlike alternate name of a hamlet
abroad, in a report set elsewhere, neither places the event nor gives its forces a country."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code

DAY = "2017-09-14"


def test_where_an_official_informed_journalists_is_no_scene(explainer: Explainer) -> None:
    text = ("Malian gendarmes of the Menaka post, 80 kilometres east of Gao, lost their lives on Monday as "
            "rebels shot up the post, the regional governor informed journalists in Bamako.")
    [event] = code(explainer, text, DAY)
    assert event.location is not None and event.location.name == "Gao"


def test_a_name_known_only_as_an_unlike_alias_abroad_places_nothing(explainer: Explainer) -> None:
    # the gazetteer has "Chapare" only as an alternate name of an Afghan hamlet
    text = "Narcotics agents in the Chapare arrested 3 traffickers on a road to Cochabamba on Friday."
    [event] = code(explainer, text, DAY)
    assert "AFG" not in [r.country for r in event.actors]
    assert event.location is None or event.location.country != "AFG"
