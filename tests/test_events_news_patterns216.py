"""What a sentence says of a place is no act of the day: an event noun in an apposition on a
place ("Palmyra, a springboard for the Deir ez-Zor offensive") and a participle set off by a
comma after a place ("Sinjar, recaptured in November") describe the place, background to the
news; an accord or a truce cited after a wrong done to it ("in violation of the 2020
ceasefire") is a yardstick, no accord made nor truce declared. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2017-03-14"


@pytest.mark.parametrize("text", [
    "Syrian army units moved tanks and howitzers on Monday to Palmyra, a springboard for the Deir ez-Zor "
    "offensive, a military source said.",
    "Syrian army units moved tanks and howitzers on Monday to Palmyra, the target of an Islamic State "
    "assault, a military source said.",
])
def test_an_event_noun_describing_a_place_in_an_apposition_is_background(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_an_apposition_with_a_day_of_its_own_tells_news(explainer: Explainer) -> None:
    # the control: the assault is dated in the apposition, so it is told as news of its own
    text = ("Syrian army units moved tanks and howitzers on Monday to Palmyra, the target of an Islamic "
            "State assault on Sunday, a military source said.")
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_a_participle_after_a_place_and_a_comma_describes_the_place(explainer: Explainer) -> None:
    text = ("Peshmerga units moved armour and artillery on Tuesday to Sinjar, recaptured in November, a Kurdish "
            "commander said.")
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_a_verb_with_its_own_object_after_a_place_and_a_comma_is_an_act(explainer: Explainer) -> None:
    # the control: "seized weapons" takes an object, a verb of the rebels' own, no description of the town
    text = "Rebels overran Jisr al-Shughur on Monday, seized weapons from its police station and withdrew."
    assert of_type(explainer, text, "COERCE", DAY)


@pytest.mark.parametrize("text", [
    "Azerbaijani troops shelled Armenian border villages on Monday in violation of the 2020 ceasefire, "
    "Yerevan said.",
    "Azerbaijani troops shelled Armenian border villages on Monday in breach of the Moscow-brokered "
    "ceasefire accord, Yerevan said.",
])
def test_an_accord_cited_after_a_wrong_done_to_it_is_no_event(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]


def test_a_ceasefire_declared_is_still_a_truce(explainer: Explainer) -> None:
    # the control: no wrong names the truce, which the parties declare that day
    assert of_type(explainer, "Armenia and Azerbaijan declared a ceasefire in Nagorno-Karabakh on Monday.",
                   "RETREAT", DAY)
