"""Session 54 (sentences written for these tests), from probe C27: a firm the KB does not know,
named at the scene of an event, is of the scene's country (a known multinational keeps its
own); prosecutors named by a city that is no seat of government are of the city's country."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2016-07-29"


def test_an_unknown_firm_at_the_scene_is_of_its_country(explainer: Explainer) -> None:
    text = "Venezuelan troops seized a warehouse of the bottling firm Aguas Claras in Maracaibo on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("COERCE", ["VEN"])
    # near miss: a multinational the KB knows keeps its country
    [event] = code(explainer, "Nigerian police raided the offices of Royal Dutch Shell in Lagos on Friday.", DAY)
    assert countries(event.recipients) == ["NLD"]


def test_prosecutors_named_by_a_city_are_of_its_country(explainer: Explainer) -> None:
    text = "Prosecutors in Porto Alegre charged the city's former mayor with fraud on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ACCUSE", ["BRA"])
