"""Session 33, round 4 (sentences written for these tests): a relative clause on the event's own
noun tells its scene ("the toll of the blast which ripped through the market of X"); a
settlement "near" a town is in the town's vicinity; a place after a source's reporting verb
("the command said in X") is no scene of the deed; a pair "between A and B" of two countries'
places is neither's scene; "in A and in the city of B" is a coordinated scene like "in A and B";
towns a road is named after give way to the one other town of the sentence."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def _place(explainer: Explainer, text: str, type_: str):
    events = of_type(explainer, text, type_, "2016-03-14")
    assert events, text
    return events[0].location


def test_the_event_noun_s_relative_clause_gives_the_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Doctors raised to 14 dead and 40 wounded the toll of the bombing which wrecked "
                              "the vegetable market of Baqubah on Sunday, as families buried their dead.", "ASSAULT")
    assert place is not None and place.country == "IRQ" and place.feature == "city"


def test_a_blast_noun_s_relative_clause_after_a_comma(explainer: Explainer) -> None:
    place = _place(explainer, "Medics said nine people were killed and 22 injured by the blast, which tore "
                              "through the main bazaar of Kirkuk on Thursday.", "ASSAULT")
    assert place is not None and place.country == "IRQ"


def test_another_act_s_relative_clause_stays_background(explainer: Explainer) -> None:
    # near miss: an arrest is no bombing, so the bombing's place is not the arrest's by this rule
    place = _place(explainer, "Police detained a dozen suspects, a week after the bombing which hit the "
                              "market of Baqubah.", "COERCE")
    assert place is None or place.feature != "city"


def test_a_village_near_a_town_is_its_vicinity(explainer: Explainer) -> None:
    place = _place(explainer, "Gunmen on motorbikes raided a fishing village near Baga on Tuesday, "
                              "killing nine people, residents said.", "ASSAULT")
    assert place is not None and place.precision == "vicinity"


def test_fighting_near_a_town_keeps_the_town(explainer: Explainer) -> None:
    # near miss: no settlement before "near"
    place = _place(explainer, "Troops clashed with insurgents near Baga on Tuesday, the army said.", "ASSAULT")
    assert place is not None and place.precision != "vicinity"


def test_a_source_s_reporting_place_is_no_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Gunmen stormed a police post in Baiji overnight, killing four officers, "
                              "the provincial governor told reporters on Monday in Tikrit.", "ASSAULT")
    assert place is not None and place.text == "Baiji"
    place = _place(explainer, "Omani and Indian warships sailed in formation off the coast yesterday in a joint "
                              "anti-piracy cruise, swapping radar pictures, the Omani navy said in Muscat.", "COOPERATE")
    assert place is None or place.text != "Muscat"


def test_a_place_in_the_reported_clause_stays(explainer: Explainer) -> None:
    # near miss: the place belongs to the reported clause, not to the reporting verb's phrase
    place = _place(explainer, "Police said gunmen attacked a checkpoint in Kirkuk, killing two soldiers.", "ASSAULT")
    assert place is not None and place.text == "Kirkuk"


def test_a_pair_of_two_countries_places_is_neither_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Israeli and Lebanese troops exchanged fire on Monday near the border between "
                              "Kfar Kila and Metula, the army said.", "ASSAULT")
    assert place is None or place.feature not in ("city", "locality")
    place = _place(explainer, "Omani and Iranian navy ships held a joint patrol on Sunday in the waters between "
                              "Khasab and Bandar Abbas, officials said.", "COOPERATE")
    assert place is None or place.feature not in ("city", "locality")


def test_a_pair_of_one_country_s_towns_is_left_alone(explainer: Explainer) -> None:
    place = _place(explainer, "Boko Haram fighters ambushed a convoy on the road between Biu and Damboa on "
                              "Sunday, killing 12 soldiers.", "ASSAULT")
    assert place is not None and place.country == "NGA"


def test_a_second_locative_phrase_coordinates_towns(explainer: Explainer) -> None:
    one = _place(explainer, "Police arrested two men in Irbid and in the border town of Ramtha on Monday.", "COERCE")
    two = _place(explainer, "Police arrested two men in Irbid and Ramtha on Monday.", "COERCE")
    assert one is not None and two is not None and one.name == two.name and one.feature == two.feature


def test_road_towns_give_way_to_the_other_town(explainer: Explainer) -> None:
    place = _place(explainer, "Workers of a spinning mill in Kashimpur, Gazipur, blockaded the Dhaka-Mymensingh "
                              "highway on Monday over unpaid wages.", "PROTEST")
    assert place is not None and place.name == "Gazipur"
