"""Triggers of news English, round 246: a meeting noun after "during" is the venue of the
news, as after "at" ("committed itself to a truce during a meeting in the jungle"); a danger
"posed by" a party is no threat made; a verb's "-ing" form right after the subject, before
the clause's past verb, describes who acts ("rebels occupying the town hall freed ...").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-05-16"  # a Thursday


def test_meeting_after_during_is_the_venue(explainer: Explainer) -> None:
    text = ("Mali's largest rebel alliance committed itself to a truce with the government "
            "during a meeting in Algiers on Sunday.")
    assert not of_type(explainer, text, "CONSULT", DAY)
    assert of_type(explainer, text, "AGREE", DAY)


def test_meeting_as_the_news_still_consult(explainer: Explainer) -> None:
    text = "Mali's foreign minister held a meeting with his Algerian counterpart in Algiers on Sunday."
    assert of_type(explainer, text, "CONSULT", DAY)


@pytest.mark.parametrize("text", [
    "The army lifted the curfew in Bamako on Sunday, saying the threat posed by the rebels had receded.",
    "Officials in Quito eased security on Monday, saying the danger posed by the gangs had passed.",
])
def test_danger_posed_by_is_no_threat(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_threat_made_still_threaten(explainer: Explainer) -> None:
    text = "The rebels threatened on Sunday to attack Bamako if the army did not withdraw."
    assert of_type(explainer, text, "THREATEN", DAY)


@pytest.mark.parametrize("text", [
    "Maoist rebels occupying the governor's office in Dang freed 12 more hostages on Saturday.",
    "Militants occupying a school in Borno released 20 pupils on Saturday, police said.",
])
def test_participle_describing_the_subject_codes_nothing(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "COERCE", DAY)
    assert of_type(explainer, text, "RETREAT", DAY)


def test_occupying_as_the_main_verb_still_coerce(explainer: Explainer) -> None:
    text = "Russian troops are occupying the Zaporizhzhia nuclear plant, Ukraine's energy minister said."
    assert of_type(explainer, text, "COERCE", DAY)


def test_meeting_with_a_party_after_during_still_consult(explainer: Explainer) -> None:
    text = ("Kenya's trade minister signed a loan accord with the IMF on Monday during a meeting "
            "with the fund's Africa director in Nairobi.")
    assert of_type(explainer, text, "CONSULT", DAY)


def test_protest_participle_after_the_subject_still_protest(explainer: Explainer) -> None:
    text = ("About 200 unemployed youths protesting joblessness blocked the railway near Gafsa "
            "on Thursday, residents said.")
    assert of_type(explainer, text, "PROTEST", DAY)
