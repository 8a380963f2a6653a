"""Lexicon triggers for sanctions (visa bans and asset freezes, links severed, monitors pulled
out), censorship, crowd control, own demands dropped, censorship lifted, transport restarted,
gendarmes sent and lips sewn in protest (events.yaml). Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type, types


def test_a_visa_ban_and_asset_freeze_are_sanctions(explainer: Explainer) -> None:
    (event,) = code(explainer, "The European Union imposed a visa ban and an asset freeze on twelve Iranian "
                    "officials.")
    assert event.type == "SANCTION" and known_countries(event.recipients) == ["IRN"]


def test_a_domestic_ban_stays_a_restriction(explainer: Explainer) -> None:
    assert types(code(explainer, "The Iraqi government imposed a ban on motorcycles in Baghdad.")) == ["COERCE"]


def test_many_kinds_of_links_severed_are_a_sanction(explainer: Explainer) -> None:
    (event,) = code(explainer, "Moscow severed road, rail, air and postal links with Tbilisi on Friday.")
    assert event.type == "SANCTION" and known_countries(event.recipients) == ["GEO"]


def test_monitors_pulled_out_are_a_sanction(explainer: Explainer) -> None:
    (event,) = code(explainer, "The OSCE's withdrawal of its 300 observers from Georgia was completed on Friday.")
    assert event.type == "SANCTION"


def test_troops_pulled_out_stay_a_retreat(explainer: Explainer) -> None:
    (event,) = code(explainer, "The Nepalese army's withdrawal of its 300 troops from the valley was completed "
                    "on Friday.")
    assert event.type == "RETREAT"


def test_a_station_forced_off_the_air_is_censored(explainer: Explainer) -> None:
    (event,) = code(explainer, "Zimbabwe's only independent radio station was forced off the air by the "
                    "government on Monday.")
    assert (event.type, event.mode) == ("COERCE", "censor")


def test_water_cannon_turned_on_marchers_is_crowd_control(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Turkish police turned tear gas on demonstrators in Istanbul on Saturday.",
                       "ASSAULT")
    assert event.mode == "crowd-control" and known_countries(event.actors) == ["TUR"]


def test_an_own_demand_shelved_is_a_concession(explainer: Explainer) -> None:
    assert types(code(explainer, "The rebels have shelved their demand for a separate state.")) == ["CONCEDE"]


def test_another_s_request_shelved_is_refused(explainer: Explainer) -> None:
    assert types(code(explainer, "The Ugandan government shelved the opposition's request for a recount.")) \
        == ["REJECT"]


def test_censorship_lifted_is_a_concession(explainer: Explainer) -> None:
    (event,) = code(explainer, "The Burmese junta lifted censorship of the press on Monday.")
    assert event.type == "CONCEDE" and known_countries(event.actors) == ["MMR"]


def test_passenger_services_restarted_are_cooperation(explainer: Explainer) -> None:
    assert types(code(explainer, "India and Pakistan restarted passenger trains between Lahore and Delhi on "
                      "Monday.")) == ["COOPERATE"]


def test_gendarmes_sent_are_a_mobilisation(explainer: Explainer) -> None:
    (event,) = code(explainer, "Paris has sent 2,000 gendarmes to New Caledonia to quell the unrest.")
    assert event.type == "MOBILIZE" and known_countries(event.actors) == ["FRA"]


def test_lips_sewn_together_are_a_protest_fast(explainer: Explainer) -> None:
    (event,) = code(explainer, "Tamil asylum seekers in an Australian detention camp sewed their lips together "
                    "on Monday.")
    assert (event.type, event.mode) == ("PROTEST", "hunger")


def test_observers_kept_out_are_involvement_refused(explainer: Explainer) -> None:
    (event,) = code(explainer, "Minsk barred OSCE monitors from entering the country ahead of the vote.")
    assert event.type == "REJECT" and known_countries(event.actors) == ["BLR"]


def test_ministers_kept_out_stay_a_travel_ban(explainer: Explainer) -> None:
    assert types(code(explainer, "Israel barred two Irish ministers from entering the country.")) == ["SANCTION"]
