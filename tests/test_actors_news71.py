"""A state's customs staff and its police detectives are its parties; a Gulf state's
development fund lends for its state. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2019-03-12"


def test_customs_officers_are_the_states_officials(explainer: Explainer) -> None:
    (seizure,) = of_type(explainer, "Customs officers in Beirut seized 2 tonnes of hashish on Monday.", "COERCE", DAY)
    assert [(a.country, a.sector) for a in seizure.actors] == [("LBN", "GOV")]


def test_detectives_of_a_ministry_act_for_its_state(explainer: Explainer) -> None:
    text = "Detectives of Bahrain's Interior Ministry raided a flat in Riffa on Monday and arrested 2 men."
    arrests = of_type(explainer, text, "COERCE", DAY)
    assert arrests and all([a.country for a in e.actors] == ["BHR"] for e in arrests)


def test_a_gulf_development_fund_is_its_states_lender(explainer: Explainer) -> None:
    text = "The Saudi Fund for Development signed a 40 million dollar loan with Jordan on Sunday to build a hospital."
    (loan,) = of_type(explainer, text, "SUPPORT", DAY)
    assert [(a.country, a.sector) for a in loan.actors] == [("SAU", "GOV")]
