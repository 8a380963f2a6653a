"""Actors of session 40 (sentences written for these tests): a title and surname followed by
"of <state>" ("Prime Minister Musa of Belize") is that state's office holder, never a namesake
the KB knows in another state; a party whose title a lower-case rank opens ("the regional
director of") is still coordinated with the party before it."""

from __future__ import annotations

from actor_helpers import hit
from event_helpers import countries, of_type

DATE = "2006-01-18"


def test_a_surname_of_a_state_is_that_states_office_holder(kb) -> None:
    ref = hit(kb, "Prime Minister Musa of Belize wrote to Guatemala today.", "Prime Minister Musa", DATE)
    assert ref.country == "BLZ"
    # near miss: a state the namesake never served leaves no KB person of another state
    ref = hit(kb, "Prime Minister Musa of Tanzania wrote to Kenya today.", "Prime Minister Musa", DATE)
    assert ref.country != "SDN" and ref.country != "BLZ"


def test_a_ranked_title_is_coordinated_with_the_party_before_it(explainer) -> None:
    text = ("Moroccan minister Fathallah Oualalou and the regional director of the French Development "
            "Agency signed a loan contract in Rabat.")
    (event,) = of_type(explainer, text, "SUPPORT", DATE)
    assert sorted(countries(event.actors)) == ["FRA", "MAR"]
