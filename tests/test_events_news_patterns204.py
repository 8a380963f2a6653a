"""Acts of the CAMEO codes in the wire's less common words: a fast begun in protest, roadblocks
erected, protesters chained to gates, a sit-in called off, a curfew rescinded, a demand granted,
an embargo suspended, aid slashed or curtailed, diplomats "ordered out", a mediation abandoned,
a veto wielded, demonstrators clubbed, a bomb "set off", an official rung, a deployment scaled
down, riot police drafted in, and the measures a warning holds over a party's own people.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "1997-06-10"

#: (text, type, the role checked, its countries, a type the sentence must not also give)
PARTIES = [
    ("A Zambian opposition MP launched a fast outside the electoral commission on Monday.",
     "PROTEST", "actors", ["ZMB"], None),
    ("The Peruvian government on Friday granted the miners' demands for higher pay.",
     "CONCEDE", "actors", ["PER"], "REQUEST"),
    ("The United Nations on Monday suspended its arms embargo on Liberia.",
     "RETREAT", "recipients", ["LBR"], "SANCTION"),
    ("Canada on Tuesday slashed its aid to Indonesia over the crackdown in Aceh.",
     "SANCTION", "recipients", ["IDN"], "AID"),
    ("Norway on Monday curtailed its assistance to Nicaragua.", "SANCTION", "recipients", ["NIC"], None),
    ("The IMF froze loan disbursements to Kenya on Thursday.", "SANCTION", "recipients", ["KEN"], None),
    ("Britain on Friday ordered out three Iraqi diplomats.", "SANCTION", "recipients", ["IRQ"], "REQUEST"),
    ("China on Tuesday wielded its veto against a Security Council draft on Guatemala.",
     "REJECT", "actors", ["CHN"], None),
    ("Nigerian police clubbed student protesters in Ibadan on Wednesday.", "ASSAULT", "actors", ["NGA"], None),
    ("German Chancellor Helmut Kohl rang Russian President Boris Yeltsin on Friday.",
     "CONSULT", "actors", ["DEU", "RUS"], None),
    ("The Egyptian interior ministry drafted 3,000 riot police into Cairo on Sunday.",
     "MOBILIZE", "actors", ["EGY"], None),
]

#: (text, the one type the sentence gives)
ONLY_TYPE = [
    ("Bolivian teachers called off their sit-in outside the education ministry on Friday.", "CONCEDE"),
    ("Authorities in Colombo on Sunday rescinded the overnight curfew in Jaffna.", "CONCEDE"),
    ("The Arab League on Thursday abandoned its mediation between Sudan and Chad.", "SANCTION"),
    ("Pakistan on Wednesday scaled back its military deployment along the Afghan border.", "RETREAT"),
]

#: (text, a type the sentence gives)
FOUND = [
    ("Tibetan exiles began a three-day fast in New Delhi on Friday.", "PROTEST"),
    ("Greenpeace activists chained themselves to the gates of the French embassy in Wellington on Monday.",
     "PROTEST"),
    ("Basque separatists set off a car bomb outside a police barracks in Bilbao on Monday.", "ASSAULT"),
    ("The Kenyan government warned it would sack striking doctors who did not return to work.", "THREATEN"),
    ("The Zambian information ministry warned private radio stations they faced closure.", "THREATEN"),
]

#: sentences with the same words in another sense: no event
NO_EVENT = [
    "Tourists went clubbing in Ibiza on Saturday.",
    "Alarm bells rang in Washington on Friday after the vote.",
    "The committee drafted a resolution on Iraq on Monday.",
]


@pytest.mark.parametrize(("text", "type_", "role", "countries", "not_type"), PARTIES)
def test_the_act_and_its_party(explainer: Explainer, text: str, type_: str, role: str, countries: list[str],
                               not_type: str | None) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert [p.country for p in getattr(event, role)] == countries
    assert not_type is None or not of_type(explainer, text, not_type, DAY)


@pytest.mark.parametrize(("text", "type_"), ONLY_TYPE)
def test_the_only_act(explainer: Explainer, text: str, type_: str) -> None:
    assert [e.type for e in code(explainer, text, DAY)] == [type_]


@pytest.mark.parametrize(("text", "type_"), FOUND)
def test_the_act_found(explainer: Explainer, text: str, type_: str) -> None:
    assert of_type(explainer, text, type_, DAY)


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_act_in_another_sense(explainer: Explainer, text: str) -> None:
    assert not code(explainer, text, DAY)


def test_roadblocks_erected_by_a_crowd_obstruct(explainer: Explainer) -> None:
    text = "Striking dockers erected roadblocks outside Lagos port on Tuesday to demand back pay."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.trigger.text.lower().startswith("erected")
