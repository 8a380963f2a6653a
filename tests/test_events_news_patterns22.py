"""Structure of news English, round 22: a name written with its Arabic article, a measure
"signed/imposed by" someone, a refusal by a negated object ("will accept no"), a predicate
noun after a copula, a restrictive relative clause on the object of a governed act, an "-ing"
word describing a force after "of", and goods carried by a seized vehicle.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_measure_signed_by_a_named_leader_is_his_act(explainer: Explainer) -> None:
    text = "The amnesty decree signed by al-Sharaa on Wednesday covers thousands of detainees."
    events = code(explainer, text, DAY)
    assert [e.type for e in events] == ["CONCEDE"]
    assert [a.actor_id for a in events[0].actors] == ["ahmed_al_sharaa"]
    assert events[0].date is not None and events[0].date.value == "2024-04-03"


def test_a_future_act_with_a_negated_object_is_a_refusal(explainer: Explainer) -> None:
    text = "The Sudanese army said on Monday that it will accept no ceasefire with the militia."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert refusal.modality == "asserted"
    assert not of_type(explainer, text, "AGREE", DAY)
    text = "Talks between Baghdad and Erbil no longer take place."
    assert all(e.type != "REJECT" for e in code(explainer, text, DAY))


def test_becoming_targets_is_no_attack(explainer: Explainer) -> None:
    text = ("The militia warned that any Turkish soldiers still stationed in northern Iraq by the "
            "end of the year would be considered occupiers and become legitimate targets.")
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_a_relative_clause_on_a_protested_arrest_is_background(explainer: Explainer) -> None:
    text = ("Hundreds of farmers blocked the highway on Tuesday, protesting the detention of Baloch "
            "activists who rejected the new tax.")
    assert not of_type(explainer, text, "REJECT", DAY)
    assert of_type(explainer, text, "PROTEST", DAY)


def test_forces_fighting_after_of_are_background(explainer: Explainer) -> None:
    text = ("France froze the assets of two commanders of the Wagner forces fighting Mali's army "
            "on Monday.")
    assert not of_type(explainer, text, "ASSAULT", DAY)
    assert [countries(e.actors) for e in of_type(explainer, text, "SANCTION", DAY)] == [["FRA"]]


def test_aid_on_a_seized_vessel_is_not_given_by_its_captor(explainer: Explainer) -> None:
    text = "Greek coastguards seized a cargo ship carrying humanitarian aid to Libya on Monday."
    assert not of_type(explainer, text, "AID", DAY)
    assert of_type(explainer, text, "COERCE", DAY)
    text = "Egyptian troops intercepted a boat loaded with humanitarian supplies off Rafah on Monday."
    assert not of_type(explainer, text, "AID", DAY)
    text = "Turkey sent a ship carrying humanitarian supplies to Gaza on Monday."
    assert [countries(e.actors) for e in of_type(explainer, text, "AID", DAY)] == [["TUR"]]
