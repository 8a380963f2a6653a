"""Event places (news 41): a place after the news in a stretch that a comma opens and a link of
``parting_links`` or ``relating_links`` (events.yaml) leads to belongs to the act the link names
("a case separate from the smuggling arrests in Najaf"), not to the news, which keeps its own
place or the dateline's town; the South Pars gas hub's news spelling without "Bandar-e" is its
name before a facility noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from lapwing.places import PlaceFinder

from event_helpers import place_name_of
from place_helpers import places

DAY = "2026-03-18"


@pytest.mark.parametrize("text, type_, scene", [
    ("BASRA – Basra police detained a pharmacist and two assistants today over counterfeit vaccination "
     "cards sold to pilgrims, a case separate from the Najaf smuggling arrests made by border police on "
     "Monday.", "COERCE", "Basrah"),
    ("SFAX – Retired dockers gathered outside the port authority this morning, waving placards about "
     "unpaid bonuses, in a protest unrelated to Monday's teachers' strike in Gafsa, the union said.",
     "PROTEST", "Sfax"),
    ("Police detained two lorry drivers in Mosul today, a case unconnected to last week's fuel raids in "
     "Kirkuk.", "COERCE", "Mosul"),
])
def test_a_place_of_a_linked_act_is_not_the_news_scene(explainer: Explainer, text: str, type_: str,
                                                       scene: str) -> None:
    assert place_name_of(explainer, text, type_, DAY) == scene


def test_a_place_before_a_link_is_still_the_scene(explainer: Explainer) -> None:
    text = ("Farmers blocked the highway near Gafsa today, separately from the sit-in held by miners on "
            "Monday.")
    assert place_name_of(explainer, text, "PROTEST", DAY) == "Gafsa"


@pytest.mark.parametrize("spelling", ["Asaluyeh", "Assaluyeh"])
def test_the_gas_hub_is_read_before_a_facility_noun(finder: PlaceFinder, spelling: str) -> None:
    text = f"Oil workers downed tools at the {spelling} petrochemical complex on Monday over unpaid wages."
    reading = places(finder, text).get(spelling)
    assert reading is not None and reading.country == "IRN"
