"""Event structure: a closing ", X warned." names who makes the threat before it; an aid
convoy, ship or truck an attack strikes is no aid given; a possessive before a word's bare
noun reading makes it that noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("verb", ["warned", "cautioned"])
def test_a_closing_warner_makes_the_threat(explainer: Explainer, verb: str) -> None:
    text = f"Any Azerbaijani offensive on Syunik would bring massive retaliation, Yerevan {verb}."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["ARM"]
    assert [r.country for r in threat.recipients] == ["AZE"]


def test_a_closing_warner_with_a_longer_phrase_makes_the_threat(explainer: Explainer) -> None:
    text = "Any incursion into Kirkuk would be met with force, the Iraqi defence ministry warned."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["IRQ"]


def test_a_warning_about_weather_makes_no_threat(explainer: Explainer) -> None:
    text = "Heavy rain would bring floods to the coast, Kenya's weather service warned."
    assert of_type(explainer, text, "THREATEN", DAY) == []


@pytest.mark.parametrize("text", [
    "Al-Shabaab's attack on an aid convoy near Baidoa killed three drivers.",
    "A WFP aid convoy came under fire near Dilling.",
    "An aid ship was reportedly attacked off Hodeidah.",
])
def test_an_aid_carrier_an_attack_strikes_is_no_aid(explainer: Explainer, text: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "ASSAULT" in types
    assert "AID" not in types


def test_an_aid_convoy_sent_is_still_aid(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Egypt sent an aid convoy to Khartoum.", "AID", DAY)
    assert [a.country for a in aid.actors] == ["EGY"]


def test_an_aid_convoy_beside_an_attack_elsewhere_is_still_aid(explainer: Explainer) -> None:
    text = "Turkey sent an aid convoy to Idlib hours after an attack on a market in Aleppo."
    assert "AID" in coded_types(explainer, text, DAY)


def test_a_possessive_before_a_bare_noun_reading_makes_it_a_noun(explainer: Explainer) -> None:
    text = "Kazakhstan's independent press for a decade exposed graft in Astana."
    assert of_type(explainer, text, "REQUEST", DAY) == []


def test_a_plural_after_a_possessive_may_still_press(explainer: Explainer) -> None:
    (request,) = of_type(explainer, "Armenia's neighbours press for talks on the border.", "REQUEST", DAY)
    assert [a.country for a in request.actors] == ["ARM"]
