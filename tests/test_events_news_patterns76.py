"""Event triggers, issue #4 (lexicon breadth): the families of news wordings for attacks,
accusations, rejections, requests and agreements, beyond the wordings earlier sets used, and
the senses of the same words that make no such event.

Attacks: ships and warships sunk, besides shelling, storming, ambushes and shootings; a film or
a ball shot and a race or an election "stormed to victory" attack no one.
Accusations: a party blasted for or over a wrong, vilified, implicated in a wrong, an attack
attributed to it; a phone or a fee charged, the weather or oneself blamed, growth attributed
to exports and a ball blasted over the bar accuse no one.
Rejections: a request denied; a figure that "declined sharply", one who "declined to comment",
"defied the odds" or "turned down the volume" refuses no party.
Requests: a side that "sued for peace"; a question asked about or whether, and a verdict
appealed, ask nothing of a party.
Agreements: an accord forged, a compromise struck (no strike); agreeing with analysts or an
assessment is no accord. Brokering a truce between parties is their mediator's act."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2024-05-15"

code = partial(event_helpers.code, date=DAY)
_parties = partial(event_helpers.parties, date=DAY)
_types = partial(event_helpers.coded_types, date=DAY)


def _check(explainer: Explainer, type_: str, cases: tuple[tuple[str, set[str]], ...]) -> None:
    for text, parties in cases:
        got = _parties(explainer, text, type_)
        assert got and parties <= got, (text, got)


def test_attack_family_wordings(explainer: Explainer) -> None:
    _check(explainer, "ASSAULT", (
        ("Ukrainian sea drones sank a Russian landing ship near Crimea on Monday.", {"UKR", "RUS"}),
        ("Houthi missiles sank a Greek-owned bulk carrier in the Red Sea on Friday.", {"YEM"}),
        ("Argentine jets sank a British frigate in 1982, the paper recalled on Tuesday.", {"ARG", "GBR"}),
        ("Russian artillery shelled the Ukrainian town of Kupiansk on Monday.", {"RUS", "UKR"}),
        ("Israeli jets bombed a refugee camp in Gaza on Tuesday.", {"ISR", "PSE"}),
        ("Militants ambushed a Pakistani army convoy in Waziristan on Wednesday.", {"PAK"}),
        ("Israeli troops shot dead a video journalist in Jenin on Thursday.", {"ISR", "PSE"}),
        ("Turkish drones struck Kurdish positions in northern Iraq on Friday.", {"TUR", "IRQ"}),
        ("Indian soldiers opened fire on Pakistani posts in Kashmir on Saturday.", {"IND", "PAK"}),
        ("Iraqi militias fired rockets at a US base in Syria on Sunday.", {"USA"})))


def test_attack_false_senses(explainer: Explainer) -> None:
    for text in ("The Iranian director shot a film in Tehran on Monday.",
                 "Turkish soldiers shot footage of the parade in Ankara on Tuesday.",
                 "Brazil's forward shot the ball wide in Lisbon on Wednesday.",
                 "The Ethiopian runner stormed to victory in Berlin on Thursday.",
                 "The Egyptian party stormed to a landslide win in the election on Friday."):
        assert "ASSAULT" not in _types(explainer, text), text


def test_accusation_family_wordings(explainer: Explainer) -> None:
    _check(explainer, "ACCUSE", (
        ("Pyongyang blasted Seoul for its joint drills with Washington on Monday.", {"PRK", "KOR"}),
        ("Beijing blasted Canberra over its new defence pact on Tuesday.", {"CHN", "AUS"}),
        ("Ankara vilified Athens over the migrant pushbacks on Wednesday.", {"TUR", "GRC"}),
        ("Kyiv implicated Moscow in the sabotage of the pipeline on Thursday.", {"UKR", "RUS"}),
        ("London attributed the cyberattack on its election body to China on Friday.", {"GBR", "CHN"}),
        ("Tehran attributed the bombing in Kerman to Israel on Saturday.", {"IRN", "ISR"}),
        ("Moscow accused Kyiv of shelling the power plant on Sunday.", {"RUS", "UKR"}),
        ("Manila condemned Beijing's use of water cannon on Monday.", {"PHL", "CHN"}),
        ("Khartoum blamed Addis Ababa for flooding on Tuesday.", {"SDN", "ETH"}),
        ("Caracas lashed out at Washington over the sanctions on Wednesday.", {"VEN", "USA"})))


def test_accusation_false_senses(explainer: Explainer) -> None:
    for text in ("The Turkish minister charged his laptop at the airport on Monday.",
                 "Egyptian banks charged higher fees on transfers on Tuesday.",
                 "Kenyan farmers blamed the drought for the poor harvest on Wednesday.",
                 "The Chinese company attributed the rise in profit to exports on Thursday.",
                 "The Brazilian midfielder blasted the ball over the bar in Madrid on Friday."):
        assert "ACCUSE" not in _types(explainer, text), text


def test_rejection_family_wordings(explainer: Explainer) -> None:
    _check(explainer, "REJECT", (
        ("Islamabad denied Kabul's request for a transit corridor on Monday.", {"PAK", "AFG"}),
        ("Budapest denied Kyiv's request for arms transit on Tuesday.", {"HUN", "UKR"}),
        ("Israel rejected Egypt's truce proposal on Wednesday.", {"ISR", "EGY"}),
        ("Beijing rebuffed Washington's call for military talks on Thursday.", {"CHN", "USA"}),
        ("Pyongyang spurned Tokyo's offer of talks on Friday.", {"PRK", "JPN"}),
        ("Moscow dismissed Kyiv's peace formula on Saturday.", {"RUS", "UKR"}),
        ("Ankara turned down Stockholm's request on Sunday.", {"TUR", "SWE"}),
        ("Caracas defied Washington's demands on Monday.", {"VEN", "USA"}),
        ("Tehran refused to free the British detainees on Tuesday.", {"IRN", "GBR"}),
        ("Beijing declined an American invitation to defence talks on Wednesday.", {"CHN", "USA"})))


def test_rejection_false_senses(explainer: Explainer) -> None:
    for text in ("The Iraqi minister declined to comment on Monday.",
                 "The Spanish spokesman refused to elaborate on Tuesday.",
                 "Turkish exports declined by 3 percent on Wednesday.",
                 "Saudi oil revenues declined sharply on Thursday.",
                 "The Nigerian team defied the odds in Abuja on Friday."):
        assert "REJECT" not in _types(explainer, text), text


def test_request_family_wordings(explainer: Explainer) -> None:
    _check(explainer, "REQUEST", (
        ("Iraq sued for peace with Iran in 1988, the paper recalled on Monday.", {"IRQ"}),
        ("Kyiv called on Berlin to send more air defence systems on Tuesday.", {"UKR", "DEU"}),
        ("Beirut urged Israel to halt the strikes on Wednesday.", {"LBN", "ISR"}),
        ("Manila demanded that Beijing withdraw its vessels on Thursday.", {"PHL", "CHN"}),
        ("Kyiv asked Paris for more artillery shells on Friday.", {"UKR", "FRA"}),
        ("Yerevan appealed to Moscow for military help on Saturday.", {"ARM", "RUS"}),
        ("Washington pressed Beijing to rein in Pyongyang on Sunday.", {"USA", "CHN"}),
        ("Port-au-Prince implored Washington to send troops on Monday.", {"HTI", "USA"}),
        ("Ankara sought the extradition of the suspects from Sweden on Tuesday.", {"TUR", "SWE"}),
        ("Tokyo urged Pyongyang to return the abductees on Wednesday.", {"JPN", "PRK"})))


def test_request_false_senses(explainer: Explainer) -> None:
    for text in ("The Brazilian minister was asked about the budget in Brasilia on Monday.",
                 "The Russian spokesman was asked whether troops would leave Syria on Tuesday.",
                 "Asked about the Indian talks, the minister smiled on Wednesday.",
                 "The Kenyan opposition appealed the verdict on Thursday.",
                 "Spanish fishermen appealed the court ruling in Madrid on Friday."):
        assert "REQUEST" not in _types(explainer, text), text


def test_agreement_family_wordings(explainer: Explainer) -> None:
    _check(explainer, "AGREE", (
        ("Washington and Mexico City forged an agreement on migration on Monday.", {"USA", "MEX"}),
        ("Belgrade and Pristina struck a compromise on licence plates on Tuesday.", {"SRB", "KOS"}),
        ("Israel and Hamas agreed to a truce on Wednesday.", {"ISR"}),
        ("Armenia and Azerbaijan reached a deal on the border on Thursday.", {"ARM", "AZE"}),
        ("Britain and the EU clinched a deal on Gibraltar on Friday.", {"GBR"}),
        ("Riyadh and Tehran agreed to restore diplomatic ties on Saturday.", {"SAU", "IRN"}),
        ("Bogota and Caracas came to terms on the border crossings on Sunday.", {"COL", "VEN"}),
        ("Tokyo pledged to rebuild Ukraine's power grid on Monday.", {"JPN"}),
        ("Kyiv accepted Moscow's proposal for a prisoner exchange on Tuesday.", {"UKR", "RUS"}),
        ("Seoul and Tokyo agreed to resume their security dialogue on Wednesday.", {"KOR", "JPN"})))


def test_agreement_false_senses_and_mediation(explainer: Explainer) -> None:
    for text in ("Indian economists agreed with the analysts on Monday.",
                 "Turkish officials agreed with that assessment on Tuesday.",
                 "French bankers agreed with the experts in Paris on Wednesday.",
                 "Japanese investors agreed with the view of the analysts on Thursday.",
                 "Egyptian economists agreed with those findings in Cairo on Friday."):
        assert "AGREE" not in _types(explainer, text), text
    assert {"QAT", "ISR"} <= _parties(
        explainer, "Qatar brokered a truce between Israel and Hamas on Saturday.", "CONSULT")
