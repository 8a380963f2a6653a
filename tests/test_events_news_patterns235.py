"""Event structure: a role word that modifies a craft or arms noun ("attack helicopters",
"strike drones", "assault rifles") names a class of weapon, no attack; the "-s" noun of those
who host an event ("the World Cup hosts") is no meeting; and a label joined by "and" to an
earlier label of "calling X a ..." is the speaker's label too, no act. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, coded_types, of_type

DAY = "2024-03-12"


def test_attack_helicopters_in_a_list_of_forces_are_no_attack(explainer: Explainer) -> None:
    text = ("The Egyptian army amassed 2,000 soldiers, tanks and attack helicopters on "
            "Sunday along the Sudanese border, a military source said.")
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_strike_drones_and_attack_boats_are_no_attack(explainer: Explainer) -> None:
    assert "ASSAULT" not in coded_types(explainer, "The Turkish navy grounded its strike drones and attack "
                                        "boats on Monday after a storm.", DAY)
    assert "ASSAULT" not in coded_types(explainer, "Pakistan displayed attack helicopters and combat aircraft "
                                        "at the parade in Islamabad on Sunday.", DAY)


def test_attack_with_a_subject_or_infinitive_before_it_is_still_an_attack(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Insurgents often attack convoys on the road to Kandahar, the governor said.",
                        "ASSAULT", DAY)
    assert attack.trigger.text == "attack"
    assert of_type(explainer, "Rebels attacked helicopters parked at the airbase in Kunduz on Tuesday.",
                   "ASSAULT", DAY)


def test_the_hosts_of_a_tournament_are_no_meeting(explainer: Explainer) -> None:
    assert "CONSULT" not in coded_types(explainer, "Morocco beat the Africa Cup hosts on Sunday in Abidjan.", DAY)
    assert "CONSULT" not in coded_types(explainer, "The ministry called the report an insult to the tournament "
                                        "hosts, Qatar.", DAY)


def test_a_country_that_hosts_a_leader_still_meets_him(explainer: Explainer) -> None:
    assert of_type(explainer, "Qatar hosts the Iranian foreign minister on Sunday for talks on Gaza.",
                   "CONSULT", DAY)


def test_a_label_joined_to_an_earlier_label_is_no_attack(explainer: Explainer) -> None:
    text = ("The Bahraini interior ministry rejected an Amnesty International report on Sunday, calling the "
            "document a deliberate misreading of recent prison reforms and a baseless attack on the kingdom.")
    events = code(explainer, text, DAY)
    assert "REJECT" in [e.type for e in events]
    assert "ASSAULT" not in [e.type for e in events]


def test_an_attack_joined_to_a_label_by_another_verb_is_still_news(explainer: Explainer) -> None:
    text = ("Kenyan police arrested 2 reporters on Sunday and a mob attacked the station in Nairobi, "
            "witnesses said.")
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_aid_lorries_still_carry_aid(explainer: Explainer) -> None:
    # "aid" modifies the lorries too, but names what they carry, no class of craft
    (aid,) = of_type(explainer, "BAB AL-HAWA - Turkey pushed 60 aid lorries into Idlib this morning, "
                     "among them 9 fuel tankers.", "AID", DAY)
    assert [a.country for a in aid.actors] == ["TUR"]
