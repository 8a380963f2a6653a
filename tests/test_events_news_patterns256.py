"""Lexicon entries of session 34: backing offered is support given; plans consented to under a
sponsor's long name; contacts between two parties; delegations led to a capital; troops stationed
"an additional" count, flown in by air, or put on readiness by order; grants and aid frozen;
power handed over; a force's own men evacuated; penalties raised as a prospect; a "national"
strike; an appeals chamber, no plea. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, known_countries, of_type

DAY = "2025-03-06"  # a Thursday


@pytest.mark.parametrize("text", [
    "Ghana's largest opposition party offered its backing to the government's new mining bill on Tuesday.",
    "The Peruvian bishops' conference offered its full support to the president's anti-graft plan.",
])
def test_backing_offered_is_support(explainer: Explainer, text: str) -> None:
    assert "SUPPORT" in coded_types(explainer, text, DAY)
    assert "AGREE" not in coded_types(explainer, text, DAY)


def test_an_offer_to_act_is_still_an_offer(explainer: Explainer) -> None:
    assert "AGREE" in coded_types(explainer, "Libya offered to hand over the two suspects to Britain.", DAY)


def test_a_plan_with_a_long_sponsor_name_consented_to_is_agreed(explainer: Explainer) -> None:
    text = ("Sudanese and South Sudanese negotiators have consented to an Intergovernmental Authority on "
            "Development plan for a buffer zone.")
    assert "AGREE" in coded_types(explainer, text, DAY)


def test_contacts_between_two_states_are_talks(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Contacts between Armenia and Azerbaijan resumed in Brussels on Wednesday.", "CONSULT", DAY)
    assert known_countries(event.actors) == ["ARM", "AZE"]


def test_no_contacts_between_two_states_is_negated(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "There have been no contacts between Caracas and Bogota since the border closed, "
                                  "a Venezuelan minister said.", "CONSULT", DAY)
    assert event.modality == "negated"


def test_a_person_s_contacts_are_no_talks(explainer: Explainer) -> None:
    assert "CONSULT" not in coded_types(explainer, "The envoy kept close contacts with Iranian businessmen.", DAY)


def test_a_delegation_led_to_a_capital_is_a_visit(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Indonesian President Joko Widodo led a delegation of Asian ministers to Moscow "
                                  "on Tuesday.", "CONSULT", DAY)
    assert event.mode == "visit" and known_countries(event.recipients) == ["RUS"]


def test_troops_stationed_after_an_article_and_a_count_mobilise(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Lithuania will station an additional 4,000 troops along its border with "
                                  "Russia, the defence minister said.", "MOBILIZE", DAY)
    assert known_countries(event.actors) == ["LTU"]


def test_forces_flown_into_a_city_mobilise(explainer: Explainer) -> None:
    assert "MOBILIZE" in coded_types(explainer, "French paratroopers were flown into Bangui overnight to "
                                                "secure the airport.", DAY)


def test_flying_into_exile_is_no_deployment(explainer: Explainer) -> None:
    assert "MOBILIZE" not in coded_types(explainer, "The ousted Gambian leader flew into exile in Equatorial "
                                                    "Guinea on Saturday.", DAY)


def test_readiness_ordered_mobilises(explainer: Explainer) -> None:
    assert "MOBILIZE" in coded_types(explainer, "Belarusian President Alexander Lukashenko ordered snap combat "
                                                "readiness checks near the Polish border.", DAY)


@pytest.mark.parametrize("text", [
    "Germany froze new grants to Uganda on Monday.",
    "The IMF froze the next disbursement to Zambia on Friday.",
])
def test_money_frozen_by_a_donor_is_a_sanction(explainer: Explainer, text: str) -> None:
    assert "SANCTION" in coded_types(explainer, text, DAY)


def test_power_handed_over_is_a_resignation(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Malian President Amadou Toumani Toure handed over power to the speaker of "
                                  "parliament on Sunday.", "RETREAT", DAY)
    assert event.mode == "resign"


def test_a_force_s_own_men_evacuated_retreat(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Moscow completed the evacuation of its last troops from the Khmeimim base on "
                                  "Friday.", "RETREAT", DAY)
    assert event.mode == "withdraw"


def test_penalties_raised_as_a_prospect_threaten(explainer: Explainer) -> None:
    assert "THREATEN" in coded_types(explainer, "The European Commission raised the prospect of tariffs on "
                                                "Chinese electric cars on Wednesday.", DAY)


def test_a_national_strike_is_a_protest(explainer: Explainer) -> None:
    types = coded_types(explainer, "Bus drivers across Kenya walked off the job on Friday in a national strike "
                                   "against the transport ministry's new levy.", DAY)
    assert "PROTEST" in types and "ASSAULT" not in types


def test_an_appeals_chamber_makes_no_plea(explainer: Explainer) -> None:
    types = coded_types(explainer, "The tribunal's appeals chamber threw out Serbia's request to reopen the case.", DAY)
    assert "REJECT" in types and "REQUEST" not in types
