"""Session 54 (sentences written for these tests), from probe C27: a firm the KB does not know,
named at the scene of an event, is of the scene's country (a known multinational keeps its
own). From cluster_test58: a levy abolished is a concession. From probe C26: a shrine visited meets
no one; a launch site is a place; an accord of "last year's" is history."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2016-07-29"


def test_an_unknown_firm_at_the_scene_is_of_its_country(explainer: Explainer) -> None:
    text = "Venezuelan troops seized a warehouse of the bottling firm Aguas Claras in Maracaibo on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("COERCE", ["VEN"])
    # near miss: a multinational the KB knows keeps its country
    [event] = code(explainer, "Nigerian police raided the offices of Royal Dutch Shell in Lagos on Friday.", DAY)
    assert countries(event.recipients) == ["NLD"]


def test_a_levy_abolished_concedes(explainer: Explainer) -> None:
    [event] = code(explainer, "Benin's government abolished a levy on market stalls on Monday.", DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["BEN"])


def test_a_shrine_visited_meets_no_one(explainer: Explainer) -> None:
    assert code(explainer, "Japan's prime minister visited the Yasukuni shrine on Thursday.", DAY) == []
    # near miss: a state visited is a visit
    [event] = code(explainer, "Japan's prime minister visited China on Thursday.", DAY)
    assert (event.type, event.mode) == ("CONSULT", "visit")


def test_a_launch_site_is_a_place(explainer: Explainer) -> None:
    assert types(code(explainer, "North Korea moved a rocket to its Sohae launch site on Monday.", DAY)) == ["MOBILIZE"]


def test_last_years_accord_is_history(explainer: Explainer) -> None:
    text = ("ELN guerrillas handed over their last rifles to UN monitors on Tuesday, completing their disarmament "
            "under last year's peace accord and ending their war.")
    assert types(code(explainer, text, DAY)) == ["RETREAT"]
