"""Session 54 (sentences written for these tests), from probe C27: a plural opening a sentence
is a noun ("Murders in Honduras fell"); an act of a "colonial-era" kind or of a subject named
by an earlier year ("the 1971 war killed") is history; a weapon after "with" past the window
gives the mode, and a plural after a preposition and two modifiers is a noun; a distance
"to within 50 kilometres of" a border points at the border's owner; a fictional raid is
none; human chains protest; the pope is the Holy See's; a ranked infinitive restates the act
before it even uncoded; missiles stationed are deployed; regrets expressed concede; money
released in budget support is aid; weapons handed to monitors disarm; an explosives-laden
car driven into a checkpoint attacks it."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2021-04-01"


def test_a_plural_opening_a_sentence_is_a_noun(explainer: Explainer) -> None:
    assert code(explainer, "Murders in Honduras fell by 20 percent last year, police figures showed.", DAY) == []


def test_an_act_of_an_earlier_era_is_history(explainer: Explainer) -> None:
    text = ("Italy agreed on Tuesday to build hospitals worth 500 million euros in Libya over 20 years as a "
            "gesture of reconciliation for colonial-era massacres.")
    assert types(code(explainer, text, DAY)) == ["AGREE"]


def test_an_act_of_a_subject_an_earlier_year_names_is_history(explainer: Explainer) -> None:
    text = "Historians said on Monday that the 1971 war with Pakistan killed more civilians than thought."
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_the_weapon_after_with_past_the_window_gives_the_mode(explainer: Explainer) -> None:
    text = "ELN rebels attacked an army post in the northern town of Saravena with homemade mortar bombs overnight."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("ASSAULT", "heavy-weapons")


def test_a_distance_to_a_border_points_at_its_owner(explainer: Explainer) -> None:
    [event] = code(explainer, "Moscow moved artillery to within 50 kilometres of Estonia's border on Monday.", DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("MOBILIZE", "weapons", ["EST"])


def test_a_fictional_raid_is_none(explainer: Explainer) -> None:
    text = "A Colombian thriller, about a fictional police raid in the Andes, won the top prize on Sunday."
    assert code(explainer, text, DAY) == []


def test_human_chains_protest(explainer: Explainer) -> None:
    [event] = code(explainer, "Thousands of students formed human chains across Vilnius on Friday.", DAY)
    assert (event.type, event.mode) == ("PROTEST", "demo")


def test_the_pope_is_the_holy_sees(explainer: Explainer) -> None:
    [event] = code(explainer, "The pope met the Iraqi president in Baghdad on Friday.", DAY)
    assert "VAT" in countries(event.actors) + countries(event.recipients)


def test_a_ranked_infinitive_restates_the_act_before_it(explainer: Explainer) -> None:
    text = ("The pope landed in Juba on Saturday, becoming the first pontiff to visit South Sudan, and met the "
            "president.")
    [event] = code(explainer, text, DAY)
    assert (event.trigger.text, countries(event.actors)) == ("met", ["VAT"])


def test_missiles_stationed_are_deployed(explainer: Explainer) -> None:
    [event] = code(explainer, "Japan will station anti-ship missile batteries on the island of Amami by March.", DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("MOBILIZE", "weapons", ["JPN"])


def test_regrets_expressed_to_a_state_concede(explainer: Explainer) -> None:
    [event] = code(explainer, "Japan's emperor expressed his deep regrets to South Korea on Monday.", DAY)
    assert (event.type, countries(event.recipients)) == ("CONCEDE", ["KOR"])


def test_money_released_in_budget_support_is_aid(explainer: Explainer) -> None:
    [event] = code(explainer, "The World Bank released 40 million dollars in budget support to Ghana on Monday.", DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["GHA"])


def test_weapons_handed_to_monitors_disarm(explainer: Explainer) -> None:
    [event] = code(explainer, "Maoist fighters handed over 300 rifles to UN monitors in Kathmandu on Monday.", DAY)
    assert (event.type, event.mode) == ("RETREAT", "disarm")


def test_an_explosives_laden_car_driven_into_a_checkpoint_attacks_it(explainer: Explainer) -> None:
    text = "A Taliban suicide bomber drove an explosives-laden car into a police checkpoint in Kandahar on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["AFG"])
