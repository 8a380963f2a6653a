"""Quarters of a town that the gazetteer lacks but knows a small namesake of on another
continent: a name a quarter noun follows ("the Bustan quarter"), or one in a sentence that
speaks of the quarters of a town ("the eastern districts of Deir ez-Zor city"), is read inside
the report's town, not in Tajikistan or the Emirates; a bigger town abroad, or one people went
to from a town's quarters, is left. And Deir ez-Zor's besieged quarters are known by name.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer
from lapwing.places import PlaceFinder

from event_helpers import code
from place_helpers import places

DAY = "2014-03-10"  # a Monday


def test_a_name_in_a_sentence_about_a_town_s_districts_is_a_quarter_of_it(finder: PlaceFinder) -> None:
    found = places(finder, "Mortar shells fell on a school in Rashidiya on Monday, hours after rebels shelled the "
                           "eastern districts of Deir ez-Zor city.")
    quarter = found["Rashidiya"]
    assert quarter is not None and quarter.country == "SYR" and quarter.feature == "locality"


def test_a_name_a_quarter_noun_follows_is_a_quarter_of_the_report_s_town(finder: PlaceFinder) -> None:
    found = places(finder, "Rebel rockets hit the Bustan quarter on Monday, a day after Hama's western districts "
                           "came under fire.")
    quarter, town = found["Bustan"], found["Hama"]
    assert quarter is not None and town is not None and quarter.country == "SYR"
    assert (quarter.lat, quarter.lon) == (town.lat, town.lon)


def test_quarters_listed_together_are_read_in_the_town_not_in_each_other(finder: PlaceFinder) -> None:
    found = places(finder, "Rebel rockets slammed into the Bustan and Hader districts, held by the army inside Hama, "
                           "on Monday.")
    quarter, town = found["Bustan"], found["Hama"]
    assert quarter is not None and town is not None and (quarter.lat, quarter.lon) == (town.lat, town.lon)


def test_a_quarter_of_a_report_that_names_no_town_is_left_unresolved(finder: PlaceFinder) -> None:
    found = places(finder, "Rebel rockets hit the Bustan quarter on Monday, medics in Syria said.")
    assert found["Bustan"] is None


def test_a_town_abroad_with_no_quarter_in_view_is_kept(finder: PlaceFinder) -> None:
    found = places(finder, "Syrian refugees from Aleppo arrived in Passau on Monday.")
    assert found["Passau"] is not None and found["Passau"].country == "DEU"


def test_where_people_from_a_town_s_quarters_went_is_kept(finder: PlaceFinder) -> None:
    found = places(finder, "Refugees from the eastern districts of Aleppo reached Rashidiya on Monday.")
    assert found["Rashidiya"] is not None and found["Rashidiya"].country == "ARE"


def test_a_big_city_abroad_is_kept_beside_a_town_s_districts(finder: PlaceFinder) -> None:
    found = places(finder, "Refugees from Aleppo's eastern districts reached Mashhad on Monday.")
    assert found["Mashhad"] is not None and found["Mashhad"].country == "IRN"


def test_deir_ez_zor_s_besieged_quarters_are_known(finder: PlaceFinder) -> None:
    joura = places(finder, "A shell hit a bakery in Joura on Monday, medics in Deir ez-Zor said.")["Joura"]
    qusour = places(finder, "Snipers fired on residents of the Qusour district on Monday, medics in Deir ez-Zor "
                            "said.")["Qusour"]
    assert joura is not None and joura.country == "SYR"
    assert qusour is not None and qusour.country == "SYR"


def test_a_strike_on_a_quarter_is_placed_in_the_report_s_country(explainer: Explainer) -> None:
    text = ("Government artillery pounded the besieged districts of Hama city on Monday, and a shell crashed onto "
            "a bakery in Bustan, medics said.")
    events = [e for e in code(explainer, text, DAY) if e.type == "ASSAULT"]
    assert events and all(e.location is None or e.location.country == "SYR" for e in events)
