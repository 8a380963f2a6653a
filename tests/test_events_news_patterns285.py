"""Session 48 (sentences written for these tests), from probe C21: the bare form "free" with
people of the kind captors hold after it releases ("would free two journalists"); countermeasures
taken are a penalty, and promised on a condition, a threat; the acts of a condition clause
("if Y released ...") are no acts of their own when the news stands outside it; a crowd
marching on a parliament or palace protests against its state; "to press Togo" is a verb;
armoured personnel carriers shipped to an army are aid."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2041-06-14"


def test_free_with_a_held_person_after_it(explainer: Explainer) -> None:
    text = "The rebels would free two American journalists if Washington released two of their commanders."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.modality == "hypothetical" and countries(release.recipients) == ["USA"]
    # the release asked for in the condition is no act of its own
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_countermeasures_taken_or_promised(explainer: Explainer) -> None:
    text = "Moscow took countermeasures against Oslo on Monday, expelling 3 Norwegian diplomats."
    (penalty,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(penalty.recipients) == ["NOR"]
    text = "Beijing will take resolute countermeasures if Seoul allows more US missiles on its soil, a spokesman said."
    assert coded_types(explainer, text, DAY) == ["THREATEN"]


def test_a_condition_alone_is_still_coded(explainer: Explainer) -> None:
    text = "Kinshasa said nothing if M23 rebels withdrew from Goma."
    (withdrawal,) = of_type(explainer, text, "RETREAT", DAY)
    assert withdrawal.modality == "hypothetical"
    text = "Kinshasa would consider an amnesty if M23 rebels withdrew from Goma."
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_a_crowd_marching_on_a_seat_of_power_protests_against_the_state(explainer: Explainer) -> None:
    text = "Thousands of Samoans marched on Parliament in Apia on Wednesday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.recipients) == ["WSM"]


def test_press_as_a_verb_before_a_name_and_carriers_shipped(explainer: Explainer) -> None:
    text = "Observers asked Ghana on Monday to press Togo to release the men."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert "JRN" not in [r.sector for r in request.recipients]
    text = "The United States shipped 30 armoured personnel carriers to the Lebanese army this week."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.recipients) == ["LBN"]
