"""Round 3 of session 32 (sentences written for these tests): a province gives way to its town
that a settlement phrase of the clause names ("in Anbar province ... in the village of
Karma"); a road's far end gives way to the town a fronted locative names ("In the town of X,
residents blocked the road to Y"); "the wilayas of" / "the provinces of" before a list are
locative phrases; a comment clause after a deed ("..., as rebels tighten their grip on
northern Mali") lends it no place."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def _place(explainer: Explainer, text: str, type_: str):
    events = of_type(explainer, text, type_, "2016-03-14")
    assert events, text
    return events[0].location


def test_a_province_gives_way_to_its_town_named_as_such(explainer: Explainer) -> None:
    place = _place(explainer, "In Anbar province on Monday, a suicide bomber blew himself up at a checkpoint in "
                              "the town of Haditha, killing three soldiers, police said.", "ASSAULT")
    assert place is not None and place.feature == "city" and place.country == "IRQ"


def test_a_province_gives_way_across_commas(explainer: Explainer) -> None:
    place = _place(explainer, "In a fresh attack in Salahuddin today, gunmen shot dead a policeman outside his "
                              "house in the town of Tuz Khurmatu, police said.", "ASSAULT")
    assert place is not None and place.feature == "city" and place.country == "IRQ"


def test_a_province_keeps_the_scene_past_a_subordinate_clause(explainer: Explainer) -> None:
    # near miss: the town is where another, earlier event happened
    place = _place(explainer, "Gunmen attacked a police station in Nineveh province, hours after a bomb exploded "
                              "in the town of Tal Afar, police said.", "ASSAULT")
    assert place is not None and place.feature == "admin1"


def test_a_fronted_town_beats_the_road_s_far_end(explainer: Explainer) -> None:
    place = _place(explainer, "In the town of Metlaoui, traders blocked the road to Tozeur with burning tyres on "
                              "Monday over customs checks.", "PROTEST")
    assert place is not None and place.name == "Metlaoui"


def test_the_road_s_end_alone_is_still_its_vicinity(explainer: Explainer) -> None:
    # near miss: no other scene, the road's end stays (as a vicinity)
    place = _place(explainer, "Traders blocked the road to Medenine with burning tyres on Monday.", "PROTEST")
    assert place is not None and place.name == "Medenine"


def test_the_wilayas_of_a_list_are_the_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Algeria's army reinforced its units in the wilayas of Illizi and Ouargla on Tuesday, "
                              "sealing tracks used by smugglers crossing from Libya's Fezzan region.", "MOBILIZE")
    assert place is not None and place.country == "DZA"


def test_a_comment_clause_lends_a_deed_no_place(explainer: Explainer) -> None:
    place = _place(explainer, "Morocco moved two battalions to its frontier with Algeria on Sunday, officials "
                              "said, as Polisario fighters regrouped near Tindouf.", "MOBILIZE")
    assert place is None or place.country != "DZA"


def test_residents_of_a_town_protest_in_it(explainer: Explainer) -> None:
    place = _place(explainer, "Dozens of residents of Basra's Abu al-Khasib district protested outside the "
                              "provincial government building on Monday against water shortages.", "PROTEST")
    assert place is not None and place.text == "Abu al-Khasib" and place.country == "IRQ"


def test_residents_of_a_town_in_an_earlier_clause_lend_no_place(explainer: Explainer) -> None:
    # near miss: the clause break ends the people's phrase before the trigger
    place = _place(explainer, "Residents of Basra were angry; on Monday hundreds protested against water "
                              "shortages.", "PROTEST")
    assert place is None or place.text != "Basra"
