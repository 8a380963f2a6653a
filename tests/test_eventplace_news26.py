"""Event places (news 26): a name before a noun of an institution ("al-Nasr hospital") whose
only reading is a small town abroad is no place; "the X river" is no town; "on the west bank
of Y" places a village by Y; "<country>'s province of Y" is the province; a clause past a
comma that tells another day's act lends the event none of its places. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_an_institutions_name_with_a_small_namesake_abroad_is_no_place(finder: PlaceFinder) -> None:
    text = ("Rescuers in Marib pulled bodies from a shelled school on Monday, and medics at al-Nasr "
            "hospital said eleven of the wounded were children.")
    found = places(finder, text)
    assert "al-Nasr" not in found
    place = locate(finder, text, "shelled")
    assert place is not None and place.country == "YEM"


def test_a_town_of_the_documents_country_before_hospital_stays(finder: PlaceFinder) -> None:
    found = places(finder, "Soldiers raided the camp at dawn, and doctors at the Jenin hospital treated five men.")
    assert found["Jenin"] is not None and found["Jenin"].country == "PSE"


@pytest.mark.parametrize("text, river", [
    ("Engineers from Armenia and Iran inspected the old span over the Aras river near Agarak.", "Aras"),
    ("Floods on the Kura river cut the road to Mingachevir in Azerbaijan.", "Kura"),
])
def test_a_name_before_river_is_no_town(finder: PlaceFinder, text: str, river: str) -> None:
    found = places(finder, text)
    assert river not in found


def test_a_river_the_gazetteer_knows_stays_water(finder: PlaceFinder) -> None:
    found = places(finder, "Shepherds crossed the Litani river near Marjayoun.")
    assert found["Litani"] is not None and found["Litani"].feature == "water"


@pytest.mark.parametrize("text, name", [
    ("Inspectors seized a cache of stolen coins in Qurna, on the west bank of Luxor, on Tuesday.", "Qurna"),
    ("Smugglers were held at a farmhouse in the hamlet of Basra on the east bank of Aswan.", "Basra"),
])
def test_a_village_on_the_bank_of_a_town_lies_by_that_town(finder: PlaceFinder, text: str, name: str) -> None:
    found = places(finder, text)
    assert found[name] is not None and found[name].country == "EGY"


@pytest.mark.parametrize("text, trigger, country", [
    ("Drones struck a fuel depot in Syria's northern province of Idlib on Monday.", "struck", "SYR"),
    ("Militants ambushed a convoy in Iraq's western province of Anbar overnight.", "ambushed", "IRQ"),
])
def test_a_countrys_province_of_y_is_the_province(finder: PlaceFinder, text: str, trigger: str,
                                                    country: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.feature == "admin1" and place.country == country


def test_a_clause_about_another_days_act_lends_no_place(finder: PlaceFinder) -> None:
    text = ("The army today dismissed two brigade commanders, adding to Sunday's reports that guards had "
            "deserted their posts near Zakho.")
    assert locate(finder, text, "dismissed") is None


def test_a_later_clause_of_no_other_day_still_places_the_event(finder: PlaceFinder) -> None:
    text = "The army today dismissed two brigade commanders, after guards had deserted their posts near Zakho."
    place = locate(finder, text, "dismissed")
    assert place is not None and place.country == "IRQ"


def test_a_port_named_by_a_long_sea_far_from_its_point_is_the_scene(finder: PlaceFinder) -> None:
    text = "Customs officers impounded a shipment of pills at the Mediterranean port of Mersin on Friday."
    place = locate(finder, text, "impounded")
    assert place is not None and place.country == "TUR" and place.feature == "city"
