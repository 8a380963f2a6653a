"""Event places (news 38): "the site", "the plant" after an attack's trigger refers back to
the one site the sentence or the one before names; a move's destination after "and headed
to" is its scene, not the point it passed; "the Caspian" is the sea; a name that a town
owns before a head noun ("Tehran's Evin prison") lies in that town, not abroad. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type, place_of

DAY = "2026-03-04"


def _place(explainer: Explainer, text: str, type_: str):
    return place_of(explainer, text, type_, DAY)


def _readings(explainer: Explainer, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.place.name, m.place.country) for m in explainer.analyse(text, DAY).mentions
            if m.place is not None}


@pytest.mark.parametrize("text, site", [
    ("Output at the Rumaila oil field, Iraq's largest, was halted on Monday after a salvo of drones "
     "crashed into the site overnight.", "Rumaila oil field"),
    ("Gunmen have targeted the Khurmala oil field several times this year. On Sunday night three rockets "
     "struck the facility again, the Kurdistan Region's interior ministry said.", "Khurmala oil field"),
])
def test_the_site_an_attack_hit_is_the_one_named_before(explainer: Explainer, text: str, site: str) -> None:
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert strikes[-1].location is not None and strikes[-1].location.name == site


@pytest.mark.parametrize("target", ["a village nearby", "the base of a pylon nearby"])
def test_an_attack_on_something_else_takes_no_site(explainer: Explainer, target: str) -> None:
    text = ("Output at the Rumaila oil field, Iraq's largest, was halted on Monday after a salvo of drones "
            f"crashed into {target}.")
    assert _place(explainer, text, "ASSAULT") is None


def test_a_move_takes_the_place_it_headed_to(explainer: Explainer) -> None:
    text = ("A column of 30 Turkish tanks and howitzers crossed the frontier near Reyhanli on Tuesday morning "
            "and headed to bases around Atarib, local sources said.")
    place = _place(explainer, text, "MOBILIZE")
    assert place is not None and place.country == "SYR"


def test_a_move_that_names_its_crossing_keeps_it(explainer: Explainer) -> None:
    text = ("A Turkish army convoy of 25 vehicles entered Idlib province through the Bab al-Hawa crossing on "
            "Tuesday and headed to Turkish posts in the Jabal al-Zawiya area, a local source said.")
    place = _place(explainer, text, "MOBILIZE")
    assert place is not None and "Hawa" in (place.name or "")


@pytest.mark.parametrize("text, expected", [
    ("Russian and Iranian warships held a joint drill in the Caspian on Tuesday.", ("Caspian Sea", None)),
    ("Guards at Tehran's Evin prison beat two inmates on Tuesday, their lawyer said.", ("Evin", "IRN")),
])
def test_weak_single_word_names_are_not_read_as_small_places_abroad(explainer: Explainer, text: str,
                                                                    expected: tuple[str, str | None]) -> None:
    name = expected[0].split()[0]
    assert _readings(explainer, text)[name] == expected


def test_a_caspian_summit_names_no_place(explainer: Explainer) -> None:
    assert "Caspian" not in _readings(explainer, "Leaders of the Caspian states met in Baku on Tuesday.")


def test_a_hamlet_abroad_far_from_every_named_country_is_no_reading(explainer: Explainer) -> None:
    text = "Officials in Iraq and Syria said families of the detainees gathered outside Evin on Friday."
    assert _readings(explainer, text)["Evin"] == (None, None)
