"""Event triggers, issue #4 (lexicon breadth): the families of news wordings for aid given,
work done together and consultations held, beyond the wordings earlier sets used, and the
senses of the same words that make no such event.

Aid: vaccine doses, doctors, medics and ambulances are relief goods; money given, disbursed
or a loan rolled over is aid; a project financed, salaries paid and food deliveries resumed
aid the place or party named; a fine given or a deficit financed aids no one.
Cooperation: a "joint" operation, production, manhunt or research of two countries' parties,
two countries coordinating a response, co-developing or co-producing a weapon and
synchronising grids; one state's army and police acting jointly cooperate with no one.
Consultation: talking, chatting or lunching with an official, touring a country, dialling a
counterpart, flying or travelling somewhere for talks, an official's trip, playing host;
"met stiff resistance", "met with criticism", "met the attack with force" meet no one."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2024-03-06"

code = partial(event_helpers.code, date=DAY)
_parties = partial(event_helpers.parties, date=DAY)
_types = partial(event_helpers.coded_types, date=DAY)


def test_aid_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("India provided 50,000 doses of vaccine to Sri Lanka on Sunday.", {"IND", "LKA"}),
            ("The European Union disbursed 1.5 billion euros to Ukraine on Friday.", {"UKR"}),
            ("Italy sent doctors and nurses to Albania on Tuesday.", {"ITA", "ALB"}),
            ("Cuba dispatched 2,000 doctors to Venezuela on Wednesday.", {"CUB", "VEN"}),
            ("Egypt sent medics and ambulances to Libya on Tuesday.", {"EGY", "LBY"}),
            ("Qatar paid the salaries of civil servants in Gaza on Friday.", {"QAT"}),
            ("Japan financed a new bridge in Cambodia on Sunday.", {"JPN", "KHM"}),
            ("The World Food Programme resumed food deliveries to Yemen on Monday.", {"YEM"}),
            ("India rolled over a $50 million loan to the Maldives on Friday.", {"IND", "MDV"}),
            ("The United States gave Jordan $1.5 billion in economic assistance on Tuesday.", {"USA", "JOR"})):
        assert parties <= _parties(explainer, text, "AID"), text


def test_aid_false_senses(explainer: Explainer) -> None:
    # money given is aid, a fine given is not; a project financed is aid, a deficit is not
    assert "AID" in _types(explainer, "Kuwait gave Egypt $2 billion on Monday.")
    for text in ("The European Union gave Poland a 1 billion euro fine on Monday.",
                 "Nigeria financed its deficit through bonds on Monday.",
                 "Turkey sent a strong message to Greece on Monday.",
                 "The Indian minister delivered a speech in Paris on Monday.",
                 "France extended its condolences to Morocco on Monday."):
        assert "AID" not in _types(explainer, text), text


def test_cooperation_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("Egypt and Sudan conducted a joint military operation against smugglers on Tuesday.", {"EGY", "SDN"}),
            ("France and Germany began joint production of a new tank on Saturday.", {"FRA", "DEU"}),
            ("South Korea and the United States launched joint research on chips on Sunday.", {"KOR", "USA"}),
            ("Colombia and Ecuador coordinated their response to the floods on Thursday.", {"COL", "ECU"}),
            ("Indonesia and Australia carried out joint air patrols over the Timor Sea on Monday.", {"IDN", "AUS"}),
            ("China and Pakistan launched a joint manhunt for the attackers on Sunday.", {"CHN", "PAK"}),
            ("Turkey and Ukraine co-produced armed drones last year.", {"TUR", "UKR"}),
            ("Germany and France are co-developing a fighter jet.", {"DEU", "FRA"}),
            ("Romania and Moldova synchronised their power grids on Saturday.", {"ROU", "MDA"}),
            ("Peru and Bolivia mounted joint anti-drug operations on Sunday.", {"PER", "BOL"})):
        assert parties <= _parties(explainer, text, "COOPERATE"), text


def test_cooperation_false_senses(explainer: Explainer) -> None:
    # two countries coordinating cooperate; one state's forces coordinating, or acting
    # "jointly", cooperate with no one
    assert "COOPERATE" in _types(explainer, "Chile and Peru coordinated a search for the missing plane on Friday.")
    for text in ("Israeli police and soldiers carried out a joint operation in Jenin on Monday.",
                 "The Egyptian health ministry coordinated the relief effort on Monday.",
                 "Israeli troops and police coordinated the raid on the camp on Monday.",
                 "Israel and Lebanon share a 120-km border.",
                 "Armenia and Azerbaijan exchanged accusations on Monday."):
        assert "COOPERATE" not in _types(explainer, text), text


def test_consultation_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("Egypt's president talked with the king of Jordan on Tuesday.", {"EGY", "JOR"}),
            ("Singapore's prime minister chatted with his Malaysian counterpart on Thursday.", {"SGP", "MYS"}),
            ("The Canadian prime minister had lunch with the Mexican president on Wednesday.", {"CAN", "MEX"}),
            ("The Chinese foreign minister toured Egypt and Algeria on Tuesday.", {"CHN", "EGY"}),
            ("Brazil's president dialled his Argentine counterpart on Sunday.", {"BRA", "ARG"}),
            ("An Egyptian envoy travelled to Khartoum for talks on Wednesday.", {"EGY", "SDN"}),
            ("The Greek prime minister flew to Ankara for talks on Saturday.", {"GRC", "TUR"}),
            ("The Ukrainian president made a surprise trip to Warsaw on Tuesday.", {"UKR", "POL"}),
            ("The Japanese foreign minister played host to the Indian foreign minister on Tuesday.", {"JPN", "IND"}),
            ("Iran's foreign minister arrived in Muscat on Sunday for a visit.", {"IRN", "OMN"})):
        assert parties <= _parties(explainer, text, "CONSULT"), text


def test_consultation_false_senses(explainer: Explainer) -> None:
    for text in ("The Kenyan army met stiff resistance in Somalia on Monday.",
                 "Spain's bid met with criticism from France on Monday.",
                 "Egypt's army met the attack with force on Monday.",
                 "The Egyptian president talked with reporters on Monday.",
                 "The Iraqi president had lunch with his family on Monday."):
        assert "CONSULT" not in _types(explainer, text), text
    # a meeting stays a meeting when a deadline or criticism is its topic
    assert "CONSULT" in _types(explainer, "The Iraqi prime minister met the Iranian president on Monday to discuss "
                                          "the deadline.")
