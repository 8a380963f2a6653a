"""Parties named by an office and "his <demonym> colleague <name>" both act. Sentences written
for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2019-03-12"


def test_a_colleague_named_after_and_is_a_second_party(explainer: Explainer) -> None:
    text = ("Jordanian Foreign Minister Ayman Safadi and his Egyptian colleague Sameh Shoukry accepted a plan on "
            "Monday to reopen the border crossing.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(known_countries(deal.actors)) == ["EGY", "JOR"]
