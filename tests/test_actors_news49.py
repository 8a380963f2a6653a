"""Sources and targets: heads of government of the Caucasus and the Horn, a plural title over
two names, a counterpart of an official's own kind, a state's naval or military vehicle that
delivers, the party of a threat's condition, forces housed at a struck place, and the party
outside whose premises a protest gathers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type


def _ids(refs) -> list[str | None]:
    return [r.actor_id for r in refs]


@pytest.mark.parametrize("text, date, expected", [
    ("Prime Ministers Irakli Garibashvili and Ali Asadov agreed on Tuesday to widen the border crossing at "
     "Lagodekhi.", "2022-06-07", ["irakli_garibashvili", "ali_asadov"]),
    ("Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov agreed on Tuesday to resume the border talks.",
     "2022-06-07", ["ararat_mirzoyan", "jeyhun_bayramov"]),
    ("Prime Minister Abiy Ahmed and President Ismail Omar Guelleh agreed on Monday to extend the port deal.",
     "2024-03-04", ["abiy_ahmed", "ismail_omar_guelleh"]),
])
def test_a_plural_title_over_two_names_gives_both(explainer: Explainer, text: str, date: str,
                                                   expected: list[str]) -> None:
    (agree,) = of_type(explainer, text, "AGREE", date)
    assert _ids(agree.actors) == expected
    assert {r.sector for r in agree.actors} == {"GOV"}


def test_a_prime_ministers_terms_are_dated(explainer: Explainer) -> None:
    text = "Georgian Prime Minister Irakli Garibashvili agreed on Monday to extend the gas contract."
    (held,) = of_type(explainer, text, "AGREE", "2014-05-05")
    (later,) = of_type(explainer, text, "AGREE", "2025-05-05")
    assert (held.actors[0].country, held.actors[0].sector) == ("GEO", "GOV")
    assert later.actors[0].sector != "GOV"


@pytest.mark.parametrize("text, partner, sector", [
    ("Kenya's interior minister and his Ugandan counterpart agreed on Friday to reopen the Busia crossing.",
     "UGA", "GOV"),
    ("Egyptian troops and their Jordanian counterparts began a joint exercise near Aqaba on Monday.", "JOR", "MIL"),
])
def test_a_counterpart_is_of_the_officials_own_kind(explainer: Explainer, text: str, partner: str,
                                                    sector: str) -> None:
    events = [e for e in of_type(explainer, text, "AGREE") + of_type(explainer, text, "COOPERATE")]
    (event,) = events
    assert [(r.country, r.sector) for r in event.actors if r.country == partner] == [(partner, sector)]


@pytest.mark.parametrize("text, country, sector", [
    ("An Emirati military plane bearing 40 tonnes of medicine landed in Port Sudan on Monday.", "ARE", "MIL"),
    ("A Greek naval ship bearing two tonnes of relief supplies docked in Benghazi's port on Monday.", "GRC", "MIL"),
    ("A Qatari plane bearing 30 tonnes of flour landed in Port Sudan on Monday.", "QAT", None),
])
def test_a_states_vehicle_that_delivers_is_its_state(explainer: Explainer, text: str, country: str,
                                                     sector: str | None) -> None:
    (aid,) = of_type(explainer, text, "AID")
    assert [(r.country, r.sector) for r in aid.actors] == [(country, sector)]


def test_the_party_of_a_threats_condition_is_its_target(explainer: Explainer) -> None:
    text = ("The Sudanese army chief said on Monday that any RSF push toward El Obeid would unleash an "
            "offensive on Nyala.")
    (threat,) = of_type(explainer, text, "THREATEN")
    assert "rsf" in _ids(threat.recipients)
    assert "rsf" not in _ids(threat.actors)
    assert [r.country for r in threat.actors] == ["SDN"]


@pytest.mark.parametrize("text", [
    "Mortars rained on Tanf, the remote Syrian garrison hosting American troops, on Friday, lightly wounding "
    "two soldiers, a spokesman said.",
    "Drones slammed into Harir, the Kurdish base that houses U.S. troops, on Friday, wounding a contractor.",
])
def test_forces_housed_at_a_struck_place_do_not_attack(explainer: Explainer, text: str) -> None:
    for strike in of_type(explainer, text, "ASSAULT"):
        assert "USA" not in [r.country for r in strike.actors]


@pytest.mark.parametrize("text, target", [
    ("Refugees staged a sit-in today outside a UNHCR office in Tripoli, protesting cuts to cash aid.", "unhcr"),
    ("Teachers rallied on Monday in front of the World Bank office in Beirut over unpaid salaries.", "world_bank"),
])
def test_the_party_outside_whose_premises_a_protest_gathers_is_its_target(explainer: Explainer, text: str,
                                                                         target: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST")
    assert _ids(protest.recipients) == [target]
    assert target not in _ids(protest.actors)
    assert protest.location is not None  # the seat named after the body stays the protest's place


@pytest.mark.parametrize("text, giver", [
    ("Jordan's foreign minister pleaded on Monday for Saudi money to help Syrian refugees return home.", "SAU"),
    ("Jordan's foreign minister lodged a request on Monday for Qatari funding to move Syrian refugees home.",
     "QAT"),
])
def test_a_request_for_money_asks_its_giver_not_those_it_is_for(explainer: Explainer, text: str,
                                                                 giver: str) -> None:
    (request,) = of_type(explainer, text, "REQUEST")
    assert [r.country for r in request.recipients] == [giver]
