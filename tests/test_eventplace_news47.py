"""Places of events, round 47 (sentences our own): "the provincial capital" read as the seat of
the province named before it, a place inside a protest's grievance, a country adjective that
names the town's country, an outlet's name, and towns and districts the gazetteer lacked."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_the_provincial_capital_is_the_seat_of_the_province_named_before(finder: PlaceFinder) -> None:
    text = ("Tribal fighters have long stored rockets in Marib, an army officer said. He denied that drones "
            "had hit a fuel depot outside the provincial capital.")
    place = locate(finder, text, "hit", "He denied that drones had hit a fuel depot outside the provincial capital.")
    assert place is not None and place.feature == "city" and place.country == "YEM" and place.name == "Ma'rib"


def test_the_provinces_capital_is_the_seat_of_a_named_towns_province(finder: PlaceFinder) -> None:
    text = ("Southern Kerman has had no rain for two winters. On Monday, growers from Rafsanjan held a sit-in "
            "outside a ministry office in the province's capital to demand water quotas.")
    place = locate(finder, text, "sit-in", "On Monday, growers from Rafsanjan held a sit-in outside a ministry "
                   "office in the province's capital to demand water quotas.")
    assert place is not None and place.name == "Kerman" and place.feature == "city"


def test_a_capital_phrase_with_its_own_name_is_left_to_the_name(finder: PlaceFinder) -> None:
    found = places(finder, "Clashes in Hajjah province spread on Friday to the provincial capital, Hajjah.")
    assert "the provincial capital" not in found


def test_a_place_the_grievance_sends_something_to_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Villagers from Isfahan province gathered by the dry riverbed on Sunday, shouting against the "
            "piping of river water to Qom.")
    place = locate(finder, text, "shouting against")
    assert place is None or place.name != "Qom"


def test_a_place_where_the_protest_is_stays_the_scene(finder: PlaceFinder) -> None:
    text = "Students chanted against the closure of their faculty in Shiraz on Sunday."
    place = locate(finder, text, "chanted against")
    assert place is not None and place.name == "Shiraz"


def test_the_country_adjective_picks_the_towns_reading(finder: PlaceFinder) -> None:
    found = places(finder, "Rockets launched from the Syrian town of Resulayn landed near a school on Friday.")
    assert found["Resulayn"] is not None and found["Resulayn"].country == "SYR"


def test_a_news_agency_named_like_a_town_is_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Air strikes hit Amran on Tuesday, the Saba news agency said.")
    assert "Saba" not in found and "Amran" in found


def test_towns_the_gazetteer_lacked_read_in_their_country(finder: PlaceFinder) -> None:
    cases = {"Army shelling hit Adra, northeast of Damascus, on Friday.": ("Adra", "SYR"),
             "Clashes in Hayran, in Yemen's Hajjah province, killed 5 fighters.": ("Hayran", "YEM"),
             "A drone hit a truck in al-Qasr, in Lebanon's Hermel district, on Friday.": ("al-Qasr", "LBN"),
             "Georgia said guards moved the fence near Khurvaleti on Sunday.": ("Khurvaleti", "GEO"),
             "Jets hit a market in Sahar district of Saada province on Monday.": ("Sahar", "YEM")}
    for text, (name, country) in cases.items():
        found = places(finder, text)
        assert found.get(name) is not None and found[name].country == country, text  # type: ignore[union-attr]
