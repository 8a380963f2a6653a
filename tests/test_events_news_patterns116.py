"""Event structure: a refusal whose particle is parted from "turn" by what is refused ("turned the
offer down") is a REJECT, a dial turned low is none; a matter "still being discussed" in a
trailing clause is no talks of its own; a chamber that throws out a bill or votes a motion down
rejects it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-06-11"  # a Wednesday


@pytest.mark.parametrize("text", [
    "The Polisario Front turned the Moroccan autonomy proposal down on Tuesday, a spokesman said.",
    "Asked about the Qatari mediation plan, the Sudanese army turned it down flatly on Tuesday.",
])
def test_a_refusal_with_its_particle_parted_is_rejected(explainer: Explainer, text: str) -> None:
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert refusal.trigger.text.startswith("turned")


def test_a_refused_proposals_owner_is_its_recipient(explainer: Explainer) -> None:
    text = "The Polisario Front turned the Moroccan autonomy proposal down on Tuesday."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert [r.country for r in refusal.recipients] == ["MAR"]


def test_a_dial_turned_low_is_no_refusal(explainer: Explainer) -> None:
    text = "Egyptian officials turned the air conditioning and the music down in the hall on Tuesday."
    assert "REJECT" not in coded_types(explainer, text, DAY)


def test_a_matter_still_being_discussed_is_no_talks(explainer: Explainer) -> None:
    text = ("Jordan closed its border crossing with Syria on Tuesday, officials said, as Monday's meeting "
            "between Syrian and Iraqi ministers in Baghdad was still being discussed.")
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_ministers_who_discussed_a_matter_still_consult(explainer: Explainer) -> None:
    text = "The Syrian and Iraqi foreign ministers discussed border security in Baghdad on Tuesday."
    assert coded_types(explainer, text, DAY) == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Tunisia's parliament threw out the finance ministry's draft budget on Tuesday.",
    "The Kenyan senate voted the Ethiopian water resolution down on Tuesday.",
])
def test_a_chamber_throwing_out_a_bill_or_voting_a_motion_down_rejects(explainer: Explainer,
                                                                        text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["REJECT"]


def test_players_thrown_out_are_no_refusal(explainer: Explainer) -> None:
    text = "The Nigerian referee threw out two Ghanaian players in Lagos on Tuesday."
    assert "REJECT" not in coded_types(explainer, text, DAY)
