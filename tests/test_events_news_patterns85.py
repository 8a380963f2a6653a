"""Event roles, issue #4 (target country): the party an act is done to, read from its object.

A country adjective on the object of a hostile or aid act names the target when the act's
entry has no slot of its own for one ("froze Kuwaiti assets", "evacuated the Lebanese
village of ..."). A relation noun's complement names the other party of the relation:
"with" after cooperation, trade or a border ("halted trade with", "its frontier with"),
"in"/"from" after investment or imports, "by" after "owed" ("debts owed by"). An
apposition to a named object does not use up the words the verb's "to" may stand in
("extradited X, a ... who ..., to Germany")."""

from __future__ import annotations

from functools import partial

import pytest

import event_helpers

DAY = "1991-03-12"

of_type = partial(event_helpers.of_type, date=DAY)


def _target(explainer, text: str, type_: str) -> list[str]:
    events = of_type(explainer, text, type_)
    assert events, f"no {type_} event"
    return event_helpers.known_countries(events[0].recipients)


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Washington froze Kuwaiti assets held by American banks on Monday.", "SANCTION", ["KWT"]),
    ("Syrian troops quit the northern Lebanese town of Batroun on Tuesday, police said.", "RETREAT", ["LBN"]),
])
def test_a_country_adjective_on_the_object_names_the_target(explainer, text: str, type_: str,
                                                           target: list[str]) -> None:
    assert _target(explainer, text, type_) == target


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Egypt suspended all economic cooperation with Libya on Sunday.", "SANCTION", ["LBY"]),
    ("Turkey has massed some 100,000 troops on its frontier with Iraq, diplomats said.", "MOBILIZE", ["IRQ"]),
    ("The Netherlands banned new investment in Iraq on Monday.", "SANCTION", ["IRQ"]),
])
def test_a_relation_nouns_complement_names_the_other_party(explainer, text: str, type_: str,
                                                            target: list[str]) -> None:
    assert _target(explainer, text, type_) == target


def test_debts_owed_by_a_country_are_written_off_for_it(explainer) -> None:
    text = "France wrote off 3 billion francs of debts owed by Senegal on Thursday."
    assert _target(explainer, text, "AID") == ["SEN"]


def test_an_apposition_to_the_object_does_not_hide_the_verbs_to(explainer) -> None:
    text = ("Austria extradited Gerhard Weber, a former banker who had been wanted for fraud in "
            "three countries, to Germany on Friday.")
    assert _target(explainer, text, "COOPERATE") == ["DEU"]

