"""Camps and other sites named after a word the gazetteer gives to a region abroad ("the
Markazi camp", "the Hamidiya camp near Kassala"): the site is in the report's country, never
the namesake region of another one; and compass words joined by a dash before a road or a
corridor ("the East-West highway", "the North-South corridor") are no place. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_camp_near_a_town_is_read_at_the_town_not_as_a_region_abroad(finder: PlaceFinder) -> None:
    found = places(finder, "Eritrean refugees at the Markazi camp near Obock received blankets and rice on Monday, "
                           "Djibouti's interior ministry said.")
    camp = found["Markazi"]
    assert camp is not None and camp.country == "DJI"


def test_a_camp_of_a_town_is_read_at_the_town(finder: PlaceFinder) -> None:
    found = places(finder, "A Saudi aid convoy reached the Markazi camp of Obock on Tuesday.")
    camp = found["Markazi"]
    assert camp is not None and camp.country == "DJI"


def test_a_camp_in_a_country_is_read_in_that_country(finder: PlaceFinder) -> None:
    found = places(finder, "Somali families at the Markazi camp in Djibouti were given tents on Monday.")
    camp = found["Markazi"]
    assert camp is not None and camp.country == "DJI"


def test_a_camp_in_a_report_of_another_country_is_no_region_abroad(finder: PlaceFinder) -> None:
    # no phrase places the camp: its namesake province in Iran is still not what is meant
    found = places(finder, "Yemeni families sheltering at the Markazi camp were given tents and flour on Monday, "
                           "the Djibouti government said.")
    camp = found["Markazi"]
    assert camp is None or camp.country != "IRN"


def test_a_region_of_the_report_s_own_country_before_camps_stays(finder: PlaceFinder) -> None:
    found = places(finder, "Syrian refugees in the Bekaa camps received fuel for the winter on Monday, Lebanon's "
                           "social affairs ministry said.")
    bekaa = found["Bekaa"]
    assert bekaa is not None and bekaa.country == "LBN"


def test_a_region_named_without_a_site_noun_is_unchanged(finder: PlaceFinder) -> None:
    # near miss: no camp noun after the name, the province stays a reading
    found = places(finder, "Iranian police arrested 4 smugglers in Markazi on Monday, the governor of Arak said.")
    markazi = found["Markazi"]
    assert markazi is not None and markazi.country == "IRN"


def test_compass_words_before_a_highway_are_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Azerbaijan signed a loan today for upgrading the East-West highway near Ganja.")
    assert "East-West" not in found
    assert found["Ganja"] is not None and found["Ganja"].country == "AZE"


def test_compass_words_before_a_corridor_are_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Russia and Iran agreed on Monday to speed up work on the North-South corridor.")
    assert "North-South" not in found


def test_a_wider_place_before_a_town_word_and_of_is_not_read_as_a_camp(finder: PlaceFinder) -> None:
    # near miss: "the Delta city of Mahalla" names the wider place first, as "the Gaza town of Rafah"
    found = places(finder, "Textile workers in the Delta city of Mahalla al-Kubra went on strike on Sunday.")
    delta = found.get("Delta")
    assert delta is None or delta.feature != "locality"
