"""An unknown name after a state's possessive is a person of that state; a town's possessive
before a crowd adjective ("the jobless") gives the town's country; sector nouns for the courts, the press, a student and
a command named by its function. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from actor_helpers import hit, hits
from event_helpers import of_type

DAY = "2011-05-09"


def test_an_unknown_name_after_a_state_possessive_is_a_person_of_that_state(kb) -> None:
    text = "Jordan's Samir Haddad held talks with Syria's Walid Khoury about water sharing on Monday."
    first, second = hit(kb, text, "Jordan's Samir Haddad", DAY), hit(kb, text, "Syria's Walid Khoury", DAY)
    assert (first.country, first.type) == ("JOR", "person")
    assert (second.country, second.type) == ("SYR", "person")


def test_a_possessed_person_joins_the_parties_of_a_deal(explainer: Explainer) -> None:
    text = ("Bahrain's Khalid Saleh Jaber and Qatar's Trade Minister Fahad Nasser opted today to found a joint "
            "shipping company for the two ports.")
    deals = of_type(explainer, text, "AGREE", DAY)
    assert any({a.country for a in e.actors} == {"BHR", "QAT"} for e in deals)


def test_a_place_after_a_state_possessive_is_no_person(kb) -> None:
    found = hits(kb, "Syria's Deir Ezzor Province came under heavy shelling overnight, residents said.", DAY)
    assert not any(text.endswith("Deir Ezzor") for text in found)


#: (what the case shows, text, the mention, its country and sector)
SECTOR_NOUNS = [
    ("a town possessive before a crowd adjective gives the town's country",
     "Kasserine's jobless blocked the main road again on Monday, witnesses said.",
     "Kasserine's jobless", "TUN", "CVL"),
    ("the judiciary is the courts of the state in context",
     "ANKARA - The judiciary ordered the closure of two opposition radio stations on Monday.",
     "judiciary", "TUR", "JUD"),
    ("newspapers named bare are the press of the state in context",
     "Egypt's information ministry on Monday closed three newspapers over their reporting.",
     "newspapers", "EGY", "JRN"),
    ("foreign newspapers have no country",
     "Vietnam's government on Monday barred foreign newspapers from its news stands.",
     "foreign newspapers", None, "JRN"),
    ("a command named by its function is the state in context",
     "KABUL - Two convoys were sent to the airbase, the joint operations command said.",
     "joint operations command", "AFG", "MIL"),
]


@pytest.mark.parametrize(("case", "text", "mention", "country", "sector"), SECTOR_NOUNS,
                         ids=[c[0] for c in SECTOR_NOUNS])
def test_the_country_and_sector_of_a_noun(kb, case: str, text: str, mention: str, country: str | None,
                                          sector: str) -> None:
    found = hit(kb, text, mention, DAY)
    assert (found.country, found.sector) == (country, sector), case


def test_a_student_is_a_person_of_the_place_named(kb) -> None:
    student = hit(kb, "The stabbing of a judge by a university student in Amman on Friday shocked the town.",
                  "university student", DAY)
    assert (student.country, student.sector, student.type) == ("JOR", "EDU", "person")
