"""Recipients of demands made by a country's own people (sentences written for these tests):
residents or workers of a country who ask its government are not that government, so the
government they ask is the recipient; an official of the same state is still the state."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_residents_demanding_their_government_act_name_it_as_recipient(explainer: Explainer) -> None:
    asks = of_type(explainer, "Residents of Basra on Monday demanded that Baghdad fund a desalination plant.",
                   "REQUEST")
    assert asks and countries(asks[0].recipients) == ["IRQ"]
    assert [r.sector for r in asks[0].recipients] == ["GOV"]


def test_a_minister_asking_his_own_state_asks_no_one_of_it(explainer: Explainer) -> None:
    # near miss: the official is part of the state, so Iraq is not his recipient
    asks = of_type(explainer, "Iraq's oil minister on Monday urged that Baghdad fund a desalination plant.",
                   "REQUEST")
    assert asks and "IRQ" not in countries(asks[0].recipients)
