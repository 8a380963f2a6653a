"""Session 38 (sentences written for these tests): a town the gazetteer also lists as
another spelling of a foreign town ("Tari", a spelling of Australia's Taree) is the town of
that very name in the country the report names."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_own_name_at_home_beats_a_foreign_spelling(finder: PlaceFinder) -> None:
    text = ("Soldiers and police arrived in Tari yesterday, flown in by Prime Minister "
            "Michael Somare's cabinet to end clan fighting.")
    town = places(finder, text)["Tari"]
    assert town is not None and town.country == "PNG"


def test_a_metropolis_abroad_keeps_its_name(finder: PlaceFinder) -> None:
    # near miss: an American report's Paris is still France's, however many Parises at home
    found = places(finder, "The US ambassador flew to Paris after talks in Washington.")
    assert found["Paris"].country == "FRA"


def test_a_kyrgyz_province_as_news_spells_it(finder: PlaceFinder) -> None:
    unit = places(finder, "Convicts left the penal colonies of Chui province yesterday.")["Chui"]
    assert unit is not None and (unit.country, unit.feature) == ("KGZ", "admin1")
