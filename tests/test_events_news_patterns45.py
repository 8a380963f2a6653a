"""Triggers of news English, round 45: wordings of arrests, seizures at sea, aid cargoes,
sanctions lists and signings that the lexicon lacked, and words that look like events and
are none. Police "sweep up" or "catch" wanted people; warships "surround" or "tow" a ship (a
seizure); planes that come in "carrying" relief goods deliver them however long the place
and time between; assets "unblocked", a "freeze lifted", parties struck "off its blacklist"
or removed "from its list" (sanctions eased) and added "to its asset-freeze list" or
"blocked list" (sanctions); accords "concluded" or "initialled" (a signing); captives
"turned over to the Red Cross" (a release); a case "taken to" a court (an accusation). No
event: "fast attack craft" (a vessel), what a drill trains on, water a dam releases.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2025-06-15"  # a Sunday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lebanese police swept up 19 people suspected of forging passports in Tripoli on Sunday.", "COERCE"),
        ("Tunisian police caught four suspects in the bank robbery near Sfax on Sunday.", "COERCE"),
        ("Egyptian navy boats surrounded a smuggling vessel off Alexandria on Sunday.", "COERCE"),
        ("Greek navy frigates towed the freighter to Piraeus on Sunday.", "COERCE"),
        ("Two Kuwaiti air force planes landed at the Queen Alia airport outside Amman on Sunday evening "
         "carrying 40 tonnes of tents and blankets for refugees.", "AID"),
        ("The European Union lifted the freeze on assets of two Libyan banks on Sunday.", "RETREAT"),
        ("Canada removed 30 individuals and entities from its list on Sunday.", "RETREAT"),
        ("Britain struck eight Syrian firms off its blacklist on Sunday.", "RETREAT"),
        ("France unblocked the assets of the Libyan central bank on Sunday.", "RETREAT"),
        ("Japan added nine Russian firms to its asset freeze list on Sunday.", "SANCTION"),
        ("The US Treasury added a Lebanese money changer to its blocked list on Sunday.", "SANCTION"),
        ("Egypt and Sudan concluded two agreements on electricity on Sunday.", "SUPPORT"),
        ("The foreign ministers of Kuwait and Oman initialled a memorandum on ports on Sunday.", "SUPPORT"),
        ("Five Thai farm workers held in Gaza were handed over to the Red Cross on Sunday.", "RETREAT"),
        ("South Africa took Israel to the ICJ on Sunday.", "ACCUSE"),
    ],
)
def test_news_wordings_code_their_plover_type(explainer: Explainer, text: str, kind: str) -> None:
    assert of_type(explainer, text, kind, DAY)


def test_a_signing_is_no_agreement_to_act_later(explainer: Explainer) -> None:
    text = "Egypt and Sudan concluded two agreements on electricity on Sunday."
    assert not of_type(explainer, text, "AGREE", DAY)


def test_striking_firms_off_a_blacklist_is_no_attack(explainer: Explainer) -> None:
    text = "Britain struck eight Syrian firms off its blacklist on Sunday."
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_a_round_up_in_raids_is_one_arrest(explainer: Explainer) -> None:
    """The raids of a sweep are the arrest operation, not a second, violent event."""
    text = "Lebanese police swept up 19 people suspected of forging passports in dawn raids in Tripoli on Sunday."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's navy received three fast attack craft from an Italian shipyard on Sunday.",
        "Syrian dams were releasing less water into the Euphrates on Sunday than a year earlier.",
        "Turkey will raise releases into the Euphrates to 450 cubic metres per second from July.",
    ],
)
def test_a_vessel_or_water_released_is_no_event(explainer: Explainer, text: str) -> None:
    assert not code(explainer, text, DAY)


def test_what_a_drill_trains_on_is_no_seizure(explainer: Explainer) -> None:
    text = ("Saudi and Bahraini navies held a joint drill on Sunday, with frigates training on mine clearance "
            "and boarding operations.")
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]
