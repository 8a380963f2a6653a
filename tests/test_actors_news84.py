"""Roles (events_roles.py): a shell slamming "onto" its target after a time word, a stay in a place
named by its kind ("was in the Sudanese capital for talks"), and "opposite number" as
"counterpart" before a name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Rebel mortar rounds slammed this morning onto the crowded fish market of Taiz, killing four shoppers, "
    "officials said.",
    "Artillery shells slammed on Tuesday onto a packed bus station in Idlib, residents said.",
])
def test_a_shell_slamming_onto_a_place_after_a_time_word(explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", "2015-06-01")


@pytest.mark.parametrize(("text", "expected"), [
    ("Libyan premier Abdullah al-Thinni was in the Egyptian capital on Monday for talks with Ibrahim Mahlab.",
     {"abdullah_al_thinni", "ibrahim_mahlab"}),
    ("Chadian foreign minister Moussa Faki Mahamat was in the Sudanese capital yesterday for talks with "
     "Ibrahim Ghandour, officials said.", {"moussa_faki_mahamat", "ibrahim_ghandour"}),
    ("Jordan's foreign minister Nasser Judeh was in the Lebanese port city of Tripoli on Sunday for talks with "
     "Tammam Salam.", {"nasser_judeh", "tammam_salam"}),
])
def test_a_stay_in_a_place_named_by_its_kind(explainer, text: str, expected: set) -> None:
    events = of_type(explainer, text, "CONSULT", "2015-06-01")
    assert events and {a.actor_id for a in events[0].actors} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nasser Judeh held talks with his Egyptian opposite number Sameh Shoukry in Amman on Monday.",
     ["nasser_judeh", "sameh_shoukry"]),
    ("Ramtane Lamamra met his Tunisian opposite number Taieb Baccouche in Algiers on Monday.",
     ["ramtane_lamamra", "taieb_baccouche"]),
])
def test_opposite_number_introduces_the_name_as_counterpart_does(explainer, text: str, expected: list) -> None:
    events = of_type(explainer, text, "CONSULT", "2015-06-01")
    assert events and [a.actor_id for a in events[0].actors] == expected
