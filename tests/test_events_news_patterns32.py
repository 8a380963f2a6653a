"""Event words of news English, round 32: wordings wire copy uses for each PLOVER type
beside its usual verb (clemency that "remitted the rest of their terms", a leader who "had a
closed-door session with" another, forces "shifted into" or "moved out of X towards Y",
advisers who "flew out", a "stoppage over wages", "X's no to", a "handover of the base",
diplomats "given 72 hours to leave", money "transferred", sites that "would be legitimate
targets"), and words that look like events and are none (a "diplomatic offensive", borders
that "meet", a speech "delivered", a step that "ignores attacks").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2026-05-06"  # a Wednesday

CASES = [
    # CONCEDE: sentences remitted or cut by clemency, like a pardon
    ("CONCEDE", "Oman's sultan remitted the remaining jail terms of 150 prisoners on Wednesday."),
    ("CONCEDE", "Jordan's king halved the sentences of 300 inmates on Tuesday, the royal court said."),
    # CONSULT: meetings a leader "had"
    ("CONSULT", "The Qatari emir had a one-on-one with the Turkish president on Monday."),
    ("CONSULT", "The Qatari emir had a closed-door session on Monday with the Turkish president."),
    # MOBILIZE: forces moved by other verbs, or leaving one place for another
    ("MOBILIZE", "The Sudanese army transferred two brigades to El Obeid on Friday."),
    ("MOBILIZE", "The Libyan National Army shifted several hundred fighters into the south on Monday."),
    # RETREAT: stationed people leaving, a base handed over
    ("RETREAT", "The last Italian trainers flew out of Baghdad on Tuesday."),
    ("RETREAT", "Italy announced on Sunday the departure of its last military personnel from Iraq."),
    ("RETREAT", "Washington completed the handover of the Taji base to the Iraqi army on Sunday."),
    # PROTEST: labourers stopping work
    ("PROTEST", "Hundreds of dock labourers stopped work at Aqaba port on Monday over unpaid bonuses."),
    ("PROTEST", "Algerian rail workers' stoppage over pensions entered its third day on Wednesday."),
    # REJECT: a refusal as a noun; an arsenal kept
    ("REJECT", "Erdogan's flat no to the Swedish membership bid stunned NATO allies on Tuesday."),
    ("REJECT", "The Houthis will not give up their arsenal, the group's spokesman said on Monday."),
    # SANCTION: holdings frozen, diplomats made to leave
    ("SANCTION", "Canada froze the holdings of nine Syrian officials on Friday."),
    ("SANCTION", "Morocco deemed two Algerian diplomats persona non grata on Tuesday."),
    ("SANCTION", "Jordan gave three Syrian diplomats 72 hours to leave the kingdom on Wednesday."),
    # AID: money transferred or released to a party
    ("AID", "Germany transferred 50 million euros to the World Food Programme on Monday."),
    ("AID", "The World Bank released a second tranche of its loan to Egypt on Tuesday."),
    # COOPERATE: forces flying missions together
    ("COOPERATE", "Greek F-16s flew joint sorties with Egyptian Rafales over the Mediterranean on Monday."),
    # THREATEN: what would be legitimate targets; destruction foretold
    ("THREATEN", "A Houthi spokesman said on Monday that American bases in the Gulf would be legitimate targets."),
    ("THREATEN", "Iraqi militias consider all US convoys legitimate targets, a commander said on Sunday."),
    ("THREATEN", "Israel's defence minister said on Tuesday that the army would level entire neighbourhoods "
                 "of Beirut if rockets were fired."),
    ("THREATEN", "A Houthi commander said on Monday that his fighters were 'ready to set the oil fields of the "
                 "aggressors on fire'."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_news_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_forces_leaving_towards_a_place_deploy_there(explainer: Explainer) -> None:
    text = "Haftar's forces moved out of Sirte on Monday toward the oil crescent, residents said."
    assert [e.type for e in code(explainer, text, DAY)] == ["MOBILIZE"]


def test_a_request_handed_in_has_its_sender(explainer: Explainer) -> None:
    text = "Jordan's health minister put in a request to UNICEF on Tuesday for polio vaccines."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["JOR"]


def test_entry_bans_beside_asset_freezes_are_the_same_sanction(explainer: Explainer) -> None:
    text = "The EU slapped asset freezes and entry bans on four settlers on Monday."
    assert [e.type for e in code(explainer, text, DAY)] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    # a campaign of words
    "Sudan's diplomatic offensive against Chad intensified on Monday.",
    # lines on a map that meet
    "Smugglers cross near the point where Iraq's borders meet those of Syria and Jordan.",
])
def test_no_event(explainer: Explainer, text: str) -> None:
    assert code(explainer, text, DAY) == [], [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_a_no_delivered_is_no_aid(explainer: Explainer) -> None:
    text = "Hezbollah's no to the weapons plan, delivered on Sunday, angered ministers."
    assert [e.type for e in code(explainer, text, DAY)] == ["REJECT"]


def test_a_step_that_ignores_attacks_refuses_nothing(explainer: Explainer) -> None:
    text = ("Israel's foreign minister lashed out at the EU on Monday, calling its sanctions a disgrace that "
            "emboldens militants and ignores attacks on Israelis.")
    assert not of_type(explainer, text, "REJECT", DAY)
