"""Lexicon (events.yaml): a bar on another state's trade named as a noun ("export curbs on X",
"an import ban on X") is a sanction only with the state it hits; a country's flag burnt is a
protest aimed at that country; "obstructed" a proposal refuses it; hackers who knock systems
offline coerce (cyber), a storm does not; talks "behind closed doors" or "privately" with a
party consult it; a debt cancelled, written off or forgiven with its sum before the debtor is
aid. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2022-06-08"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russia's import ban on Moldovan wine took effect on Monday, officials in Chisinau said.", "RUS", "MDA"),
    ("Seoul's export curbs on Japan were widened on Tuesday.", "KOR", "JPN"),
])
def test_a_trade_bar_on_a_state_is_a_sanction(explainer: Explainer, text: str, source: str, target: str) -> None:
    (ev,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(ev.actors) == [source]
    assert known_countries(ev.recipients) == [target]


def test_a_states_curbs_on_its_own_goods_sanction_no_one(explainer: Explainer) -> None:
    text = "Indonesia's export ban on palm oil was lifted on Monday."
    assert "SANCTION" not in coded_types(explainer, text, DAY)


def test_a_burnt_flag_is_a_protest_at_its_country(explainer: Explainer) -> None:
    (ev,) = of_type(explainer, "Students in Lahore burned Swedish flags outside a mosque on Friday.", "PROTEST", DAY)
    assert ev.mode == "demo"
    assert known_countries(ev.recipients) == ["SWE"]


def test_obstructing_a_proposal_rejects_it(explainer: Explainer) -> None:
    (ev,) = of_type(explainer, "Greece obstructed a joint EU declaration on Turkey on Monday.", "REJECT", DAY)
    assert known_countries(ev.actors) == ["GRC"]


def test_hackers_knocking_systems_offline_coerce(explainer: Explainer) -> None:
    (ev,) = of_type(explainer, "Chinese hackers knocked Taiwan's presidential website offline on Monday.", "COERCE", DAY)
    assert ev.mode == "cyber"
    assert known_countries(ev.recipients) == ["TWN"]


def test_a_storm_knocking_a_grid_offline_is_no_event(explainer: Explainer) -> None:
    assert "COERCE" not in coded_types(explainer, "A cyclone knocked Mauritius's power grid offline on Monday.", DAY)


@pytest.mark.parametrize("text", [
    "Qatari mediators conferred behind closed doors with Sudan's army chief in Doha on Monday.",
    "Qatari mediators conferred privately with Sudan's army chief in Doha on Monday.",
])
def test_private_talks_consult(explainer: Explainer, text: str) -> None:
    (ev,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(ev.actors) == ["QAT"]
    assert known_countries(ev.recipients) == ["SDN"]


@pytest.mark.parametrize("text", [
    "Italy cancelled 150 million euros of Tunisia's debt on Monday.",
    "China wrote off 400 million dollars of Zambia's debt on Monday.",
])
def test_a_sum_of_debt_cancelled_is_aid(explainer: Explainer, text: str) -> None:
    (ev,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(ev.recipients) in (["TUN"], ["ZMB"])
