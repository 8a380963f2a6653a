"""Session 55 (sentences written for these tests), from the opened cluster_test62: a closing
report's speaker sits where the phrase puts him, whatever verb tells the report ("wrote",
"affirmed by radio"), no scene of the gift or the attack; a place a few words after the
report's verb is where the report went; a stretch "tied to" another act names that act's
place."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "1990-08-27"


def test_a_closing_speakers_seat_is_no_scene_whatever_the_verb(explainer: Explainer) -> None:
    text = ("Japan donated 30 solar refrigerators to clinics on Malaita on Saturday, a Japanese diplomat "
            "in Honiara wrote, the units unloaded at Auki by health ministry porters.")
    place = place_of(explainer, text, "AID", DAY)
    assert place is not None and place.name == "Auki"


def test_where_a_closing_report_went_is_no_scene(explainer: Explainer) -> None:
    text = ("Rebels attacked an army post guarding Catarman on Sunday, slaying 3 soldiers, army spokesmen in "
            "Borongan wrote in a radiogram to Manila.")
    place = place_of(explainer, text, "ASSAULT", DAY)
    assert place is None or place.name not in {"Manila", "Borongan"}


def test_a_place_tied_to_another_act_is_no_scene(explainer: Explainer) -> None:
    text = ("Honduras's navy this evening moved 2 gunboats into the gulf, a movement in no sense tied to "
            "Tuesday's army convoy into Danli, naval spokesmen said.")
    place = place_of(explainer, text, "MOBILIZE", DAY)
    assert place is None or place.text != "Danli"


def test_where_a_closing_report_was_circulated_is_no_scene(explainer: Explainer) -> None:
    text = ("Shining Path guerrillas attacked an army base yesterday, killing 4 soldiers, an army communique "
            "circulated to Lima newsrooms affirmed.")
    place = place_of(explainer, text, "ASSAULT", DAY)
    assert place is None or place.name != "Lima"
