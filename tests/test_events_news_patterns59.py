"""Event structure, seventh round (issue #4): targets named inside a noun phrase. Those a
place houses are struck when the place is ("a camp for refugees was attacked"), and the
victims counted after the attack are some of them, one event; a protest's demand of an act
done by someone is addressed to its doer, and "to protest at X" is the protest itself; an
investigation "against" people is into them."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers
from event_helpers import countries

DAY = "2026-03-04"

code = partial(event_helpers.code, date=DAY)


def test_those_a_struck_place_houses_are_its_target(explainer: Explainer) -> None:
    text = ("A transit camp for Somali refugees was raided by Ethiopian militiamen on Sunday, "
            "killing at least 40 people, aid workers said.")
    events = code(explainer, text)
    assert [e.type for e in events] == ["ASSAULT"]
    assert set(countries(events[0].actors)) == {"ETH"}
    assert set(countries(events[0].recipients)) == {"SOM"}


def test_a_protest_demand_is_addressed_to_its_doer(explainer: Explainer) -> None:
    text = ("Tens of thousands of nurses throughout Ghana staged mass rallies Tuesday to demand pay rises "
            "by President Mahama's government.")
    events = code(explainer, text)
    assert [e.type for e in events] == ["PROTEST"]
    assert set(countries(events[0].recipients)) == {"GHA"}


def test_to_protest_at_names_the_protested(explainer: Explainer) -> None:
    text = "Shopkeepers in the occupied Golan shut their stores on Sunday to protest at the arrest of Syrian farmers."
    events = [e for e in code(explainer, text) if e.type == "PROTEST"]
    assert events and set(countries(events[0].recipients)) == {"SYR"}


def test_an_investigation_against_people_targets_them(explainer: Explainer) -> None:
    text = "A Peruvian prosecutor opened an investigation against 14 Bolivian customs officials on Monday."
    events = code(explainer, text)
    assert [e.type for e in events] == ["ACCUSE"]
    assert set(countries(events[0].recipients)) == {"BOL"}
