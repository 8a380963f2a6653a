"""Session 34 (sentences written for these tests): GeoNames alternate names that city_aliases.yaml
drops (Patan's Newar name "Yala", which news uses only for Thailand's Deep South province and its
seat), and places news names that the gazetteer lacked: a Deep South district, the Karabakh Line
of Contact and Kashmir's Line of Control, East African border rivers and Uganda's Karamoja."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lapwing import gazetteer as gz
from lapwing.gazetteer import Gazetteer, GazetteerDataError
from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded two soldiers in Yala on Friday.",
    "Teachers in Yala were escorted to school by rangers, a union leader said.",
])
def test_a_bare_yala_is_thailand_s_not_patan(finder: PlaceFinder, text: str) -> None:
    yala = places(finder, text)["Yala"]
    assert yala is not None and yala.country == "THA"


def test_patan_keeps_its_own_names(finder: PlaceFinder) -> None:
    # near miss: only the dropped alternate name is gone
    for name in ("Patan", "Lalitpur"):
        assert any(c.country == "NPL" for c in Gazetteer.load().lookup(name)), name


def test_city_aliases_drop_an_alternate_name(tmp_path: Path) -> None:
    data = tmp_path / "geo"
    data.mkdir()
    for name in ("transliteration.yaml", "directions.yaml"):
        shutil.copy(gz.DATA_DIR / name, data / name)
    (data / "countries.yaml").write_text("- {alpha3: NPL, alpha2: NP, name: Nepal, lat: 28.0, lon: 84.0}\n", "utf-8")
    (data / "regions.yaml").write_text("[]\n", "utf-8")
    town = {"latitude": 27.7, "longitude": 85.3, "countrycode": "NP", "timezone": "Asia/Kathmandu",
            "admin1code": "1"}
    cities = {"5": {**town, "geonameid": 5, "name": "Testpur", "population": 9000,
                    "alternatenames": ["Otherford", "Keepham"]}}
    (tmp_path / "cities.json").write_text(json.dumps(cities), "utf-8")
    (data / "city_aliases.yaml").write_text("- {geonameid: 5, name: Testpur, drop: [Otherford]}\n", "utf-8")
    g = Gazetteer.open(cache_dir=tmp_path / "cache", data_dir=data, cities=tmp_path / "cities.json")
    assert g.lookup("Otherford") == []
    assert [c.name for c in g.lookup("Keepham")] == ["Testpur"]
    (data / "city_aliases.yaml").write_text("- {geonameid: 5, name: Testpur}\n", "utf-8")
    with pytest.raises(GazetteerDataError, match="'aliases'.*'drop'"):
        Gazetteer.open(cache_dir=tmp_path / "cache2", data_dir=data, cities=tmp_path / "cities.json")


@pytest.mark.parametrize("text, name, country, feature", [
    ("Rangers were ambushed on a plantation track in Bannang Sata district.", "Bannang Sata", "THA", "region"),
    ("Snipers traded fire along the Line of Contact overnight.", "Line of Contact", "AZE", "region"),
    ("Indian and Pakistani troops exchanged shelling across the Line of Control.", "Line of Control", None, "region"),
    ("Patrol boats searched the Rovuma estuary for smugglers.", "Rovuma", None, "water"),
    ("Rebels slipped across the Semliki river at night, villagers said.", "Semliki", None, "water"),
    ("Cattle raiders killed six herders in Karamoja last week.", "Karamoja", "UGA", "region"),
])
def test_places_of_conflict_reporting_are_found(finder: PlaceFinder, text: str, name: str,
                                                country: str | None, feature: str) -> None:
    candidate = places(finder, text).get(name)
    assert candidate is not None and (candidate.country, candidate.feature) == (country, feature)


def test_line_of_contact_is_no_chinese_town(finder: PlaceFinder) -> None:
    found = places(finder, "Azerbaijan said Armenian positions along the Line of Contact opened fire.")
    assert "Line" not in found and found["Line of Contact"] is not None


def test_ruvuma_region_is_still_the_tanzanian_unit(finder: PlaceFinder) -> None:
    # near miss: the river's aliases do not take the bare name of the region
    ruvuma = places(finder, "Farmers in Ruvuma region harvested a record maize crop.")["Ruvuma"]
    assert ruvuma is not None and ruvuma.country == "TZA" and ruvuma.feature == "admin1"
