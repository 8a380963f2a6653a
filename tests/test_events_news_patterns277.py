"""Session 46 (sentences written for these tests), from the opened cluster_test52: captives
allowed or let to walk away, a gang as a party, soldiers named by their arm, and the Dutch
military police by name."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_captives_allowed_or_let_to_walk_away_are_released(explainer: Explainer) -> None:
    text = "Militants in Zamfara on Monday allowed 5 road workers they seized near Gusau to walk away unhurt."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    text = "A gang near Enugu this morning let a trader it snatched at gunpoint walk away unhurt."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.text for a in release.actors] == ["gang"]


def test_soldiers_named_by_their_arm_are_a_force(explainer: Explainer) -> None:
    text = "Peru airlifted 600 infantrymen to the Ecuadorean border on Monday."
    (deployment,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(deployment.actors) == ["PER"]


def test_the_marechaussee_is_dutch(explainer: Explainer) -> None:
    text = "The Koninklijke Marechaussee detained 6 passengers of a flight from Curacao at Schiphol airport."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["NLD"]
