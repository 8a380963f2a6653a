"""Clause structure: a "whom" clause's verb takes the noun before it as its object; a
request's content ends where ", saying" opens the asker's own remark; a gap of a pattern
runs over no meeting noun; a plural after an adjective of swelling is a noun; aid that is
the subject of a passive of stopping is none given; a present perfect over a long past is
history; a definite event noun opening a sentence before "followed" takes up the news; a
document-dated act keeps no scene the text dates to another day. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("subject", ["officers", "the Kenyan police"])
def test_a_whom_clause_finds_the_object_its_verb_requires(explainer: Explainer, subject: str) -> None:
    text = f"Police in Mombasa paraded 14 suspects whom {subject} netted in dawn raids on the harbour."
    assert [e.trigger.text for e in of_type(explainer, text, "COERCE", DAY)] == ["netted"]


@pytest.mark.parametrize("link", ["saying", "adding"])
def test_a_threat_after_saying_is_no_part_of_the_request(explainer: Explainer, link: str) -> None:
    text = (f"Hezbollah told foreign companies in Haifa to leave, {link} their depots lie within "
            "range of our rockets.")
    assert "REQUEST" in coded_types(explainer, text, DAY)
    assert [e.trigger.text for e in of_type(explainer, text, "THREATEN", DAY)] == ["lie"]


def test_a_remark_after_saying_stays_the_requests_content(explainer: Explainer) -> None:
    text = "Moscow urged Kyiv to halt its drone strikes, saying the raids endangered civilians."
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


@pytest.mark.parametrize("talks", ["consultations", "talks"])
def test_a_pattern_gap_runs_over_no_meeting_noun(explainer: Explainer, talks: str) -> None:
    text = f"The Algerian energy minister flew to Tunis for {talks} with Tunisian officials on gas supplies."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_relief_goods_after_the_arrival_are_still_aid(explainer: Explainer) -> None:
    text = "Two Egyptian planes flew into Benghazi on Tuesday with food and medicine."
    assert "AID" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("adjective", ["growing", "mounting"])
def test_a_plural_after_an_adjective_of_swelling_is_a_noun(explainer: Explainer, adjective: str) -> None:
    text = f"The Bolivian president faces {adjective} calls for his resignation over the fuel shortages."
    assert of_type(explainer, text, "REQUEST", DAY) == []


def test_a_plural_after_its_subject_stays_a_verb(explainer: Explainer) -> None:
    assert coded_types(explainer, "Morocco calls for an immediate ceasefire in Sudan.", DAY) == ["REQUEST"]


@pytest.mark.parametrize("passive", ["was suspended", "has been frozen"])
def test_aid_the_subject_of_a_passive_of_stopping_is_no_aid(explainer: Explainer, passive: str) -> None:
    text = f"Military aid to the Nigerien junta {passive} by Paris after the coup."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_aid_the_subject_of_another_passive_is_aid(explainer: Explainer) -> None:
    text = "Aid to Chad was delivered by Qatar on Monday."
    assert "AID" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "The wars Armenia and Azerbaijan have fought since 1992 have killed thousands.",
    "Armenia and Azerbaijan have clashed for decades over the enclave.",
])
def test_a_present_perfect_over_a_long_past_is_history(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_a_present_perfect_since_a_recent_day_is_news(explainer: Explainer) -> None:
    text = "Israeli troops have raided Tulkarm camp since Sunday, killing nine people."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


def test_a_span_in_a_later_clause_leaves_the_perfect_news(explainer: Explainer) -> None:
    text = ("Norway has extended a grant of five million dollars to UNICEF for children in Taiz, the "
            "ministry said, adding to Norwegian aid to Yemen since 2016.")
    assert "AID" in coded_types(explainer, text, DAY)


def test_the_definite_subject_of_followed_takes_up_the_news(explainer: Explainer) -> None:
    text = ("Ghanaian and Togolese officials met in Accra. The meeting followed Monday's summit between "
            "Ghana and Togo in Lome.")
    talks = of_type(explainer, text, "CONSULT", DAY)
    assert [e.trigger.text for e in talks] == ["met", "summit"]
    assert talks[1].date.value == "2025-05-12"


def test_a_document_dated_act_keeps_no_scene_of_another_day(explainer: Explainer) -> None:
    text = ("Police fired tear gas at students in Kathmandu today. On Monday, teachers had marched in "
            "Pokhara against the pay freeze. Troops were deployed to guard the ministry.")
    (deployment,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert deployment.location is None or deployment.location.text != "Pokhara"


def test_a_document_dated_act_keeps_the_scene_of_the_news_day(explainer: Explainer) -> None:
    text = "Police fired tear gas at protesters in Pokhara yesterday. Soldiers also arrested 30 students."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.location is not None and arrest.location.text == "Pokhara"


def test_the_day_of_the_act_the_news_followed_dates_no_news(explainer: Explainer) -> None:
    text = "Ghanaian and Togolese officials met in Accra. The meeting followed Monday's summit in Lome."
    (meeting,) = [e for e in of_type(explainer, text, "CONSULT", DAY) if e.trigger.text == "met"]
    assert meeting.date.value == DAY


def test_the_day_a_sentence_gives_the_news_dates_it(explainer: Explainer) -> None:
    text = "Gunmen killed six herders in Katsina state. The attack came on Monday night."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.date.start == "2025-05-12"
