"""Session 58 (sentences written for these tests), from probes C30 and C31 and cluster_test65:
a relative aside on the subject closes at its comma even when a day follows it ("..., on Tuesday
welcomed"); an infinitive parted from its verb by a relative aside on the object is still its
content ("ordered the army, which ..., to deploy"), and the aside ends there; people speaking
for parties named before an apposition are those parties; a day takes no room between a verb
and its partner or its "that"; positions "held by" a party are that party's; a participle
on a bare noun after a preposition ("in leaflets distributed across") is no main verb."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1986-05-14"


def test_an_aside_closed_before_a_day_leaves_the_subjects_verb(explainer: Explainer) -> None:
    text = ("Kenya's president, whose government cut aid to Uganda after the 1985 coup, "
            "on Tuesday welcomed Uganda's new constitution.")
    event = next(e for e in code(explainer, text, DAY) if e.type == "SUPPORT")
    assert (countries(event.actors), countries(event.recipients)) == (["KEN"], ["UGA"])


def test_an_infinitive_past_a_relative_aside_on_the_object_is_its_content(explainer: Explainer) -> None:
    text = ("Ghana's president ordered the army, which he says numbers 10,000 men, to deploy along "
            "the Togolese border on Tuesday, accusing Lome of harbouring dissidents.")
    assert sorted(types(code(explainer, text, DAY))) == ["ACCUSE", "MOBILIZE"]


def test_a_demand_past_a_relative_aside_stays_one_demand(explainer: Explainer) -> None:
    text = "Sudan's president urged the rebels, who have fought the army for three years, to lay down their arms."
    assert types(code(explainer, text, DAY)) == ["REQUEST"]


def test_officials_speak_for_the_parties_named_before_an_apposition(explainer: Explainer) -> None:
    text = "Officials from Mali and Burkina Faso, two neighbours at odds over a border strip, held talks on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("CONSULT", ["BFA", "MLI"])


def test_a_day_takes_no_room_between_a_call_and_its_partner(explainer: Explainer) -> None:
    text = "Chad's president spoke by telephone for nearly an hour on Sunday with his Libyan counterpart."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("CONSULT", ["LBY", "TCD"])


def test_positions_held_by_a_party_are_that_partys(explainer: Explainer) -> None:
    text = "Iraqi artillery pounded positions held by Iranian forces near Basra overnight."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("ASSAULT", ["IRN"])


def test_a_participle_on_a_noun_after_a_preposition_is_no_main_verb(explainer: Explainer) -> None:
    text = ("Shining Path warned in leaflets distributed across the Huallaga valley on Monday that it "
            "would kill any coca buyer who dealt with the army.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("THREATEN", ["PER"])


def test_a_relative_clause_with_its_main_verb_after_stays_background(explainer: Explainer) -> None:
    text = "Rockets fired by the rebels hit a market in Kabul on Monday."
    [event] = code(explainer, text, DAY)
    assert event.type == "ASSAULT"
