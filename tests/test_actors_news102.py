"""Actors of session 59 (sentences written for these tests), from the opened cluster_test66:
the heads of government of the Bahamas, Guyana, Papua New Guinea and Fiji in the 1980s are in
the KB, so "Lynden Pindling's ministers" are the Bahamas'; a state's "Board" or "Bureau" with a
name of its own is a body of government, "and" inside the name included; the Nordic states'
aid agencies named by acronym ("FINNIDA") are their states'; the FDN is the Contras."""

from __future__ import annotations

from actor_helpers import hit

DATE = "1986-06-12"


def test_ministers_of_the_bahamas_prime_minister_are_bahamian(kb) -> None:
    ref = hit(kb, "Lynden Pindling's ministers scrapped the fee rise on Monday.", "Lynden Pindling's ministers", DATE)
    assert (ref.country, ref.sector) == ("BHS", "GOV")


def test_guyanas_president_of_the_late_1980s_is_guyanese(kb) -> None:
    ref = hit(kb, "Desmond Hoyte flew to Caracas on Monday.", "Desmond Hoyte", DATE)
    assert ref.country == "GUY"


def test_papua_new_guineas_prime_minister_of_1986_is_papuan(kb) -> None:
    ref = hit(kb, "Paias Wingti's government rejected the growers' petition.", "Paias Wingti's government", DATE)
    assert ref.country == "PNG"


def test_fijis_prime_minister_of_1986_is_fijian(kb) -> None:
    ref = hit(kb, "Ratu Mara's ministers rejected the copra cutters' petition.", "Ratu Mara's ministers", DATE)
    assert ref.country == "FJI"


def test_a_named_board_of_a_state_is_its_government(kb) -> None:
    ref = hit(kb, "Kenya's auditor censured three National Cereals and Produce Board managers on Monday.",
              "National Cereals and Produce Board", DATE)
    assert (ref.country, ref.sector, ref.type) == ("KEN", "GOV", "government")


def test_a_named_bureau_is_a_body_of_government(kb) -> None:
    ref = hit(kb, "The Ghana Cocoa Bureau raised producer prices on Monday.", "Ghana Cocoa Bureau", DATE)
    assert (ref.country, ref.sector) == ("GHA", "GOV")


def test_the_nordic_aid_agencies_by_acronym_are_their_states(kb) -> None:
    for text, name, country in [("FINNIDA gave Tanzania 900 tonnes of paper.", "FINNIDA", "FIN"),
                                ("SIDA funded the Laos road.", "SIDA", "SWE"),
                                ("DANIDA paid for the wells.", "DANIDA", "DNK"),
                                ("NORAD built the dam.", "NORAD", "NOR")]:
        ref = hit(kb, text, name, DATE)
        assert (ref.country, ref.sector) == (country, "GOV")


def test_the_nicaraguan_democratic_force_is_the_contras(kb) -> None:
    ref = hit(kb, "The FDN freed eight coffee pickers on Sunday.", "FDN", DATE)
    assert (ref.actor_id, ref.country) == ("contras", "NIC")
