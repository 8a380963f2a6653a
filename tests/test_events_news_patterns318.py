"""Session 55 (sentences written for these tests), from probe C28: a tone struck is a manner of
speaking and a striking distance a range, no attack; a territory handed back returns it; combat
units that cross back withdraw from where they were; hearings a legislature opens into a conduct
investigate it."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1997-07-01"


def test_a_tone_struck_is_no_attack(explainer: Explainer) -> None:
    text = "South Korea's president used a speech in Seoul on Monday to strike a conciliatory tone toward Pyongyang."
    assert "ASSAULT" not in types(code(explainer, text, DAY))


def test_a_striking_distance_is_no_attack(explainer: Explainer) -> None:
    text = "Iraq has moved 20,000 troops to positions within striking distance of Kuwait, officials said on Monday."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_a_territory_handed_back_is_returned(explainer: Explainer) -> None:
    [event] = code(explainer, "Portugal handed Macau back to China at midnight on Monday.", DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("RETREAT", ["PRT"], ["CHN"])


def test_combat_units_crossing_back_withdraw(explainer: Explainer) -> None:
    text = "The last Cuban combat units crossed back over the border from Angola on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("RETREAT", ["AGO"])


def test_hearings_opened_into_a_conduct_investigate_it(explainer: Explainer) -> None:
    text = "A Senate committee in Mexico opened hearings on Monday into the army's conduct of the drug war."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("ACCUSE", "investigate")
