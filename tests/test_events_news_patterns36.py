"""Event words of news English, round 36: wordings of a second PLOVER-style probe that the lexicon
lacked (solidarity "reiterated", a party "vouched for", a ban "relaxed", subsidy "cuts"
scrapped, information "pooled", a "bilateral commission" set up, refuge "given", a hospital
"handed over", a "corridor" vacated, a state of emergency "imposed", visa restrictions "slapped
on", reservists "called up", missiles "moved into"), and words that look like events and are
none ("a boarding school", a side that "stormed back", a loan "to support its economy").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-03-06"  # a Wednesday

CASES = [
    # SUPPORT: solidarity restated, a party vouched for
    ("SUPPORT", "Kuwait reaffirmed its solidarity with Jordan on Monday over the water crisis."),
    ("SUPPORT", "Egypt reiterated its full solidarity with Sudan on Tuesday."),
    ("SUPPORT", "France's president vouched for Tunisia's democratic transition in Paris on Friday."),
    # CONCEDE: a ban of one's own eased; cuts scrapped
    ("CONCEDE", "Indonesia relaxed its ban on palm oil exports on Monday after protests by farmers."),
    ("CONCEDE", "Nigeria's government scrapped the planned pension cuts on Friday after a week of strikes."),
    # COOPERATE: information pooled; a bilateral body set up
    ("COOPERATE", "Morocco and Spain are pooling intelligence on smuggling networks, officials said on Monday."),
    ("COOPERATE", "Peru and Chile set up a bilateral commission on Tuesday to manage their fisheries."),
    # AID: refuge given; a facility handed over as a gift
    ("AID", "Uganda has given shelter to thousands of Congolese refugees, the UN said on Monday."),
    ("AID", "Turkish engineers handed over a new hospital to Somalia's health ministry on Monday."),
    # RETREAT: a corridor or zone vacated by forces
    ("RETREAT", "Indian troops vacated the buffer zone near the Chinese border on Monday."),
    # COERCE: a state of emergency imposed
    ("COERCE", "Peru's government imposed a state of emergency in the southern region of Puno on Monday."),
    # SANCTION: visa restrictions slapped on
    ("SANCTION", "The United States slapped visa restrictions on Nicaraguan officials on Friday."),
    # MOBILIZE: reservists called up (passive); missiles moved
    ("MOBILIZE", "Some 20,000 reservists were called up by the Armenian army on Sunday."),
    ("MOBILIZE", "China moved ballistic missiles into Tibet on Monday, Indian officials said."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_news_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_a_hospital_handed_over_has_giver_and_receiver(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Japan handed over a new school to Afghanistan on Monday.", "AID", DAY)
    assert countries(aid.actors) == ["JPN"] and countries(aid.recipients) == ["AFG"]


@pytest.mark.parametrize("text,wrong", [
    # a boarding school is stormed, no ship boarded
    ("Boko Haram fighters stormed a boarding school in Nigeria's Yobe state on Sunday and abducted dozens of boys.",
     "COERCE"),
    # a side's comeback in a match is no assault
    ("Juventus stormed back to beat Napoli 3-2 in Turin on Sunday.", "ASSAULT"),
    # propping up an economy backs no party
    ("The IMF approved a $2 billion loan to Egypt on Monday to support its economy.", "SUPPORT"),
])
def test_wording_is_not_that_type(explainer: Explainer, text: str, wrong: str) -> None:
    assert not of_type(explainer, text, wrong, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]
