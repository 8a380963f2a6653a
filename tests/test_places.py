"""The places stage: recognition, resolution and the records it writes (sentences our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.places import PlaceFinder, make_places
from lapwing.places_recognise import load_lexicon
from lapwing.places_resolve import Resolver
from lapwing.records import Document, Zone
from lapwing.stages import Analysis


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder.build()


def places(finder: PlaceFinder, text: str) -> dict[str, object]:
    return {r.found.text: r.candidate for r in finder.find(text)}


def test_multiword_and_transliterated_names(finder: PlaceFinder) -> None:
    found = places(finder, "Clashes spread from Tal Afar to Deir ez-Zor and Ras al-Ain, "
                           "while aid reached the Gaza Strip.")
    assert set(found) == {"Tal Afar", "Deir ez-Zor", "Ras al-Ain", "Gaza Strip"}
    assert [found[n].country for n in ("Tal Afar", "Deir ez-Zor", "Gaza Strip")] == ["IRQ", "SYR", "PSE"]


def test_direction_regions_and_water(finder: PlaceFinder) -> None:
    found = places(finder, "Drones struck northern Iraq and southern Lebanon, and a tanker "
                           "burned on the Red Sea near the Euphrates.")
    assert found["northern Iraq"].feature == "region" and found["northern Iraq"].country == "IRQ"
    assert found["southern Lebanon"].country == "LBN"
    assert found["Red Sea"].feature == "water"  # not Sudan's Red Sea state
    assert found["Euphrates"].feature == "water"


def test_demonyms_are_not_places(finder: PlaceFinder) -> None:
    found = places(finder, "Turkish-backed fighters pushed Kurdish forces out of the Syrian "
                           "town of Manbij.")
    assert list(found) == ["Manbij"]
    assert found["Manbij"].country == "SYR"  # Syria, not Turkey


def test_adjective_hint_and_settlement_cue(finder: PlaceFinder) -> None:
    found = places(finder, "Gunmen attacked the nearby Iraqi town of Sinjar at dawn.")
    assert found["Sinjar"].country == "IRQ" and found["Sinjar"].feature == "city"


def test_speaker_is_metonymy_not_a_place(finder: PlaceFinder) -> None:
    text = "Tehran said the strike on Damascus was illegal, and Beirut has repeatedly denied it."
    assert set(places(finder, text)) == {"Damascus"}
    flagged = {f.text for f in finder.recogniser.find(text) if f.metonymy}
    assert flagged == {"Tehran", "Beirut"}


def test_person_names_and_sentence_openers_are_not_places(finder: PlaceFinder) -> None:
    text = "Most residents fled. Health Secretary Francisco Duque and Mr. Jordan visited Erbil."
    assert set(places(finder, text)) == {"Erbil"}


def test_container_pattern_resolves_the_town(finder: PlaceFinder) -> None:
    found = places(finder, "The clinic in Hammond, Indiana treated two patients.")
    assert found["Hammond"].country == "USA" and found["Hammond"].admin1 == "IN"
    assert found["Indiana"].feature == "admin1"


def test_admin_cue_picks_the_province(finder: PlaceFinder) -> None:
    found = places(finder, "Airstrikes hit targets in Anbar province overnight.")
    assert found["Anbar"].feature == "admin1" and found["Anbar"].country == "IRQ"


def test_document_context_beats_population() -> None:
    text = "Shelling was reported in Deir ez-Zor, Raqqa and Ras al-Ain."
    model = {r.found.text: r.candidate for r in PlaceFinder.build().find(text)}
    baseline = {r.found.text: r.candidate for r in PlaceFinder.build(ranker="population").find(text)}
    assert model["Ras al-Ain"].country == "SYR"
    assert baseline["Ras al-Ain"].country != "SYR"  # the baseline is a real baseline


def test_given_spans_are_resolved_with_the_same_context(finder: PlaceFinder) -> None:
    text = "Fighters from Manbij moved toward Aleppo."
    spans = [(text.index("Manbij"), text.index("Manbij") + 6), (text.index("Aleppo"), text.index("Aleppo") + 6)]
    resolved = finder.resolve_spans(text, spans)
    assert [r.candidate.country for r in resolved] == ["SYR", "SYR"]


def test_stage_codes_body_only_and_fills_the_place() -> None:
    text = "Photo: Reuters/Beirut\nA car bomb exploded in Kirkuk on Sunday."
    body = text.index("A car")
    document = Document(doc_id="d1", input_id="i1", text=text,
                        zones=[Zone(0, body, "caption"), Zone(body, len(text), "body")])
    analysis = Analysis(document)
    make_places.build()([analysis])
    assert [m.text for m in analysis.mentions] == ["Kirkuk"]
    mention = analysis.mentions[0]
    assert mention.label == "GPE" and mention.doc_id == "d1"
    place = mention.place
    assert (place.country, place.feature, place.precision) == ("IRQ", "city", "city")
    assert place.geonameid and abs(place.lat - 35.47) < 0.2 and abs(place.lon - 44.39) < 0.2
    assert text[mention.start:mention.end] == "Kirkuk"


def test_stage_rejects_unknown_ranker() -> None:
    with pytest.raises(ValueError, match="ranker"):
        make_places.build({"ranker": "magic"})


def test_broken_lexicon_names_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("connectors: [al, on]\n", encoding="utf-8")  # YAML reads `on` as true
    with pytest.raises(ValueError, match=r"places\.yaml: 'connectors'"):
        load_lexicon(path)


def test_model_with_other_features_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ranker.json"
    path.write_text('{"prior": {"x": 1}, "full": {"x": 1}}', encoding="utf-8")
    with pytest.raises(ValueError, match="fit_place_ranker"):
        Resolver(path)


def test_capital_outranks_the_same_named_state(finder: PlaceFinder) -> None:
    found = places(finder, "Protesters marched through Washington on Saturday.")
    assert found["Washington"].feature == "city" and found["Washington"].admin1 == "DC"


def test_state_cue_picks_the_state_over_the_capital(finder: PlaceFinder) -> None:
    found = places(finder, "Wildfires burned across Washington state and Oregon.")
    state = found.get("Washington") or found.get("Washington state")
    assert state.feature == "admin1" and state.country == "USA"


def test_states_provinces_and_abbreviations_resolve_to_units(finder: PlaceFinder) -> None:
    found = places(finder, "Floods hit Queensland and NSW, while snow fell in Alberta.")
    assert {n: (c.feature, c.country) for n, c in found.items()} == {
        "Queensland": ("admin1", "AUS"), "NSW": ("admin1", "AUS"), "Alberta": ("admin1", "CAN")}


def test_world_regions_and_seas_are_found(finder: PlaceFinder) -> None:
    found = places(finder, "Aid convoys left Darfur for the Horn of Africa while a ship "
                           "sank in the Indian Ocean.")
    assert found["Darfur"].country == "SDN" and found["Darfur"].feature == "region"
    assert found["Horn of Africa"].feature == "region"
    assert found["Indian Ocean"].feature == "water"


def test_a_disease_named_after_a_region_is_not_a_place(finder: PlaceFinder) -> None:
    assert "West Nile" not in places(finder, "Two cases of West Nile virus were confirmed in Texas.")
