"""A crowd's street battles are its riot (PLOVER PROTEST riot); a ship after a word of its kind
is the vessel; the press curbed, unrest crushed, people compelled, ground taken by troops,
detainees subjected to shocks, a resolution torpedoed, captives to be freed, exiles outside an
embassy and civil disobedience. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "1997-03-10"


def _riots(explainer: Explainer, text: str) -> list:
    return [e for e in of_type(explainer, text, "PROTEST", DAY) if e.mode == "riot"]


@pytest.mark.parametrize("text", [
    "Striking students clashed with riot police in Dhaka on Tuesday over a rise in bus fares.",
    "Hundreds of youths fought running battles with police in Marseille on Friday night.",
    "Masked demonstrators hurled petrol bombs at police in Derry late on Saturday.",
    "Mourners threw Molotov cocktails at security forces after the funeral in Nablus.",
])
def test_a_crowds_street_battle_with_police_is_a_riot(explainer: Explainer, text: str) -> None:
    assert _riots(explainer, text)
    assert not of_type(explainer, text, "ASSAULT", DAY)


@pytest.mark.parametrize("text", [
    "Rebels clashed with police near the Ugandan border on Sunday, killing two officers.",
    "Settlers hurled petrol bombs at a Palestinian house near Hebron on Monday.",
    "Government troops fought fierce battles with the insurgents in the hills on Monday.",
])
def test_armed_men_who_clash_or_hurl_firebombs_attack(explainer: Explainer, text: str) -> None:
    assert not _riots(explainer, text)


@pytest.mark.parametrize("text", [
    "A Spanish naval ship bearing three tonnes of medical supplies docked in Tripoli on Sunday.",
    "The hospital ship carrying 40 tons of medicines anchored off Misrata on Friday.",
])
def test_ship_after_a_word_of_its_kind_is_the_vessel(explainer: Explainer, text: str) -> None:
    assert all(e.trigger.text.lower() != "ship" for e in code(explainer, text, DAY))


def test_ship_as_a_verb_still_gives(explainer: Explainer) -> None:
    text = "Canada will ship 20,000 tonnes of wheat to Ethiopia next month, its aid minister said."
    assert any(e.trigger.text.lower() == "ship" for e in code(explainer, text, DAY))


@pytest.mark.parametrize("text, type_", [
    ("The Kenyan government curbed circulation of the weekly Finance magazine on Monday.", "COERCE"),
    ("Nigeria's military rulers curbed the independent press on Friday after a string of critical reports.",
     "COERCE"),
    ("The Algerian government compelled hundreds of traders in Oran on Monday to close their shops.", "COERCE"),
    ("Syrian troops took control of a stretch of the coastal road on Thursday, Beirut radio said.", "COERCE"),
    ("Egyptian police subjected the detained students to beatings during questioning in Cairo, a rights "
     "group said.", "ASSAULT"),
    ("Russia torpedoed a United Nations General Assembly resolution on Tuesday that would have condemned "
     "the raid.", "REJECT"),
    ("Hundreds of Tamil exiles gathered outside the Sri Lankan embassy in Paris on Saturday.", "PROTEST"),
    ("Thousands of Kenyans launched a campaign of civil disobedience against President Daniel arap Moi's "
     "government on Monday.", "PROTEST"),
])
def test_phrasings_of_cameo_acts(explainer: Explainer, text: str, type_: str) -> None:
    assert of_type(explainer, text, type_, DAY)


def test_curbing_spending_censors_nothing(explainer: Explainer) -> None:
    text = "The finance ministry curbed spending on Monday to meet the targets of the loan."
    assert not of_type(explainer, text, "COERCE", DAY)


def test_investors_taking_control_seize_nothing(explainer: Explainer) -> None:
    text = "A group of Gulf investors took control of the national airline on Monday."
    assert not of_type(explainer, text, "COERCE", DAY)


def test_crushing_unrest_foretold_is_a_threat(explainer: Explainer) -> None:
    text = "The Kenyan government said on Friday it would crush any unrest by students before the vote."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_captives_to_be_freed_are_a_release(explainer: Explainer) -> None:
    text = "Morocco intends to free 30 Algerian prisoners of war held since 1976, Red Cross officials said on Monday."
    (release,) = [e for e in code(explainer, text, DAY) if e.trigger.text.lower() == "free"]
    assert release.modality == "intended"
