"""Event lexicon: tribal elders and people at sea are unnamed participants; captives "set free"
with no releaser named are freed; workers who "lost their permits" were sanctioned; a "food
distribution" is aid; a "relief agency" or "aid workers" name no aid. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2026-03-18"


def test_tribal_elders_strike_a_deal(explainer: Explainer) -> None:
    text = "Zintan and Rujban elders meeting in Gharyan reached an understanding today to reopen the coastal road."
    assert of_type(explainer, text, "AGREE", DAY)


def test_seafarers_set_free_with_no_releaser_named_are_released(explainer: Explainer) -> None:
    text = ("Nine seafarers held by pirates off Eyl for two months were set free yesterday and flown "
            "to Nairobi, the shipping company said.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [r.text.lower() for r in release.recipients] == ["seafarers"]


def test_workers_who_lost_their_permits_were_sanctioned(explainer: Explainer) -> None:
    text = "About 900 labourers from Qalqilya lost their Israeli work permits today after a stabbing at a checkpoint."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert [r.country for r in sanction.actors] == ["ISR"]


def test_a_food_distribution_received_is_aid(explainer: Explainer) -> None:
    text = "Uprooted families in Kadugli received their first food distribution in a month yesterday, camp leaders said."
    assert of_type(explainer, text, "AID", DAY)


def test_a_fuel_distribution_arm_is_no_aid(explainer: Explainer) -> None:
    text = "Prosecutors in Misrata questioned managers of the state oil firm's fuel distribution arm today over smuggling."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_relief_agencies_and_aid_workers_name_no_aid(explainer: Explainer) -> None:
    text = ("The governor accused the militia today of blocking relief agencies' lorries at Kabkabiya "
            "and threatening aid workers.")
    assert "AID" not in coded_types(explainer, text, DAY)
