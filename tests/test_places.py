"""The places stage: recognition, resolution and the records it writes (sentences our own)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from lapwing.places import PlaceFinder, make_places
from lapwing.places_candidates import fold
from lapwing.places_recognise import load_lexicon
from lapwing.places_resolve import (
    _CONTAINER_GAP, EARTH_KM, DocumentContext, Resolver, _inside, _list_siblings, context_features,
    distance_km, PRIOR_FEATURES, prior_features, shortlist,
)
from lapwing.records import Document, Zone
from lapwing.stages import Analysis

from place_helpers import places


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


def test_a_plural_noun_after_a_name_is_not_a_speech_verb(finder: PlaceFinder) -> None:
    found = places(finder, "Several U.S. states sued the administration over the ban.")
    assert found["U.S."].country == "USA"  # "states" here is a noun, not "says"


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


def _pairwise_context(i, found, candidates, readings, text):
    """Context rows computed the plain way: every candidate against every other name's reading."""
    others = [r for f, r in zip(found, readings) if r is not None and fold(f.text) != fold(found[i].text)]
    gap = [text[a.end:b.start] for a, b in zip(found, found[1:])]
    containers = found[i + 1].candidates if i + 1 < len(found) and _CONTAINER_GAP.match(gap[i]) else ()
    contained = found[i - 1].candidates if i > 0 and _CONTAINER_GAP.match(gap[i - 1]) else ()
    siblings = _list_siblings(i, found, readings, text)
    total = max(1, len(others))
    rows = []
    for c in candidates:
        same_country = sum(r.country == c.country for r in others if c.country)
        same_admin1 = sum(r.country == c.country and r.admin1 == c.admin1 for r in others if c.admin1)
        nearest = min((distance_km(c.lat, c.lon, r.lat, r.lon) for r in others), default=None)
        same_kind = [s.feature == c.feature and (s.precision == "admin2") == (c.precision == "admin2")
                     for s in siblings]
        rows.append([any(_inside(c, x) for x in containers), any(_inside(x, c) for x in contained),
                     sum(same_kind) / len(same_kind) if same_kind else 0.0,
                     same_country / total, same_admin1 / total,
                     0.0 if nearest is None else 1 - math.log1p(nearest) / math.log1p(20_000)])
    return np.array(rows, dtype=float).reshape(len(candidates), 6)


def test_document_context_gives_exactly_the_pairwise_features(finder: PlaceFinder) -> None:
    # Repeated names ("Aleppo", "the Euphrates"/"Euphrates" fold alike), a container ("Hammond,
    # Indiana"), several countries and same-named towns: every shortcut is exercised.
    text = ("Fighters left Aleppo for Manbij and Raqqa near the Euphrates. In Aleppo, shelling "
            "resumed, and Damascus, Homs and Hama reported strikes. The Euphrates rose. A clinic "
            "in Hammond, Indiana and one in Springfield treated patients from Tripoli and Paris.")
    found = [f for f in finder.recogniser.find(text) if not f.metonymy]
    assert len({fold(f.text) for f in found}) < len(found) > 10
    shortlists = [shortlist(f) for f in found]
    resolver = finder.resolver
    readings = [resolver._pick(cs, prior_features(f, cs) @ resolver.prior_weights).candidate
                for f, cs in zip(found, shortlists)]
    context = DocumentContext(found, readings)
    for i, cs in enumerate(shortlists):
        expected = _pairwise_context(i, found, cs, readings, text)
        assert np.array_equal(context_features(i, found, cs, readings, text, context), expected)
        assert np.array_equal(context_features(i, found, cs, readings, text), expected)


def test_document_context_without_other_readings(finder: PlaceFinder) -> None:
    found = [f for f in finder.recogniser.find("Aleppo and Aleppo again.") if not f.metonymy]
    cs = shortlist(found[0])
    readings = [cs[0], None]
    rows = context_features(0, found, cs, readings, "Aleppo and Aleppo again.")
    assert not rows.any()  # the only reading is the name's own: no context at all


def test_distance_km_is_the_haversine() -> None:
    def haversine(lat1, lon1, lat2, lon2):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        h = (math.sin((p2 - p1) / 2) ** 2
             + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
        return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))

    for a, b in [((36.2, 37.16), (33.51, 36.29)), ((0.0, -179.9), (0.0, 179.9)),
                 ((90.0, 0.0), (-90.0, 0.0)), ((51.5, -0.13), (51.5, -0.13))]:
        assert distance_km(*a, *b) == haversine(*a, *b)
    assert distance_km(51.5, -0.13, 51.5, -0.13) == 0.0


def test_fold_is_memoised_and_unchanged() -> None:
    assert fold("the Euphrates") == fold("Euphrates") == "euphrates"
    assert fold("Ra’s al ‘Ayn") == fold("Ras al 'Ayn")
    hits = fold.cache_info().hits
    assert fold("Tal Afar") == fold("Tal Afar") == "tal afar"
    assert fold.cache_info().hits > hits


def test_a_county_outranks_a_smaller_namesake_abroad(finder: PlaceFinder) -> None:
    found = places(finder, "Bird flu was confirmed at a turkey farm in Suffolk on Friday.")
    assert found["Suffolk"].country == "GBR" and found["Suffolk"].precision == "admin2"
    assert found["Suffolk"].feature == "region"  # the record's word for a county


def test_us_counties_are_named_with_county(finder: PlaceFinder) -> None:
    found = places(finder, "Mosquitoes in Dallas County tested positive; Dallas itself was spared.")
    assert found["Dallas County"].precision == "admin2" and found["Dallas County"].country == "USA"
    assert found["Dallas"].feature == "city"


def test_a_unit_named_like_a_big_city_is_flagged(finder: PlaceFinder) -> None:
    column = list(PRIOR_FEATURES).index("city_namesake")

    def flagged(text: str) -> set[tuple[str, str | None]]:
        (found,) = finder.recogniser.find(text)
        candidates = shortlist(found)
        rows = prior_features(found, candidates)
        return {(c.feature, c.country) for c, row in zip(candidates, rows) if row[column]}

    assert flagged("Flights to New York were cancelled.") == {("admin1", "USA")}
    assert flagged("Flights to Vermont were cancelled.") == set()  # no city of that name
    assert flagged("Farms across New York state were flooded.") == set()  # the text says state


def test_a_name_starts_after_a_sentence_initial_article(finder: PlaceFinder) -> None:
    assert places(finder, "The Secretary spoke for an hour.") == {}
    found = places(finder, "The Hague hosted the talks.")
    assert [p.country for p in found.values()] == ["NLD"]


def test_a_place_after_a_preposition_is_not_the_speaker(finder: PlaceFinder) -> None:
    found = places(finder, "Health officials in Texas said the outbreak was over.")
    assert found["Texas"].feature == "admin1"
    found = places(finder, 'The calf was born in Alberta," said the veterinarian.')
    assert found["Alberta"].country == "CAN"
    assert "Tehran" not in places(finder, "Tehran said the talks had failed.")


def test_a_county_name_before_a_surname_is_a_person(finder: PlaceFinder) -> None:
    assert "Angus" not in places(finder, "On Monday, Angus Robertson visited the farm.")
    assert places(finder, "Police in Angus closed the road.")["Angus"].precision == "admin2"


# --------------------------------------------------------------------------- direction regions


def test_a_direction_region_follows_its_most_prominent_parent(finder: PlaceFinder) -> None:
    for text in ("Israeli strikes hit northern Gaza overnight.",
                 "Tanks pushed deeper into southern Gaza on Friday."):
        region = next(c for c in places(finder, text).values() if c is not None)
        assert region.country == "PSE" and region.feature == "region", text  # not Mozambique's


def test_document_context_still_picks_a_direction_regions_parent(finder: PlaceFinder) -> None:
    found = places(finder, "Floods cut roads in northern Gaza, near Xai-Xai, Mozambique.")
    assert found["northern Gaza"].country == "MOZ"


def test_a_real_place_named_like_a_direction_keeps_its_name(finder: PlaceFinder) -> None:
    found = places(finder, "Storms hit West Virginia and South Africa.")
    assert found["West Virginia"].feature == "admin1" and found["South Africa"].feature == "country"


def test_rank_parts_moves_only_the_direction_regions() -> None:
    from lapwing.gazetteer import Candidate
    from lapwing.places_resolve import rank_parts

    def candidate(ident: str, parent: str | None) -> Candidate:
        return Candidate(ident, ident, 0.0, 0.0, None, None, None, "region", "region", "exact",
                         parent=parent)

    candidates = [candidate("town", None), candidate("a~north", "a"), candidate("b~north", "b")]
    ranked = rank_parts(candidates, np.array([1.0, 3.0, 2.0]), np.array([9.0, 0.0, 5.0]))
    assert ranked.tolist() == [1.0, -2.0, 3.0]  # b first among the parts, the best part score kept


# --------------------------------------------------------------------------- not places


@pytest.mark.parametrize("text", [
    "Lt. Gen. Herzi Halevi visited the base.",
    "Maj Gen Yaron Finkelman toured the front.",
    "Brig. Gen. Daniel Hagari spoke, and Col Yossi Levi and Sgt. Dan Cohen listened.",
    "Gov. Kathy Hochul met Sen. Chuck Schumer and Rep Adam Smith.",
    "Amb. Linda Thomas-Greenfield and Adm Brad Cooper arrived; Cmdr Tim Hawkins briefed.",
    "The Gen said nothing.",
])
def test_titles_and_their_abbreviations_are_never_places(finder: PlaceFinder, text: str) -> None:
    assert places(finder, text) == {}


def test_a_facility_noun_with_a_number_is_not_a_town(finder: PlaceFinder) -> None:
    found = places(finder, "A drone struck Tower 22 in Jordan, near Camp 5 and Gate 3.")
    assert list(found) == ["Jordan"]
    assert list(places(finder, "Troops held Checkpoint 300 and Route 60 near Hebron.")) == ["Hebron"]


@pytest.mark.parametrize("text, name", [
    ("The Hamas delegation arrived in Cairo.", "Hamas"),
    ("Fighters of Wagner left Bamako.", "Wagner"),
    ("A spokesman for Amal visited Tyre.", "Amal"),
    ("Obama and Rubio flew to Riyadh.", "Obama"),
])
def test_names_the_actor_kb_gives_an_organisation_or_person_are_not_places(
        finder: PlaceFinder, text: str, name: str) -> None:
    found = places(finder, text)
    assert name not in found and len(found) == 1


def test_an_actors_name_is_a_place_where_the_text_puts_it_in_one(finder: PlaceFinder) -> None:
    found = places(finder, "Drones struck positions near Al Mayadeen and in Fars province.")
    assert found["Al Mayadeen"].country == "SYR" and found["Fars"].country == "IRN"
    assert places(finder, "Israel and Erbil were named.")["Erbil"].country == "IRQ"  # a seat


@pytest.mark.parametrize("adjective", ["Somali", "Chadian", "Malian", "Lebanese", "Kazakh"])
def test_a_nationality_after_a_direction_word_is_not_a_place(finder: PlaceFinder, adjective: str) -> None:
    found = places(finder, f"Jets struck the southern {adjective} town of Dolow, officials said.")
    assert all(adjective not in name for name in found)


def test_a_cue_word_or_place_preposition_vouches_for_a_variant_spelling(finder: PlaceFinder) -> None:
    """GeoNames spells them Qalqīlyah and Mexmur; news writes Qalqilya and Makhmour."""
    found = places(finder, "Troops raided the city of Qalqilya, and drones circled near Makhmour.")
    assert found["Qalqilya"].country == "PSE" and found["Makhmour"].country == "IRQ"
    assert "Makhmour" not in places(finder, "Makhmour residents said little.")


def test_unlike_alternate_names_need_the_texts_support(finder: PlaceFinder) -> None:
    """GeoNames lists "Google" for Topeka and "Do" for Jahrom: such aliases, unlike the
    place's own name, are not places without a preposition or cue, unless the place is a
    metropolis known by an old name; transliterations keep their first letter."""
    text = "Okay, we've seen it. Do you know why Microsoft and Google were fined in Brussels?"
    assert set(places(finder, text)) == {"Brussels"}
    found = places(finder, "Jets struck Zakho, while ships sailed from Bombay to Peking.")
    assert {n: c.country for n, c in found.items()} == {"Zakho": "IRQ", "Bombay": "IND", "Peking": "CHN"}


def test_contractions_are_never_places(finder: PlaceFinder) -> None:
    assert places(finder, "Officials said: I've seen the damage, and I’ve counted the dead.") == {}


def test_a_state_listed_among_states_is_the_state(finder: PlaceFinder) -> None:
    found = places(finder, "Outbreaks were reported in Idaho, Montana, Washington and Wyoming.")
    assert (found["Washington"].feature, found["Washington"].country) == ("admin1", "USA")


def test_only_plain_units_make_a_list_of_units(finder: PlaceFinder) -> None:
    def listed(text: str, name: str) -> bool:
        start = text.index(name)
        return finder.recogniser.cues_for(text, start, start + len(name)).listed_with_units

    assert listed("Snow fell on Manitoba, Ontario and New Brunswick.", "New Brunswick")
    assert not listed("Trains between New York and Washington were cancelled.", "Washington")
    assert not listed("He lives in Rochester, New York.", "New York")  # a town and its state


def test_a_town_and_its_state_read_each_other(finder: PlaceFinder) -> None:
    found = places(finder, "A warehouse near Albany, Georgia burned on Tuesday.")
    assert (found["Albany"].country, found["Albany"].admin1) == (found["Georgia"].country, found["Georgia"].admin1)
    assert found["Georgia"].feature == "admin1" and found["Georgia"].country == "USA"


def test_a_stop_name_spends_its_words(finder: PlaceFinder) -> None:
    assert places(finder, "Mosquitoes carrying West Nile virus were trapped in Ohio.").keys() == {"Ohio"}


def test_a_currency_is_not_a_place(finder: PlaceFinder) -> None:
    assert "US" not in places(finder, "The charity raised US$40,000 for the clinic in Kampala.")


def test_the_subject_of_an_inverted_attribution_is_a_speaker(finder: PlaceFinder) -> None:
    assert places(finder, '"The wells are clean again," said Hamilton.') == {}
    found = places(finder, '"The outbreak is over," said Uganda\'s health minister.')
    assert found["Uganda"].country == "UGA"  # a possessive names the speaker's country


def test_a_surname_is_not_a_place_anywhere_in_the_document(finder: PlaceFinder) -> None:
    text = ("The clinic is run by Anna Dalton. Dalton trained nurses for a decade. "
            "Patients came from Tororo.")
    assert set(places(finder, text)) == {"Tororo"}
    text = "Storms hit Dalton overnight. Power returned to homes in Dalton by noon."
    assert set(places(finder, text)) == {"Dalton"}
