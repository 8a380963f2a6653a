"""An unknown name after a state's possessive is a person of that state; a town's possessive
before a crowd adjective ("the jobless") gives the town's country; sector nouns for the courts, the press, a student and
a command named by its function. Sentences written for these tests."""

from __future__ import annotations

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


def test_a_town_possessive_before_a_crowd_adjective_gives_the_town_country(kb) -> None:
    crowd = hit(kb, "Kasserine's jobless blocked the main road again on Monday, witnesses said.",
                "Kasserine's jobless", DAY)
    assert (crowd.country, crowd.sector) == ("TUN", "CVL")


def test_the_judiciary_is_the_courts_of_the_state_in_context(kb) -> None:
    judges = hit(kb, "ANKARA - The judiciary ordered the closure of two opposition radio stations on Monday.",
                 "judiciary", DAY)
    assert (judges.country, judges.sector) == ("TUR", "JUD")


def test_newspapers_named_bare_are_the_press_of_the_state_in_context(kb) -> None:
    press = hit(kb, "Egypt's information ministry on Monday closed three newspapers over their reporting.",
                "newspapers", DAY)
    assert (press.country, press.sector) == ("EGY", "JRN")


def test_foreign_newspapers_have_no_country(kb) -> None:
    press = hit(kb, "Vietnam's government on Monday barred foreign newspapers from its news stands.",
                "foreign newspapers", DAY)
    assert (press.country, press.sector) == (None, "JRN")


def test_a_student_is_a_person_of_the_place_named(kb) -> None:
    student = hit(kb, "The stabbing of a judge by a university student in Amman on Friday shocked the town.",
                  "university student", DAY)
    assert (student.country, student.sector, student.type) == ("JOR", "EDU", "person")


def test_a_command_named_by_its_function_is_the_state_in_context(kb) -> None:
    command = hit(kb, "KABUL - Two convoys were sent to the airbase, the joint operations command said.",
                  "joint operations command", DAY)
    assert (command.country, command.sector) == ("AFG", "MIL")
