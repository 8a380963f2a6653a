"""Wire phrasings of familiar acts in other words: talks opened or resumed ("opened a dialogue
with", "resumed their deliberations"), hostilities halted, a share of one's arms handed over,
accounts scrutinised, a membership renounced, an envoy summoned home, men recalled to active
duty, security beefed up round a place, gunmen massed or fighters rallied to a front, rallies
prohibited and websites crippled. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2025-06-12"  # a Thursday


@pytest.mark.parametrize("text, type_, mode", [
    ("Peru's government opened a dialogue with striking miners' leaders on Tuesday.", "CONSULT", None),
    ("Sudan's government began a dialogue with rebel leaders in Doha on Monday.", "CONSULT", None),
    ("Envoys from Serbia and Kosovo resumed their deliberations in Brussels on Friday.", "CONSULT", None),
    ("Turkey and the PKK suspended hostilities on Monday.", "RETREAT", "ceasefire"),
    ("Fatah gunmen handed over the first batch of their weapons to Egyptian monitors in Gaza.", "RETREAT", "disarm"),
    ("The rebels surrendered a third of their arms to U.N. peacekeepers.", "RETREAT", "disarm"),
    ("Kenya's anti-graft commission is scrutinising the accounts of two former ministers.", "ACCUSE", "investigate"),
    ("Kenya's auditor-general audited the accounts of the Nairobi county government.", "ACCUSE", "investigate"),
    ("Bolivia renounced its membership of the World Bank's arbitration body.", "SANCTION", "withdraw"),
    ("Nepal summoned its ambassador home from New Delhi on Friday.", "SANCTION", "withdraw"),
    ("Britain called its high commissioner home from Harare.", "SANCTION", "withdraw"),
    ("Uganda recalled retired soldiers to active duty on Monday.", "MOBILIZE", "troops"),
    ("Kenya beefed up security around government buildings in Nairobi following the attack.", "MOBILIZE", None),
    ("Egypt tightened security around churches in Cairo after the bombing.", "MOBILIZE", None),
    ("Pakistan stepped up security at airports after the bombing.", "MOBILIZE", None),
    ("Hamas massed hundreds of gunmen near the Rafah crossing.", "MOBILIZE", None),
    ("The Taliban rallied thousands of fighters to its front lines near Kandahar.", "MOBILIZE", None),
    ("Tajikistan's government prohibited opposition rallies in Dushanbe ahead of the vote.", "COERCE", "restrict"),
    ("Iran's government forbade all demonstrations in Tehran.", "COERCE", "restrict"),
    ("Russian hackers crippled Estonian government websites last week.", "COERCE", "cyber"),
    ("Chinese hackers defaced the Philippine government website on Monday.", "COERCE", "cyber"),
    ("Norway wrote off nearly 2.3 billion dollars of Ghana's debt on Monday.", "AID", None),
])
def test_the_phrasing_codes_its_type(explainer: Explainer, text: str, type_: str, mode: str | None) -> None:
    events = code(explainer, text, DAY)
    assert type_ in [e.type for e in events], [(e.type, e.trigger.text) for e in events]
    if mode is not None:
        assert any(e.mode == mode for e in events if e.type == type_)


def test_the_mobilisation_is_not_a_street_rally(explainer: Explainer) -> None:
    text = "The Taliban rallied thousands of fighters to its front lines near Kandahar."
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_the_debtor_is_the_recipient(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Norway wrote off nearly 2.3 billion dollars of Ghana's debt on Monday.", "AID", DAY)
    assert known_countries(event.actors) == ["NOR"] and known_countries(event.recipients) == ["GHA"]


def test_the_body_left_is_the_recipient(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Ecuador withdrew its membership of ALBA on Thursday.", "SANCTION", DAY)
    assert known_countries(event.actors) == ["ECU"] and event.recipients


def test_the_capital_left_is_the_recipient(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Nepal summoned its ambassador home from New Delhi on Friday.", "SANCTION", DAY)
    assert known_countries(event.recipients) == ["IND"]
