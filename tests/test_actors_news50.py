"""Parties named by their units, crews and bodies: Israel's occupation bodies (COGAT, the
Civil Administration) act for its government; cadets and an emir's land forces are their
state's military, and the crew of a state's frigate stands for that state, while a bare
"the destroyer X" names a ship, no party; families gather as one; European money asked for
asks the EU; a "to" phrase after ", adding to" is no recipient of the verb before it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-03-11"


def _parties(refs) -> list[tuple[str | None, str | None]]:
    return [(r.country, r.sector) for r in refs]


@pytest.mark.parametrize("text", [
    "The Coordinator of Government Activities in the Territories on Monday revoked the work permits of 80 "
    "relatives of a gunman from Qabatiya.",
    "COGAT cancelled the entry permits of 40 traders from Beit Ummar on Monday.",
])
def test_israels_occupation_bodies_impose_the_sanction(explainer: Explainer, text: str) -> None:
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert _parties(sanction.actors) == [("ISR", "GOV")]


@pytest.mark.parametrize("text, parties", [
    ("Kuwaiti Emiri land forces and Omani troops began a joint drill near Duqm on Monday.",
     [("KWT", "MIL"), ("OMN", "MIL")]),
    ("Kenyan naval cadets and the crew of a French frigate began joint exercises off Mombasa on Monday.",
     [("KEN", "MIL"), ("FRA", "MIL")]),
    ("Ghanaian military cadets and the crew of an Italian destroyer on a port visit began week-long combined "
     "training on Monday.", [("GHA", "MIL"), ("ITA", "MIL")]),
])
def test_cadets_emiri_forces_and_a_frigates_crew_are_their_states_military(
        explainer: Explainer, text: str, parties: list[tuple[str, str]]) -> None:
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert _parties(drill.actors) == parties


def test_a_ship_named_by_its_kind_alone_is_no_party(explainer: Explainer) -> None:
    text = ("The Indian Navy's eastern squadron, made up of the destroyer Kochi and the tanker Aditya, sailed "
            "from Visakhapatnam on Monday for a two-month deployment.")
    events = of_type(explainer, text, "MOBILIZE", DAY)
    assert events and all(_parties(e.actors) == [("IND", "MIL")] for e in events)


def test_families_staging_a_sit_in_protest(explainer: Explainer) -> None:
    text = "Displaced families from camps near Kalma staged a sit-in on Monday outside a UNICEF office in Nyala."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["families"]


@pytest.mark.parametrize("text", [
    "Jordan's prime minister on Monday pleaded for European money to help Syrian refugees go home.",
    "Turkey's deputy premier filed a request on Monday for European funding to move Syrian refugees home.",
])
def test_european_money_asked_for_asks_the_eu(explainer: Explainer, text: str) -> None:
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert [r.actor_id for r in request.recipients] == ["eu"]


def test_european_elsewhere_names_no_body(explainer: Explainer) -> None:
    text = "European leaders pleaded for calm in Kosovo on Monday."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert "eu" not in [r.actor_id for r in request.actors + request.recipients]


@pytest.mark.parametrize("text, skipped", [
    ("An Egyptian ship delivered blankets to Tobruk on Sunday, adding to Saturday's Tunisian airlift to Benghazi.",
     "TUN"),
    ("A Qatari plane flew tents to Latakia on Monday, joining a Saudi convoy to Aleppo.", "SAU"),
])
def test_a_participle_after_a_comma_holds_its_own_to_phrase(explainer: Explainer, text: str,
                                                            skipped: str) -> None:
    (delivery,) = [e for e in of_type(explainer, text, "AID", DAY) if e.trigger.text in {"delivered", "flew"}]
    assert skipped not in [r.country for r in delivery.recipients]
