"""Triggers of news English, round 175: clemency in other words ("forgave what was left of
their terms", "wiped out the sentences", "extended mercy to", "spared them the rest of their
terms"); forces "funnelled", "channelled" or "steered" to a front, or "streaming" to it; captives
escorted to a border crossing; a sanctions "register" and holdings "frozen by order of" a body;
contraband "discovered" or "uncovered" and people "in police custody"; a procession of protest.
No event: "wound" as the past of "wind" ("wound through the old town"), a period named by an act
("the invasion era"), a treaty's "annex", and a prison's "bars". Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2011-03-08"  # a Tuesday


@pytest.mark.parametrize("text", [
    "King Abdullah forgave what remained of the prison terms of 600 inmates on Tuesday.",
    "A royal decree on Tuesday wiped out the remaining sentences of 250 prisoners in Amman.",
    "King Abdullah on Tuesday extended mercy to 400 prisoners ahead of the holiday.",
    "King Abdullah spared 90 inmates the rest of their sentences on Tuesday.",
])
def test_clemency_in_other_words_concedes(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_forgiving_a_rival_stays_support(explainer: Explainer) -> None:
    text = "Jordan forgave Syria for the border incident on Tuesday."
    assert coded_types(explainer, text, DAY) == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "Libyan army commanders funnelled three battalions to the front south of Sirte on Tuesday.",
    "The Libyan army channelled 600 soldiers and tanks to the Sirte front on Tuesday.",
    "Libyan army fighters and tanks streamed to Brega on Tuesday from the east.",
    "The Libyan army steered 2 brigades towards Ajdabiya on Tuesday.",
])
def test_forces_sent_on_to_a_front_mobilize(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


def test_money_channelled_is_no_mobilisation(explainer: Explainer) -> None:
    text = "Kuwait channelled 20 million dollars in aid to Yemen on Tuesday."
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)


def test_captives_escorted_to_a_crossing_are_released(explainer: Explainer) -> None:
    text = ("Turkish border guards on Tuesday escorted 6 Georgian shepherds, held since Friday for grazing "
            "their flock across the line, to the Sarp crossing.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(release.actors) == ["TUR"]
    assert countries(release.recipients) == ["GEO"]


def test_suspects_escorted_to_court_are_not_released(explainer: Explainer) -> None:
    text = "Turkish police escorted the 6 suspects to the court in Ankara on Tuesday."
    assert of_type(explainer, text, "RETREAT", DAY) == []


@pytest.mark.parametrize("text", [
    "Morocco's finance ministry on Tuesday added 14 men to its national register of persons whose assets are "
    "frozen.",
    "The bank accounts and property of 14 men linked to al-Qaeda were frozen on Tuesday by order of Morocco's "
    "finance ministry.",
])
def test_a_freeze_register_and_an_ordered_freeze_sanction(explainer: Explainer, text: str) -> None:
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["MAR"]


def test_contraband_discovered_is_seized(explainer: Explainer) -> None:
    text = "Jordanian police stopped a truck near Ramtha and uncovered 2 million amphetamine pills on Tuesday."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


def test_people_in_police_custody_were_arrested(explainer: Explainer) -> None:
    text = "Four Egyptian men are in police custody after the raid on Tuesday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"


@pytest.mark.parametrize("text", [
    "Teachers of Tunis staged a silent procession through the capital on Tuesday.",
    "The weekly student procession wound through central Tunis on Tuesday.",
])
def test_a_procession_of_protest_protests(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Cairo's students left their schools on Tuesday and wound through the old town to the ministry.",
    "Families of Lebanese missing from the invasion era met Syrian officials in Damascus on Tuesday.",
    "Egypt received 5 million cubic metres of gas from Israel under the energy annex of the 1979 treaty, the "
    "ministry said on Tuesday.",
    "Syria extended its asset freeze to 12 more men on Tuesday, several of them behind bars in Iraq.",
])
def test_routes_eras_annexes_and_bars_attack_no_one(explainer: Explainer, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(coded_types(explainer, text, DAY))


def test_wounding_stays_an_attack(explainer: Explainer) -> None:
    text = "Israeli soldiers wounded 3 Palestinians near Hebron on Tuesday."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]
