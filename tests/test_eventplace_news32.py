"""Event places (news 32): a place in a "from the X base in Y" modifier of the subject is
where the actors are based, no scene; a meeting or an agreement whose lead names no scene
happened in its dateline's town, a capital too, when a party is of that country (not a
call, not words reported, not a deal of two other states), and a future project's site is
no scene; "the X border area in Y" lies in Y; a protest before the seat of a body named
after a town is in that town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-04-15"


def _place(explainer: Explainer, text: str, type_: str):
    (event,) = of_type(explainer, text, type_, DAY)
    return event.location


@pytest.mark.parametrize("text", [
    "Pakistani marines from the Jinnah naval base in Gwadar began joint manoeuvres with Chinese sailors on Tuesday.",
    "Jordanian soldiers from the King Faisal air base in Aqaba started combined drills with Saudi troops on Monday.",
])
def test_the_base_the_subject_comes_from_is_no_scene(explainer: Explainer, text: str) -> None:
    place = _place(explainer, text, "COOPERATE")
    assert place is None or place.name not in {"Gwadar", "Jinnah", "Aqaba", "Al ‘Aqabah"}


def test_a_base_named_after_the_deed_is_its_scene(explainer: Explainer) -> None:
    text = ("Pakistani marines began joint manoeuvres with Chinese sailors at the Jinnah naval base in Gwadar "
            "on Tuesday.")
    place = _place(explainer, text, "COOPERATE")
    assert place is not None and place.country == "PAK"


def test_troops_withdrawn_from_a_camp_leave_the_scene_there(explainer: Explainer) -> None:
    text = "NABLUS - The Israeli army pulled its forces out of the Balata camp near Nablus on Friday."
    place = _place(explainer, text, "RETREAT")
    assert place is not None and place.country == "PSE"


def test_an_agreement_under_a_capital_dateline_is_in_the_capital(explainer: Explainer) -> None:
    text = ("YEREVAN – Prime Minister Nikol Pashinyan and President Ilham Aliyev settled today on opening a "
            "rail link at the Yeraskh crossing near Ararat, a project both hope to finish within two years.")
    place = _place(explainer, text, "AGREE")
    assert place is not None and place.name == "Yerevan"


def test_a_meeting_under_a_capital_dateline_is_in_the_capital(explainer: Explainer) -> None:
    text = "AMMAN - Foreign Minister Ayman Safadi received on Monday his Lebanese counterpart Abdullah Bou Habib."
    place = _place(explainer, text, "CONSULT")
    assert place is not None and place.name == "Amman"


@pytest.mark.parametrize("text, type_", [
    # no party of the dateline's country: struck elsewhere
    ("BEIRUT (AFP) – Prime Minister Nikol Pashinyan and President Ilham Aliyev settled today on opening a rail "
     "link between their countries.", "AGREE"),
    # a call: each party at home
    ("AMMAN - Foreign Minister Ayman Safadi received a phone call on Monday from his Lebanese counterpart "
     "Abdullah Bou Habib.", "CONSULT"),
    # an acceptance in someone's words: a statement
    ("ATBARA - Army commander Yasser al-Atta said today the armed forces would accept no truce that leaves "
     "the RSF in the towns it seized.", "REJECT"),
])
def test_no_dateline_for_a_foreign_deal_or_a_call(explainer: Explainer, text: str, type_: str) -> None:
    assert _place(explainer, text, type_) is None


def test_a_future_project_site_is_no_scene_of_the_agreement(explainer: Explainer) -> None:
    text = ("Prime Minister Nikol Pashinyan and President Ilham Aliyev settled today on building a new "
            "bridge at Meghri.")
    place = _place(explainer, text, "AGREE")
    assert place is None or place.name != "Meghri"


@pytest.mark.parametrize("text, country", [
    ("Turkish troops moved toward the Kobani border area in Sanliurfa province on Sunday.", "TUR"),
    ("Jordanian armour rolled toward the Daraa border region in northern Jordan on Sunday.", "JOR"),
    ("Egyptian armour moved toward the Gaza frontier zone in North Sinai on Sunday.", "EGY"),
])
def test_a_border_area_lies_in_the_place_after_in(explainer: Explainer, text: str, country: str) -> None:
    place = _place(explainer, text, "MOBILIZE")
    assert place is not None and place.country == country


def test_a_protest_before_a_town_named_body_is_in_the_town(explainer: Explainer) -> None:
    text = "Contract engineers rallied on Sunday outside the Basra Oil Company headquarters, demanding back pay."
    place = _place(explainer, text, "PROTEST")
    assert place is not None and place.country == "IRQ" and "Basra" in str(place.name)


def test_a_town_named_body_criticised_gives_no_place(explainer: Explainer) -> None:
    text = "Contract engineers criticised the Basra Oil Company on Sunday over late pay."
    assert _place(explainer, text, "ACCUSE") is None
