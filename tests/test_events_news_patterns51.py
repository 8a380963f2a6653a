"""Event structure in the PLOVER world, third round (issue #4): the place a named party acts on
stands for its country as the target of a curfew, a threat or an inspection, and a descriptive
head before a place name ("the Moslem enclave of Gorazde") leaves the place the verb's object."""

from __future__ import annotations

from functools import partial

import pytest

from lapwing.explain import Explainer

import event_helpers
from event_helpers import known_countries as countries

DAY = "2024-03-05"

of_type = partial(event_helpers.of_type, date=DAY)


# ----- a place acted on by a named party is the target


def test_a_curfew_imposed_in_a_city_targets_its_country(explainer: Explainer) -> None:
    (curfew,) = of_type(explainer, "Iraqi troops imposed a curfew in the northern city of Mosul.", "COERCE")
    assert countries(curfew.recipients) == ["IRQ"]


def test_a_threat_to_cut_power_to_a_region_targets_its_country(explainer: Explainer) -> None:
    text = "Moscow threatened on Monday to cut off gas supplies to the autonomous republic of Nakhichevan."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["RUS"]
    assert countries(threat.recipients) == ["AZE"]


def test_inspectors_sent_to_a_plant_target_the_country_it_lies_in(explainer: Explainer) -> None:
    text = "The IAEA dispatched inspectors to a nuclear plant in central Iran on Tuesday."
    (inspection,) = of_type(explainer, text, "ACCUSE")
    assert inspection.mode == "investigate"
    assert countries(inspection.recipients) == ["IRN"]


# ----- a descriptive head before the place struck


@pytest.mark.parametrize("head", ["the Moslem enclave of", "the eastern town of", "the besieged city of"])
def test_the_place_after_a_descriptive_head_is_the_object_struck(explainer: Explainer, head: str) -> None:
    (attack,) = of_type(explainer, f"Serb artillery shelled {head} Gorazde on Tuesday.", "ASSAULT")
    assert countries(attack.recipients) == ["BIH"]


def test_an_arrest_in_a_city_acts_on_people_not_the_place(explainer: Explainer) -> None:
    text = "Israeli forces detained five young men in the city of Qalqilya on Tuesday."
    (arrest,) = of_type(explainer, text, "COERCE")
    # the men, of the place they were held in (session 53: people counted after the verb are parties)
    assert [(r.text, r.country) for r in arrest.recipients] == [("men", "PSE")]
