"""Event structure (events.py): a place that "came under" an attack is its target and scene,
and a later clause ascribing "the barrage" to a party names the attacker; a same-type act
the text gives another day is background, not merged into the news; an "after" clause
following a reaction to what was told ("calling it a crackdown after ...") is background;
a participle clause spelling out a measure by the same actor ("..., barring Americans from
dealings with them") is part of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-06"  # a Thursday


@pytest.mark.parametrize("text, country, town", [
    ("KYIV – Kharkiv, the second city of Ukraine, came under heavy shelling on Thursday.", "UKR", "Kharkiv"),
    ("Taiz came under heavy bombardment on Thursday, medics said.", "YEM", "Taiz"),
])
def test_a_place_that_came_under_attack_is_its_target_and_scene(explainer: Explainer, text: str,
                                                                country: str, town: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.recipients) == [country]
    assert attack.location is not None and attack.location.name == town


def test_a_place_after_a_preposition_is_no_subject_struck(explainer: Explainer) -> None:
    # the place is only where it happened: with no party named, nothing is coded
    assert of_type(explainer, "In Kharkiv, the shops came under heavy shelling on Thursday.", "ASSAULT", DAY) == []


def test_the_party_a_later_clause_ascribes_the_barrage_to_attacked(explainer: Explainer) -> None:
    text = ("Hodeidah came under heavy bombardment on Thursday, with the Yemeni army attributing the barrage "
            "to the Houthis.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.recipients) == ["YEM"] and [a.actor_id for a in attack.actors] == ["houthis"]
    # only an attack noun is ascribed: "the shortages" name no attacker
    text = "Hodeidah came under heavy bombardment on Thursday, with officials blaming the shortages on the Houthis."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.actors == []


def test_a_same_type_act_of_another_day_is_not_merged(explainer: Explainer) -> None:
    text = ("Police at Basra port seized 300 kilograms of hashish this morning and arrested three clearing agents, "
            "the ports authority said, as officials hailed Wednesday's capture of an Islamic State commander.")
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert seizure.trigger.text == "seized" and [r.text for r in seizure.recipients] == ["agents"]


def test_an_after_clause_following_a_judgement_of_the_news_is_background(explainer: Explainer) -> None:
    text = ("Turkish police detained 20 people in Diyarbakir on Thursday, lawyers said on Friday, describing it "
            "as collective punishment after a bombing near Batman earlier this week wounded three soldiers.")
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    assert len(of_type(explainer, text, "COERCE", DAY)) == 1


@pytest.mark.parametrize("text", [
    "The Treasury on Thursday blocked the holdings of four Lebanese exchange dealers, barring U.S. citizens "
    "from doing business with them.",
    "The U.S. Treasury Department on Thursday blocked the holdings of four Lebanese exchange dealers, barring "
    "U.S. citizens from doing business with them.",
    "The European Union on Thursday sanctioned four Lebanese money changers, freezing any assets they hold "
    "in Europe.",
])
def test_a_participle_spelling_out_a_measure_is_part_of_it(explainer: Explainer, text: str) -> None:
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.recipients) == ["LBN"]


def test_a_country_word_before_from_names_who_is_barred_not_the_goods(explainer: Explainer) -> None:
    text = "The U.S. Treasury on Thursday barred Egyptian firms from doing business with two Iranian banks."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.recipients) == ["IRN"]
    # the goods' own country word still names whose trade is hit
    (ban,) = of_type(explainer, "The government imposed a ban on Turkish steel imports on Thursday.", "SANCTION", DAY)
    assert countries(ban.recipients) == ["TUR"]
