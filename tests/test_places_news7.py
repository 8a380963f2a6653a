"""Villages and small towns of conflict and labour reporting that the GeoNames cities file
lacks, added to Lapwing's own region files (sentences our own): Diyala, Salahuddin and Anbar
villages, south Lebanon villages, Bangladesh's garment belt and camps, Borno's lake shore; each
takes the admin1 code of its governorate, so it agrees with the province a report names."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, name, country, found_as", [
    ("Two shepherds were shot dead outside Hibhib late on Thursday.", "Hibhib", "IRQ", "Hibhib"),
    ("A mortar round landed in Hebhib, police said.", "Hebhib", "IRQ", "Hibhib"),
    ("Militiamen searched houses in Buhriz after the ambush.", "Buhriz", "IRQ", "Buhriz"),
    ("Tribal fighters held out in Dhuluiya for weeks.", "Dhuluiya", "IRQ", "Dhuluiya"),
    ("Families fled Saqlawiya as the offensive began.", "Saqlawiya", "IRQ", "Saqlawiyah"),
    ("A suicide bomber struck a funeral in Garma on Sunday.", "Garma", "IRQ", "Karmah"),
    ("Marines crossed the river into Barwana at dawn.", "Barwana", "IRQ", "Barwana"),
    ("A drone strike hit a house in Yohmor overnight.", "Yohmor", "LBN", "Yohmor al-Shaqif"),
    ("Rescuers were killed when a strike hit Hebbariyeh.", "Hebbariyeh", "LBN", "Hebbariyeh"),
    ("Thousands of workers walked out at factories in Konabari on Monday.", "Konabari", "BGD", "Konabari"),
    ("Police fired tear gas at protesters in Ashulia.", "Ashulia", "BGD", "Ashulia"),
    ("A blaze gutted a knitwear plant in Kaliakair.", "Kaliakair", "BGD", "Kaliakair"),
    ("Fire swept through shelters in Kutupalong on Tuesday.", "Kutupalong", "BGD", "Kutupalong"),
    ("The navy ferried another group of refugees to Bhasan Char.", "Bhasan Char", "BGD", "Bhasan Char"),
    ("Insurgents overran a military base in Baga last week.", "Baga", "NGA", "Baga"),
    ("A convoy was ambushed on the road out of Shirqat.", "Shirqat", "IRQ", "Ash Sharqāt"),
    ("Families returned to Alqosh after the militants withdrew.", "Alqosh", "IRQ", "Alqosh"),
    ("Fighters bulldozed the ruins of Nimrud last month.", "Nimrud", "IRQ", "Nimrud"),
    ("Peshmerga units dug in at Altun Kupri on Friday.", "Altun Kupri", "IRQ", "Altun Kupri"),
    ("Relatives of cadets killed at Camp Speicher stormed parliament.", "Camp Speicher", "IRQ", "Camp Speicher"),
])
def test_villages_of_conflict_reporting_are_found(finder: PlaceFinder, text: str, name: str,
                                                   country: str, found_as: str) -> None:
    candidate = places(finder, text).get(name)
    assert candidate is not None
    assert (candidate.name, candidate.country) == (found_as, country)


@pytest.mark.parametrize("text, village, unit", [
    ("Gunmen killed three farmers in Hibhib in Diyala province on Friday.", "Hibhib", "Diyala"),
    ("Workers blocked the highway at Konabari in Gazipur on Sunday.", "Konabari", "Gazipur"),
    ("Clashes broke out in Saqlawiyah in Anbar province.", "Saqlawiyah", "Anbar"),
])
def test_a_village_shares_the_admin1_of_the_province_named_with_it(
        finder: PlaceFinder, text: str, village: str, unit: str) -> None:
    found = places(finder, text)
    assert found[village] is not None and found[unit] is not None
    assert found[village].admin1 is not None and found[village].admin1 == found[unit].admin1


def test_namesakes_near_the_new_villages_are_unchanged(finder: PlaceFinder) -> None:
    # Khalis, the town beside Hibhib, is still the GeoNames town; the Borno LGA seats that the
    # cities file has (Kwaya Kusar, Biu) still resolve there
    assert places(finder, "Gunmen attacked a market in Khalis.")["Khalis"].name != "Hibhib"
    kwaya = places(finder, "Gunmen attacked Kwaya Kusar in Borno state.")["Kwaya Kusar"]
    assert kwaya is not None and kwaya.country == "NGA" and kwaya.feature != "locality"


def test_the_event_in_a_village_takes_the_village_as_its_place(finder: PlaceFinder) -> None:
    text = "Gunmen killed four farmers in Buhriz, a town south of Baquba, on Tuesday."
    place = locate(finder, text, "killed")
    assert place is not None and place.name == "Buhriz" and place.country == "IRQ"


@pytest.mark.parametrize("text, name, country, feature", [
    ("Troops were sent to Bordj Badji Mokhtar on the Malian border.", "Bordj Badji Mokhtar", "DZA", "locality"),
    ("Refugees crossed into Algeria at Tin Zaouatine overnight.", "Tin Zaouatine", "DZA", "locality"),
    ("Activists reported cases of servitude in Hodh el-Chargui.", "Hodh el-Chargui", "MRT", "admin1"),
])
def test_sahel_border_towns_and_regions_are_found(finder: PlaceFinder, text: str, name: str,
                                                   country: str, feature: str) -> None:
    candidate = places(finder, text).get(name)
    assert candidate is not None and (candidate.country, candidate.feature) == (country, feature)
