"""Roles: participant nouns joined by "and" as one subject both act; the crowd counted after a
protest noun's "by tens of thousands of" acts; the speaker of a warning is not the side it
addresses. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-03-11"


@pytest.mark.parametrize("text, names", [
    ("Families of the kidnapped miners and their lawyers blocked the main road in Lima on Tuesday.",
     ["Families", "lawyers"]),
    ("Students and teachers blocked the ring road around Lyon on Tuesday over budget cuts.",
     ["Students", "teachers"]),
])
def test_coordinated_participants_both_act(explainer: Explainer, text: str, names: list[str]) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == names


def test_a_single_participant_acts_alone(explainer: Explainer) -> None:
    text = "Teachers blocked the ring road around Lyon on Tuesday over budget cuts."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["Teachers"]


@pytest.mark.parametrize("text, country", [
    ("A march by tens of thousands of Chilean nurses demanded better pay in Santiago on Tuesday.", "CHL"),
    ("A sit-in of hundreds of Kenyan doctors paralysed clinics in Mombasa on Tuesday.", "KEN"),
])
def test_the_crowd_counted_after_a_protest_noun_protests(explainer: Explainer, text: str, country: str) -> None:
    protest = of_type(explainer, text, "PROTEST", DAY)[0]
    assert [a.country for a in protest.actors] == [country]


def test_a_warning_speaker_is_not_addressed_by_its_own_threat(explainer: Explainer) -> None:
    text = "Egypt said any strike on its ports would be met with force."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["EGY"]
    assert threat.recipients == []


def test_a_country_word_heading_the_warned_subject_is_addressed(explainer: Explainer) -> None:
    text = "Egypt said Sudanese border posts would be met with force."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [r.country for r in threat.recipients] == ["SDN"]


def test_the_addressed_subject_starts_past_the_reporting_verb(explainer: Explainer) -> None:
    text = "Egypt would strike back, saying the Sudanese state would bear full responsibility."
    (blame,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [r.country for r in blame.recipients] == ["SDN"]
