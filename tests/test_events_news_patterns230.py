"""Structure of news English, session 31 round 3: an event noun named by a year after a
determiner or a possessive ("a 1992 bombing", "the 2008 Mumbai attacks") is an act of a past
year told as background (a conviction's cause, a grievance), not the day's news; a year between
a determiner and a word makes that word a noun, never a verb ("the 1992 attack").
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types

DAY = "2025-05-03"  # a Saturday


def test_an_act_named_by_its_past_year_is_background(explainer: Explainer) -> None:
    text = "Chile's president pardoned a former militant convicted for the 1986 attack on a barracks in Santiago."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
    assert "CONCEDE" in coded_types(explainer, text, DAY)


def test_a_gerund_after_a_year_is_a_noun_of_that_year(explainer: Explainer) -> None:
    text = "Kenya's court freed a man jailed over a 1998 bombing in Nairobi, his lawyers said."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_year_of_a_preposition_does_not_date_the_news(explainer: Explainer) -> None:
    text = "Rebels attacked an army post in Dikwa on Saturday, the deadliest raid since 2019."
    assert "ASSAULT" in coded_types(explainer, text, DAY)
