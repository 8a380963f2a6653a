"""Actor recognition causes read from cluster_test19 round 2 (sentences written here): a
state's leader is the holder of the state's own top office, and Iran's regular navy and
its commander, and the security services in Sanaa (the Houthis')."""

from __future__ import annotations

import pytest

from actor_helpers import hits


@pytest.mark.parametrize("text, name", [
    ("Syria's leader flew to Ankara for talks.", "Syria's leader"),
    ("The Syrian leader flew to Ankara for talks.", "Syrian leader"),
])
def test_a_states_leader_is_the_holder_of_its_own_top_office(kb, text: str, name: str) -> None:
    assert hits(kb, text, "2026-05-10")[name][:2] == ("ahmed_al_sharaa", "SYR")


@pytest.mark.parametrize("text, name", [
    ("Iran's navy chief warned the tankers.", "Iran's navy chief"),
    ("The Islamic Republic's navy commander warned the tankers.", "The Islamic Republic's navy commander"),
])
def test_irans_navy_commander_is_shahram_irani(kb, text: str, name: str) -> None:
    assert hits(kb, text, "2026-05-10")[name] == ("shahram_irani", "IRN", "MIL")


def test_the_iranian_navy_is_the_regular_navy(kb) -> None:
    assert hits(kb, "The Iranian navy seized a tanker.", "2026-05-10")["Iranian navy"][:2] == ("irn_navy", "IRN")


def test_the_security_services_in_sanaa_are_the_houthis(kb) -> None:
    text = "The security services in San'a released four aid workers."
    assert hits(kb, text, "2026-05-10")["security services in San'a"] == ("houthis", "YEM", "REB")
