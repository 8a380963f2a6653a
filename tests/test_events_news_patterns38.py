"""Event words of news English, round 38: wordings of a third probe, multi-sentence wire items,
that the lexicon lacked (messages "traded" through mediators, a leader "closeted with" envoys,
a government that "backpedalled", names "struck off" a list, "put out a call for", a long-named
attack "laid at the door of" a state, "no part in" a plan, teachers who "stayed away from
classrooms", depositors who "stormed" a bank, penalties "targeted" at a long-named network, a
"travel ban" put on people, visas no longer issued, carriers "redirected", boats "positioned",
a daily "shuttered", payment systems "linked", a "joint operations centre", relief trucks that
"rolled into" a town, threats to "open the gates of hell", forces that "cleared out of" their
bases), and words that look like events and are none ("aid groups said", exports that "hit a
record high", a country that "hosts" refugees, the content of a consent). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-03-06"  # a Wednesday

CASES = [
    # CONSULT: indirect contact; a private meeting
    ("CONSULT", "Saudi and Iranian officials exchanged messages through Iraqi mediators on Monday."),
    ("CONSULT", "Qatar's prime minister was closeted with Hamas negotiators in Doha on Tuesday."),
    # CONCEDE: a climbdown
    ("CONCEDE", "Jordan's government backpedalled on Monday on a planned tax on fuel after a week of anger."),
    # RETREAT: names removed from a list
    ("RETREAT", "Britain struck two Syrian officials off its sanctions list on Monday."),
    # REQUEST: the noun put out
    ("REQUEST", "Sudan's army put out a call on Monday for volunteers to join the defence of Omdurman."),
    # ACCUSE: the blame laid at someone's door, after a long named act
    ("ACCUSE", "Pakistan laid the bombing of a passenger bus on the Quetta highway at the door of "
               "Afghanistan on Monday."),
    # REJECT: no part in
    ("REJECT", "Jordan said on Monday it wanted no part of any plan to move Palestinians to its territory."),
    # PROTEST: a strike by staying away; a crowd of depositors storming a bank
    ("PROTEST", "Doctors in Libya stayed away from work on Monday over unpaid wages, their union said."),
    ("PROTEST", "Angry depositors stormed a bank branch in Sidon on Monday to demand their savings."),
    # SANCTION: penalties on a long-named target; a travel ban put on people; visas stopped
    ("SANCTION", "Washington targeted a web of firms shipping Russian oil to India with new sanctions on Monday."),
    ("SANCTION", "Canada put four Israeli settlers under a travel ban on Monday over attacks on Palestinians."),
    ("SANCTION", "Saudi Arabia stopped issuing tourist visas to Iraqi nationals on Monday."),
    # MOBILIZE: forces redirected; boats positioned
    ("MOBILIZE", "Britain redirected two warships to the eastern Mediterranean on Monday."),
    ("MOBILIZE", "Iran's navy positioned armed boats near the Strait of Hormuz on Monday."),
    # COERCE: a newspaper shuttered
    ("COERCE", "Algerian authorities shuttered the independent daily El Watan on Monday."),
    # COOPERATE: payment systems linked; a joint operations centre
    ("COOPERATE", "Egypt and the UAE linked their payment systems on Monday, the two central banks said."),
    ("COOPERATE", "Iraq and Syria opened a joint operations centre in Baghdad on Monday to fight Islamic State."),
    # AID: relief trucks rolling into a town, sent by a donor
    ("AID", "Jordanian trucks carrying food and medicine rolled into Gaza on Monday."),
    # THREATEN: the gates of hell
    ("THREATEN", "Israel's defence minister vowed on Monday to unleash hell on Hezbollah if rockets kept falling."),
    # RETREAT: forces clearing out of their bases
    ("RETREAT", "Russian troops cleared out of their bases near Kherson on Monday."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_news_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_a_deposit_into_a_central_bank_names_its_receiver(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Qatar deposited $1 billion into Egypt's central bank on Monday.", "AID", DAY)
    assert countries(aid.actors) == ["QAT"] and "EGY" in countries(aid.recipients)


@pytest.mark.parametrize("text,wrong", [
    # who says it is no aid
    ("RSF fighters shelled a market in Omdurman on Monday, killing 20 people, aid groups said.", "AID"),
    # a record reached strikes nothing
    ("Turkey's exports hit a record high in February, the trade ministry said on Monday.", "ASSAULT"),
    # refugees hosted: no visit
    ("Jordan hosts more than 600,000 refugees from Syria, the UN said on Monday.", "CONSULT"),
    ("Lebanon hosts about 1.5 million Syrians, the government said on Monday.", "CONSULT"),
    # what is consented to is the content, no cooperation of its own
    ("Iraq gave its consent on Monday to resuming oil exports through Turkey.", "COOPERATE"),
])
def test_wording_is_not_that_type(explainer: Explainer, text: str, wrong: str) -> None:
    assert not of_type(explainer, text, wrong, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]
