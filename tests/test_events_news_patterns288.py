"""Session 49 (sentences written for these tests), from probe C22: a phone call is one
consultation of both parties (as the PLOVER records code "telephoned"); a brigade of doctors
sent abroad is aid; "world champions" back no one; schoolgirls, Islamists and shepherds are parties,
shepherds of the scene's state."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2033-10-04"


@pytest.mark.parametrize("text", [
    "Chile's foreign minister telephoned his Peruvian counterpart on Monday.",
    "Chile's foreign minister spoke by phone with his Peruvian counterpart on Monday.",
])
def test_a_phone_call_is_both_parties(explainer: Explainer, text: str) -> None:
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(call.actors)) == ["CHL", "PER"] and not call.recipients


def test_medics_sent_abroad_are_aid(explainer: Explainer) -> None:
    text = "Cuba sent a brigade of 150 doctors to flood-stricken Haiti on Monday."
    assert coded_types(explainer, text, DAY) == ["AID"]


def test_world_champions_back_no_one(explainer: Explainer) -> None:
    text = "Senegal beat world champions France 1-0 in Seoul on Monday."
    assert "SUPPORT" not in coded_types(explainer, text, DAY)


def test_schoolgirls_and_shepherds_are_parties(explainer: Explainer) -> None:
    (raid,) = of_type(explainer, "Gunmen kidnapped 80 schoolgirls in Zamfara state on Monday.", "ASSAULT", DAY)
    assert countries(raid.recipients) == ["NGA"]
    text = "Soldiers in Indian-administered Kashmir beat three shepherds near Poonch on Monday."
    (beating,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(beating.recipients) == ["IND"]
