"""Event structure: acts told as background to the news, not as news of the day. An act in a
"since" clause (and the clauses nested in it), an event noun after "despite", "notwithstanding"
or "in defiance of", the event a place is "the scene of", the toll a source gives in a relative
clause on the "after" noun, an act reported in a clause nested in "a day after", a
measure "imposed after" an earlier event or in an earlier year, and a simple present with a
fixed frequency ("holds a summit every two years"). "On Friday" after a meeting noun is its
date, not its topic. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("text, background", [
    ("Kenyan and Somali envoys held talks in Nairobi on Monday, the first since Kenya accused Somalia of "
     "harbouring the gunmen.", "ACCUSE"),
    ("Kenyan and Somali envoys held talks in Nairobi on Monday, the first since Kenya accused Somalia of "
     "sheltering the gunmen who stormed a shopping mall.", "ASSAULT"),
])
def test_an_act_in_a_since_clause_is_background(explainer: Explainer, text: str, background: str) -> None:
    assert of_type(explainer, text, "CONSULT", DAY)
    assert of_type(explainer, text, background, DAY) == []


@pytest.mark.parametrize("text, news", [
    ("Police in Dhaka arrested 12 opposition activists on Monday despite protests by rights groups.", "COERCE"),
    ("Israeli bulldozers demolished three homes in East Jerusalem on Tuesday despite appeals from Washington.",
     "COERCE"),
    ("Protesters blocked the main highway in Nairobi on Friday in defiance of threats by the Kenyan government.",
     "PROTEST"),
    ("Police in Lagos detained 20 union leaders on Monday notwithstanding threats by the Nigeria Labour Congress.",
     "COERCE"),
])
def test_what_the_news_goes_against_is_background(explainer: Explainer, text: str, news: str) -> None:
    assert coded_types(explainer, text, DAY) == [news]


def test_what_a_place_was_the_scene_of_is_background(explainer: Explainer) -> None:
    text = ("Kenyan troops pulled out of a town in southern Somalia on Thursday, the scene of heavy fighting "
            "with al-Shabaab in March.")
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_the_toll_of_the_offensive_told_through_a_source_is_background(explainer: Explainer) -> None:
    text = ("Ethiopian troops withdrew from the town of Bure on Friday after a week-long offensive that local "
            "officials said had killed 30 civilians.")
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


@pytest.mark.parametrize("text, news", [
    ("The Pope appealed to the warring parties in Congo on Tuesday to spare civilians, a day after aid workers "
     "reported that rebels had shelled a clinic in Goma.", "REQUEST"),
    ("Tuareg rebels shelled an army base near Kidal on Tuesday, a day after monitors reported that Malian troops "
     "had shelled a rebel camp.", "ASSAULT"),
])
def test_an_act_reported_a_day_before_the_news_is_background(explainer: Explainer, text: str, news: str) -> None:
    assert coded_types(explainer, text, DAY) == [news]


@pytest.mark.parametrize("text", [
    "Saudi Arabia has given Sudan $200 million to help it cope with Western sanctions imposed after the coup.",
    "Qatar has given Syria $500 million to help it cope with European sanctions imposed in 2011.",
])
def test_sanctions_imposed_at_another_time_are_background(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "AID", DAY)
    assert of_type(explainer, text, "SANCTION", DAY) == []


def test_sanctions_imposed_on_the_day_are_news(explainer: Explainer) -> None:
    assert coded_types(explainer, "The European Union imposed new sanctions on Belarus on Monday.", DAY) == ["SANCTION"]


@pytest.mark.parametrize("text, coded", [
    ("The African Union holds a summit every two years in a member capital.", []),
    ("The African Union holds a summit in Addis Ababa on Monday.", ["CONSULT"]),
])
def test_a_present_with_a_fixed_frequency_is_a_schedule(explainer: Explainer, text: str, coded: list[str]) -> None:
    assert coded_types(explainer, text, DAY) == coded


@pytest.mark.parametrize("since, coded", [("since the war", []), ("since Friday", ["ASSAULT"])])
def test_a_perfect_since_the_war_after_the_lead_is_background(explainer: Explainer, since: str,
                                                              coded: list[str]) -> None:
    text = ("Egyptian and Jordanian ministers held talks in Amman on Monday. Turkish forces have shelled "
            f"Kurdish positions {since}, officials said.")
    assert of_type(explainer, text, "CONSULT", DAY)
    assert [e.type for e in of_type(explainer, text, "ASSAULT", DAY)] == coded


def test_on_a_day_after_a_meeting_is_its_date_not_its_topic(explainer: Explainer) -> None:
    # a meeting one "will attend" is announced talks, coded AGREE as "will meet" is (CAMEO 036)
    (meeting,) = of_type(explainer, "The president will attend the bloc's meeting on Friday in Brussels.",
                         "AGREE", DAY)
    assert meeting.trigger.text == "meeting"
    assert meeting.date.value == "2025-05-16"
