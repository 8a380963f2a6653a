"""Event places (news 33): a deployment sent "from X to the desert base of Y" is at Y; a name
right after a lower-case outlet noun ("the news agency Aden") is the outlet's, no place; a
provincial dateline names its town, not the first-level unit of that name, while a
metropolis's bureau dateline and a dateline abroad ("GENEVA - Sudan's RSF ...") place no
deed; the target of a threatened act is no scene of the threat. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-04-15"


def _place(explainer: Explainer, text: str, type_: str):
    (event,) = of_type(explainer, text, type_, DAY)
    return event.location


@pytest.mark.parametrize("text, town", [
    ("Chad's army moved a column of armoured vehicles from Abeche to the desert base of Faya on Monday, "
     "officials said.", "Faya-Largeau"),
    ("Niger's army sent a convoy of troops from Zinder to the garrison of Agadez on Monday, officials said.", "Agadez"),
])
def test_a_deployment_is_at_the_site_it_went_to(explainer: Explainer, text: str, town: str) -> None:
    place = _place(explainer, text, "MOBILIZE")
    assert place is not None and place.name == town


def test_a_named_area_of_a_region_stays_the_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Iraqi troops struck a depot in the Sinjar area of northern Iraq on Monday, "
                              "the army said.", "ASSAULT")
    assert place is not None and place.feature == "city"


@pytest.mark.parametrize("text", [
    "Police arrested three opposition reporters in a dawn raid on Monday, according to the official news agency "
    "Aden.",
    "Soldiers detained four smugglers on Tuesday, according to the newspaper Tobruk.",
])
def test_a_name_after_an_outlet_noun_is_no_place(explainer: Explainer, text: str) -> None:
    assert _place(explainer, text, "COERCE") is None


def test_a_provincial_dateline_names_the_town_not_its_region(explainer: Explainer) -> None:
    place = _place(explainer, "AGADEZ – Gunmen kidnapped a local councillor from his home this morning, "
                              "relatives said.", "ASSAULT")
    assert place is not None and place.name == "Agadez" and place.feature == "city"


@pytest.mark.parametrize("text, type_", [
    ("DUBAI - Iran's navy seized a foreign tanker carrying smuggled fuel on Sunday, state media said.", "COERCE"),
    ("GENEVA - Sudan's paramilitary Rapid Support Forces freed twelve aid workers on Sunday after months in "
     "captivity, a UN source said.", "RETREAT"),
])
def test_a_bureau_or_foreign_dateline_places_no_deed(explainer: Explainer, text: str, type_: str) -> None:
    assert _place(explainer, text, type_) is None


def test_the_target_of_a_threatened_offensive_is_no_scene(explainer: Explainer) -> None:
    text = ("Kurdish militia commander Hamid Zebari said on Friday that his fighters would launch an offensive "
            "on Mosul, local media reported.")
    assert _place(explainer, text, "THREATEN") is None


def test_a_threat_keeps_the_place_it_was_made_in(explainer: Explainer) -> None:
    text = ("Speaking in Aden on Monday, the army chief said his troops would launch an assault on Taiz if the "
            "rebels kept up their siege.")
    place = _place(explainer, text, "THREATEN")
    assert place is not None and place.name == "Aden"
