"""Event structure: an earlier day's event noun in a trailing ", while" clause, and the act in
an earlier day's "claims that", are background; the gerund after an arrest's "for" is its
charge; a visit's participle describing a party of another act is no visit. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("opener", ["while", "whereas"])
def test_an_earlier_days_event_noun_in_a_trailing_while_clause_is_background(explainer: Explainer,
                                                                           opener: str) -> None:
    text = ("The Kenyan army deployed two more battalions to Mandera today, a military spokesman said, "
            f"{opener} Tuesday's Somali troop build-up near Beled Hawo drew most of the attention.")
    moves = of_type(explainer, text, "MOBILIZE", DAY)
    assert [m.trigger.text for m in moves] == ["deployed"]


def test_a_dated_event_noun_heading_the_sentence_is_news(explainer: Explainer) -> None:
    text = "Tuesday's Somali troop build-up near Beled Hawo drew most of the attention, a military spokesman said."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.trigger.text == "build-up"


def test_the_act_in_an_earlier_days_claims_is_background(explainer: Explainer) -> None:
    text = ("Yerevan's foreign ministry today condemned the OSCE for a one-sided report, adding a new row to "
            "Saturday's claims from the defence ministry that Azerbaijani units had shelled Jermuk.")
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


def test_the_act_in_todays_claims_is_still_coded(explainer: Explainer) -> None:
    text = ("Yerevan's foreign ministry today condemned the OSCE for a one-sided report, adding a new row to "
            "today's claims from the defence ministry that Azerbaijani units had shelled Jermuk.")
    assert "ASSAULT" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Police in Lahore arrested five students for defying the curfew on Tuesday.",
    "The arrest of three clerics for ignoring court summonses angered worshippers in Peshawar on Tuesday.",
])
def test_the_charge_of_an_arrest_is_no_event(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["COERCE"]


def test_a_visitor_attending_another_act_is_no_visit(explainer: Explainer) -> None:
    text = ("Ghana and Togo signed a customs accord this morning at a ceremony in Accra attended by the "
            "visiting Togolese delegation.")
    assert coded_types(explainer, text, DAY) == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The emir and the visiting Omani sultan spent two hours together at the palace in Doha on Monday.",
    "The visiting Togolese foreign minister met President John Mahama in Accra today.",
])
def test_a_visit_with_no_other_act_is_still_coded(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["CONSULT"]
