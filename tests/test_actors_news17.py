"""Actor names of round 17 (sentences written here): long state names misspelt in wire copy,
juntas, an affiliation marker that is a clause's verb, a nationality before a compound noun,
Pakistan's air force, and the coalition a copy means by its bare name."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


def test_a_misspelt_long_state_name_is_the_state_but_a_place_or_short_name_is_not(kb: KnowledgeBase) -> None:
    for text, mention, code in [("Ethopia said on Monday it would reopen the border.", "Ethopia", "ETH"),
                                ("Kenya rejected an offer from Afganistan for direct talks.", "Afganistan", "AFG"),
                                ("The Phillipines recalled its ambassador on Friday.", "Phillipines", "PHL")]:
        assert hits(kb, text, "2001-05-01")[mention][:2] == (code, code)
    found = hits(kb, "Students at Columbia marched on Monday, and Omar spoke for the Islamic Emirate.",
                 "2001-05-01")
    assert all(code not in ("COL", "OMN", "ARE") for _, code, _ in found.values())


@pytest.mark.parametrize("text, mention", [
    ("The junta in Niger ordered the envoy out on Monday.", "junta in Niger"),
    ("Niger's junta ordered the envoy out on Monday.", "Niger's junta"),
    ("NIAMEY (Reuters) - The military junta ordered the envoy out on Monday.", "military junta"),
])
def test_a_junta_is_its_states_government(kb: KnowledgeBase, text: str, mention: str) -> None:
    assert hits(kb, text, "2023-09-01")[mention][1:] == ("NER", "GOV")


def test_a_marker_written_apart_between_two_names_is_a_verb(kb: KnowledgeBase) -> None:
    found = hits(kb, "Egypt held Libya responsible for the raid on Tuesday.", "2024-01-01")
    assert found["Egypt"][0] == "EGY" and found["Libya"][0] == "LBY"


def test_a_nationality_before_a_compound_noun_codes_its_people(kb: KnowledgeBase) -> None:
    found = hits(kb, "Moroccan taxi drivers blocked the avenue on Monday.", "2024-01-01")
    assert found["Moroccan taxi drivers"][1:] == ("MAR", "LAB")


def test_pakistans_air_force_and_the_coalition_of_the_copy(kb: KnowledgeBase) -> None:
    assert hits(kb, "A PAF squadron landed in Riyadh on Monday.", "2026-01-01")["PAF"][:2] == \
        ("pak_air_force", "PAK")
    iraqi = hits(kb, "The last international coalition troops left a base in Iraq on Monday.", "2026-01-01")
    assert iraqi["international coalition troops"][0] == "anti_isis_coalition"
    yemeni = hits(kb, "SANAA - Coalition jets struck a bridge on Monday.", "2026-01-01")
    assert yemeni["Coalition jets"][0] == "saudi_led_coalition"
