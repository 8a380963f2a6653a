"""Session 53 (sentences written for these tests), from the opened cluster_test59: a head of
government of the 1990s named by full name and possessive ("Patrick Manning's cabinet") is his
state's government; a government that bends to a party concedes; captives restored to their
families are freed; a strike brandished at an employer threatens it; and a name after "the"
whose only reading is a town abroad ("ending their captivity in the Sierra Madre") places no
event there."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1993-11-22"


def test_a_leaders_cabinet_is_his_states(explainer: Explainer) -> None:
    text = "Patrick Manning's cabinet turned a deaf ear yesterday to cocoa farmers, denying them a guaranteed price."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["TTO"])


def test_a_government_bending_to_a_party_concedes(explainer: Explainer) -> None:
    text = "Sam Nujoma's cabinet today bent to Katutura taxi owners, cutting the fee for a taxi permit."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["NAM"])


def test_captives_restored_to_their_families_are_freed(explainer: Explainer) -> None:
    text = ("Communist rebels restored 4 militiamen to their families yesterday at a parish in Infanta, "
            "ending their captivity in the Sierra Madre, a presidential adviser noted.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, event.trigger.text) == ("RETREAT", "release", "restored")


def test_a_strike_brandished_threatens(explainer: Explainer) -> None:
    text = "Pilots and cabin crews of Air Madagascar brandished a flight stoppage on Friday over pay."
    [event] = code(explainer, text, DAY)
    assert event.type == "THREATEN"
