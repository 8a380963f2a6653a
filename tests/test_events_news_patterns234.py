"""Lexicon: money "impounded" or "immobilised" is frozen (SANCTION), not seized; an accord that
"bore the signatures of" its signers; notice "served" on a party of a hostile act; munitions
that "slammed overnight into" a school and armed men who "assailed" a post attack, while a
government "assailed" is criticised. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2024-07-09"


# SANCTION: money held still

def test_central_bank_impounded_funds(explainer: Explainer) -> None:
    text = "Kenya's Central Bank impounded the funds of 4 men linked to al-Shabaab on Monday."
    types = coded_types(explainer, text, DAY)
    assert "SANCTION" in types
    assert "COERCE" not in types


def test_immobilised_deposits_of_charities(explainer: Explainer) -> None:
    (freeze,) = of_type(explainer, "Nigeria immobilised the bank accounts of three charities accused of "
                        "financing Boko Haram.", "SANCTION", DAY)
    assert [a.country for a in freeze.actors] == ["NGA"]


def test_banks_instructed_to_immobilise_assets(explainer: Explainer) -> None:
    (freeze,) = of_type(explainer, "The Central Bank of Nigeria instructed banks to immobilise the "
                        "accounts and assets of six people named on a terror list.", "SANCTION", DAY)
    assert [a.country for a in freeze.actors] == ["NGA"]


def test_impounded_cars_stay_a_seizure(explainer: Explainer) -> None:
    types = coded_types(explainer, "Nigerian police impounded 30 cars in Lagos on Friday.", DAY)
    assert "COERCE" in types
    assert "SANCTION" not in types


# SUPPORT: the accord as the subject, its signers after "of"

def test_grant_agreement_bore_the_signatures_of_minister_and_ambassador(explainer: Explainer) -> None:
    text = ("A 30m euro grant agreement for schools in Sfax and Gabes bore the signatures of the Tunisian "
            "education minister and the French ambassador on Monday.")
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(a.country for a in signing.actors) == ["FRA", "TUN"]


def test_accord_carries_the_signatures_of_two_ministers(explainer: Explainer) -> None:
    (signing,) = of_type(explainer, "The accord carries the signatures of the Ethiopian and Eritrean "
                         "foreign ministers.", "SUPPORT", DAY)
    assert sorted(a.country for a in signing.actors) == ["ERI", "ETH"]


def test_petition_bearing_names_signs_no_accord(explainer: Explainer) -> None:
    assert "SUPPORT" not in coded_types(explainer, "The petition bore the signatures of 5,000 Kenyan "
                                        "teachers.", DAY)


# THREATEN: notice served on a party, the party between verb and notice

def test_served_a_party_a_final_notice_of_a_crushing_response(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "The Israeli defence minister served Hamas a final notice that any "
                        "rocket fire would bring a crushing response.", "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["ISR"]
    assert [r.country for r in threat.recipients] == ["PSE"]


def test_served_rebels_an_explicit_notice_of_a_riposte(explainer: Explainer) -> None:
    events = of_type(explainer, "The Rwandan army spokesman served the FDLR rebels an explicit notice of "
                     "a devastating riposte to any shelling of Gisenyi.", "THREATEN", DAY)
    assert events and [a.country for a in events[0].actors] == ["RWA"]


def test_eviction_notice_served_is_no_threat(explainer: Explainer) -> None:
    assert "THREATEN" not in coded_types(explainer, "The Kenyan landlord served the tenants an eviction "
                                         "notice on Friday.", DAY)


# ASSAULT: munitions slamming onto a place, a post assailed

def test_rockets_slammed_overnight_into_a_school(explainer: Explainer) -> None:
    types = coded_types(explainer, "Rockets slammed overnight into a school in Aleppo.", DAY)
    assert types == ["ASSAULT"]


def test_minister_slamming_a_plan_stays_a_criticism(explainer: Explainer) -> None:
    types = coded_types(explainer, "The Greek minister slammed the Turkish plan on Monday.", DAY)
    assert "ACCUSE" in types
    assert "ASSAULT" not in types


def test_militants_assailed_a_gendarmerie_post(explainer: Explainer) -> None:
    types = coded_types(explainer, "Kurdish PKK militants assailed a gendarmerie post in Hakkari's "
                        "Yuksekova district yesterday, raking it using rockets.", DAY)
    assert "ASSAULT" in types
    assert "ACCUSE" not in types


def test_gunmen_assailed_an_army_convoy(explainer: Explainer) -> None:
    types = coded_types(explainer, "Gunmen assailed a Malian army convoy near Gao on Sunday.", DAY)
    assert "ASSAULT" in types
    assert "ACCUSE" not in types


def test_opposition_assailing_the_government_stays_a_criticism(explainer: Explainer) -> None:
    types = coded_types(explainer, "The Greek opposition assailed the government over the budget.", DAY)
    assert types == ["ACCUSE"]
