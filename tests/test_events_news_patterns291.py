"""Session 50 (sentences written for these tests), from cluster_test56: forces a verb of moving
names ("ferried 350 Kenyan infantrymen") are their state's own, moved by it when the carrier
names no state; crews that combine forces cooperate; leaders who compare views consult; two
ministers who reach terms agree; from probe C23: who announces plans to act is the one to act, no
speaker of a report."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, known_countries

DAY = "2031-05-06"


def test_forces_ferried_by_lorries_are_moved_by_their_state(explainer: Explainer) -> None:
    text = "Army lorries ferried 350 Kenyan infantrymen to Garissa on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["KEN"])
    # near miss: a named mover keeps the move ("Uganda ferried Kenyan troops") as its own
    [event] = code(explainer, "Uganda ferried 300 Kenyan soldiers home on Monday.", DAY)
    assert countries(event.actors) == ["UGA"]


def test_crews_that_combine_forces_cooperate(explainer: Explainer) -> None:
    text = "Finnish and Estonian coastguards combined forces on Monday to tow a disabled ferry into Tallinn."
    [event] = code(explainer, text, DAY)
    assert (event.type, known_countries(event.actors)) == ("COOPERATE", ["EST", "FIN"])


def test_leaders_who_compare_views_consult(explainer: Explainer) -> None:
    text = "Gabon's president and Cameroon's president compared views on Monday on the border."
    [event] = code(explainer, text, DAY)
    assert (event.type, known_countries(event.actors)) == ("CONSULT", ["CMR", "GAB"])


def test_ministers_who_reach_terms_agree(explainer: Explainer) -> None:
    text = "Chile's foreign minister and his Bolivian counterpart reached terms on Monday on a rail link."
    [event] = code(explainer, text, DAY)
    assert (event.type, known_countries(event.actors)) == ("AGREE", ["BOL", "CHL"])


def test_who_announces_plans_to_act_acts(explainer: Explainer) -> None:
    text = "Armenia's defence ministry announced plans to call up 20,000 reservists on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality, countries(event.actors)) == ("MOBILIZE", "intended", ["ARM"])
