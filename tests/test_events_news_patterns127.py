"""Event coding: an incident heading the subject of a passive "investigated" is looked into,
no party accused of it; "would be made to pay dearly" threatens though "would be" follows the
modal; a threat's content with no party names its target by a demonym heading its subject or
its infinitive's object; a request "from" a capital after what is sought is addressed to that
capital's state; a body of militants addressed before an adjunct and "that" hears a threat.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-06-13"  # a Friday


@pytest.mark.parametrize("text", [
    "Afghan soldiers detained four men in Herat on Friday as the car bombing of Monday was still being investigated.",
    "Afghan soldiers detained four men in Herat on Friday, as Monday's car bombing in the city was being probed.",
])
def test_an_incident_investigated_accuses_no_party(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ACCUSE", DAY) == []


def test_a_person_investigated_is_accused(explainer: Explainer) -> None:
    text = "The Afghan governor of Herat was being investigated by prosecutors on Friday."
    (probe,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(probe.recipients) == ["AFG"]


def test_made_to_pay_dearly_threatens(explainer: Explainer) -> None:
    text = "The gunmen would be made to pay dearly, the Pakistani interior minister said on Friday."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["PAK"]


@pytest.mark.parametrize("text, target", [
    ("The Houthis warned on Friday that Emirati ports would be struck if the raids went on.", "ARE"),
    ("Hezbollah threatened on Friday to shell Israeli towns along the border.", "ISR"),
])
def test_a_demonym_in_the_content_names_the_threatened(explainer: Explainer, text: str, target: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.recipients) == [target]


def test_an_addressee_before_the_content_hides_a_deeper_demonym(explainer: Explainer) -> None:
    text = ("The Houthis cautioned shipping firms on Friday that trading with Israeli ports would expose their "
            "ships to strikes.")
    assert all("ISR" not in countries(e.recipients) for e in of_type(explainer, text, "THREATEN", DAY))


@pytest.mark.parametrize("text, target", [
    ("Armenia sought clarification from Paris on Friday over the minister's remarks.", "FRA"),
    ("Egypt demanded an official apology from Rome on Friday after the incident.", "ITA"),
])
def test_a_capital_asked_from_is_addressed(explainer: Explainer, text: str, target: str) -> None:
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.recipients) == [target]


def test_militants_addressed_before_an_adjunct_hear_a_threat(explainer: Explainer) -> None:
    text = ("The Iraqi prime minister warned armed militants in the western desert on Friday that they would "
            "face a crushing response if they did not surrender.")
    assert coded_types(explainer, text, DAY) == ["THREATEN"]
