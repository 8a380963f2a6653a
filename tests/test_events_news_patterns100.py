"""Event roles (hyphenated compounds): a sentence opening with "Anti-X" or "Pro-X" takes no
nationality from X; a party's mark on the place struck ("Rebel-held", "Houthi-controlled
Saada") makes the party no target; a state and an organisation joined by a hyphen before a
meeting or truce noun are both its parties. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-05-14"


def test_protesters_against_a_foreign_state_are_of_where_they_march(explainer: Explainer) -> None:
    text = "Anti-Iran protesters rallied outside the Iranian embassy in Paris on Monday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == ["FRA"]


@pytest.mark.parametrize("text, attacker, party", [
    ("Saudi jets struck Houthi-controlled Saada on Monday.", "SAU", "houthis"),
    ("Israeli jets struck Hezbollah-run Baalbek on Monday.", "ISR", "hezbollah"),
])
def test_a_partys_mark_on_the_place_struck_is_no_target(explainer: Explainer, text: str, attacker: str,
                                                        party: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == [attacker]
    assert party not in {r.actor_id for r in strike.actors + strike.recipients}


@pytest.mark.parametrize("text, type_, expected", [
    ("Turkey hosted Russia-Hamas talks in Ankara on Monday.", "CONSULT", {"RUS", "PSE"}),
    ("The Israel-Hezbollah ceasefire was agreed on Monday after a month of talks.", "RETREAT", {"ISR", "LBN"}),
])
def test_a_state_and_an_organisation_joined_by_a_hyphen_are_both_parties(
        explainer: Explainer, text: str, type_: str, expected: set[str]) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert {r.country for r in event.actors} == expected
