"""Event structure: the act a relative clause tells on what a party says it was behind, or
owns up to, is news (not background on a noun); a demand's content ends at a comma that
opens an interval from another event (", a day on from", ", two days after"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text, actor", [
    ("Boko Haram said it was behind the rocket volley that struck Konduga last night, and a medic at "
     "the clinic counted three dead, most of them wounded in the market.", "boko_haram"),
    ("The Taliban said they were behind the mortar rounds that struck the police station in Kunduz last night, "
     "and a doctor said two more officers were wounded inside the compound.", "taliban"),
])
def test_the_act_a_party_says_it_was_behind_is_news(explainer: Explainer, text: str, actor: str) -> None:
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert any(actor in {r.actor_id for r in s.actors} for s in strikes)


def test_the_act_a_group_owns_up_to_in_a_relative_clause_is_kept(explainer: Explainer) -> None:
    text = ("The Pakistani Taliban took credit for the mortar rounds that struck a police post in Bannu "
            "last night, and a doctor said two more constables were wounded inside the compound.")
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert [s.trigger.text for s in strikes] == ["struck"]


@pytest.mark.parametrize("interval", ["a day on from Sunday's", "a week on from last week's"])
def test_a_demands_content_ends_at_an_interval_from_another_event(explainer: Explainer, interval: str) -> None:
    text = ("Contract lecturers at the Tunisian University halted classes and gathered outside the rectorate "
            f"on the Manouba campus today to demand permanent posts, {interval} sit-in by retired servicemen "
            "near parliament.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.recipients == []
