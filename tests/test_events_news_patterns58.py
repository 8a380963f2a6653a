"""Triggers of news English, round 58: what the object of a leaving verb decides. A state
that quits, leaves, exits, pulls out of or withdraws from a body of states (OPEC, the
Commonwealth, ECOWAS) breaks with it (SANCTION withdraw), while leaving ground is a
withdrawal (RETREAT); a delegate leaving a summit of such a body leaves the room. Forces
stationed abroad that "left" a named country withdraw from it; "left" of the harm an attack
does ("left two farmers dead") or of those who remain ("the troops left in Syria") is no
withdrawal, nor is a diplomat's trip. "Would take all necessary measures" is a threat;
having taken all measures is none. Each test sets the new reading beside the readings it
must leave alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2025-11-17"  # a Monday

#: Sentences where a state leaves ground or a delegate a meeting: no break with a body.
NOT_LEAVING_A_BODY = (
    "Rebel fighters withdrew from the town of Kafr Nabl on Monday after a week of shelling.",
    "Hungary's foreign minister left the NATO summit early on Monday to fly to Moscow.",
)

#: Sentences with "left" and forces or soldiers, but no forces leaving a land.
NO_DEPARTURE = (
    "The raid by Israeli forces left two Palestinian farmers dead near Tubas on Monday.",
    "The ambush left Iraqi soldiers without water for two days, a commander said on Monday.",
    "The 900 U.S. troops left in Syria will stay until the spring, a Pentagon official said on Monday.",
    "The Egyptian ambassador left Beirut for Cairo on Monday for consultations.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela pulled out of OPEC on Monday, accusing Riyadh of rigging the production quotas.",
        "Nauru withdrew from the Commonwealth on Monday after a row over its detention centres.",
        "Guinea exited ECOWAS on Monday, the bloc's secretariat said in a statement.",
        "Chad left the Arab League on Monday in protest at the body's silence on the border dispute.",
    ],
)
def test_leaving_a_body_of_states_is_a_break_of_relations(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "SANCTION", DAY)
    assert not of_type(explainer, text, "RETREAT", DAY)
    assert of_type(explainer, NOT_LEAVING_A_BODY[0], "RETREAT", DAY)
    assert not any(of_type(explainer, other, "SANCTION", DAY) for other in NOT_LEAVING_A_BODY)


def test_forces_that_left_a_named_country_withdraw_from_it(explainer: Explainer) -> None:
    text = "The last French troops left Chad on Monday, ending six decades of military presence."
    found = of_type(explainer, text, "RETREAT", DAY)
    assert found and countries(found[0].actors) == ["FRA"] and countries(found[0].recipients) == ["TCD"]
    strip = "The last Egyptian soldiers left the Gaza Strip on Monday under the new border arrangement."
    assert of_type(explainer, strip, "RETREAT", DAY)
    assert not any(of_type(explainer, other, "RETREAT", DAY) for other in NO_DEPARTURE)


def test_would_take_all_necessary_measures_is_a_threat(explainer: Explainer) -> None:
    text = "Jordan cautioned on Monday that it would take all necessary measures to protect its airspace."
    taken = "The Saudi interior ministry said on Monday it had taken all necessary measures to protect pilgrims."
    assert of_type(explainer, text, "THREATEN", DAY)
    assert not code(explainer, taken, DAY)
