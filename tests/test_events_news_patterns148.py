"""Event roles: whom the act a threat answers befell is its cause, not its target, and the
party told it will pay for that act is; a reporting verb after "and" shares the subject of
the verb before it and reports only what follows; a passive's "by" may come after a day's
phrase and a place's; the acts listed in an accusation's "of" are the accused's, alleged; a
country in an official's own reported clause is not the one he serves; domestic forces
heading a passive of deployment move; the parties after "between" in a passive's subject
make the accord. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-06-12"


@pytest.mark.parametrize("text", [
    "The Lions' Den threatened on Sunday to shoot at settlers near Nablus over the arrest of its field commander "
    "Mahmoud Abu Ras in Balata.",
    "Hamas said its fighters were ready to answer the brutal detention of the Tulkarm leader Ahmed Yassin.",
    "Hezbollah threatened to avenge the killing of its commander Ali Haidar in a drone strike.",
])
def test_whom_an_answered_act_befell_is_no_target(explainer: Explainer, text: str) -> None:
    threats = of_type(explainer, text, "THREATEN", DAY)
    assert threats
    assert all(r.type != "person" for t in threats for r in t.recipients)


def test_the_party_told_it_will_bear_the_consequences_is_the_target(explainer: Explainer) -> None:
    text = ("Hamas said its fighters were ready to answer the brutal detention of the Tulkarm leader Ahmed Yassin, "
            "warning that Israel alone would bear the consequences.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [r.country for r in threat.recipients] == ["ISR"]


def test_a_report_after_and_has_the_first_verbs_subject(explainer: Explainer) -> None:
    text = "Hezbollah put its fighters on alert along the border on Monday and said Israel would pay dearly."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.actor_id for a in threat.actors] == ["hezbollah"]
    assert [r.country for r in threat.recipients] == ["ISR"]
    (alert,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert alert.modality == "asserted" and alert.attribution is None


@pytest.mark.parametrize("text, actor", [
    ("Five activists were arrested on Monday in Minsk by Belarusian police.", "BLR"),
    ("Two aid trucks were attacked on Sunday near Goz Beida by Janjaweed fighters.", "janjaweed"),
])
def test_a_passive_agent_after_a_day_and_a_place(explainer: Explainer, text: str, actor: str) -> None:
    events = [e for e in explainer.analyse(text, DAY).events if e.type in {"COERCE", "ASSAULT"}]
    assert [a.actor_id for e in events for a in e.actors] == [actor]


def test_acts_listed_in_an_accusation_are_the_accused_s_and_alleged(explainer: Explainer) -> None:
    text = ("Chad's foreign ministry on Friday put out a statement accusing Sudanese soldiers and allied Janjaweed "
            "gunmen of entering the border area at Adre, looting cattle and kidnapping farmers, and calling the raid "
            "a grave violation of Chadian soil.")
    (abduction,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in abduction.actors] == ["SDN"]
    assert abduction.modality == "alleged"
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [a.country for a in accusation.actors] == ["TCD"]


def test_a_country_in_an_officials_own_report_is_not_his(explainer: Explainer) -> None:
    text = ("President Marwan Qasimi today turned down a European request to restart the pipeline across Morocco, "
            "insisting that Algerian gas would reach Spain only through the undersea line.")
    events = explainer.analyse(text, DAY).events
    assert events
    assert all(a.country != "ESP" for e in events for a in e.actors)


@pytest.mark.parametrize("text, country", [
    ("Hundreds of riot police were deployed in Dhaka on Sunday ahead of an opposition rally.", "BGD"),
    ("Extra police were deployed across Nairobi after the verdict.", "KEN"),
])
def test_domestic_forces_heading_a_passive_deployment_move(explainer: Explainer, text: str, country: str) -> None:
    (deployment,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert [a.country for a in deployment.actors] == [country]


@pytest.mark.parametrize("text, pair", [
    ("A peace deal between Armenia and Azerbaijan was initialled in Washington on Friday.", ["ARM", "AZE"]),
    ("A trade accord between Sudan and South Sudan was signed in Juba on Monday.", ["SDN", "SSD"]),
])
def test_the_pair_after_between_in_a_passive_subject_sign(explainer: Explainer, text: str, pair: list[str]) -> None:
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(a.country for a in signing.actors) == pair
