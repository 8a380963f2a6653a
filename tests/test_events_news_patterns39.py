"""Event words of news English, round 39: a probe of single wire sentences loaded with
secondary event words, one event each. What talks, meetings, discussions and consultations
are about is their topic; what a party cites, fears, offers, has a right to, makes efforts
for, deters, punishes a state for, or what an accord provides for, is no act of the day;
neither is what displaced people, the purpose of a deployment, or a crime "fought" by
policing. Also wordings the lexicon lacked (the internet shut down, coordinated patrols, a
single diplomat expelled, highways blocked, an embassy evacuated, shelter provided).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-03-06"  # a Wednesday


@pytest.mark.parametrize("text,wrong", [
    # the topic of talks, discussions, consultations and meetings
    ("Qatar's emir hosted Egypt's president in Doha on Monday for talks on the release of Israeli "
     "hostages.", "RETREAT"),
    ("Jordanian and Iraqi ministers held consultations on Monday on Israeli strikes on Syria.", "ASSAULT"),
    ("The envoy flew to Riyadh on Monday for discussions on sanctions against Iran with Saudi officials.", "SANCTION"),
    # a reason cited, a fear, a charge, an offer, a right, an effort, a basis
    ("Kuwait closed its airspace on Monday, citing threats from Iranian drones.", "THREATEN"),
    ("Jordan raised its alert level on Monday amid fears of an Israeli offensive in the West Bank.", "ASSAULT"),
    ("Egypt handed a smuggler to Libya on Monday to face charges of murder and kidnapping.", "ASSAULT"),
    ("Eritrea turned down on Monday Sudan's offer of fuel aid.", "AID"),
    ("Iran defended on Monday Iraq's right to expel foreign troops from its soil.", "COERCE"),
    ("Oman praised Yemen on Monday for its efforts to prevent attacks on shipping.", "COERCE"),
    ("Algeria endorsed a UN plan on Monday as the basis for talks with Morocco.", "CONSULT"),
    # deterring, punishing, providing for
    ("Britain sent a destroyer to the eastern Mediterranean on Monday to deter attacks on Israel.", "ASSAULT"),
    ("Japan banned imports of Russian timber on Monday to punish Moscow for the invasion of Ukraine.", "ASSAULT"),
    ("The accord provides for the withdrawal of Turkish troops from Libya.", "RETREAT"),
    # a cause of displacement
    ("Turkey gave tents on Monday to families displaced by fighting in northern Syria.", "ASSAULT"),
    # the purpose of a deployment
    ("Egypt deployed troops to Somalia on Monday to help fight al-Shabaab.", "ASSAULT"),
    # a crime fought by policing
    ("Kenya and Tanzania began naval patrols on Monday to fight piracy off the coast.", "ASSAULT"),
])
def test_secondary_word_codes_no_event_of_that_type(explainer: Explainer, text: str, wrong: str) -> None:
    assert not of_type(explainer, text, wrong, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


CASES = [
    ("COERCE", "Iraq shut down the internet across Kurdistan on Monday during school exams."),
    ("COOPERATE", "Egypt and Sudan began coordinated patrols along the Nile on Monday."),
    ("SANCTION", "Bahrain expelled an Iranian diplomat on Monday over a spy ring."),
    ("PROTEST", "Truckers blocked highways around Amman on Monday over fuel prices."),
    ("RETREAT", "Italy evacuated its embassy in Tripoli on Monday."),
    ("AID", "Qatar provided shelter to 2,000 families in Gaza on Monday."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_news_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_a_diplomat_expelled_is_a_sanction_on_his_state(explainer: Explainer) -> None:
    events = code(explainer, "Morocco expelled a Dutch diplomat on Monday over spying.", DAY)
    assert [e.type for e in events] == ["SANCTION"]
    assert countries(events[0].actors) == ["MAR"] and "NLD" in countries(events[0].recipients)
