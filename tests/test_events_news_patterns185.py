"""Parties of directives and answers: whom a speaker tells to act is asked, not an audience;
asking others to back a party rallies support for it; the makers of demands or objections a
state answers are its recipients, its own public or opposition when no country is named; and
a hostile act a side says it could or might do is its threat. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2009-06-17"


def test_whom_a_party_tells_on_a_day_to_act_is_asked(explainer: Explainer) -> None:
    text = "Chile told Bolivia on Thursday to withdraw its border guards from the salt flats."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.recipients) == ["BOL"]


def test_whom_a_party_tells_that_they_must_act_is_asked(explainer: Explainer) -> None:
    text = "Norway told Sri Lanka on Friday that it must open the camps to aid workers."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["NOR"]
    assert countries(request.recipients) == ["LKA"]


def test_an_outlet_told_the_news_stays_no_party(explainer: Explainer) -> None:
    text = "Peru's foreign minister told Reuters on Monday that Ecuador must pull back its troops."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.recipients) == ["ECU"]


def test_asking_others_to_back_a_party_supports_it(explainer: Explainer) -> None:
    text = "Egypt urged the African Union on Sunday to support Sudan in its border dispute."
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(support.actors) == ["EGY"]
    assert countries(support.recipients) == ["SDN"]
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_asking_others_to_back_a_plan_stays_a_request(explainer: Explainer) -> None:
    text = "Egypt urged Ghana on Sunday to support the draft resolution."
    assert of_type(explainer, text, "REQUEST", DAY)
    assert not of_type(explainer, text, "SUPPORT", DAY)


def test_opposition_demands_a_leader_gives_in_to_are_of_his_country(explainer: Explainer) -> None:
    text = "Malawi's President Bakili Muluzi gave in on Tuesday to opposition demands for a new electoral law."
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(concession.recipients) == ["MWI"]


def test_the_demands_of_a_public_a_government_bows_to_are_its_own(explainer: Explainer) -> None:
    text = "Ghana's government bowed to the demands of cocoa farmers on Wednesday."
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(concession.recipients) == ["GHA"]


def test_objections_brushed_aside_answer_whoever_raised_them(explainer: Explainer) -> None:
    text = "India brushed aside objections from Nepal on Monday."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.recipients) == ["NPL"]


def test_an_act_a_side_says_it_might_do_is_its_threat(explainer: Explainer) -> None:
    text = "Azerbaijan said on Monday its army might seize the disputed pass near Lachin."
    assert of_type(explainer, text, "THREATEN", DAY)
    assert not of_type(explainer, text, "COERCE", DAY)


def test_an_act_an_outsider_says_a_side_might_do_stays_possible(explainer: Explainer) -> None:
    text = "Western analysts said on Monday that Azerbaijan might seize the disputed pass near Lachin."
    assert not of_type(explainer, text, "THREATEN", DAY)
