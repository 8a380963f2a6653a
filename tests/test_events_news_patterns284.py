"""Session 48 (sentences written for these tests), from probe C21: a name that opens a KB
person's longer name is that person ("President Fernando Collor" of Fernando Collor de
Mello); charges filed or brought against a party accuse it; a state's rapper or writer named
bare is of the one state in context; a state's war crimes tribunal is its judiciary; a
ranked apposition after the news ("the largest naval exercise ...") tells no second act; a
state that quits the ICC, a regional force or an alliance withdraws (SANCTION)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_a_shortened_name_and_charges_filed(explainer: Explainer) -> None:
    text = "Prosecutors in Brasilia could file bribery charges against President Fernando Collor next week."
    (charge,) = of_type(explainer, text, "ACCUSE", "1992-06-10")
    assert countries(charge.recipients) == ["BRA"] and charge.modality == "possible"
    assert charge.recipients[0].actor_id == "fernando_collor_de_mello"


def test_a_rapper_and_a_war_crimes_tribunal(explainer: Explainer) -> None:
    text = "Egypt's judiciary commuted the death sentence of a young rapper to ten years in prison on Sunday."
    (clemency,) = of_type(explainer, text, "CONCEDE", "2041-06-14")
    assert countries(clemency.recipients) == ["EGY"]
    text = "Cambodia's war crimes tribunal indicted two former Khmer Rouge commanders on Monday."
    (charge,) = of_type(explainer, text, "ACCUSE", "2041-06-14")
    assert countries(charge.actors) == ["KHM"] and charge.actors[0].sector == "JUD"


def test_an_apposition_ranking_the_news_noun_adds_no_act(explainer: Explainer) -> None:
    text = ("Greek and Cypriot warships began a week of joint drills off Crete on Tuesday, "
            "the largest naval exercise the two navies have ever held.")
    assert [e.type for e in of_type(explainer, text, "MOBILIZE", "2041-06-14")] == []
    # alone, the ranked noun is the news
    text = "Police counted 50,000 people in the square in Tbilisi, the largest rally in years."
    assert of_type(explainer, text, "PROTEST", "2041-06-14")


def test_leaving_a_court_a_force_or_a_coalition_is_a_sanction(explainer: Explainer) -> None:
    text = "The Gambia on Friday became the second country to quit the International Criminal Court."
    (exit_,) = of_type(explainer, text, "SANCTION", "2041-06-14")
    assert exit_.mode == "withdraw" and countries(exit_.actors) == ["GMB"]
    text = "Niger's government quit the G5 Sahel regional force on Sunday."
    (exit_,) = of_type(explainer, text, "SANCTION", "2041-06-14")
    assert countries(exit_.actors) == ["NER"]
    text = "Chad's government quit the regional alliance on Sunday."
    assert of_type(explainer, text, "SANCTION", "2041-06-14")
