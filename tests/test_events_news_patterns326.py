"""Session 56 (sentences written for these tests), from probe C29: a main clause whose subject
is an owner's name and its head ("Nicaragua's government released") ends a fronted relative
clause, for its verb and the verbs after it; a readiness to accept mediation "in its war with"
the government is an offer, the war only its setting; columns of armed vehicles moved toward a
city are a deployment; "the mobile telephone of" a president is a handset, no call."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2023-02-10"


def test_an_owners_name_after_a_fronted_relative_clause_opens_the_main_clause(explainer: Explainer) -> None:
    text = ("In a move that stunned exiled opponents of the president, Belarus's government released 40 political "
            "prisoners on Thursday and expelled them to Lithuania.")
    assert sorted(types(code(explainer, text, DAY))) == ["COERCE", "RETREAT"]
    text = ("Seeking to end an insurgency that has killed thousands, Niger's President Mahamadou Issoufou signed a "
            "decree granting amnesty to Tuareg rebels who lay down their arms.")
    assert "CONCEDE" in types(code(explainer, text, DAY))


def test_a_war_the_party_is_in_does_not_make_its_readiness_a_threat(explainer: Explainer) -> None:
    text = ("The rebel Lord's Resistance Army said it was prepared to accept mediation by the African Union in its "
            "long war with the government in Kampala.")
    assert types(code(explainer, text, DAY)) == ["AGREE"]
    assert types(code(explainer, "Uganda said it was prepared to wage war on the rebels.", DAY)) == ["THREATEN"]


def test_columns_of_armed_vehicles_moved_toward_a_city_deploy(explainer: Explainer) -> None:
    text = "Forces loyal to General Khalifa Haftar moved columns of armed vehicles toward Misrata on Thursday."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_the_telephone_of_a_president_is_no_call(explainer: Explainer) -> None:
    text = "Brazil condemned reports that American intelligence had tapped the mobile telephone of its president."
    assert "CONSULT" not in types(code(explainer, text, DAY))
