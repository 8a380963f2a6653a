"""Roles: the "by" a trigger's key ends in heads its object, not a passive's agent; the subject
of a stay "for talks with Y" holds the talks; a country word heading given goods names their
giver; a participant noun takes the KB's sector of the public, so the event's place gives it a
country; a party modifying the noun after "according to" is that body's. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-13"  # a Thursday


@pytest.mark.parametrize("text", [
    "Hungary stood firmly by Poland in the row over farm subsidies on Thursday.",
    "Hungary has always stood by Poland, its prime minister said on Thursday.",
])
def test_the_by_of_stand_by_heads_the_object(explainer: Explainer, text: str) -> None:
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(backing.actors) == ["HUN"]
    assert countries(backing.recipients) == ["POL"]


def test_a_passive_by_still_names_the_agent(explainer: Explainer) -> None:
    text = "Poland was backed by Hungary in the row over farm subsidies on Thursday."
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(backing.actors) == ["HUN"]


@pytest.mark.parametrize("text", [
    "Uganda's foreign minister was in Kigali on Thursday for consultations with Rwandan officials.",
    "Uganda's foreign minister was in Kigali, Rwanda, for talks with Rwandan officials on Thursday.",
])
def test_the_subject_of_a_stay_for_talks_holds_them(explainer: Explainer, text: str) -> None:
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors + talks.recipients)) == ["RWA", "UGA"]


@pytest.mark.parametrize("text", [
    "A shipment of Kazakh wheat was donated to Kyrgyzstan on Thursday.",
    "Kazakh wheat was donated to Kyrgyzstan on Thursday.",
])
def test_a_country_word_heading_given_goods_is_the_giver(explainer: Explainer, text: str) -> None:
    (gift,) = of_type(explainer, text, "AID", DAY)
    assert countries(gift.actors) == ["KAZ"]
    assert countries(gift.recipients) == ["KGZ"]


def test_the_by_agent_of_given_goods_still_gives(explainer: Explainer) -> None:
    text = "Kazakh wheat was donated to Kyrgyzstan by Astana on Thursday."
    (gift,) = of_type(explainer, text, "AID", DAY)
    assert countries(gift.actors) == ["KAZ"]
    assert countries(gift.recipients) == ["KGZ"]


@pytest.mark.parametrize("text", [
    "Kurdish activists marched in Diyarbakir on Thursday.",
    "Activists marched through central Diyarbakir on Thursday.",
])
def test_activists_take_the_country_of_where_they_march(explainer: Explainer, text: str) -> None:
    (march,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(march.actors) == ["TUR"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chadian troops shelled two villages near Abeche, according to a UN panel of experts.", "UN panel"),
    ("Chadian troops shelled two villages near Abeche, said the UN envoy yesterday.", "UN envoy"),
    ("Chadian troops shelled two villages near Abeche, according to UN data released on Thursday.", "UN data"),
])
def test_a_body_named_by_its_parent_speaks(explainer: Explainer, text: str, speaker: str) -> None:
    (shelling,) = of_type(explainer, text, "ASSAULT", DAY)
    assert shelling.attribution is not None and shelling.attribution.speaker is not None
    assert shelling.attribution.speaker.text == speaker
    assert shelling.attribution.speaker.country == "UNO"
