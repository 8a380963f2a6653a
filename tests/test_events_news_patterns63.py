"""Wordings of talks, rallies, refusals, threats, accusations and call-ups that news English
uses beside the usual verbs (found opening the clustering set cluster_test22), tested on
sentences written for these tests: talks "conversed" or "parleyed", matters two leaders
"reviewed" together, a crowd that "filled" a square, chants "against" a party, proposals
"shot down" or "balked at", retribution a party "would pay dearly" for, parties that "would
come under fire if", warnings and intimidation "against" a party, conduct described as
"reckless", claims called "misleading", agreements "flouted" and relief "held up" in a
speaker's words, and reservists who "reported for duty"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, known_countries, of_type, types

DAY = "2025-06-12"  # a Thursday


def test_talks_in_the_wires_other_verbs(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Jordan's King Abdullah conversed with Egyptian President Abdel Fattah al-Sisi "
                       "on Thursday about the border crossings.", "CONSULT", DAY)
    assert countries(talks.actors) == ["JOR"] and countries(talks.recipients) == ["EGY"]
    (parley,) = of_type(explainer, "Sudanese army chief Abdel Fattah al-Burhan parleyed with Egypt's foreign "
                        "minister on Thursday.", "CONSULT", DAY)
    assert countries(parley.actors) == ["SDN"] and countries(parley.recipients) == ["EGY"]


def test_matters_two_countries_leaders_review_together_are_talks(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Iraqi Prime Minister Mohammed Shia al-Sudani and Turkish Foreign Minister Hakan "
                       "Fidan reviewed on Thursday water sharing and oil exports, during a working session.",
                       "CONSULT", DAY)
    assert known_countries(talks.actors) == ["IRQ", "TUR"]
    # one party going over a matter consults no one
    assert of_type(explainer, "Iraqi Prime Minister Mohammed Shia al-Sudani reviewed the budget on Thursday.",
                   "CONSULT", DAY) == []


def test_a_crowd_filling_a_square_rallies(explainer: Explainer) -> None:
    (rally,) = of_type(explainer, "A huge crowd packed Martyrs Square in Beirut on Thursday, waving banners for "
                       "the release of the detainees.", "PROTEST", DAY)
    assert rally.mode == "demo"
    assert types(code(explainer, "A huge crowd packed Martyrs Square in Beirut on Thursday, waving banners for "
                      "the release of the detainees.", DAY)) == ["PROTEST"]  # the banners' demand is no release
    assert of_type(explainer, "Floodwater filled the main square of Derna on Thursday.", "PROTEST", DAY) == []


def test_chanting_against_a_party_protests_against_it(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "Demonstrators in Amman chanted against Israel on Thursday.", "PROTEST", DAY)
    assert countries(protest.recipients) == ["ISR"]


def test_a_notion_shot_down_or_balked_at_is_refused(explainer: Explainer) -> None:
    events = code(explainer, "Hezbollah's leader on Thursday shot down any notion of disarmament.", DAY)
    assert types(events) == ["REJECT"]
    events = code(explainer, "Hamas balked again at handing over its weapons on Thursday.", DAY)
    assert types(events) == ["REJECT"]  # what one balks at is not done
    (refusal,) = of_type(explainer, "The Sudanese army recoiled from an American plan for a truce on Thursday.",
                         "REJECT", DAY)
    assert countries(refusal.actors) == ["SDN"]
    # a drone shot down is still an attack
    assert types(code(explainer, "Saudi air defences shot down a drone over Jizan on Thursday.", DAY)) == ["ASSAULT"]


def test_retribution_announced_for_a_party_threatens_it(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Israel's defence minister said on Thursday that Hamas would pay dearly for "
                        "the attack.", "THREATEN", DAY)
    assert countries(threat.actors) == ["ISR"] and countries(threat.recipients) == ["PSE"]
    (threat,) = of_type(explainer, "A Houthi spokesman said on Thursday that American warships would come under "
                        "fire if they entered Yemeni waters.", "THREATEN", DAY)
    assert countries(threat.actors) == ["YEM"] and countries(threat.recipients) == ["USA"]


def test_warnings_and_intimidation_against_a_party_threaten_it(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Iran renewed its warnings against the United States on Thursday.",
                        "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"] and countries(threat.recipients) == ["USA"]
    assert of_type(explainer, "The British embassy renewed its warnings against travel on Thursday.",
                   "THREATEN", DAY) == []


def test_conduct_described_as_reckless_is_condemned(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Jordan's foreign minister on Thursday described Israel's expansion of the "
                            "settlements around Jerusalem as reckless.", "ACCUSE", DAY)
    assert countries(accusation.actors) == ["JOR"] and countries(accusation.recipients) == ["ISR"]


def test_a_claim_called_misleading_is_rejected(explainer: Explainer) -> None:
    (rejection,) = of_type(explainer, "Iran's foreign ministry on Thursday called Washington's claim that Tehran "
                           "arms the Houthis baseless.", "REJECT", DAY)
    assert countries(rejection.actors) == ["IRN"] and countries(rejection.recipients) == ["USA"]


def test_a_speaker_saying_a_party_flouts_a_truce_or_holds_up_relief_accuses_it(explainer: Explainer) -> None:
    events = code(explainer, "Lebanon's prime minister said on Thursday that Israel was breaching the ceasefire.",
                  DAY)
    assert types(events) == ["ACCUSE"]
    assert countries(events[0].actors) == ["LBN"] and countries(events[0].recipients) == ["ISR"]
    events = code(explainer, "Egypt's foreign ministry said on Thursday that Israel was holding up relief at the "
                  "border.", DAY)
    assert types(events) == ["ACCUSE"]  # relief held up is no aid
    assert countries(events[0].actors) == ["EGY"] and countries(events[0].recipients) == ["ISR"]


def test_reservists_reporting_for_duty_are_mobilised(explainer: Explainer) -> None:
    (call_up,) = of_type(explainer, "Thousands of Israeli reservists reported for duty on Thursday.", "MOBILIZE", DAY)
    assert call_up.mode == "troops" and countries(call_up.actors) == ["ISR"]
    assert of_type(explainer, "The minister reported for duty at the ministry on Thursday.", "MOBILIZE", DAY) == []
