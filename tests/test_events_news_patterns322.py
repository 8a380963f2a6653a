"""Session 56 (sentences written for these tests), from probe C29: a court, judge or jury that
finds one guilty convicts (SANCTION), where an inquiry that does so blames; a negation or a
"would" before a verb of attending or joining rules the meeting its object names, past the
object's own words ("would not attend the next round of talks" refuses them); a capitalised
word after another inside a name ("Theresa May") is no modal; "-ing" clauses after the comma of
a clause whose subject is a natural hazard tell what the disaster did; a storm that "slammed
into" a coast neither attacks nor criticises, nor do locusts "menacing" crops threaten."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2016-06-02"


def test_a_court_that_finds_one_guilty_convicts(explainer: Explainer) -> None:
    [event] = code(explainer, "A court in Quito found the former vice-president guilty of bribery on Friday.", DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("SANCTION", "convict", ["ECU"])
    [event] = code(explainer, "A jury in Miami found the former Honduran police chief guilty of drug trafficking.", DAY)
    assert (event.type, event.mode) == ("SANCTION", "convict")


def test_a_refusal_to_attend_a_later_round_of_talks_rejects_them(explainer: Explainer) -> None:
    text = "Caracas said on Sunday it would not attend the next round of talks with the opposition."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("REJECT", "meet", ["VEN"])


def test_a_summit_a_leader_did_not_attend_is_denied(explainer: Explainer) -> None:
    text = "Paraguay's president did not attend Friday's Mercosur summit in the Brazilian city of Brasilia."
    assert [e.modality for e in code(explainer, text, DAY)] == ["negated"]


def test_talks_one_joined_took_place(explainer: Explainer) -> None:
    text = "Mali joined the next round of talks in Algiers on Monday."
    assert [(e.type, e.modality) for e in code(explainer, text, DAY)] == [("CONSULT", "asserted")]
    assert types(code(explainer, "Mali would not join the next round of talks in Algiers.", DAY)) == ["REJECT"]


def test_a_name_holding_a_modal_word_hedges_nothing(explainer: Explainer) -> None:
    text = "Prime Minister Theresa May expelled 23 Russian diplomats on Wednesday."
    [event] = code(explainer, text, "2018-03-14")
    assert (event.type, event.modality, countries(event.actors)) == ("SANCTION", "asserted", ["GBR"])


def test_what_an_earthquake_did_in_its_participle_clauses_is_no_attack(explainer: Explainer) -> None:
    text = ("A strong earthquake struck Peru's southern coast on Sunday, killing at least 30 people, "
            "flattening houses in Arequipa and cutting off roads to several towns.")
    assert code(explainer, text, DAY) == []
    assert types(code(explainer, "Army jets struck Peru's southern coast, killing 30 people.", DAY)) == ["ASSAULT"]


def test_a_storm_slamming_into_a_coast_is_no_criticism(explainer: Explainer) -> None:
    assert code(explainer, "Cyclone Idai slammed into Mozambique on Friday.", DAY) == []
    assert types(code(explainer, "A rocket slammed into a market in Kabul on Friday.", DAY)) == ["ASSAULT"]


def test_locusts_menacing_crops_threaten_no_one(explainer: Explainer) -> None:
    assert code(explainer, "Locust swarms menaced farms across Niger on Monday.", DAY) == []
