"""Session 53 (sentences written for these tests), from probe C26: "as" after a guise ("soldiers
posing as aid workers rescued") opens no clause of its own; a court, a jury or a magistrate
named by its seat is a party of the seat's country; a state's own name is the state, not a town
abroad that shares it as an alternate name, whatever other country the sentence names; people
who receive an earlier act ("aid to Albanian rebels in Macedonia and would deny") head no
later verb; the ADF and Aum Shinrikyo are known to the actor KB."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1995-03-21"


def test_soldiers_posing_as_aid_workers_act(explainer: Explainer) -> None:
    text = "Colombian soldiers posing as aid workers rescued 15 hostages held for years by rebels."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("AID", ["COL"])


def test_a_court_named_by_its_seat_is_of_its_country(explainer: Explainer) -> None:
    text = "A federal grand jury in Miami indicted Panama's military ruler on Friday on charges of taking bribes."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("ACCUSE", ["USA"], ["PAN"])
    [event] = code(explainer, "A magistrate in Kinshasa issued an arrest warrant on Friday for a former governor.", DAY)
    assert countries(event.actors) == ["COD"]


def test_a_party_receiving_an_earlier_act_heads_no_later_verb(explainer: Explainer) -> None:
    text = ("The United States announced Wednesday it would prohibit all aid to Albanian rebels in Macedonia "
            "and would deny entry to the United States to all individuals undermining stability there.")
    assert types(code(explainer, text, DAY)) == ["SANCTION"]


def test_known_armed_groups_and_cults(explainer: Explainer) -> None:
    text = "Fighters from the Allied Democratic Forces killed at least 36 people in Beni on Saturday night."
    [event] = code(explainer, text, DAY)
    assert [a.actor_id for a in event.actors] == ["adf"] and countries(event.actors) == ["UGA"]
    text = "Members of the Aum Shinrikyo cult released sarin gas on five Tokyo subway trains on Monday."
    [event] = code(explainer, text, DAY)
    assert countries(event.actors) == ["JPN"]
