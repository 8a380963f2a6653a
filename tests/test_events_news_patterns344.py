"""Session 62 (sentences written for these tests), from probe C35: the judges a state detains
are its own, as detained protesters are; those its police shoot
are its people too when no place says otherwise; a participle after a second clause joined by
", and" shares that clause's subject, not the first clause's; an "-ing" verb right after
participants ("people protesting", "protesters blocking") is what they do, not what the
clause's subject does."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2016-07-16"


def test_judges_detained_by_their_state_are_its_own(explainer: Explainer) -> None:
    [event] = code(explainer, "Turkish authorities detained nearly 2,700 judges on Saturday.", DAY)
    assert (event.type, countries(event.recipients)) == ("COERCE", ["TUR"])


def test_protesters_the_police_shoot_are_the_states_people(explainer: Explainer) -> None:
    [event] = code(explainer, "Kenyan police shot dead three protesters on Friday.", DAY)
    assert (event.type, countries(event.recipients)) == ("ASSAULT", ["KEN"])


def test_drug_dealers_the_police_shoot_are_the_states_people(explainer: Explainer) -> None:
    [event] = code(explainer, "Philippine police shot dead 32 suspected drug dealers on Friday.", DAY)
    assert countries(event.recipients) == ["PHL"]


def test_a_participle_after_a_joined_clause_shares_its_subject(explainer: Explainer) -> None:
    text = ("Rebels seized a palace on Monday, and President Marc Ravalomanana resigned on Tuesday, "
            "handing power to the army.")
    events = code(explainer, text, "2009-03-17")
    assert [(e.type, countries(e.actors)) for e in events if e.type == "RETREAT"] == [("RETREAT", ["MDG"])]


def test_people_protesting_after_the_police_fired_protest_themselves(explainer: Explainer) -> None:
    text = "Senegalese police fired tear gas at hundreds of people protesting in Dakar on Friday."
    protest = [e for e in code(explainer, text, DAY) if e.trigger.text == "protesting"]
    assert [(e.type, [a.text for a in e.actors]) for e in protest] == [("PROTEST", ["people"])]


def test_protesters_blocking_a_road_block_it_themselves(explainer: Explainer) -> None:
    text = "Police arrested 30 protesters blocking the main highway on Friday."
    blocking = [e for e in code(explainer, text, DAY) if e.trigger.text == "blocking"]
    assert [[a.text for a in e.actors] for e in blocking] == [["protesters"]]
