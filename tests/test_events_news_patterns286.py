"""Session 49 (sentences written for these tests), from the probes' target countries: people
held, rescued or carried where an act happens (hostages, passengers, pupils, detainees) are of
that place's state; a number of people or soldiers a ruler pardons are his state's; a leader's
nation ("his people") is no party; a noun act after a march's "against" is what is protested."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2039-03-09"


def test_hostages_and_passengers_are_of_the_scene(explainer: Explainer) -> None:
    text = "Soldiers rescued 41 hostages from a hideout near Maiduguri on Saturday."
    (rescue,) = of_type(explainer, text, "AID", DAY)
    assert countries(rescue.recipients) == ["NGA"]
    text = "Gunmen fired on a bus carrying passengers near Quetta on Friday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "PAK" in countries(attack.recipients)


def test_people_and_soldiers_pardoned_are_the_rulers(explainer: Explainer) -> None:
    text = "Kyrgyzstan's president pardoned 14 people jailed over the riots on Monday."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(pardon.recipients) == ["KGZ"]
    text = "Mali's president pardoned six soldiers on Monday."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(pardon.recipients) == ["MLI"]


def test_a_leaders_people_are_no_party(explainer: Explainer) -> None:
    text = "The governor told reporters in Jos that his people's patience was running out."
    assert all(a.text != "people" for e in of_type(explainer, text, "THREATEN", DAY) for a in e.actors)


def test_what_a_march_is_against_is_no_event(explainer: Explainer) -> None:
    text = "Thousands of students marched through Lyon on Saturday against the NATO summit."
    assert coded_types(explainer, text, DAY) == ["PROTEST"]
