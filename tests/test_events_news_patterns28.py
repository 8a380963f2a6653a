"""Triggers of news English, round 28: wordings wire copy uses for the weaker PLOVER types
that the lexicon lacked. Cooperation "deepened" or "stepped up" and intelligence
"swapped"; deals "arrived at", "ironed out" or "signed up to" (consent, not a signing), a
truce "initialled" (a signing); backing "lent", votes "in favour of", parties "rallying
behind" another (support, not a street rally); meals, briefings and video conferences
(consultations); a government that "capitulated", "shelved" its own price hike or
"softened its stance" (concessions);
"nixed", "poured cold water on" (rejection); "menaced" (threat); slogans chanted, a
"nationwide strike" launched (a labour protest, not an air strike), a "work stoppage";
funding "bankrolled"; troops that "moved out of" or "drew back from" a place; crowds
"broken up", people "placed under house arrest"; officials "barred entry to" a country.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Oman and Qatar stepped up maritime cooperation on Tuesday with a new patrol pact.", "COOPERATE"),
        ("Jordanian and Egyptian intelligence services swapped data on smuggling networks on Tuesday.", "COOPERATE"),
        ("Kuwait and Iraq arrived at an understanding on their border on Tuesday.", "AGREE"),
        ("Yemen's government and the Houthis initialled a truce on Tuesday.", "SUPPORT"),
        ("Algeria and Morocco ironed out their dispute over gas transit on Tuesday.", "AGREE"),
        ("Hamas signed up to the Egyptian plan for a technocratic committee on Tuesday.", "AGREE"),
        ("Turkey lent its support to Qatar on Tuesday in its row with its neighbours.", "SUPPORT"),
        ("Tunisia voted in favour of the Arab League resolution on Tuesday.", "SUPPORT"),
        ("The Gulf states rallied behind Jordan on Tuesday after the border attack.", "SUPPORT"),
        ("The Emirati president dined with the Egyptian president in Cairo on Tuesday.", "CONSULT"),
        ("Saudi Arabia's foreign minister held a video conference with his Turkish counterpart on Tuesday.", "CONSULT"),
        ("Lebanon's government capitulated to the striking teachers on Tuesday.", "CONCEDE"),
        ("Morocco's government shelved the planned fuel price hike on Tuesday after protests.", "CONCEDE"),
        ("Israel softened its stance on the return of displaced Gazans on Tuesday.", "CONCEDE"),
        ("Iran nixed the European plan for its enriched uranium on Tuesday.", "REJECT"),
        ("Syria poured cold water on the Turkish offer of talks on Tuesday.", "REJECT"),
        ("Turkey menaced Syria's Kurdish fighters with a new offensive on Tuesday.", "THREATEN"),
        ("Iraqi oil workers chanted slogans outside the ministry in Basra on Tuesday.", "PROTEST"),
        ("Iranian lorry drivers launched an open-ended strike on Tuesday over diesel prices.", "PROTEST"),
        ("Tunisian nurses held a work stoppage at public hospitals on Tuesday.", "PROTEST"),
        ("Qatar bankrolled the repair of Lebanon's power stations, the Qatari fund said on Tuesday.", "AID"),
        ("Russian troops moved out of the Qamishli airport on Tuesday.", "RETREAT"),
        ("Sudanese paramilitary fighters drew back from the outskirts of El Obeid on Tuesday.", "RETREAT"),
        ("Jordanian police broke up a demonstration outside the Israeli embassy on Tuesday.", "COERCE"),
        ("Egyptian police placed a former presidential candidate under arrest on Tuesday.", "COERCE"),
        ("Australia barred entry to two Iranian commanders on Tuesday.", "SANCTION"),
    ],
)
def test_news_wordings_code_their_plover_type(explainer: Explainer, text: str, kind: str) -> None:
    assert of_type(explainer, text, kind, DAY)


def test_a_nationwide_strike_launched_by_workers_is_no_attack(explainer: Explainer) -> None:
    text = "Iranian lorry drivers launched an open-ended strike on Tuesday over diesel prices."
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_rallying_behind_a_state_is_no_street_rally(explainer: Explainer) -> None:
    text = "The Gulf states rallied behind Jordan on Tuesday after the border attack."
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_moving_out_of_a_base_is_no_deployment(explainer: Explainer) -> None:
    text = "Russian troops moved out of the Qamishli airport on Tuesday."
    assert not of_type(explainer, text, "MOBILIZE", DAY)
