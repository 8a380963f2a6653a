"""News wordings of cooperative acts: a swap or an exchange consented to, and ministers who
"saw eye to eye", agree; a ruler's own decree "signed off on" is no accord, and the rest of a
term cancelled, shortened or waived is clemency; a "formal bid" made is a request; captives who
"walked free" are released (not a future "will walk free" under an amnesty); a court's
"suspended sentences" suspend no ties; a working lunch or a tete-a-tete is talks; an airlift
"instructed by" a ruler asks no one; a grace period a state opens for violators is a
concession. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-07-08"


@pytest.mark.parametrize("text, recipient", [
    ("Tajikistan consented on Monday to a gas-for-electricity swap with Uzbekistan.", "UZB"),
    ("Jordan consented to a water-for-energy exchange with Israel on Sunday.", "ISR"),
])
def test_a_swap_or_an_exchange_consented_to_is_agreed(explainer: Explainer, text: str, recipient: str) -> None:
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.recipients) == [recipient]


def test_ministers_who_saw_eye_to_eye_agree(explainer: Explainer) -> None:
    text = "The Bahraini and Qatari foreign ministers saw eye to eye on Sunday on resuming direct flights."
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert deal.trigger.text == "saw eye to eye"
    assert known_countries(deal.actors) == ["BHR", "QAT"]


def test_a_decree_signed_off_on_is_no_accord_but_its_clemency_is_coded(explainer: Explainer) -> None:
    text = "Bahrain's king signed off on the Eid decree on Sunday, waiving the remaining sentences of 300 inmates."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


@pytest.mark.parametrize("text", [
    "Oman's sultan on Monday cancelled the remaining terms of 150 prisoners.",
    "The Egyptian president on Monday shortened the remaining sentences of 90 conscripts.",
])
def test_the_rest_of_a_term_cut_is_clemency(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_terms_of_a_contract_cancelled_are_no_clemency(explainer: Explainer) -> None:
    assert of_type(explainer, "The ministry cancelled the terms of the contract on Monday.", "CONCEDE", DAY) == []


def test_a_formal_bid_made_is_a_request(explainer: Explainer) -> None:
    text = "Moldova made a formal bid on Tuesday for an extension of the EU's border assistance mission."
    (bid,) = of_type(explainer, text, "REQUEST", DAY)
    assert known_countries(bid.actors) == ["MDA"]


def test_captives_who_walked_free_are_released(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "Three Kuwaiti fishermen walked free on Monday, Iranian media said.", "RETREAT", DAY)
    assert known_countries(release.recipients) == ["KWT"]
    assert release.date.value == "2025-07-07"


def test_inmates_due_to_walk_free_under_an_amnesty_tell_the_amnesty(explainer: Explainer) -> None:
    text = "About 900 inmates will walk free under a royal amnesty issued on Sunday."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_suspended_sentences_suspend_nothing(explainer: Explainer) -> None:
    text = "A court in Nicosia gave two British soldiers suspended sentences on Friday."
    assert of_type(explainer, text, "SANCTION", DAY) == []


def test_a_working_lunch_of_two_leaders_is_talks(explainer: Explainer) -> None:
    text = "Oman's sultan and the Jordanian king had a working lunch on Tuesday in Muscat."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(talks.actors) == ["JOR", "OMN"]


@pytest.mark.parametrize("text", [
    "Tuesday's tête-à-tête between Tunisia's foreign minister and his Algerian counterpart focused on gas prices.",
    "Tunisia's foreign minister had a tête-à-tête with his Algerian counterpart on Tuesday.",
])
def test_a_tete_a_tete_is_talks(explainer: Explainer, text: str) -> None:
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert "TUN" in known_countries(talks.actors)
    assert talks.date.value == "2025-07-08"


def test_an_airlift_instructed_by_a_ruler_asks_no_one(explainer: Explainer) -> None:
    text = "Qatar flew 30 tonnes of food to Gaza on Monday as part of an airlift instructed by the Amir."
    assert of_type(explainer, text, "REQUEST", DAY) == []
    assert of_type(explainer, text, "AID", DAY) != []


def test_a_grace_period_opened_for_violators_is_a_concession(explainer: Explainer) -> None:
    text = "Oman's police opened a six-month grace period for expatriate workers on Sunday."
    (grace,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(grace.actors) == ["OMN"]


def test_a_grace_period_nobody_grants_is_no_event(explainer: Explainer) -> None:
    assert coded_types(explainer, "The grace period ends on Sunday.", DAY) == []
