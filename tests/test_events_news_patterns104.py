"""Conflict-type wording found missing by a probe of news phrasings: talks shunned, a sabre
rattled, networks blacked out, export and visa curbs, carpet-bombing, tear-gassing, ransacking,
columns pouring into a land and one side's war games; with the readings they must not take
(work shunned is a strike, a power blackout censors nothing, homes ransacked in an arrest raid
are the arrest). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-06-10"


@pytest.mark.parametrize("text, type_, source, target", [
    ("Khartoum shunned the mediation offer from Nairobi on Monday.", "REJECT", "SDN", None),
    ("Moscow rattled its sabre at Chisinau over the Transnistria dispute.", "THREATEN", "RUS", "MDA"),
    ("Tanzania imposed a nationwide internet blackout before the vote.", "COERCE", "TZA", None),
    ("Iraq pulled the plug on mobile internet in Kirkuk during the exams.", "COERCE", "IRQ", None),
    ("London imposed export restrictions on a Syrian chemicals firm.", "SANCTION", "GBR", "SYR"),
    ("Washington imposed visa curbs on Zimbabwean officials.", "SANCTION", "USA", "ZWE"),
    ("Russian bombers carpet-bombed rebel-held towns in Syria.", "ASSAULT", "RUS", None),
    ("Zimbabwean police tear-gassed opposition supporters in Harare.", "ASSAULT", "ZWE", None),
    ("Militiamen from Chad ransacked the border town of Adre.", "ASSAULT", "TCD", None),
    ("Ugandan troops poured into South Sudan overnight.", "MOBILIZE", "UGA", None),
    ("Egypt staged war games near the Sudanese border.", "MOBILIZE", "EGY", None),
])
def test_conflict_wording_is_coded(explainer: Explainer, text: str, type_: str, source: str,
                                   target: str | None) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert source in countries(event.actors)
    if target is not None:
        assert target in countries(event.recipients)


def test_a_network_blackout_is_censorship(explainer: Explainer) -> None:
    (blackout,) = of_type(explainer, "Gabon imposed an internet shutdown on election night.", "COERCE", DAY)
    assert blackout.mode == "censor"


def test_work_shunned_is_a_strike_not_a_refusal(explainer: Explainer) -> None:
    text = "Dockers in Aden shunned work on Sunday to protest at unpaid wages."
    assert "REJECT" not in coded_types(explainer, text, DAY)
    (strike,) = of_type(explainer, text, "PROTEST", DAY)
    assert strike.mode == "strike"


def test_a_power_blackout_censors_nothing(explainer: Explainer) -> None:
    assert coded_types(explainer, "Nigeria's grid operator imposed rolling power blackouts across Lagos.", DAY) == []


def test_homes_ransacked_in_an_arrest_raid_are_the_arrest(explainer: Explainer) -> None:
    text = "Israeli forces detained nine men after raiding and ransacking homes in Qalqilya."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


def test_crowds_pouring_into_the_streets_still_protest(explainer: Explainer) -> None:
    text = "Thousands of Sudanese poured into the streets of Omdurman against the army."
    assert coded_types(explainer, text, DAY) == ["PROTEST"]


def test_war_games_held_together_cooperate(explainer: Explainer) -> None:
    text = "Egypt and Saudi Arabia held war games in the Red Sea."
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]
