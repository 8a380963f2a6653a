"""Structure of news English, round 24: forces named by their role ("security forces"), a
dash after a dateline, the firer of "fired from X positions", a clause dated by an interval
("a day after X bombed"), past participles describing a noun (after a comma, or before the
clause's own verb), a verb coordinated with one whose subject is unnamed, a participle
coordinated with another, a road named after a town, "one of the deadliest attacks", and
forces reported by an army.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-06-14"  # a Saturday


def test_security_forces_with_no_country_are_those_of_the_place(explainer: Explainer) -> None:
    text = ("Security forces arrested Karim Moussa, a former officer wanted over abuses in 2012, "
            "at a checkpoint near Hama on Saturday.")
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["SYR"]
    assert arrest.date is not None and arrest.date.value == "2025-06-14"
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_forces_reported_by_an_army_are_its_own(explainer: Explainer) -> None:
    text = "Security forces detained 14 suspects in Jenin overnight, the IDF said on Saturday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["ISR"]


def test_a_dateline_dash_ends_the_dateline(explainer: Explainer) -> None:
    text = ("MOSUL, Iraq - Hundreds of students angered by exam delays took to the streets of "
            "the city on Saturday.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["students"]


def test_the_party_whose_positions_a_shell_was_fired_from_fired_it(explainer: Explainer) -> None:
    text = ("A boy was wounded when mortar rounds fired from Houthi positions east of the city hit "
            "a market in Taiz on Saturday.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.actor_id for a in attack.actors] == ["houthis"]


def test_a_clause_dated_by_an_interval_is_no_part_of_the_news(explainer: Explainer) -> None:
    text = ("Gunmen fired on a police post in Zliten on Saturday, a day after Turkish drones "
            "struck a depot near Sirte.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "TUR" not in countries(attack.actors)


def test_a_participle_after_a_comma_describes_the_object(explainer: Explainer) -> None:
    text = ("Police said they had arrested six men, two Jordanians and four Syrians, accused of "
            "smuggling weapons, and seized two rifles.")
    assert not of_type(explainer, text, "ACCUSE", DAY)
    for event in of_type(explainer, text, "COERCE", DAY):
        assert not {"JOR", "SYR"} & set(countries(event.actors))


def test_a_participle_before_the_clause_verb_describes_its_subject(explainer: Explainer) -> None:
    text = "The minister said that four Red Cross workers detained unlawfully in Darfur were released."
    assert not of_type(explainer, text, "COERCE", DAY)


def test_a_participle_coordinated_with_another_shares_the_main_subject(explainer: Explainer) -> None:
    text = ("The aggression launched several raids on the port on Saturday, killing three dock "
            "workers and wounding 12 others.")
    for event in of_type(explainer, text, "ASSAULT", DAY):
        assert all(a.text != "workers" for a in event.actors)


def test_a_town_naming_a_road_is_not_whom_a_strike_hit(explainer: Explainer) -> None:
    text = "An Israeli drone struck a motorbike on the Marjayoun road on Saturday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert all(r.text != "Marjayoun" for r in attack.recipients)


def test_one_of_the_deadliest_attacks_is_no_event(explainer: Explainer) -> None:
    text = ("A roadside bomb killed two soldiers near Tikrit on Saturday, in one of the deadliest "
            "attacks on Iraqi troops this year.")
    trace: list[str] = []
    explainer.analyse(text, DAY, trace)
    assert any(line.startswith("'attacks': a tally") for line in trace)
