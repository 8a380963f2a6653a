"""News wordings of attacks, refusals, threats and sanctions: munitions that "slammed onto",
"rained on" or "poured onto" a place strike it; a call "shot down", "knocked back" or
"torpedoed" is refused; a place "fair game for" one's missiles is threatened; permits to
enter or work revoked, cancelled or stripped are a sanction; diplomats given days to leave
or labelled personae non gratae are expelled. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-07-08"


@pytest.mark.parametrize("text, trigger", [
    ("A salvo of Grad rockets slammed onto a Turkish outpost near Duhok on Thursday evening, a Kurdish "
     "official said.", "slammed onto"),
    ("Two cruise missiles crashed onto the port of Izmail overnight, the regional governor said.", "crashed onto"),
    ("Rockets rained on the Kurdish town of Sinjar on Tuesday, a local official said.", "rained on"),
    ("Drones poured onto the Saudi oil terminal at Ras Tanura before dawn, the Houthis said.", "poured onto"),
])
def test_munitions_that_slam_or_rain_onto_a_place_strike_it(explainer: Explainer, text: str, trigger: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert strike.trigger.text == trigger


@pytest.mark.parametrize("text", [
    "Congratulations rained on the Moroccan coach after the final on Sunday.",
    "Complaints poured onto the desk of the Kenyan transport minister on Monday.",
])
def test_praise_or_mail_raining_on_someone_is_no_attack(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_a_party_slamming_a_plan_still_criticises(explainer: Explainer) -> None:
    text = "The Polish president slammed the German plan on Monday."
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Serbia on Tuesday shot down Kosovo's call for an international border commission.", "SRB", "KOS"),
    ("Armenia knocked back Baku's plea for a land corridor through Syunik on Friday.", "ARM", "AZE"),
    ("Pakistan on Monday torpedoed India's proposal for a joint water panel.", "PAK", "IND"),
])
def test_a_call_shot_down_or_torpedoed_is_refused(explainer: Explainer, text: str, actor: str,
                                                  recipient: str) -> None:
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert [a.country for a in refusal.actors] == [actor]
    assert [r.country for r in refusal.recipients] == [recipient]
    assert of_type(explainer, text, "ASSAULT", DAY) == []


@pytest.mark.parametrize("text", [
    "The Turkish army shot down an Armenian drone near Kars on Monday.",
    "A Russian submarine torpedoed a Ukrainian frigate off Odesa on Monday.",
])
def test_a_drone_shot_down_or_a_ship_torpedoed_is_attacked(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


def test_talks_torpedoed_are_no_attack(explainer: Explainer) -> None:
    text = "Israel torpedoed the ceasefire talks in Doha on Friday."
    assert of_type(explainer, text, "ASSAULT", DAY) == []


@pytest.mark.parametrize("text, actor", [
    ("Hezbollah's deputy leader said on Monday that Israeli gas rigs off Haifa are fair game for the group's "
     "drones.", "LBN"),
    ("The Houthis consider American warships fair game, their spokesman said on Tuesday.", "YEM"),
])
def test_targets_called_fair_game_for_ones_weapons_are_threatened(explainer: Explainer, text: str,
                                                                   actor: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == [actor]


def test_fair_game_for_satire_threatens_no_one(explainer: Explainer) -> None:
    text = "The Lebanese satirist said on Monday that ministers are fair game for comedians."
    assert of_type(explainer, text, "THREATEN", DAY) == []


@pytest.mark.parametrize("text", [
    "Kuwait cancelled the residency permits of 300 Egyptian labourers on Sunday.",
    "Israel on Monday revoked the travel and work permits of 90 residents of Beita.",
    "The Israeli army stripped more than 200 villagers from Beita of their permits to work in Israel on Sunday.",
])
def test_permits_to_enter_or_work_taken_back_are_a_sanction(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_a_reporters_accreditation_revoked_stays_coercion(explainer: Explainer) -> None:
    text = "Israel cancelled the accreditation of two AFP photographers on Monday."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Lithuania's foreign ministry today gave a pair of Belarusian embassy attaches 72 hours to leave the country.",
    "Moldova labelled the Russian deputy ambassador persona non grata on Friday.",
])
def test_diplomats_given_days_to_leave_or_labelled_unwelcome_are_expelled(explainer: Explainer, text: str) -> None:
    (expulsion,) = of_type(explainer, text, "SANCTION", DAY)
    assert expulsion.mode == "expel"
