"""Structure of news English, session 31 round 3: a sentence of its own that parts the news,
named by a definite event noun subject with a copula, from another act ("The ambush was
separate from Friday's raid on ...", "The march was not linked to Monday's strike ...") tells
that other act only to set it apart: it is no event of this report. A subject that is no event
noun, or a link that relates rather than parts, changes nothing.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types

DAY = "2025-05-03"  # a Saturday


def test_an_act_a_definite_event_subject_is_separate_from_is_not_coded(explainer: Explainer) -> None:
    text = "The ambush is separate from Friday's raid by soldiers on the village of Dikwa, police said."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_an_act_a_definite_event_subject_was_unrelated_to_is_not_coded(explainer: Explainer) -> None:
    text = "The march was unrelated to Thursday's strike by dock workers in Mombasa."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_a_denied_relating_link_parts_too(explainer: Explainer) -> None:
    text = "Officials said the detention was not linked to Tuesday's bombing of a bus station in Peshawar."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_subject_that_is_no_event_noun_parts_nothing(explainer: Explainer) -> None:
    text = "The company is unrelated to Thursday's strike by dock workers in Mombasa."
    assert "PROTEST" in coded_types(explainer, text, DAY)


def test_an_act_named_as_the_news_itself_after_a_copula_stays(explainer: Explainer) -> None:
    text = "Rebels attacked an army post in Dikwa on Saturday; the assault was the largest since May."
    assert "ASSAULT" in coded_types(explainer, text, DAY)
