"""Event lexicon: a humanitarian pause consented to is an agreement; trade, financial or
economic restrictions on a country lifted, eased or rolled back are sanctions relief (RETREAT),
unlike a government's own restrictions eased (CONCEDE); a candidacy to host names a hope, no
meeting; a party that lends its voice or its weight to a bid backs it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2026-05-14"


@pytest.mark.parametrize("text", [
    "Chad's army and the rebel FACT movement consented to a two-day humanitarian pause near Faya on Monday.",
    "The Libyan factions consented to a brief pause in the fighting around Sirte, UN envoys said on Monday.",
    "Somalia's government and the Jubaland administration consented to a week-long lull around Kismayo on Monday.",
])
def test_a_pause_consented_to_is_agreed(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["AGREE"]


@pytest.mark.parametrize("text", [
    "The African Union rolled back the economic and banking restrictions it had placed on Guinea, the bloc said.",
    "ECOWAS eased trade restrictions on Burkina Faso on Tuesday.",
    "Washington lifted the financial restrictions imposed on two Lebanese banks, the Treasury said on Monday.",
])
def test_economic_restrictions_lifted_are_sanctions_relief(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_economic_restrictions_eased_keep_their_recipient(explainer: Explainer) -> None:
    (relief,) = of_type(explainer, "ECOWAS eased trade restrictions on Burkina Faso on Tuesday.", "RETREAT", DAY)
    assert known_countries(relief.recipients) == ["BFA"]


def test_restrictions_on_movement_eased_stay_a_concession(explainer: Explainer) -> None:
    text = "Jordan eased restrictions on movement in the border town of Ramtha on Tuesday."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_a_candidacy_to_host_is_no_meeting(explainer: Explainer) -> None:
    text = "Kuwait's emir backed Oman's candidacy to host the next Gulf summit, state media said on Monday."
    assert coded_types(explainer, text, DAY) == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "Bahrain lent its voice to Morocco's bid to host the summit on Monday.",
    "Bahrain lent its full weight to Morocco's bid to host the summit on Monday.",
])
def test_a_voice_or_weight_lent_backs_the_party(explainer: Explainer, text: str) -> None:
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(backing.actors) == ["BHR"]
    assert known_countries(backing.recipients) == ["MAR"]


def test_evidence_that_lends_weight_backs_no_one(explainer: Explainer) -> None:
    text = "Satellite images lent weight to claims that Sudanese troops had crossed into Chad, analysts said."
    assert of_type(explainer, text, "SUPPORT", DAY) == []
