"""Reach of structure: a harm foretold in the passive with no doer is its speaker's threat, a
word after "and" that joins a possessed event noun is a noun, and a modal before a noun does
not reach a participle describing that noun. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2021-03-11"


def test_a_harm_foretold_in_the_passive_is_the_speakers_threat(explainer: Explainer) -> None:
    text = ("Rwanda's army spokesman said on Thursday that Burundian rebels camped near Cyangugu would be "
            "driven out by force unless they left the border area.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.actors) == ["RWA"]
    assert threat.modality == "asserted"


def test_the_speakers_own_men_foretold_driven_out_are_no_threat_of_its_own(explainer: Explainer) -> None:
    text = "Hamas said on Thursday its fighters would be driven out of Rafah within days."
    assert not any(e.type == "THREATEN" and known_countries(e.actors) for e in code(explainer, text, DAY))


def test_a_measure_foretold_in_the_passive_is_no_threat(explainer: Explainer) -> None:
    text = ("Oman's interior ministry said on Sunday that the sultan had pardoned 300 prisoners and that "
            "foreigners among them would be deported after their release.")
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_a_noun_after_a_possessed_event_noun_and_and_is_no_verb(explainer: Explainer) -> None:
    # (not after "if": the acts of a condition clause are not coded beside the news since session 48)
    text = ("A Houthi spokesman said on Monday that Saudi airports would be struck as long as the kingdom's air "
            "raids and blockade went on.")
    (siege,) = [e for e in code(explainer, text, DAY) if e.trigger.text == "blockade"]
    assert known_countries(siege.actors) == ["SAU"]


def test_a_modal_does_not_reach_a_participle_describing_a_noun(explainer: Explainer) -> None:
    text = ("Turkish troops massed along the Syrian border on Tuesday, as the Kurdish militia signalled it "
            "will avenge a commander slain in a drone strike near Qamishli last week.")
    assert not [e for e in code(explainer, text, DAY) if e.trigger.text == "slain"]


def test_a_modal_still_reaches_its_own_verb_after_a_possessive_subject(explainer: Explainer) -> None:
    text = ("The Houthi leader said on Sunday his fighters would hit Saudi oil terminals unless the "
            "blockade of Hodeidah was lifted.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text == "hit"


def test_a_participle_describing_a_noun_keeps_no_future_of_the_verb_before(explainer: Explainer) -> None:
    text = "The Kurdish militia said it will honour a commander slain near Qamishli."
    assert not [e for e in code(explainer, text, DAY) if e.type == "THREATEN" and e.trigger.text == "slain"]


def test_defying_after_a_comma_is_the_spirit_of_the_act_before_it(explainer: Explainer) -> None:
    text = ("Thousands of nurses marched on the health ministry in Dhaka on Tuesday, defying a ban on "
            "street protests issued by the police.")
    types = [e.type for e in code(explainer, text, DAY)]
    assert "PROTEST" in types and "REJECT" not in types


def test_a_defiance_that_heads_its_clause_is_still_a_refusal(explainer: Explainer) -> None:
    text = "The Bosnian Serb leadership defied a UN ultimatum on Tuesday and kept its guns around Gorazde."
    assert of_type(explainer, text, "REJECT", DAY)
