"""Event structure from the opened cluster set 21, second round (issues #4/#5): a day adjunct
after a reporting verb or before a particle parts nothing, forces that move on their own,
two states deciding together, an ultimatum's addressee and its demand, the attacked side of
"any attack on X", a procedure planned in a "where" clause, words described by a participle,
who called a day of rage, a destination place, the object place struck and a toll's victims."""

from __future__ import annotations

from functools import partial

import pytest

from lapwing.explain import Explainer

import event_helpers
from event_helpers import known_countries as countries

DAY = "2026-03-10"

code = partial(event_helpers.code, date=DAY)
of_type = partial(event_helpers.of_type, date=DAY)


# ----- a day adjunct parts nothing


@pytest.mark.parametrize("day", ["today", "yesterday", "on Monday", "last night"])
def test_forces_reported_after_a_day_word_are_the_speakers(explainer: Explainer, day: str) -> None:
    text = f"Sudan's army chief said {day} the armed forces would accept no truce with the militia."
    (refusal,) = of_type(explainer, text, "REJECT")
    assert countries(refusal.actors) == ["SDN"]


@pytest.mark.parametrize("day", ["yesterday", "on Sunday night", "overnight"])
def test_a_day_word_parts_no_verb_from_its_particle(explainer: Explainer, day: str) -> None:
    text = f"Egyptian armoured units headed {day} towards the western desert."
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert countries(move.actors) == ["EGY"]


def test_forces_that_move_with_no_sender_are_the_source(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Army reinforcements headed on Sunday towards the southern border.", "MOBILIZE")
    assert [a.text for a in move.actors] == ["Army reinforcements"]
    # forces moved in the passive are moved by someone else, no source of their own
    text = "Thousands of reservists were called up and sent to the front on Thursday, an officer said."
    assert all(a.text != "reservists" for e in code(explainer, text) for a in e.actors)


def test_moving_forces_in_an_armys_report_are_its_own(explainer: Explainer) -> None:
    text = "Army reinforcements headed on Sunday towards the southern border, the Jordanian army said."
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert countries(move.actors) == ["JOR"]


# ----- two states deciding together


def test_two_states_deciding_to_act_agree(explainer: Explainer) -> None:
    text = "Egypt and Sudan decided on Tuesday to reopen the Argeen crossing and to form a joint committee."
    (deal,) = of_type(explainer, text, "AGREE")
    assert countries(deal.actors) == ["EGY", "SDN"]
    assert not of_type(explainer, text, "RETREAT")
    # one state's decision is no agreement; what it decided to do is its act
    text = "Kenya decided on Monday to deploy 400 police officers to Haiti."
    assert not of_type(explainer, text, "AGREE")
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert countries(move.actors) == ["KEN"]


# ----- ultimatums and threats


def test_the_addressee_of_an_ultimatum_after_a_participle_report_is_its_target(explainer: Explainer) -> None:
    text = ("The Israeli defence minister spoke on Sunday, telling reporters that Hezbollah had until the end "
            "of the month to withdraw north of the Litani or face the consequences.")
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["ISR"]
    assert countries(threat.recipients) == ["LBN"]
    assert not of_type(explainer, text, "RETREAT")
    # a deadline without "or face" demands its infinitive too
    text = ("The minister warned on Sunday that the army would strike if the militia did not halt its "
            "attacks, saying the Lebanese government had until the end of the year to disarm the group.")
    assert not of_type(explainer, text, "RETREAT")


def test_the_side_attacked_in_any_attack_is_not_addressed(explainer: Explainer) -> None:
    text = "Any attack on Iraqi soil would be answered with force, the Iraqi prime minister said."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.recipients) == []
    # a party the subject is tied to ("linked to Iran") is still the one addressed
    text = "A source said on Tuesday that militias linked to Iran are behind the attempts to smuggle weapons."
    (charge,) = of_type(explainer, text, "ACCUSE")
    assert countries(charge.recipients) == ["IRN"]


def test_what_threatening_remarks_would_bring_names_no_target(explainer: Explainer) -> None:
    text = "The Kurdish council said the Iraqi minister's threatening remarks would embolden ISIS cells."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["IRQ"]
    assert threat.recipients == []
    # remarks aimed at a party keep it as the target
    (threat,) = of_type(explainer, "The Iraqi minister made threatening remarks against Kuwait.", "THREATEN")
    assert countries(threat.recipients) == ["KWT"]


# ----- what is planned, called or reached


def test_a_procedure_in_a_where_clause_is_no_threat(explainer: Explainer) -> None:
    text = ("Turkish coast guard boats stopped the yacht off Kas and were escorting it to Antalya, where its "
            "passengers would be questioned and deported, the Turkish foreign ministry said.")
    events = code(explainer, text)
    assert not [e for e in events if e.type == "THREATEN"]
    assert all(e.modality == "intended" for e in events if e.trigger.text == "deported")


def test_who_called_a_day_of_rage_is_no_target(explainer: Explainer) -> None:
    text = ("Ultra-Orthodox men rallied in a day of rage against conscription declared by the Israeli "
            "government.")
    (protest,) = of_type(explainer, text, "PROTEST")
    assert protest.recipients == []
    # after the verb itself the phrase is its grievance, and the one who did the wrong its target
    (protest,) = of_type(explainer, "Hundreds rallied against conscription declared by the Israeli government.",
                         "PROTEST")
    assert countries(protest.recipients) == ["ISR"]


@pytest.mark.parametrize("text", [
    "Russia sent troops to the Russian border region on Monday.",
    "Iraq sent troops to the Syrian border district of Qaim on Monday.",
])
def test_a_destination_place_is_no_target(explainer: Explainer, text: str) -> None:
    # a border at home, or a named place, is where the forces go; a neighbour's border faced
    # ("deployed troops to the Libyan border") names the target (test_events_news_patterns77)
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert move.recipients == []
    # a country forces are sent to, named alone, is the target
    (move,) = of_type(explainer, "Kenya deployed 400 police officers to Haiti on Monday.", "MOBILIZE")
    assert countries(move.recipients) == ["HTI"]


def test_the_place_struck_as_object_is_the_target(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Israeli fighter planes bombed the T4 air base in central Syria overnight.",
                        "ASSAULT")
    assert [r.text for r in attack.recipients] == ["T4 air base"]


def test_the_victims_of_a_toll_are_no_source(explainer: Explainer) -> None:
    text = "A roadside bomb exploded near a bus in Quetta on Monday, leaving four labourers dead and six injured."
    (attack,) = of_type(explainer, text, "ASSAULT")
    assert attack.actors == []
