"""Actors in the world wire of the 1980s-2000s (sentences written here): the Soviet Union and
Yugoslavia are coded as their successor states (RUS, SRB), as the PLOVER gold does; Chechens,
Hutu and Tutsi, and Tamils are peoples of Russia, Rwanda and Sri Lanka; a KB person's dated
office lets "title + surname" name him on the article's date."""

from __future__ import annotations

import pytest

from lapwing.actors import scan


def _actor(text: str, mention: str, date: str = "1990-03-14") -> tuple[str | None, str | None]:
    hits = [h for h in scan(text, date) if mention in h.text]
    actor = hits[0].resolution.actor if hits else None
    return (actor.country, actor.sector) if actor else (None, None)


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Soviet soldiers crossed the Amu Darya river on their way home.", "Soviet soldiers", "RUS"),
    ("The USSR recalled its envoy from Tirana.", "USSR", "RUS"),
    ("Yugoslav troops withdrew from the Slovenian border posts.", "Yugoslav troops", "SRB"),
    ("Chechen fighters seized a hospital in the south.", "Chechen fighters", "RUS"),
    ("Tutsi rebels advanced on the capital.", "Tutsi rebels", "RWA"),
    ("Hutu gunmen burned a village overnight.", "Hutu gunmen", "RWA"),
    ("Tamil guerrillas blew up a bridge near Vavuniya.", "Tamil guerrillas", "LKA"),
])
def test_successor_states_and_peoples(text: str, mention: str, country: str) -> None:
    assert _actor(text, mention)[0] == country


def test_title_and_surname_name_the_office_holder_of_the_date() -> None:
    assert _actor("Secretary of State Baker flew to Damascus on Sunday.",
                  "Secretary of State Baker", "1991-04-21") == ("USA", "GOV")


def _countries(text: str, mention: str) -> list[str | None]:
    return [h.resolution.actor.country for h in scan(text, "1993-08-02")
            if mention in h.text and h.resolution.actor is not None]


def test_two_coordinated_demonyms_before_one_noun_name_both_states() -> None:
    assert _countries("Greek and Turkish negotiators met in Geneva on Friday.", "Greek and Turkish") \
        == ["GRC", "TUR"]


def test_a_nationality_before_a_peoples_demonym_is_the_first_state() -> None:
    assert _actor("Bosnian Serb troops fired on the enclave.", "Bosnian Serb") == ("BIH", "MIL")
    assert _actor("The Bosnian Croat assembly voted for the plan.", "assembly") == ("BIH", "LEG")


def test_a_soviet_minister_is_coded_by_his_office_of_the_date() -> None:
    text = "Foreign Minister Eduard Shevardnadze arrived in Bonn on Monday."
    assert _actor(text, "Shevardnadze", "1988-01-18")[0] == "RUS"
    assert _actor(text.replace("Foreign Minister", "President"), "Shevardnadze", "1998-01-19")[0] == "GEO"
