"""Relief named as "foodstuffs" is a relief load; a party's "charge that" another did wrong is
its accusation, as a noun, but a charge nobody is named as making is none. Sentences written
for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2011-05-18"


def test_foodstuffs_shipped_are_aid(explainer: Explainer) -> None:
    text = "The Turkish Red Crescent shipped foodstuffs to Idlib on Sunday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.trigger.text == "shipped"
    assert any(a.country == "TUR" for a in aid.actors)


def test_a_decision_to_ship_foodstuffs_is_aid(explainer: Explainer) -> None:
    text = "Kuwait's decision to ship 2,000 tonnes of foodstuffs to Gaza was praised by the United Nations on Sunday."
    aids = of_type(explainer, text, "AID", DAY)
    assert [a.country for e in aids for a in e.actors] == ["KWT"]


def test_other_goods_shipped_stay_no_aid(explainer: Explainer) -> None:
    # the control: a cargo that is no relief good makes no aid event of "shipped"
    assert not of_type(explainer, "The Turkish Red Crescent shipped sugar to Idlib on Sunday.", "AID", DAY)


def test_foodstuffs_bought_are_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "Prices of foodstuffs rose in Cairo on Sunday.", "AID", DAY)


def test_a_partys_charge_that_is_its_accusation(explainer: Explainer) -> None:
    text = "The Iraqi ministry's charge that Turkey is draining the Euphrates was issued on Sunday."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert accusation.trigger.text.lower().startswith("charge")
    assert [r.country for r in accusation.recipients] == ["TUR"]


def test_a_charge_that_repeated_by_its_maker(explainer: Explainer) -> None:
    text = "Jordan's charge that Israel had blocked the water flow was repeated on Sunday in a statement."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [a.country for a in accusation.actors] == ["JOR"]


def test_a_charge_that_dismissed_is_the_rejection_only(explainer: Explainer) -> None:
    text = "Ankara dismissed on Sunday the charge that Turkey is draining the Euphrates."
    assert [e.type for e in code(explainer, text, DAY)] == ["REJECT"]


def test_in_charge_that_night_is_no_accusation(explainer: Explainer) -> None:
    assert not of_type(explainer, "The officer in charge that night was suspended on Sunday.", "ACCUSE", DAY)
