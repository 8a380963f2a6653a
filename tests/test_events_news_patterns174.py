"""A participant noun used as a verb names no party: "elders to police the truce" leaves the
police out of the truce. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2003-09-15"


def test_a_participant_noun_used_as_a_verb_is_no_actor(explainer: Explainer) -> None:
    text = ("The pact sets up a panel of 9 clan chiefs to police the truce reached on Friday between the "
            "two herding tribes near Gao.")
    deals = of_type(explainer, text, "AGREE", DAY)
    assert not any(a.text.lower() == "police" for e in deals for a in e.actors)


def test_police_before_a_time_stay_a_party(explainer: Explainer) -> None:
    text = "Villagers handed the two suspects to police the same day, and police arrested a third man on Sunday."
    arrests = of_type(explainer, text, "COERCE", DAY)
    assert any(a.text.lower() == "police" for e in arrests for a in e.actors)
