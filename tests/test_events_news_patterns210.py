"""Relief goods a party receives are aid received, though no word of giving names it; a word
that only ends the goods' phrase stays one. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2014-02-13"


def test_goods_received_are_aid_from_their_country(explainer: Explainer) -> None:
    text = "Uprooted Iraqis at the Zakho camp received 12 lorries of Jordanian flour, tents and winter supplies."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.trigger.text == "flour"
    assert [a.country for a in aid.actors] == ["JOR"]


def test_goods_received_from_a_giver(explainer: Explainer) -> None:
    text = "Homeless villagers in Nepal received blankets from India on Sunday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.country for a in aid.actors] == ["IND"]
    assert not any(r.country == "IND" for r in aid.recipients)


def test_treatment_received_is_no_aid(explainer: Explainer) -> None:
    # the control: "medical" opens a phrase of no goods ("medical treatment")
    assert not of_type(explainer, "Injured fishermen received medical treatment in Mombasa on Sunday.", "AID", DAY)


def test_goods_bought_are_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "Bakeries in Cairo bought flour at higher prices on Sunday.", "AID", DAY)
