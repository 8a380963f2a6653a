"""Session 34 (sentences written for these tests): a relative clause on the event's own noun,
after a preposition or a day ("the raid on Friday in which gunmen ... of X"), tells its scene;
a place in what a participant is suspected of ("men believed to ferry rifles to X") is no
scene of their arrest; a signing verb's accord ("penned a loan accord about canals in X") is
about its matters, not signed among them."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate


@pytest.mark.parametrize("text, trigger, country", [
    ("Police linked to a rebel cell the ambush on Friday in which gunmen lurking by a village track "
     "of Narathiwat shot dead four soldiers.", "ambush", "THA"),
    ("Police linked to a rebel cell the ambush on Friday in which gunmen on a jungle road, Narathiwat "
     "province, shot dead four soldiers.", "ambush", "THA"),
    ("Investigators pieced together the raid last night during which militants by a quarry of Erbil "
     "province killed two guards.", "raid", "IRQ"),
])
def test_a_clause_on_the_trigger_itself_gives_the_scene(finder: PlaceFinder, text: str, trigger: str,
                                                        country: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.country == country


def test_another_noun_s_which_clause_stays_background(finder: PlaceFinder) -> None:
    # near miss: the clause describes a report, not the arrest
    place = locate(finder, "Soldiers arrested two men, citing a report which villagers wrote as refugees "
                           "in Mopti.", "arrested")
    assert place is None


@pytest.mark.parametrize("text, trigger", [
    ("The finance minister and the bank's president penned a $30m loan accord about irrigation canals "
     "in Kampot and Takeo.", "penned"),
    ("The two ministers inked a trade accord on extending rice exports from Battambang.", "inked"),
    ("The two ministers inked a trade accord to extend the port of Sihanoukville.", "inked"),
])
def test_a_signed_accord_s_matters_are_no_scene(finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None
