"""Wire phrasings of requests, releases, licence sanctions, loan signings, threats, arrests
and joint approvals (sentences written for these tests): neighbours invited to lend doctors,
partners looked to for aid, a bid made to an agency for tents; fishermen discharged and a
kidnapped man returned; bureaux' licences revoked; a loan agreement executed (no killing);
pilots cleared or aircraft poised to strike, dire consequences spelled out; smugglers caught
carrying drugs; a binational project approved by two ministers."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type


def test_states_invited_to_lend_doctors_are_asked(explainer: Explainer) -> None:
    types = coded_types(explainer, "President Adama Barrow invited fellow ECOWAS states on Monday to lend Gambia "
                                   "150 nurses for its cholera wards.")
    assert "REQUEST" in types and "AGREE" not in types


def test_crying_out_for_neighbours_to_lend_medics_is_a_request(explainer: Explainer) -> None:
    types = coded_types(explainer, "President Weah cried out on Friday for West African neighbours to lend Liberia "
                                   "medics.")
    assert "REQUEST" in types


def test_partners_looked_to_for_doctors_are_asked(explainer: Explainer) -> None:
    asks = of_type(explainer, "President Macky Sall looked to ECOWAS partners on Tuesday for 100 doctors and "
                              "nurses.", "REQUEST")
    assert asks and any(r.country == "IGO" for r in asks[0].recipients)


def test_looking_to_a_bank_for_guidance_asks_nothing(explainer: Explainer) -> None:
    # near miss: no aid asked for
    assert "REQUEST" not in coded_types(explainer, "Investors looked to the central bank for guidance on rates.")


def test_a_bid_made_to_an_agency_for_tents_is_a_request(explainer: Explainer) -> None:
    asks = of_type(explainer, "Lebanon's social affairs ministry made a bid on Monday to the UN refugee agency for "
                              "15,000 tents.", "REQUEST")
    assert asks and asks[0].recipients


def test_fishermen_discharged_by_a_magistrate_are_released(explainer: Explainer) -> None:
    releases = of_type(explainer, "A Karachi magistrate discharged 60 Indian fishermen on Tuesday.", "RETREAT")
    assert releases and any(r.country == "IND" for r in releases[0].recipients)


def test_a_kidnapped_engineer_returned_is_released(explainer: Explainer) -> None:
    assert of_type(explainer, "The kidnappers returned a kidnapped Chinese engineer to the police in Niger Delta "
                              "on Friday.", "RETREAT")


def test_licences_of_bureaux_revoked_by_a_central_bank_are_a_sanction(explainer: Explainer) -> None:
    types = coded_types(explainer, "Ghana's central bank revoked the operating licences of 12 bureaux de change on "
                                   "Monday.")
    assert "SANCTION" in types and "COERCE" not in types


def test_a_loan_agreement_executed_is_signed_not_a_killing(explainer: Explainer) -> None:
    types = coded_types(explainer, "Morocco and the Arab Fund for Economic and Social Development executed a 30m "
                                   "dinar loan agreement on Monday.")
    assert "SUPPORT" in types and "ASSAULT" not in types


def test_attending_a_signature_ceremony_for_a_loan_is_a_signing(explainer: Explainer) -> None:
    assert of_type(explainer, "The Sudanese finance minister and the head of the Saudi Fund for Development "
                              "attended a signature ceremony on Monday for a 50 million dollar loan.", "SUPPORT")


def test_pilots_cleared_to_sink_ships_threaten_no_attack(explainer: Explainer) -> None:
    types = coded_types(explainer, "The air force chief said his pilots are cleared to sink any tanker docking at "
                                   "Ras Lanuf.")
    assert "THREATEN" in types and "ASSAULT" not in types


def test_aircraft_poised_to_strike_a_port_threaten_it(explainer: Explainer) -> None:
    types = coded_types(explainer, "The commander said his aircraft are poised to strike Hodeidah port.")
    assert "THREATEN" in types and "ASSAULT" not in types


def test_leaders_poised_to_sign_a_deal_threaten_no_one(explainer: Explainer) -> None:
    # near miss: "poised to" with no attack after it
    assert "THREATEN" not in coded_types(explainer, "The two presidents are poised to sign a trade deal on Friday.")


def test_dire_consequences_spelled_out_for_a_group_are_a_threat(explainer: Explainer) -> None:
    threats = of_type(explainer, "General Aviv Kochavi spelled out dire consequences for Hamas on Tuesday.",
                      "THREATEN")
    assert threats and any(r.country == "PSE" for r in threats[0].recipients)


def test_passengers_caught_carrying_drugs_are_arrested(explainer: Explainer) -> None:
    arrests = of_type(explainer, "Thai customs officers caught two Laotian men carrying 3 kilograms of heroin at "
                                 "Nong Khai on Monday.", "COERCE")
    assert arrests and arrests[0].mode == "arrest"


def test_a_binational_border_post_approved_by_two_ministers_is_an_agreement(explainer: Explainer) -> None:
    assert of_type(explainer, "The foreign ministers of Chile and Argentina approved a binational border post at "
                              "Los Libertadores on Monday.", "AGREE")
