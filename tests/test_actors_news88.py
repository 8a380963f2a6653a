"""Targets of session 33 (sentences written here): asylum is asked of the state whose embassy
the seekers entered or asked at, and an act on an accord or a relation is aimed at its other
party, named after the noun's "with"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_asylum_is_asked_of_the_embassy_entered(explainer: Explainer) -> None:
    asks = of_type(explainer, "Six Cubans scaled the fence of the Mexican embassy in Havana and requested "
                              "political asylum.", "REQUEST")
    assert asks and countries(asks[0].recipients) == ["MEX"]


def test_asylum_asked_at_the_embassy_of_a_state(explainer: Explainer) -> None:
    asks = of_type(explainer, "Two Uzbek dissidents sought asylum at the embassy of Canada in Tashkent.", "REQUEST")
    assert asks and countries(asks[0].recipients) == ["CAN"]


def test_a_request_with_no_asylum_takes_no_embassy(explainer: Explainer) -> None:
    asks = of_type(explainer, "Protesters outside the British embassy asked for the release of the detained "
                              "activists.", "REQUEST")
    assert all("GBR" not in countries(e.recipients) for e in asks)


def test_ratifying_a_pact_with_a_state_supports_it(explainer: Explainer) -> None:
    ratified = of_type(explainer, "The Indonesian parliament ratified a defence pact with Singapore on Tuesday.",
                       "SUPPORT")
    assert ratified and countries(ratified[0].recipients) == ["SGP"]


def test_suspending_exchanges_with_a_state_threatens_it(explainer: Explainer) -> None:
    threats = of_type(explainer, "Moscow will suspend military contacts with Oslo if the radar base is built.",
                      "THREATEN")
    assert threats and countries(threats[0].recipients) == ["NOR"]


def test_a_frozen_object_of_no_relation_keeps_its_owners(explainer: Explainer) -> None:
    # the relation's partner is looked for only after the object's own reading found no one
    freezes = of_type(explainer, "Britain froze the assets of 12 individuals and two firms linked to Hezbollah "
                                 "and the Houthis on Monday.", "SANCTION")
    assert freezes and freezes[0].recipients


def test_an_accord_owned_by_another_state_names_no_partner_of_the_act(explainer: Explainer) -> None:
    ratified = of_type(explainer, "The Senate ratified Japan's trade pact with Vietnam on Monday.", "SUPPORT")
    assert all("VNM" not in countries(e.recipients) for e in ratified)
