"""Actor recognition causes read from cluster_test24 (sentences written here): a relative
named by a bare given name after "his son", a long-dead leader's given name in today's news,
an unqualified office in a state agency's copy, portfolio ministers of Saudi Arabia and of
Syria's 2025 government, a body name several states share decided by where the report is
set, and an office's owner described as "the eastern-based" force."""

from __future__ import annotations

import pytest

from actor_helpers import hits
from lapwing.actors import scan


def _found(kb, text: str, date: str | None = "2025-06-20", outlet: str | None = None) -> dict[str, tuple]:
    return {h.text: (h.resolution.actor.actor_id, h.resolution.actor.country, h.resolution.actor.sector)
            for h in scan(text, date, kb=kb, outlet=outlet)}


# ----- a relative named by a bare given name


@pytest.mark.parametrize("text, span, expected", [
    ("Khalifa Haftar toured the harbour in Benghazi with his son Saddam on Friday.", "Saddam",
     ("saddam_haftar", "LBY", "MIL")),
    ("Khalifa Haftar's son Belqasem signed the contracts on Friday.", "Belqasem",
     ("belqasem_haftar", "LBY", "GOV")),
])
def test_a_given_name_after_his_son_is_the_named_persons_son(kb, text: str, span: str, expected: tuple) -> None:
    assert _found(kb, text)[span] == expected


def test_an_unknown_relative_is_a_family_member_not_a_famous_namesake(kb) -> None:
    found = _found(kb, "Recep Tayyip Erdogan and his son Saddam opened the bridge in Istanbul.")
    assert found["Saddam"][0] == "prov:saddam_erdogan"


# ----- a long-dead leader's given name


def test_a_dead_leaders_given_name_is_him_only_in_his_time_or_when_the_text_ties_it_to_him(kb) -> None:
    """Out of office for decades, "Saddam" is someone else unless his country is named."""
    text = "Saddam welcomed the delegation at the airport on Monday."
    assert _found(kb, text).get("Saddam", (None,))[0] != "saddam_hussein"
    assert _found(kb, text, "2002-06-20")["Saddam"][0] == "saddam_hussein"
    recalled = _found(kb, "Iraqis still recall how Saddam ordered the invasion of Kuwait.")
    assert recalled["Saddam"][0] == "saddam_hussein"


# ----- an unqualified office in a state agency's copy


def test_an_unknown_office_holder_in_a_state_agencys_copy_is_of_its_state(kb) -> None:
    found = _found(kb, "GENEVA, SUNA - Prime Minister Samir Haddad asked donors to urge Egypt "
                       "to release the frozen funds.")
    assert found["Prime Minister Samir Haddad"][1:] == ("SDN", "GOV")


def test_the_palestinian_prime_minister_is_known(kb) -> None:
    found = _found(kb, "Prime Minister Mohammad Mustafa asked donors for budget support.", "2025-04-28")
    assert found["Prime Minister Mohammad Mustafa"] == ("mohammad_mustafa", "PSE", "GOV")


# ----- portfolio ministers


@pytest.mark.parametrize("text, span, expected", [
    ("Minister of Investment Khalid Al-Falih opened the forum.", "Minister of Investment Khalid Al-Falih",
     ("khalid_al_falih", "SAU", "GOV")),
    ("Syrian Minister of Economy and Industry Mohammad Nidal al-Shaar opened the fair.",
     "Syrian Minister of Economy and Industry Mohammad Nidal al-Shaar", ("mohammad_nidal_al_shaar", "SYR", "GOV")),
    ("Saudi Arabia's finance minister presented the budget.", "Saudi Arabia's finance minister",
     ("mohammed_al_jadaan", "SAU", "GOV")),
    ("Syria's finance minister presented the budget.", "Syria's finance minister",
     ("mohammed_yisr_barnieh", "SYR", "GOV")),
])
def test_portfolio_ministers_are_known(kb, text: str, span: str, expected: tuple) -> None:
    assert hits(kb, text, "2025-10-12")[span] == expected


def test_one_portfolio_is_not_another(kb) -> None:
    """The energy minister is no answer to "the finance minister" of his country."""
    found = hits(kb, "Lebanon's energy minister and Israel's finance minister spoke.", "2025-10-12")
    assert found["Lebanon's energy minister"][0] is None


# ----- a body name several states share


@pytest.mark.parametrize("text, outlet", [
    ("The Presidential Council condemned the rocket fire on the airport.", "Libyan News Agency"),
    ("The Presidential Council condemned the rocket fire near Misrata.", None),
])
def test_a_shared_body_name_is_of_where_the_report_is_set(kb, text: str, outlet: str | None) -> None:
    found = _found(kb, text, "2025-05-17", outlet)
    assert found["Presidential Council"][:2] == ("lby_presidential_council", "LBY")


# ----- an owner described by where it is based


def test_the_commander_of_the_eastern_based_army(kb) -> None:
    found = _found(kb, "The commander of the eastern-based Libyan National Army met the envoy.")
    assert found["commander of the eastern-based Libyan National Army"][0] == "khalifa_haftar"
