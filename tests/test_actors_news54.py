"""Actor resolution that no text can crash and that reads what news copy implies: a demonym
phrase whose "home" would be an international body, a state's neighbour named by direction,
peoples with no state of their own before a word for armed men, immigrants without leave to
stay, home offices "in" a capital, gunners and the Taleban spelling.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hit, hits

DAY = "2023-05-10"
OLD_DAY = "1996-04-02"


@pytest.mark.parametrize("text", [
    "Kenya's population will triple by 2060, according to United Nations estimates.",
    "The Somali community is set to grow fast, according to United Nations figures.",
])
def test_an_international_body_named_nearby_crashes_no_community_phrase(kb: KnowledgeBase, text: str) -> None:
    found = hits(kb, text, OLD_DAY)
    assert found["United Nations"][1] == "UNO"


def test_a_states_possessive_population_stays_that_states(kb: KnowledgeBase) -> None:
    text = "Kenya's population is larger than Uganda's, the World Bank said."
    assert hit(kb, text, "Kenya's population", DAY).country == "KEN"


@pytest.mark.parametrize("text, span, code", [
    ("Yerevan and its western neighbour agreed to reopen a border crossing.", "its western neighbour", "TUR"),
    ("Syria accused its northern neighbour of cutting the Euphrates flow.", "its northern neighbour", "TUR"),
    ("Amman sent water tankers to its northern neighbour.", "its northern neighbour", "SYR"),
    ("Sudan's southern neighbour closed the oil pipeline.", "Sudan's southern neighbour", "SSD"),
])
def test_a_neighbour_by_direction_is_the_one_state_lying_that_way(kb: KnowledgeBase, text: str, span: str,
                                                                   code: str) -> None:
    assert hit(kb, text, span, DAY).actor_id == code


@pytest.mark.parametrize("text", [
    "Iraq and its western neighbour signed a transit deal.",  # Syria and Jordan both lie west
    "The delegation praised its eastern neighbour.",  # no state named before it
])
def test_a_neighbour_the_kb_cannot_tell_stays_unresolved(kb: KnowledgeBase, text: str) -> None:
    assert not any("neighbour" in mention for mention in hits(kb, text, DAY))


@pytest.mark.parametrize("text, code, sector", [
    ("Amhara militiamen stormed a police station near Debre Markos.", "ETH", "PRM"),
    ("Tigrayan rebels took back the town at dawn.", "ETH", "REB"),
    ("Kurdish fighters ambushed an Iraqi army convoy near Kirkuk.", "IRQ", "REB"),
    ("Druze gunmen seized a checkpoint in Lebanon's Chouf mountains.", "LBN", "UAF"),
])
def test_a_people_before_armed_men_gives_its_state(kb: KnowledgeBase, text: str, code: str, sector: str) -> None:
    noun = text.split()[1]
    assert hits(kb, text, DAY)[noun][1:] == (code, sector)


def test_a_people_several_states_share_stays_stateless_when_none_is_named(kb: KnowledgeBase) -> None:
    text = "Baluch militants blew up a gas pipeline on Sunday."
    assert all(country is None for _, country, _ in hits(kb, text, DAY).values())


@pytest.mark.parametrize("text, span, code", [
    ("Some 300 Tunisian illegal immigrants were sent home by Italy.", "Tunisian illegal immigrants", "TUN"),
    ("Spanish guards turned back illegal Moroccan immigrants at the fence.", "Moroccan immigrants", "MAR"),
    ("Thousands of Ethiopian immigrants settled in Israel last year.", "Ethiopian immigrants", "ISR"),
])
def test_immigrants_without_leave_to_stay_are_their_own_states(kb: KnowledgeBase, text: str, span: str,
                                                               code: str) -> None:
    assert hit(kb, text, span, OLD_DAY).country == code


@pytest.mark.parametrize("text, span, expected", [
    ("Prosecutors in Ankara opened a case against the mayor.", "Prosecutors in Ankara", ("TUR", "JUD")),
    ("Lawmakers in Amman rejected the budget.", "Lawmakers in Amman", ("JOR", "LEG")),
])
def test_a_home_office_in_a_capital_is_that_states(kb: KnowledgeBase, text: str, span: str, expected: tuple) -> None:
    ref = hit(kb, text, span, DAY)
    assert (ref.country, ref.sector) == expected


def test_troops_in_a_capital_keep_no_state_from_it(kb: KnowledgeBase) -> None:
    text = "Troops in Tripoli fired on the crowd."
    assert "Troops in Tripoli" not in hits(kb, text, DAY)


@pytest.mark.parametrize("text, span, expected", [
    ("Bosnian Croat gunners shelled the bridge at dawn.", "Bosnian Croat gunners", ("BIH", "MIL")),
    ("The Taleban militia took the provincial capital.", "Taleban militia", ("AFG", "REB")),
])
def test_gunners_and_the_taleban_spelling_are_known(kb: KnowledgeBase, text: str, span: str, expected: tuple) -> None:
    ref = hit(kb, text, span, OLD_DAY)
    assert (ref.country, ref.sector) == expected


def test_a_shared_people_takes_the_one_state_the_text_names_among_its_homes(kb: KnowledgeBase) -> None:
    text = "Kurdish fighters held the dam overnight. The Syrian army pulled back from the area."
    assert hits(kb, text, DAY)["fighters"][1] == "SYR"


def test_a_possessive_neighbour_needs_the_states_own_possessive(kb: KnowledgeBase) -> None:
    text = "Armenia said the plant's eastern neighbour was evacuated."
    assert not any("neighbour" in mention for mention in hits(kb, text, DAY))
