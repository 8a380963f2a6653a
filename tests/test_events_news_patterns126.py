"""Event structure: a command after the colon of a plea is its content, no event; a plural
demand after "between ... and" or "under" is a standing pressure, no demand made that day; a
sentence-initial plural before "were" is a noun, and the "by" agent after the passive's
prepositional phrase does it; "insisted that X amend" (the subjunctive) demands of X.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-03-11"


def test_a_command_after_a_pleas_colon_is_its_content(explainer: Explainer) -> None:
    text = ("Iran's president made a plea to the United Nations on Tuesday: end the embargo strangling the "
            "national oil company.")
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


def test_a_clause_after_a_colon_is_no_content(explainer: Explainer) -> None:
    text = "Washington took a hard line on Tuesday: it imposed an embargo on the Iranian central bank."
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "The Lebanese president is squeezed between Hezbollah's allies and Western demands, diplomats said on Tuesday.",
    "The Iraqi cabinet voted on Tuesday under heavy American demands to curb the militias.",
])
def test_a_plural_demand_as_a_standing_pressure_is_no_request(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "REQUEST", DAY) == []


def test_plural_demands_made_are_a_request(explainer: Explainer) -> None:
    (request,) = of_type(explainer, "The United States made fresh demands of Baghdad on Tuesday.", "REQUEST", DAY)
    assert countries(request.actors) == ["USA"]


def test_demands_rejected_are_no_request_of_their_own(explainer: Explainer) -> None:
    assert coded_types(explainer, "Hamas rejected Israeli demands on Tuesday.", DAY) == ["REJECT"]


def test_the_agent_after_a_passive_sanctions_destination_imposes_it(explainer: Explainer) -> None:
    text = "Sanctions were imposed on the Iranian central bank by the European Union on Tuesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["EUR"]
    assert countries(sanction.recipients) == ["IRN"]


def test_a_sentence_initial_plural_before_were_is_a_noun(explainer: Explainer) -> None:
    (sanction,) = of_type(explainer, "Sanctions were imposed on the Iranian central bank on Tuesday.", "SANCTION", DAY)
    assert countries(sanction.recipients) == ["IRN"]


def test_insisting_that_a_party_act_in_the_subjunctive_demands_it(explainer: Explainer) -> None:
    (request,) = of_type(explainer, "Turkey insisted on Tuesday that Sweden extradite the suspects.", "REQUEST", DAY)
    assert countries(request.actors) == ["TUR"]
    assert countries(request.recipients) == ["SWE"]


@pytest.mark.parametrize("text", [
    "Turkey insisted on Tuesday that Sweden had harboured the suspects.",
    "Turkey still insists that Sweden extradite the suspects.",
    "Turkey rejected the proposal on Tuesday, insisting that Sweden first extradite the suspects.",
])
def test_a_view_a_position_or_a_condition_insisted_on_is_no_request(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "REQUEST", DAY) == []
