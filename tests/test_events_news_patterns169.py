"""Follow-up reports that name the original act with a day of its own beside the reaction's
day: the act a condemnation judges, the detention of people a plea wants freed, the shipment
a thanks is for took place on their own day, and are coded beside the reaction, by their own
parties; talks called for on a later day stay the call's content. Sentences written for these
tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "1998-03-20"  # a Friday


def test_a_condemned_attack_of_its_own_earlier_day_is_coded(explainer: Explainer) -> None:
    text = ("The Arab League condemned on Friday the deadly attack on a bus station in Mogadishu on Wednesday "
            "and called for an inquiry.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.date.value == "1998-03-18"
    assert not any("League" in (a.text or "") for a in attack.actors + attack.recipients)


def test_a_condemned_attack_with_one_day_stays_the_content(explainer: Explainer) -> None:
    text = "The Arab League condemned the deadly attack on a bus station in Mogadishu on Wednesday."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_people_rounded_up_on_an_earlier_day_were_detained(explainer: Explainer) -> None:
    text = ("Human Rights Watch on Thursday urged Eritrea to free the 14 opposition activists rounded up by police "
            "in Asmara on Monday, saying they faced abuse.")
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.date.value == "1998-03-16"
    assert not any("Human Rights" in (a.text or "") for a in arrest.actors)


def test_a_shipment_thanked_for_arrived_on_its_own_day(explainer: Explainer) -> None:
    text = ("The governor of Gao thanked Algeria on Friday for the food shipment that arrived in Gao on Tuesday, "
            "as volunteers began handing out rice.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.date.value == "1998-03-17"


def test_talks_called_for_on_another_day_stay_the_call(explainer: Explainer) -> None:
    text = ("The opposition alliance called on Monday for talks with the ruling party in Lusaka on Friday, "
            "its leader told reporters.")
    assert "CONSULT" not in coded_types(explainer, text, DAY)
