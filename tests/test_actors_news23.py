"""Actors of 1980s-2000s world wire copy, third round (sentences written here): plural
nationality nouns ("Czechs", "Turks") and stateless peoples ("Kurds"), state institutions
named bare ("police", "Parliament", "dissolved Congress", "the cabinet") by the state in
context, a head of state named by surname on the article's date ("Bush" in 1989 and 2003),
creed and politics words between a demonym and its noun ("Algerian Islamist rebels"),
regional groups of states ("Gulf states"), and leaders' governments."""

from __future__ import annotations

import pytest

from lapwing.actors import resolve

from actor_helpers import hits


def _resolve(kb, text: str, mention: str, date: str):
    at = text.index(mention)
    return resolve(text, text, at, at + len(mention), date, kb=kb).actor


@pytest.mark.parametrize("text, mention, country", [
    ("Tens of thousands of Slovaks marched through Bratislava on Friday.", "Slovaks", "SVK"),
    ("Hundreds of Greeks rallied outside the embassy.", "Greeks", "GRC"),
    ("Some 500 Croats fled across the river overnight.", "Croats", "HRV"),
])
def test_a_plural_nationality_noun_is_its_states_people(kb, text: str, mention: str, country: str) -> None:
    assert hits(kb, text, "1991-06-03")[mention][1] == country


def test_ethnic_turks_take_the_state_they_live_in_not_turkey(kb) -> None:
    found = hits(kb, "Police in Varna beat ethnic Turks who refused to take Slav names.", "1989-05-21")
    assert found["Turks"][1] == "BGR"


def test_a_stateless_people_takes_the_state_word_before_it(kb) -> None:
    assert hits(kb, "Thousands of Iranian Kurds fled toward the border.", "1991-04-02")["Iranian Kurds"][1:] \
        == ("IRN", "CVL")


@pytest.mark.parametrize("text, mention, country, sector", [
    ("Bolivia's president ordered police to clear the roadblocks.", "police", "BOL", "COP"),
    ("Ecuador's president dissolved Congress on Tuesday.", "Congress", "ECU", "LEG"),
    ("Fiji's prime minister lost a vote of confidence. Parliament then elected a new speaker.",
     "Parliament", "FJI", "LEG"),
    ("Israel's security cabinet met for six hours. The cabinet approved the plan.", "cabinet", "ISR", "GOV"),
])
def test_a_bare_state_institution_is_the_one_state_in_context(kb, text: str, mention: str,
                                                               country: str, sector: str) -> None:
    actor = _resolve(kb, text, mention, "1997-02-06")
    assert (actor.country, actor.sector) == (country, sector)


def test_a_bare_plural_of_a_contextual_noun_is_no_institution(kb) -> None:
    actor = _resolve(kb, "Bolivia said juntas had ruled the region for decades.", "juntas", "1997-02-06")
    assert actor is None or actor.country is None


def test_an_organs_common_name_is_read_whole(kb) -> None:
    assert hits(kb, "Israel's security cabinet met on Sunday.", "2024-04-14")["Israel's security cabinet"][0] \
        == "isr_security_cabinet"


@pytest.mark.parametrize("date, person", [("1990-09-09", "george_hw_bush"), ("2003-03-20", "george_w_bush")])
def test_a_heads_surname_alone_is_the_namesake_in_office_on_the_date(kb, date: str, person: str) -> None:
    assert _resolve(kb, "Bush and Gorbachev held talks in Helsinki.", "Bush", date).actor_id == person


def test_a_surname_shared_by_two_former_heads_stays_unresolved(kb) -> None:
    assert _resolve(kb, "Bush spoke at a charity dinner.", "Bush", "2015-06-01").country is None


@pytest.mark.parametrize("text, mention, country, sector", [
    ("Algerian Islamist rebels ambushed a convoy.", "Algerian Islamist rebels", "DZA", "REB"),
    ("Lebanese Shiite militiamen seized two journalists.", "Lebanese Shiite militiamen", "LBN", "PRM"),
])
def test_a_creed_or_politics_word_keeps_the_demonyms_state(kb, text: str, mention: str,
                                                           country: str, sector: str) -> None:
    assert hits(kb, text, "1994-06-01")[mention][1:] == (country, sector)


@pytest.mark.parametrize("text, mention, group", [
    ("The Gulf states pledged funds for the rebuilding.", "Gulf states", "gcc"),
    ("West African states agreed to send peacekeepers.", "West African states", "ecowas"),
])
def test_a_regions_states_are_the_body_that_groups_them(kb, text: str, mention: str, group: str) -> None:
    assert hits(kb, text, "1990-08-25")[mention][0] == group


def test_a_known_leaders_government_is_his_state(kb) -> None:
    assert hits(kb, "Chun Doo-hwan's government banned the rally.", "1987-06-10")["Chun Doo-hwan's government"][1] \
        == "KOR"


def test_a_bare_institution_in_a_sentence_placed_in_another_state_is_left_to_the_scene(kb) -> None:
    text = "Two men accused of spying for Syria's intelligence were held in Ankara, and police seized their phones."
    actor = _resolve(kb, text, "police", "2012-08-01")
    assert actor.country != "SYR"
