"""Event roles: an object relative ("suspects whom police arrested in raids") is active, its
subject the doer, not a reduced passive; irregular past forms such as "sought" make a
participle describing a noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-06-11"


@pytest.mark.parametrize("text, country", [
    ("A court in Kano is questioning 27 suspects whom Nigerian police arrested in raids on Tuesday.", "NGA"),
    ("The smugglers that Kenyan police detained in Mombasa were charged on Monday.", "KEN"),
])
def test_the_subject_of_an_object_relative_does_the_act(explainer: Explainer, text: str, country: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.country for r in arrest.actors] == [country]
    assert not any(r.country == country for r in arrest.recipients)


def test_a_participle_with_an_irregular_past_describes_its_noun(explainer: Explainer) -> None:
    text = "Three fugitives sought by Ugandan police were handed over at the border crossing."
    assert not of_type(explainer, text, "REQUEST", DAY)
