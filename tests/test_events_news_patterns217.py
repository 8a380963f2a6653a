"""Acts that are not what they seem: what an exercise rehearses ("held a joint drill,
storming a hijacked freighter", "stormed a mock hijacked airliner") is done to no one; kin
welcoming their own people home ("their relatives welcomed the men at the airport") back no
party; and the bare form after an indefinite article and its modifiers heads a compound noun
("an evacuation order", "a release order signed by the king"), never a verb of ordering.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2017-03-14"


def test_acts_spelling_out_a_drill_are_rehearsed(explainer: Explainer) -> None:
    text = ("Egyptian and Saudi warships held a joint drill in the Red Sea on Monday, storming a hijacked "
            "freighter and freeing its crew.")
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]


def test_acts_spelling_out_a_war_game_are_rehearsed(explainer: Explainer) -> None:
    text = ("Greek and Cypriot commandos took part in a counter-terrorism war game off Crete on Wednesday, "
            "boarding a suspect freighter and detaining its crew.")
    assert not of_type(explainer, text, "COERCE", DAY)


def test_an_act_done_to_a_mock_target_is_rehearsed(explainer: Explainer) -> None:
    assert not code(explainer, "Indian commandos stormed a mock hijacked airliner at Delhi airport on Tuesday.", DAY)


def test_an_act_with_its_own_verb_during_a_drill_took_place(explainer: Explainer) -> None:
    # the control: the shell that hit the boat did so, drill or not
    text = "During a naval drill off Aden on Monday, a stray shell hit a fishing boat, killing two fishermen."
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_a_real_seizure_is_kept(explainer: Explainer) -> None:
    assert of_type(explainer, "The navy seized a smuggling boat off Aden on Monday.", "COERCE", DAY)


@pytest.mark.parametrize("text", [
    "Seven Indian sailors held by Somali pirates were freed on Friday, and their relatives welcomed the "
    "men at Mumbai airport on Sunday.",
    "Three Filipino sailors freed by pirates flew home on Monday, and relatives of the crew welcomed them "
    "at Manila airport.",
])
def test_kin_welcoming_their_own_people_back_no_party(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "SUPPORT", DAY)


def test_kin_welcoming_a_verdict_back_it(explainer: Explainer) -> None:
    # the control: what kin welcome is a step, not people come home
    assert of_type(explainer, "Families of the victims welcomed the verdict on Monday.", "SUPPORT", DAY)


@pytest.mark.parametrize("text", [
    "Police enforced an evacuation order in the flooded valley near Kandy on Monday.",
    "Under a release order signed by King Mohammed VI on Friday, 400 inmates left Moroccan jails.",
    "A Kenyan judge issued a gag order on the case on Monday.",
])
def test_an_order_heading_a_compound_noun_asks_nothing(explainer: Explainer, text: str) -> None:
    events = code(explainer, text, DAY)
    assert not [e for e in events if e.type in {"REQUEST", "SUPPORT"}]


def test_a_modal_before_the_bare_form_keeps_the_verb(explainer: Explainer) -> None:
    # the control: "could order" is a verb, and the release ordered its content
    assert of_type(explainer, "A court in Nairobi could order the release of the activists on Monday.", "RETREAT", DAY)


def test_a_past_like_its_bare_form_after_an_indefinite_subject_is_a_verb(explainer: Explainer) -> None:
    # the control: "a stray missile hit": "hit" is a past, no compound head
    text = "A stray missile hit a village near Kharkiv on Monday."
    assert of_type(explainer, text, "ASSAULT", DAY)
