"""An event noun of an earlier day that a comma's stretch sets apart from the news ("a
message distinct from Thursday's threat") or adds the news to (", adding to Thursday's
airlift") is another report's news: background, not coded. A capital read as the sender that a named
actor replaces when two mentions of one act merge is no scene. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-03-14"


@pytest.mark.parametrize("text, type_, trigger", [
    ("General Ahmed Saleh threatened the Houthis with an offensive on Hodeidah on Friday, a message "
     "distinct from Thursday's Houthi threat against ships.", "THREATEN", "threatened"),
    ("A Turkish ship delivered tents to Derna on Friday, adding to Thursday's Algerian airlift to Benina.",
     "AID", "delivered"),
    ("Police arrested four men in Mosul on Friday, in a case separate from Wednesday's raid on a smuggling ring.",
     "COERCE", "arrested"),
])
def test_an_earlier_days_noun_set_apart_from_the_news_is_background(explainer: Explainer, text: str, type_: str,
                                                                      trigger: str) -> None:
    assert [e.trigger.text for e in of_type(explainer, text, type_, DAY)] == [trigger]


def test_a_dated_noun_heading_a_new_clause_is_still_news(explainer: Explainer) -> None:
    text = ("A Turkish ship delivered tents to Derna on Friday, and Thursday's Algerian airlift to Benina "
            "was followed by a second one.")
    assert len(of_type(explainer, text, "AID", DAY)) == 2


def test_a_capital_a_named_actor_replaces_in_a_merge_is_no_scene(explainer: Explainer) -> None:
    text = ("Doha sent a further plane of food aid to Sudan yesterday, carrying 30 tonnes of flour and tents for "
            "displaced families, as part of an air bridge ordered by the Amir, the Qatar Fund for Development said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.location is None or aid.location.country != "QAT"
