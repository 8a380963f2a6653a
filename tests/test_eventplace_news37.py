"""Event places (news 37): a bound prefix cut off a road's name ("the Trans-Caspian route") is
no town the road ends at; a town where people were held ("after years in Baku prisons",
"held in Caracas for four years") is no scene of their release; a place in what another
statement says (a quoted sentence, a threat's content) is no scene of an event that names none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type, place_of

DAY = "2026-03-04"


def _place(explainer: Explainer, text: str, type_: str):
    return place_of(explainer, text, type_, DAY)


def _place_names(explainer: Explainer, text: str) -> list[str]:
    return [m.place.name for m in explainer.analyse(text, DAY).mentions if m.place is not None]


@pytest.mark.parametrize("text, prefix", [
    ("Georgian and Turkish officials discussed the Trans-Caspian route on Monday.", "Trans"),
    ("Two lorries collided on the Trans-Canada Highway near Regina on Monday.", "Trans"),
])
def test_a_bound_prefix_of_a_road_is_no_town(explainer: Explainer, text: str, prefix: str) -> None:
    assert not any(name.startswith(f"{prefix}-") for name in _place_names(explainer, text))


def test_the_two_towns_of_a_road_are_still_found(explainer: Explainer) -> None:
    assert {"Baghdad", "Kirkuk"} <= set(_place_names(
        explainer, "Gunmen attacked a bus on the Baghdad-Kirkuk highway on Monday."))


@pytest.mark.parametrize("text, town", [
    ("Six Georgian fishermen freed by Russia on Tuesday were reunited with their families after "
     "eight months in Sochi prisons, the foreign ministry said.", "Sochi"),
    ("Iran freed a Belgian aid worker on Friday following three years in a Tabriz jail.", "Tabriz"),
    ("Venezuela released two Spanish engineers held in Maracaibo for four years, officials said on Friday.",
     "Maracaibo"),
])
def test_where_captives_were_held_is_no_scene_of_their_release(explainer: Explainer, text: str,
                                                                town: str) -> None:
    place = _place(explainer, text, "RETREAT")
    assert place is None or place.name != town


def test_a_handover_point_wins_over_where_captives_were_held(explainer: Explainer) -> None:
    text = ("Hamas released three hostages held in Gaza since October 2023 at a handover in Khan Younis "
            "on Saturday.")
    place = _place(explainer, text, "RETREAT")
    assert place is not None and place.name == "Khān Yūnis"


def test_a_country_captives_were_held_in_stays_the_scene(explainer: Explainer) -> None:
    text = "A Swiss hiker held in Iran for nearly a year was freed on Tuesday, the foreign ministry said."
    place = _place(explainer, text, "RETREAT")
    assert place is not None and place.country == "IRN"


def test_a_town_of_a_prison_riot_is_its_scene(explainer: Explainer) -> None:
    text = "Inmates set fire to cells in Baku prisons on Monday, officials said."
    assert any(e.location is not None and e.location.name == "Baku"
               for e in of_type(explainer, text, "PROTEST", DAY) + of_type(explainer, text, "ASSAULT", DAY))


def test_a_place_in_a_threat_or_a_quotation_is_no_scene_of_a_hypothetical_act(explainer: Explainer) -> None:
    text = ("The defence minister threatened on Sunday to flatten the southern suburbs of Beirut, and "
            "said \"Dahiyeh will pay dearly\" for any attack on Israeli border towns.")
    place = _place(explainer, text, "ASSAULT")
    assert place is None or place.name != "Dahiyeh"


def test_a_quoted_label_still_names_the_scene(explainer: Explainer) -> None:
    text = "Militants shelled a market, killing five, in what residents called \"the worst day for Aleppo\"."
    place = _place(explainer, text, "ASSAULT")
    assert place is not None and place.name == "Aleppo"
