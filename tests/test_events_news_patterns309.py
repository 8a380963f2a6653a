"""Session 54 (sentences written for these tests), from probe C24: a noun with no verb reading
after a place name modifies a facility ("a Santiago detention centre"); a participle after
"other" modifies its noun; a day of strikes and marches is one labour protest; an act a
participle aside dates to an earlier year describes its noun; a participle after a place an
event noun governs is a reduced relative; what an accord bars is its term; a cricket side's
"top order" is no command; the bound of a pledged act ("until the government repealed") is
not done."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2008-03-14"


def test_a_noun_with_no_verb_reading_after_a_name_modifies_a_facility(explainer: Explainer) -> None:
    text = "Chile handed to Spain on Monday a former army officer wanted for crimes at a Santiago detention centre."
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_a_participle_after_other_modifies_its_noun(explainer: Explainer) -> None:
    text = "Kenya's president lifted the ban on the Forum party and other outlawed opposition groups on Friday."
    assert types(code(explainer, text, DAY)) == ["CONCEDE"]


def test_a_day_of_strikes_and_marches_is_one_labour_protest(explainer: Explainer) -> None:
    text = ("Italy's three main unions said on Tuesday they would hold a national day of strikes and marches "
            "against the budget.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, event.modality) == ("PROTEST", "strike", "intended")
    assert countries(event.actors) == ["ITA"]


def test_an_act_a_participle_aside_dates_to_an_earlier_year_is_history(explainer: Explainer) -> None:
    text = "The old cathedral in Vukovar, destroyed by Serb artillery fire in 1991, reopened on Sunday."
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    # near miss: dated to the news day it is the news
    text = "The old cathedral in Vukovar, destroyed by Serb artillery fire on Friday, stayed shut."
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_a_participle_after_a_place_an_event_noun_governs_describes_it(explainer: Explainer) -> None:
    text = "Soviet troops completed their pullout from Afghanistan agreed under a 1988 accord on Wednesday."
    assert types(code(explainer, text, DAY)) == ["RETREAT"]
    # near miss: after people placed by a town the verb is their own
    assert types(code(explainer, "Opposition parties in Gabon called off a strike planned for Monday.", DAY)) \
        == ["CONCEDE"]


def test_what_an_accord_bars_is_its_term(explainer: Explainer) -> None:
    text = "India and Pakistan renewed on Tuesday a 1972 treaty banning attacks on each other's dams."
    assert types(code(explainer, text, DAY)) == ["AGREE"]


def test_a_cricket_top_order_is_no_command(explainer: Explainer) -> None:
    text = "Pakistan's bowlers ripped through the English top order at Lord's on Friday."
    assert code(explainer, text, DAY) == []


def test_the_bound_of_a_pledged_act_is_not_done(explainer: Explainer) -> None:
    text = "Nepalese traders vowed to keep their shops shut until the Nepalese government repealed the new tax."
    [repeal] = of_type(explainer, text, "CONCEDE", DAY)
    assert repeal.modality == "hypothetical"
    # near miss: after a past verb the bound happened
    [withdrawal] = of_type(explainer, "Indian troops fought until the Pakistani army withdrew.", "RETREAT", DAY)
    assert withdrawal.modality == "asserted"
