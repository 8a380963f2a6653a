"""Actors of 1980s-2000s world wire copy (sentences written here): ethnic communities coded
with the state they live in, the old names and seats of states (Zaire, Czechoslovakia, East
Germany, Bonn, Lagos, Rangoon, Dar es Salaam), peoples named for their state (Sikhs, Moros,
Turkish Cypriots), armed groups, cartels and parties of the period, associations as civil
society, and a national body that is no namesake town."""

from __future__ import annotations

import pytest

from lapwing.actors import resolve, scan
from lapwing.places import PlaceFinder

from actor_helpers import hits
from place_helpers import places


@pytest.mark.parametrize("text, name, country", [
    # the state the sentence names besides the namesake
    ("Ethnic Albanian gunmen ambushed a patrol, Macedonian army sources said.", "Albanian gunmen", "MKD"),
    ("The Croatian government promised an amnesty to ethnic Serb fighters.", "Serb fighters", "HRV"),
    # the place right after the mention wins over a state named elsewhere in the sentence
    ("Serbian riot police beat ethnic Albanian teachers in Pristina on Friday.", "Albanian teachers", "KOS"),
])
def test_an_ethnic_community_is_coded_with_the_state_it_lives_in(kb, text: str, name: str,
                                                                  country: str) -> None:
    assert hits(kb, text, "1998-03-06")[name][1] == country


def test_an_ethnic_community_whose_home_is_not_said_is_not_its_namesake_state(kb) -> None:
    found = hits(kb, "Ethnic Hungarian students marched through the town centre.", "1990-03-20")
    assert found["Hungarian students"][1] is None


def test_ethnic_people_named_by_the_plural_take_the_state_most_named(kb) -> None:
    text = "Ethnic Albanians vowed to hold the hills near Macedonia's frontier with Greece, Macedonian police said."
    at = text.index("Albanians")
    assert resolve(text, text, at, at + len("Albanians"), "2001-05-02").actor.country == "MKD"


@pytest.mark.parametrize("text, name, country", [
    ("Zairean soldiers looted shops in the capital on Monday.", "Zairean soldiers", "COD"),
    ("The Czechoslovak authorities freed two dissidents.", "Czechoslovak authorities", "CZE"),
    ("East German border guards detained two students.", "East German border guards", "DEU"),
])
def test_old_names_of_states_are_their_successors(kb, text: str, name: str, country: str) -> None:
    assert hits(kb, text, "1987-05-04")[name][1] == country


@pytest.mark.parametrize("text, name, country", [
    ("Bonn summoned the Soviet ambassador on Tuesday.", "Bonn", "DEU"),
    ("Lagos recalled its high commissioner on Friday.", "Lagos", "NGA"),
    ("Rangoon rejected the criticism from Bangkok.", "Rangoon", "MMR"),
    ("Dar es Salaam protested to Kampala on Sunday.", "Dar es Salaam", "TZA"),
])
def test_former_capitals_stand_for_their_governments(kb, text: str, name: str, country: str) -> None:
    assert hits(kb, text, "1988-02-09")[name][1] == country


@pytest.mark.parametrize("text, name, country", [
    ("Sikh militants shot dead four bus passengers.", "Sikh militants", "IND"),
    ("Moro guerrillas raided a coastal town.", "Moro guerrillas", "PHL"),
    ("The Turkish Cypriot leader walked out of the talks.", "Turkish Cypriot leader", "CYP"),
    ("Karen guerrillas shelled a border post.", "Karen guerrillas", "MMR"),
    ("Tamil Tiger rebels overran an army camp.", "Tamil Tiger rebels", "LKA"),
])
def test_peoples_and_groups_named_for_their_state(kb, text: str, name: str, country: str) -> None:
    assert hits(kb, text, "1993-08-11")[name][1] == country


@pytest.mark.parametrize("text, name, actor", [
    ("The Red Army pulled out its last tanks.", "Red Army", ("soviet_armed_forces", "RUS", "MIL")),
    ("Police raided a hideout of the Cali cartel.", "Cali cartel", ("cali_cartel", "COL", "CRM")),
    ("Inkatha accused the police of bias.", "Inkatha", ("inkatha", "ZAF", "PTY")),
    ("FMLN guerrillas blew up a power line.", "FMLN guerrillas", ("fmln", "SLV", "REB")),
])
def test_armed_forces_groups_and_parties_of_the_period(kb, text: str, name: str, actor: tuple) -> None:
    assert hits(kb, text, "1989-11-20")[name] == actor


def test_an_unknown_association_is_civil_society(kb) -> None:
    found = {h.text: h.resolution.actor.type for h in scan(
        "The Association of Democratic Lawyers said on Monday it would appeal.", "1995-01-10", kb=kb)}
    assert found["Association of Democratic Lawyers"] == "ngo"


def test_congress_is_a_national_body_not_a_namesake_town(finder: PlaceFinder) -> None:
    found = places(finder, "The Bolivian president closed Congress on Monday.")
    assert found.get("Congress") is None
