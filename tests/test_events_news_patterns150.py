"""Event lexicon: wire idioms a fresh probe missed. Soldiers "slain", inmates "granted mercy", a
state that "came out firmly in favour of" a plan, embassy staff expelled (a sanction, not a
deportation), reservists recalled (not remembered), and a trade's own tools downed in a strike
(not an aircraft). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2026-05-10"  # a Sunday


def test_people_slain_are_attacked(explainer: Explainer) -> None:
    text = "Nine Chadian herders were slain near Mongo on Saturday, the regional governor said."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.recipients) == ["TCD"]


def test_the_slain_as_a_modifier_is_no_new_attack(explainer: Explainer) -> None:
    text = "Relatives of the slain herders buried them in Mongo on Sunday."
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_inmates_granted_mercy_by_a_president_are_pardoned(explainer: Explainer) -> None:
    text = "Dozens of prisoners in Kazakhstan were granted mercy by President Kassym-Jomart Tokayev on Friday."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["KAZ"]


@pytest.mark.parametrize("spelling", ["favour", "favor"])
def test_coming_out_firmly_in_favour_is_support(explainer: Explainer, spelling: str) -> None:
    text = f"Kuwait came out firmly in {spelling} of Jordan's plan for a regional water grid on Thursday."
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(backing.actors) == ["KWT"]


@pytest.mark.parametrize("staff", ["three employees of the Belgian embassy", "two Swiss embassy officials"])
def test_embassy_staff_expelled_are_a_sanction(explainer: Explainer, staff: str) -> None:
    text = f"Niger's ruling council expelled {staff} in Niamey on Friday."
    (expulsion,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(expulsion.actors) == ["NER"]
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_people_expelled_from_embassy_grounds_are_no_diplomats(explainer: Explainer) -> None:
    text = "Guards expelled two trespassers from the embassy grounds in Niamey on Friday."
    assert of_type(explainer, text, "SANCTION", DAY) == []


@pytest.mark.parametrize("who", ["several thousand reservists", "army reservists", "reservists"])
def test_reservists_recalled_are_a_call_up(explainer: Explainer, who: str) -> None:
    text = f"Armenia recalled {who} to their barracks on Thursday, the defence ministry said."
    (call_up,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(call_up.actors) == ["ARM"]


def test_recalling_what_reservists_did_is_no_call_up(explainer: Explainer) -> None:
    text = "Armenia's prime minister recalled that reservists had held the Jermuk heights for a week."
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


@pytest.mark.parametrize("tools", ["stethoscopes", "chalk"])
def test_a_trade_downing_its_tools_strikes(explainer: Explainer, tools: str) -> None:
    text = f"Public sector workers in Zinder downed {tools} on Monday over three months of unpaid wages."
    (strike,) = of_type(explainer, text, "PROTEST", DAY)
    assert strike.mode == "strike"
    assert of_type(explainer, text, "ASSAULT", DAY) == []
