"""Actor recognition causes read from cluster_test19 (sentences written here): Yemen's
presidential council and its chairman, Kuwait's State Security, Libya's State Council,
Sudan's aid commission and the commander of Iran's army ground forces."""

from __future__ import annotations

import pytest

from actor_helpers import hits


@pytest.mark.parametrize("text, name", [
    ("Yemen's presidential council appealed to Riyadh for fuel.", "Yemen's presidential council"),
    ("Yemen's Saudi-backed presidential council sacked the governor.", "Yemen's Saudi-backed presidential council"),
])
def test_yemens_presidential_council_is_the_plc(kb, text: str, name: str) -> None:
    assert hits(kb, text, "2026-06-01")[name] == ("yem_plc", "YEM", "GOV")


def test_the_plc_chairman_is_found_after_a_doctors_title(kb) -> None:
    text = "The council's chairman Dr. Rashad al-Alimi met the envoy in Aden."
    assert hits(kb, text, "2026-06-01")["chairman Dr. Rashad al-Alimi"][:2] == ("rashad_al_alimi", "YEM")


@pytest.mark.parametrize("text, name", [
    ("KUWAIT, May 3 (KUNA) -- State Security arrested four people.", "State Security"),
    ("Kuwait's State Security apparatus seized cash and gold.", "Kuwait's State Security apparatus"),
])
def test_kuwaits_state_security(kb, text: str, name: str) -> None:
    assert hits(kb, text, "2026-05-03")[name][:2] == ("kwt_state_security", "KWT")


def test_the_state_council_in_a_libyan_report_is_the_high_council_of_state(kb) -> None:
    text = "TRIPOLI - The State Council rejected the budget passed in Benghazi."
    assert hits(kb, text, "2026-03-09")["State Council"][:2] == ("lby_hcs", "LBY")


def test_sudans_aid_commission(kb) -> None:
    text = "Sudan's Humanitarian Aid Commission suspended three charities."
    assert hits(kb, text, "2026-09-05")["Sudan's Humanitarian Aid Commission"][:2] == ("sdn_hac", "SDN")


def test_the_iranian_ground_forces_commander(kb) -> None:
    text = "Brigadier General Kioumars Heydari inspected the border units."
    assert hits(kb, text, "2026-10-31")["Brigadier General Kioumars Heydari"] == ("kioumars_heydari", "IRN", "MIL")
