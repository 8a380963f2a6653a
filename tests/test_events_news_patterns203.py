"""A party under "any" before a threat whose trigger opens with its modal ("would bring down on")
names the condition, and the speaker threatens; a party named in a tie aside ("X, loyal to Y,
moved") is only whom the subject is tied to; the preposition after a gapped key ("laid X at the
door of Y") names its party however long X is. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2016-05-09"


def test_any_party_before_a_modal_trigger_is_threatened(explainer: Explainer) -> None:
    text = ("Saudi Defence Minister Khalid bin Salman said on Monday any Houthi drone campaign against Riyadh "
            "would bring down on Yemen a crushing response.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["SAU"]
    assert [r.country for r in threat.recipients] == ["YEM", "YEM"]
    assert threat.recipients[0].actor_id == "houthis"


def test_a_party_threatening_with_a_modal_trigger_acts(explainer: Explainer) -> None:
    # the control: no "any", so the subject itself threatens
    text = "Hezbollah would bring down on Israel a storm of rockets, its leader said on Monday."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.actor_id for a in threat.actors] == ["hezbollah"]
    assert [r.country for r in threat.recipients] == ["ISR"]


def test_a_party_named_in_a_tie_aside_is_whom_the_subject_is_loyal_to(explainer: Explainer) -> None:
    text = "The Zintan Brigades, loyal to the Government of National Accord, moved tanks to Gharyan on Monday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert [a.text for a in move.actors] == ["Zintan Brigades"]


def test_a_party_after_a_tie_word_with_no_party_before_acts(explainer: Explainer) -> None:
    # the control: the unnamed gunmen are the group they are loyal to
    (attack,) = of_type(explainer, "Gunmen loyal to the Islamic State fired on a checkpoint on Monday.", "ASSAULT", DAY)
    assert attack.actors[0].country == "IMG"


def test_the_preposition_after_a_gapped_key_names_the_blamed(explainer: Explainer) -> None:
    text = "Turkey's interior ministry laid the bombing of the central bus station at the door of the PKK on Monday."
    (blame,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [r.actor_id for r in blame.recipients] == ["pkk"]
