"""Triggers of news English, round 55: a precision probe of freshly written Middle East wire
copy. Missing wordings: a plan or mechanism "consented to" (an agreement); intelligence
"handed" or "passed" to another state and a "joint business council" set up (cooperation);
a donor "released" a sum of money and "covered the salaries" of another's workers (aid);
bodies "returned" and captives described at length "let leave" prison (a retreat); an army
"acknowledged mistakes" (a concession); prosecutors "ordered the detention" of people (an
arrest); an embargo "expanded" (a sanction, not trade). False events: a situation that
"threatens to spill" over or "threatens national security", a danger that "poses a threat"
(no threat made), a party that "seeks to" do something (no request). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-11-16"  # a Sunday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Libya's rival governments consented on Sunday to a UN framework for unifying the central bank.", "AGREE"),
        ("Jordan has been handing Syria intelligence on drug smugglers along the border, officials said on Sunday.",
         "COOPERATE"),
        ("Oman and Iran set up a joint shipping council on Sunday.", "COOPERATE"),
        ("Kuwait released 30 million dollars in emergency funding for Gaza on Sunday.", "AID"),
        ("Saudi Arabia covered the salaries of Yemeni teachers for six months, the ministry said on Sunday.", "AID"),
        ("Hezbollah returned the remains of an Israeli soldier through the Red Cross on Sunday.", "RETREAT"),
        ("Iran let a British couple held for a year on espionage charges leave the country on Sunday.",
         "RETREAT"),
        ("Turkey's interior ministry acknowledged serious mistakes in the handling of the flood relief on Sunday.",
         "CONCEDE"),
        ("Turkish prosecutors ordered the detention of 30 municipal officials on Sunday.", "COERCE"),
    ],
)
def test_news_wordings_code_their_plover_type(explainer: Explainer, text: str, kind: str) -> None:
    assert of_type(explainer, text, kind, DAY)


def test_an_ordered_detention_is_an_arrest_not_a_request(explainer: Explainer) -> None:
    text = "Turkish prosecutors ordered the detention of 30 municipal officials on Sunday."
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_money_released_by_a_donor_frees_no_one(explainer: Explainer) -> None:
    text = "Kuwait released 30 million dollars in emergency funding for Gaza on Sunday."
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_an_expanded_embargo_is_no_trade(explainer: Explainer) -> None:
    text = ("Turkey barred Israeli-linked aircraft from its airspace on Sunday, the transport minister said, "
            "expanding a trade embargo imposed last year.")
    assert not of_type(explainer, text, "COOPERATE", DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Syria's interior ministry sent police reinforcements towards Deraa on Sunday, a monitor said, as "
        "tensions between Bedouin clans and Druze fighters threatened to spill into open fighting.",
        "Egypt flatly refused on Sunday to take in displaced Gazans, with its foreign ministry saying that "
        "their transfer to Sinai would threaten Egypt's national security.",
        "Sudan and Egypt agreed on Sunday on a joint plan for the Nile, the two ministers announced, warning "
        "that the dam's operation poses an existential threat to both nations.",
    ],
)
def test_a_danger_described_is_no_threat(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_a_threat_to_escalate_is_still_a_threat(explainer: Explainer) -> None:
    text = "The Houthis threatened on Sunday to escalate their attacks on shipping in the Red Sea."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_seeking_to_do_something_asks_no_one(explainer: Explainer) -> None:
    text = ("Saudi Arabia and Syria set up a joint business council on Sunday, as Riyadh seeks to draw "
            "Damascus back into the Arab fold.")
    assert not of_type(explainer, text, "REQUEST", DAY)
