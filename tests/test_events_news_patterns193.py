"""A verb of speaking in a manner ("thundered", "roared") reports what follows its colon or
"that" when a person speaks; "artillery thundered" reports nothing. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2019-03-12"


def test_a_leader_thundering_before_a_colon_makes_the_threat(explainer: Explainer) -> None:
    text = ("Iraq's Mustafa al-Kadhimi thundered at a rally in Basra on Sunday: the gangs would meet the full might "
            "of his security forces unless they gave up their guns.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["IRQ"]
    assert threat.attribution is not None and threat.attribution.cue == "thundered"


def test_a_leader_roaring_that_makes_the_threat(explainer: Explainer) -> None:
    text = "Chad's Idriss Deby roared on Sunday that his army would storm the rebel camps unless the rebels gave up."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["TCD"]


def test_thundering_guns_speak_for_no_one(explainer: Explainer) -> None:
    text = ("Artillery thundered across the valley near Abeche on Monday: the rebels would meet the full might of "
            "the army unless they surrendered.")
    events = of_type(explainer, text, "THREATEN", DAY)
    assert not any(e.attribution is not None and e.attribution.cue == "thundered" for e in events)
