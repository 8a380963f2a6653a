"""Cross-document clustering: blocking, scoring, vetoes, ids, canonical records,
corroboration, and the incremental store runs."""

import json
import random

import pytest

from lapwing.clustering import DocFacts, assign, cluster_events, load_params, make_report, pair_score
from lapwing.clusters_store import list_clusters, update_clusters
from lapwing.corroboration import independent_sources, summarise
from lapwing.filters import Filters
from lapwing.records import Document, Event, EventDate, Place, Span
from lapwing.store import Batch, Store

BEIRUT = {"text": "Beirut", "name": "Beirut", "lat": 33.89, "lon": 35.50, "country": "LBN",
          "feature": "city"}
TYRE = {"text": "Tyre", "name": "Tyre", "lat": 33.27, "lon": 35.20, "country": "LBN",
        "feature": "city"}
LEBANON = {"text": "Lebanon", "name": "Lebanon", "lat": 33.85, "lon": 35.86, "country": "LBN",
           "feature": "country"}
IDF = {"text": "the Israeli army", "actor_id": "idf", "country": "ISR", "sector": "MIL"}
ISRAEL = {"text": "Israel", "actor_id": "ISR", "country": "ISR"}
HEZBOLLAH = {"text": "Hezbollah", "actor_id": "hezbollah", "country": "LBN", "sector": "PRM"}


def ev(event_id, doc_id=None, type_="ASSAULT", actors=(IDF,), recipients=(HEZBOLLAH,),
       day="2024-03-01", precision="day", basis="explicit", place=None, modality="asserted",
       dead=None):
    """An event in its JSON form; ``day`` may be a (start, end) pair or None."""
    start, end = day if isinstance(day, tuple) else (day, day)
    return {
        "event_id": event_id, "doc_id": doc_id or event_id.split(":")[0], "type": type_,
        "modality": modality, "actors": list(actors), "recipients": list(recipients),
        "date": {"value": start, "start": start, "end": end, "precision": precision,
                 "basis": basis},
        "location": place, "size": {"dead": dead} if dead is not None else None,
        "confidence": 0.8,
    }



def pair_value(first: dict, second: dict, params=None):
    """The pair score of two events in JSON form (None when a veto parts them)."""
    params = params or load_params()
    return pair_score(make_report(first, params=params), make_report(second, params=params), params)[0]

def clusters_of(events, docs=None):
    """Groups of event ids that ended in one cluster, as a set of frozensets."""
    groups = {}
    for event_id, cluster_id in cluster_events(events, docs).items():
        groups.setdefault(cluster_id, set()).add(event_id)
    return {frozenset(g) for g in groups.values()}


def test_reports_of_one_strike_merge_and_distractors_stay_apart():
    events = [
        ev("a:e1", place=BEIRUT, dead=3),
        ev("b:e1", actors=(ISRAEL,), place=BEIRUT, dead=4),  # country-level actor, same city
        ev("c:e1", actors=(), place=LEBANON),  # recipient only, country-level place
        ev("d:e1", day="2024-03-06", place=BEIRUT),  # same dyad, five days later
        ev("e:e1", place=TYRE),  # same dyad and day, another city 70 km away
    ]
    assert clusters_of(events) == {
        frozenset({"a:e1", "b:e1", "c:e1"}), frozenset({"d:e1"}), frozenset({"e:e1"})}


def test_swapped_sides_on_the_next_day_are_a_retaliation_not_the_same_event():
    events = [ev("a:e1"), ev("b:e1", actors=(HEZBOLLAH,), recipients=(IDF,), day="2024-03-02")]
    assert len(clusters_of(events)) == 2


def test_other_type_families_never_merge():
    events = [ev("a:e1"), ev("b:e1", type_="AGREE")]
    assert len(clusters_of(events)) == 2


def test_same_family_other_type_merges_when_the_rest_agrees():
    events = [ev("a:e1", place=BEIRUT), ev("b:e1", type_="COERCE", place=BEIRUT)]
    assert len(clusters_of(events)) == 1


def test_a_month_says_too_little_to_join_a_day():
    events = [ev("a:e1"), ev("b:e1", day=("2024-03-01", "2024-03-31"), precision="month")]
    assert len(clusters_of(events)) == 2


def test_a_publication_date_basis_reaches_back_to_the_event():
    """A follow-up published two days later and dated only by its publication joins."""
    events = [ev("a:e1", place=BEIRUT), ev("b:e1", day="2024-03-03", basis="document", place=BEIRUT)]
    assert len(clusters_of(events)) == 1
    late = [ev("a:e1"), ev("b:e1", day="2024-03-03")]  # an explicit date two days off: no
    assert len(clusters_of(late)) == 2


def test_a_follow_up_naming_no_party_or_place_joins_its_own_document_report():
    """"Three fighters were killed in the attack": nothing to compare across documents, but
    its document reported that attack; alone in a document, or where the document reports
    two attacks, it stays alone."""
    bare = {"actors": (), "recipients": (), "basis": "document"}
    events = [ev("a:e1", place=BEIRUT), ev("a:e2", **bare), ev("b:e1", **bare)]
    assert clusters_of(events) == {frozenset({"a:e1", "a:e2"}), frozenset({"b:e1"})}
    two = [ev("a:e1", place=BEIRUT), ev("a:e2", place=TYRE), ev("a:e3", **bare)]
    assert frozenset({"a:e3"}) in clusters_of(two)
    crowd = {**bare, "actors": ({"text": "Protesters"},)}  # an unresolved noun says no more
    events = [ev("a:e1", type_="PROTEST", place=BEIRUT), ev("a:e2", type_="PROTEST", **crowd)]
    assert clusters_of(events) == {frozenset({"a:e1", "a:e2"})}


def test_a_coalition_is_never_opposed_to_a_nation():
    """"Coalition forces left the base" and "US forces left the base": an international
    body is staffed by nations, so its code (IGO) neither opposes nor conflicts with one."""
    coalition = {"text": "the coalition", "actor_id": "coalition", "country": "IGO", "sector": "MIL"}
    us_forces = {"text": "US forces", "actor_id": "usa_armed_forces", "country": "USA", "sector": "MIL"}
    nearby = {**BEIRUT, "lat": BEIRUT["lat"] + 0.0225}  # 2.5 km away: the place agrees only in part
    events = [ev("a:e1", type_="RETREAT", actors=(coalition,), recipients=(), place=BEIRUT),
              ev("b:e1", type_="RETREAT", actors=(us_forces,), recipients=(), place=nearby)]
    assert len(clusters_of(events)) == 1


def test_the_places_of_a_statement_do_not_count_against_it():
    """One threat, placed by one report where it was made (Iran) and by another at what it
    threatens ("bases in the region"): statements are not told apart by such places."""
    iran = {"text": "Iran", "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IRN", "feature": "country"}
    region = {"text": "the region", "name": "Middle East", "lat": 26.0, "lon": 38.0, "feature": "region",
              "precision": "region"}
    army = {"text": "Iran's army chief", "actor_id": "irn_army", "country": "IRN", "sector": "MIL"}
    usa = {"text": "the United States", "actor_id": "USA", "country": "USA"}
    events = [ev("a:e1", type_="THREATEN", actors=(), recipients=(usa,), place=iran),
              ev("c:e1", type_="THREATEN", actors=(army,), recipients=(usa,), place=region)]
    assert len(clusters_of(events)) == 1


def test_two_towns_rule_out_two_meetings_but_not_two_reports_of_one_sanction():
    """A sanction is placed where it was announced or where its targets live ("a businessman in
    Beirut", "millions for Tyre"): two towns tell nothing apart. Talks take place somewhere."""
    treasury = {"text": "the U.S. Treasury", "actor_id": "usa_treasury", "country": "USA", "sector": "GOV"}
    one_sanction = [ev("a:e1", type_="SANCTION", actors=(treasury,), recipients=(), place=BEIRUT),
                    ev("b:e1", type_="SANCTION", actors=(treasury,), recipients=(), place=TYRE)]
    assert len(clusters_of(one_sanction)) == 1
    two_meetings = [ev("a:e1", type_="CONSULT", actors=(ISRAEL, HEZBOLLAH), recipients=(), place=BEIRUT),
                    ev("b:e1", type_="CONSULT", actors=(ISRAEL, HEZBOLLAH), recipients=(), place=TYRE)]
    assert len(clusters_of(two_meetings)) == 2


def test_a_morning_and_an_afternoon_of_one_day_are_two_events_but_night_is_loose():
    """Shelling "on Monday morning" is not the drone strike "on Monday afternoon"; an evening
    report of the afternoon's strike, or "Monday night" against "this afternoon" (outlets
    that counted the dead by night), may be one."""
    morning = ev("a:e1", day="2024-03-04", place=TYRE)
    morning["date"]["value"] = "2024-03-04TMO"
    afternoon, evening, night = (ev(f"{d}:e1", day="2024-03-04", place=TYRE) for d in "bcd")
    afternoon["date"]["value"], evening["date"]["value"], night["date"]["value"] = (
        "2024-03-04TAF", "2024-03-04TEV", "2024-03-04TNI")
    assert len(clusters_of([morning, afternoon])) == 2
    assert len(clusters_of([afternoon, evening])) == 1
    assert len(clusters_of([afternoon, night])) == 1
    assert parts_of(morning, afternoon)[1]["veto"] == "date"


def test_statements_by_other_states_are_other_statements_even_about_one_party():
    """Britain sanctioning Houthi commanders is not Washington's sanctions on their financiers
    that day, though both name the Houthis; two reports of one US decision, one naming the
    Treasury and one Washington, are one."""
    treasury = {"text": "the U.S. Treasury", "actor_id": "usa_treasury", "country": "USA", "sector": "GOV"}
    usa = {"text": "Washington", "actor_id": "USA", "country": "USA"}
    britain = {"text": "Britain", "actor_id": "GBR", "country": "GBR"}
    houthis = {"text": "the Houthis", "actor_id": "houthis", "country": "YEM", "sector": "REB"}
    events = [ev("a:e1", type_="SANCTION", actors=(treasury,), recipients=()),
              ev("b:e1", type_="SANCTION", actors=(usa,), recipients=(houthis,)),
              ev("c:e1", type_="SANCTION", actors=(britain,), recipients=(houthis,))]
    groups = clusters_of(events)
    assert frozenset({"c:e1"}) in groups
    assert any({"a:e1", "b:e1"} <= group for group in groups)


def test_undated_events_stay_alone():
    events = [ev("a:e1"), ev("b:e1", day=None, precision="unknown", basis="unknown")]
    assert len(clusters_of(events)) == 2


def test_cluster_ids_come_from_the_earliest_event_whatever_the_input_order():
    events = [ev("z:e1", day="2024-03-02", basis="document"), ev("m:e1"), ev("a:e9", day="2024-03-02")]
    expected = cluster_events(events)
    assert set(expected.values()) == {"c:m:e1"}
    shuffled = events[:]
    random.Random(3).shuffle(shuffled)
    assert cluster_events(shuffled) == expected


def test_event_records_and_their_json_form_cluster_alike():
    record = Event("a", "a:e1", "ASSAULT", Span(0, 1), Span(0, 1),
                   date=EventDate("2024-03-01", "2024-03-01", "2024-03-01", "day", "explicit"),
                   location=Place("Beirut", lat=33.89, lon=35.5, feature="city"))
    record.actors = []
    events = [record, ev("b:e1", actors=(), recipients=(), place=BEIRUT)]
    assert set(cluster_events(events).values()) == {"c:a:e1"}


def test_canonical_record_takes_the_most_specific_date_and_place_and_all_parties():
    p = load_params()
    reports = [
        make_report(ev("a:e1", day=("2024-03-01", "2024-03-07"), precision="week",
                       place=LEBANON, modality="reported"), DocFacts("Wire A", "2024-03-02"), p),
        make_report(ev("b:e1", actors=(ISRAEL,), place=BEIRUT, modality="alleged"),
                    DocFacts("Wire B", "2024-03-03"), p),
        make_report(ev("c:e1", basis="document", place=BEIRUT, modality="asserted"),
                    DocFacts("Wire C", "2024-03-04"), p),
    ]
    (cluster,) = assign(reports, params=p).touched.values()
    canonical = summarise(cluster, p).canonical
    assert canonical["date"]["precision"] == "day" and canonical["date"]["basis"] == "explicit"
    assert canonical["location"]["name"] == "Beirut"
    assert {a["actor_id"] for a in canonical["actors"]} == {"idf", "ISR"}
    assert [r["actor_id"] for r in canonical["recipients"]] == ["hezbollah"]
    assert canonical["modality"] == "asserted"


def test_the_canonical_date_prefers_the_event_day_to_the_statement_day():
    p = load_params()
    said = ev("a:e1", day="2024-03-02", basis="report", place=BEIRUT)  # "said on Saturday it had struck"
    reports = [make_report(said, DocFacts("Wire A", "2024-03-02"), p),
               make_report(ev("b:e1", day="2024-03-01", place=BEIRUT), DocFacts("Wire B", "2024-03-03"), p)]
    (cluster,) = assign(reports, params=p).touched.values()
    assert summarise(cluster, p).canonical["date"]["value"] == "2024-03-01"


def test_corroboration_counts_independent_sources_and_keeps_conflicts():
    p = load_params()
    docs = {
        "a": DocFacts("Wire A", "2024-03-01"),
        "a2": DocFacts("Daily B", "2024-03-01", duplicate_of="a"),  # syndicated copy of a
        "b": DocFacts("Wire A", "2024-03-02"),  # same outlet, second story
        "c": DocFacts("Radio C", "2024-03-03"),
    }
    events = [ev("a:e1", dead=3, modality="reported"), ev("a2:e1", dead=3, modality="reported"),
              ev("b:e1", dead=5, modality="alleged"),
              ev("c:e1", actors=(ISRAEL,), dead=5, modality="reported")]
    reports = [make_report(e, docs[e["doc_id"]], p) for e in events]
    (cluster,) = assign(reports, params=p).touched.values()
    summary = summarise(cluster, p)
    k = summary.corroboration
    assert (k["events"], k["reports"], k["sources"]) == (4, 4, 2)
    assert (k["first_report"], k["last_report"]) == ("2024-03-01", "2024-03-03")
    assert k["asserted"] is False and k["modalities"] == {"alleged": 1, "reported": 3}
    assert k["conflicts"]["dead"] == [
        {"value": 3, "reports": ["a", "a2"]}, {"value": 5, "reports": ["b", "c"]}]
    assert {tuple(v["value"]) for v in k["conflicts"]["perpetrators"]} == {("idf",), ("ISR",)}
    assert summary.canonical["size"]["dead"] == 5  # a tie: the latest report's toll


def test_independent_sources_without_outlets_count_documents():
    assert independent_sources([("x", DocFacts()), ("y", DocFacts()), ("z", DocFacts(duplicate_of="x"))]) == 2


def test_new_reports_join_existing_clusters_and_keep_their_ids():
    p = load_params()
    old = [make_report(ev("b:e1", place=BEIRUT), params=p)]
    new = [make_report(ev("a:e1", day="2024-03-01", place=BEIRUT), params=p),
           make_report(ev("d:e1", day="2024-04-01"), params=p)]
    result = assign(new, {"c:b:e1": old}, p)
    assert result.cluster_of == {"a:e1": "c:b:e1", "d:e1": "c:d:e1"}
    assert sorted(m.event_id for m in result.touched["c:b:e1"].members) == ["a:e1", "b:e1"]


def test_broken_parameters_name_the_file(tmp_path):
    bad = tmp_path / "clustering.yaml"
    bad.write_text("threshold: 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"clustering\.yaml: missing parameter\(s\) date_window_days"):
        load_params(bad)


# --------------------------------------------------------------------------- the store


def _event(event_id, day, source_doc, place):
    return Event(source_doc, event_id, "ASSAULT", Span(0, 4, "Text"), Span(0, 4),
                 actors=[], recipients=[],
                 date=EventDate(day, day, day, "day", "explicit"),
                 location=Place(place["text"], name=place["name"], lat=place["lat"],
                                lon=place["lon"], country=place["country"], feature="city"),
                 confidence=0.8)


def _batch(run_id, docs):
    """Documents (id, outlet, published, day, place) each with one ASSAULT."""
    return Batch(
        run_id,
        documents=[Document(d, d, f"Text of {d}.", source=s, published=pub) for d, s, pub, _, _ in docs],
        records=[_event(f"{d}:e1", day, d, place) for d, _, _, day, place in docs],
    )


def test_store_runs_are_incremental_idempotent_and_rebuildable(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch(_batch("r1", [("d1", "Wire A", "2024-03-01", "2024-03-01", BEIRUT),
                                        ("d2", "Wire B", "2024-03-02", "2024-03-01", BEIRUT),
                                        ("d3", "Wire A", "2024-03-02", "2024-03-01", TYRE)]))
        assert update_clusters(store) == {"placed": 3, "clusters_touched": 2, "clusters_new": 2}
        assert update_clusters(store) == {"placed": 0, "clusters_touched": 0, "clusters_new": 0}

        store.write_batch(_batch("r2", [("d4", "Radio C", "2024-03-03", "2024-03-01", BEIRUT)]))
        assert update_clusters(store) == {"placed": 1, "clusters_touched": 1, "clusters_new": 0}
        rows = store.con.execute(
            "SELECT event_id, cluster_id, record->>'cluster_id' FROM events ORDER BY event_id"
        ).fetchall()
        assert rows == [("d1:e1", "c:d1:e1", "c:d1:e1"), ("d2:e1", "c:d1:e1", "c:d1:e1"),
                        ("d3:e1", "c:d3:e1", "c:d3:e1"), ("d4:e1", "c:d1:e1", "c:d1:e1")]
        (top, other) = list_clusters(store)
        assert top["cluster_id"] == "c:d1:e1"
        assert (top["corroboration"]["reports"], top["corroboration"]["sources"]) == (3, 3)
        assert other["corroboration"]["reports"] == 1
        assert list_clusters(store, Filters(date_from="2024-04-01")) == []
        assert [c["cluster_id"] for c in list_clusters(store, min_reports=2)] == ["c:d1:e1"]

        assert update_clusters(store, rebuild=True)["placed"] == 4
        (n_clusters,) = store.con.execute("SELECT count(*) FROM clusters").fetchone()
        assert n_clusters == 2
        exported = json.loads(store.con.execute(
            "SELECT record FROM events WHERE event_id = 'd4:e1'").fetchone()[0])
        assert exported["cluster_id"] == "c:d1:e1"


def test_clustering_refuses_a_read_only_store(tmp_path):
    path = tmp_path / "ro.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(ValueError, match="read-only"):
        update_clusters(store)


# --------------------------------------------------------------------------- score parts

NABATIEH = {"text": "Nabatieh", "name": "Nabatieh", "lat": 33.378, "lon": 35.484, "country": "LBN",
            "feature": "city", "precision": "city"}
BINT_JBEIL = {"text": "Bint Jbeil", "name": "Bint Jbeil", "lat": 33.119, "lon": 35.433,
              "country": "LBN", "feature": "city", "precision": "city"}
ERBIL = {"text": "Erbil", "name": "Erbil", "lat": 36.19, "lon": 44.01, "country": "IRQ",
         "feature": "city", "precision": "city"}
UNITED_STATES = {"text": "U.S.", "name": "United States", "lat": 40.0, "lon": -100.0,
                 "country": "USA", "feature": "country", "precision": "country"}
ISRAELI = {"text": "Israeli", "country": "ISR"}  # a nationality, no resolved actor
MILITIA = {"text": "the militia", "actor_id": "iri", "country": "IRQ", "sector": "PRM"}
US_FORCES = {"text": "U.S. forces", "actor_id": "usa_armed_forces", "country": "USA", "sector": "MIL"}
AMERICAN = {"text": "American", "country": "USA"}


def parts_of(first, second):
    """Score and parts of ``second`` against a cluster holding only ``first``."""
    p = load_params()
    return pair_score(make_report(first, params=p), make_report(second, params=p), p)


def test_two_known_towns_apart_stay_apart_but_a_coarser_or_missing_place_joins():
    """Nabatieh and Bint Jbeil are 29 km apart: two strikes of one dyad on one day."""
    events = [ev("a:e1", actors=(ISRAELI,), recipients=(), place=NABATIEH),
              ev("b:e1", actors=(ISRAELI,), recipients=(), place=BINT_JBEIL),
              ev("c:e1", actors=(IDF,), recipients=(), place=LEBANON),
              ev("d:e1", actors=(IDF,), recipients=(), place=NABATIEH | {"lat": 33.39}),
              ev("e:e1", actors=(ISRAEL,), recipients=(), place=None)]
    assert clusters_of(events) == {frozenset({"a:e1", "c:e1", "d:e1", "e:e1"}), frozenset({"b:e1"})}
    assert parts_of(events[0], events[1])[1]["veto"] == "place"


def test_a_conflicting_country_level_place_costs_but_does_not_veto():
    """The place stage often gives a party's nationality as a country-level place."""
    erbil = ev("a:e1", actors=(MILITIA,), recipients=(AMERICAN,), place=ERBIL)
    us = ev("b:e1", actors=(MILITIA,), recipients=(US_FORCES,), place=UNITED_STATES)
    value, parts = parts_of(erbil, us)
    p = load_params()
    assert parts["place"] == -p.weights["place_conflict"] * p.place_specificity["country"]
    assert value is not None and value >= load_params().threshold
    assert len(clusters_of([erbil, us])) == 1


def test_actors_agree_at_the_finest_level_both_give():
    w = load_params().weights
    idf = ev("a:e1", recipients=(), place=BEIRUT)
    assert parts_of(idf, ev("b:e1", actors=(ISRAEL,), recipients=()))[1]["participants"] == w["actor_country_general"]
    assert parts_of(idf, ev("b:e1", actors=(ISRAELI,), recipients=()))[1]["participants"] == w["actor_country_general"]
    # a resolved actor that lacks a sector is a specific actor, not the country
    mossad = {"text": "Mossad", "actor_id": "mossad", "country": "ISR"}
    assert parts_of(idf, ev("b:e1", actors=(mossad,), recipients=()))[1]["participants"] == w["actor_country"]
    # an unresolved name without a country that matches nothing is left out of the mean
    residents = {"text": "residents"}
    assert parts_of(idf, ev("b:e1", recipients=(residents,)))[1]["participants"] == w["actor_id"]


def test_complementary_roles_merge_but_opposed_ones_do_not():
    """One report names only who struck, another only who was struck: each lost a side."""
    struck = ev("a:e1", actors=(IDF,), recipients=(), place=TYRE)
    target = ev("b:e1", actors=(), recipients=(HEZBOLLAH,), place=TYRE)
    other_actor = ev("c:e1", actors=(HEZBOLLAH,), recipients=(), place=TYRE)
    assert len(clusters_of([struck, target])) == 1
    assert parts_of(struck, other_actor)[1]["veto"] == "participants"


def test_a_party_reversed_on_the_next_day_is_another_event():
    """Hezbollah firing on Thursday is not the strike that killed its commander on Wednesday."""
    strike = ev("a:e1", actors=(), recipients=(HEZBOLLAH,), place=NABATIEH)
    rockets = ev("b:e1", actors=(HEZBOLLAH,), recipients=(), day="2024-03-02", place=NABATIEH)
    assert parts_of(strike, rockets)[1]["veto"] == "participants"
    same_day = dict(rockets, date=strike["date"])  # on one day: more often a misread role
    assert "veto" not in parts_of(strike, same_day)[1]


def test_a_lone_report_gets_a_second_look_at_clusters_that_grew_after_it():
    """The first two reports of the Turkish strikes share no country (Turkey against the PKK;
    the YPG), and the third joins one of them; whichever it is, the report left alone then
    agrees with the grown cluster."""
    turkey = {"text": "Turkish jets", "actor_id": "tur_af", "country": "TUR", "sector": "MIL"}
    pkk = {"text": "PKK", "actor_id": "pkk", "country": "TUR", "sector": "REB"}
    ypg = {"text": "YPG", "actor_id": "ypg", "country": "SYR", "sector": "REB"}
    syria = {"text": "the Syrian army", "actor_id": "syr_army", "country": "SYR", "sector": "MIL"}
    docs = {"a": DocFacts("A", "2024-03-01"), "b": DocFacts("B", "2024-03-01"),
            "c": DocFacts("C", "2024-03-02")}
    events = [ev("a:e1", actors=(turkey,), recipients=(pkk,), place=ERBIL),
              ev("b:e1", actors=(ypg,), recipients=(), place=ERBIL),
              ev("c:e1", actors=({"text": "Turkish", "country": "TUR"},), recipients=(syria,), place=ERBIL)]
    assert parts_of(events[0], events[1])[1]["veto"] == "participants"
    assert len(set(cluster_events(events, docs).values())) == 1


def test_a_lone_report_does_not_pair_up_with_another_lone_report_on_the_second_look():
    events = [ev("a:e1", actors=(ISRAELI,), recipients=(), place=None),
              ev("b:e1", actors=(), recipients=(), place=None)]
    assert len(clusters_of(events)) == 2


def test_two_nationality_words_in_one_role_do_not_oppose_but_a_named_actor_does():
    """"the southern Lebanese town" makes "Lebanese" an actor: weak evidence against."""
    israeli = ev("a:e1", actors=(ISRAELI,), recipients=(), place=NABATIEH)
    lebanese = ev("b:e1", actors=({"text": "Lebanese", "country": "LBN"},), recipients=(HEZBOLLAH,),
                  place=NABATIEH)
    lebanese_army = ev("c:e1", actors=({"text": "the Lebanese army", "actor_id": "lbn_army",
                                        "country": "LBN", "sector": "MIL"},), recipients=(), place=NABATIEH)
    assert "veto" not in parts_of(israeli, lebanese)[1]
    assert parts_of(israeli, lebanese_army)[1]["veto"] == "participants"
    assert len(clusters_of([israeli, lebanese])) == 1


def test_a_place_inside_a_country_agrees_with_it_however_far_from_its_centre():
    washington = {"text": "Washington", "name": "Washington", "lat": 38.9, "lon": -77.04,
                  "country": "USA", "feature": "city", "precision": "city"}
    p = load_params()
    parts = parts_of(ev("a:e1", place=UNITED_STATES), ev("b:e1", place=washington))[1]
    assert parts["place"] == p.weights["place"] * p.place_specificity["country"]


def test_the_same_actor_striking_another_target_that_day_is_another_event():
    """Israel strikes Gaza and Lebanon on one day; reports without a place must not merge."""
    hamas = {"text": "Hamas", "actor_id": "hamas", "country": "PSE", "sector": "REB"}
    lebanon = ev("a:e1", actors=(IDF,), recipients=(HEZBOLLAH,))
    gaza = ev("b:e1", actors=(ISRAEL,), recipients=(hamas,))
    again = ev("c:e1", actors=(ISRAEL,), recipients=(HEZBOLLAH,))
    assert clusters_of([lebanon, gaza, again]) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"})}
    w = load_params().weights
    assert parts_of(lebanon, gaza)[1]["participants"] == pytest.approx(
        (w["actor_country_general"] + 0) / 2 - w["role_conflict"], abs=1e-3)
    # the target group named as an actor on the same day is a misread role, not a conflict
    claim = ev("d:e1", actors=(HEZBOLLAH,), recipients=())
    assert parts_of(lebanon, claim)[1]["participants"] == w["actor_id"]


NABATIEH_DISTRICT = {"text": "Nabatieh District", "name": "Nabatieh", "lat": 33.38, "lon": 35.48,
                     "country": "LBN", "feature": "region", "precision": "admin2"}
AKKAR_DISTRICT = {"text": "Akkar", "name": "Akkar", "lat": 34.53, "lon": 36.08, "country": "LBN",
                  "feature": "region", "precision": "admin2"}


def test_a_second_level_unit_is_a_district_not_a_region():
    """A county or district (precision admin2, feature region) stands for tens of km, not for
    a region's hundreds: finer than a first-level unit, coarser than a town."""
    p = load_params()
    report = make_report(ev("a:e1", place=NABATIEH_DISTRICT))
    assert report.radius == p.place_radius_km["admin2"] < p.place_radius_km["admin1"]
    assert p.place_specificity["admin1"] < report.place_weight < p.place_specificity["city"]
    assert report.place_veto


def test_two_districts_apart_are_two_events_and_one_district_is_one():
    events = [ev("a:e1", place=NABATIEH_DISTRICT), ev("b:e1", place=NABATIEH_DISTRICT),
              ev("c:e1", place=AKKAR_DISTRICT)]  # 140 km north, same dyad and day
    assert clusters_of(events) == {frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"})}


USA = {"text": "the United States", "actor_id": "USA", "country": "USA"}
US_ARMY = {"text": "the US Army", "actor_id": "usa_army", "country": "USA", "sector": "MIL"}
QATAR = {"text": "Qatar", "name": "Qatar", "lat": 25.3, "lon": 51.2, "country": "QAT", "feature": "country"}
BAHRAIN = {"text": "Bahrain", "name": "Bahrain", "lat": 26.0, "lon": 50.55, "country": "BHR",
           "feature": "country"}
MOSUL = {"text": "Mosul", "name": "Mosul", "lat": 36.34, "lon": 43.13, "country": "IRQ", "feature": "city"}
HAMMAM_AL_ALIL = {"text": "Hammam al-Alil", "name": "Hammam al-Alil", "lat": 36.16, "lon": 43.26,
                  "country": "IRQ", "feature": "city"}
TAL_AFAR = {"text": "Tal Afar", "name": "Tal Afar", "lat": 36.37, "lon": 42.45, "country": "IRQ",
            "feature": "city"}  # 61 km west of Mosul


def test_deployments_to_two_neighbouring_countries_are_two_events():
    """Country radii overlap, but two scenes in other countries than the parties' differ;
    the deploying country as the place still agrees with anything (it is its nationality)."""
    to_qatar = ev("a:e1", type_="MOBILIZE", actors=(US_ARMY,), recipients=(), place=QATAR)
    to_bahrain = ev("b:e1", type_="MOBILIZE", actors=(USA,), recipients=(), place=BAHRAIN)
    assert len(clusters_of([to_qatar, to_bahrain])) == 2
    at_home = ev("c:e1", type_="MOBILIZE", actors=(USA,), recipients=(),
                 place={**QATAR, "text": "United States", "country": "USA", "lat": 39.8, "lon": -98.6})
    assert clusters_of([to_qatar, at_home]) == {frozenset({"a:e1", "c:e1"})}


def test_a_place_near_a_town_reaches_the_towns_around_it():
    """"an outpost north of Mosul" (precision vicinity) may be the attack another report
    places in a town 23 km out; Mosul itself may not."""
    isis = {"text": "Islamic State", "actor_id": "isis", "country": "IMG", "sector": "REB"}
    army = {"text": "the Iraqi army", "actor_id": "irq_army", "country": "IRQ", "sector": "MIL"}
    town = ev("a:e1", actors=(isis,), recipients=(army,), place=HAMMAM_AL_ALIL)
    near = ev("b:e1", actors=(isis,), recipients=(army,), place={**MOSUL, "precision": "vicinity"})
    inside = ev("c:e1", actors=(isis,), recipients=(army,), place=MOSUL)
    assert len(clusters_of([town, near])) == 1
    assert len(clusters_of([town, inside])) == 2
    tal_afar = ev("d:e1", actors=(isis,), recipients=(army,), place=TAL_AFAR)
    assert len(clusters_of([tal_afar, near])) == 2  # 61 km: another district's town


# Written for the cluster_test2 fixes (2026-11-21): sentences and places of our own.
NABATIEH = {"text": "Nabatieh", "name": "Nabatieh", "lat": 33.378, "lon": 35.484, "country": "LBN",
            "feature": "city"}
KFAR_ROUMMANE = {"text": "Kfar Roummane", "name": "Kfar Roummane", "lat": 33.386, "lon": 35.500,
                 "country": "LBN", "feature": "locality"}
TYRE_VILLAGE_15KM = {"text": "Village", "name": "Village", "lat": 33.25, "lon": 35.43, "country": "LBN",
                     "feature": "locality"}
RED_SEA = {"text": "Red Sea", "name": "Red Sea", "lat": 20.0, "lon": 38.5, "country": None, "feature": "water"}
CYPRUS = {"text": "Cyprus", "name": "Cyprus", "lat": 35.0, "lon": 33.0, "country": "CYP", "feature": "country"}
ROYAL_NAVY = {"text": "Royal Navy", "actor_id": "royal_navy", "country": "GBR", "sector": "MIL"}
RAF = {"text": "RAF", "actor_id": "royal_air_force", "country": "GBR", "sector": "MIL"}


def test_villages_fifteen_km_apart_are_two_strikes_but_a_town_and_its_edge_are_one():
    """Border villages lie 3-5 km apart: a strike 15 km away that day is another one."""
    assert len(clusters_of([ev("a:e1", place=NABATIEH), ev("b:e1", place=TYRE_VILLAGE_15KM)])) == 2
    assert len(clusters_of([ev("a:e1", place=NABATIEH), ev("b:e1", place=KFAR_ROUMMANE)])) == 1


NUSEIRAT = {"text": "Nuseirat", "name": "Nuseirat", "lat": 31.449, "lon": 34.393, "country": "PSE", "feature": "city"}
BANI_SUHEILA = {"text": "Bani Suheila", "name": "Bani Suheila", "lat": 31.343, "lon": 34.323, "country": "PSE",
                "feature": "city"}
DEIR_AL_BALAH = {"text": "Deir al-Balah", "name": "Deir al-Balah", "lat": 31.418, "lon": 34.350, "country": "PSE",
                 "feature": "city"}


def test_two_gaza_towns_thirteen_km_apart_are_two_strikes_but_neighbours_may_be_one():
    """Camps and towns of the Gaza Strip lie a few km apart: a strike in Bani Suheila is not
    the one in Nuseirat that day (13 km), though Deir al-Balah next door (5 km) may be."""
    israel = {"text": "Israeli", "country": "ISR"}
    assert len(clusters_of([ev("a:e1", actors=(israel,), place=NUSEIRAT),
                            ev("b:e1", actors=(israel,), place=BANI_SUHEILA)])) == 2
    assert len(clusters_of([ev("a:e1", actors=(israel,), place=NUSEIRAT),
                            ev("b:e1", actors=(israel,), place=DEIR_AL_BALAH)])) == 1


ARAGHCHI = {"text": "Abbas Araghchi", "actor_id": "abbas_araghchi", "country": "IRN", "sector": "GOV"}
ALBUSAIDI = {"text": "Badr Albusaidi", "actor_id": "badr_albusaidi", "country": "OMN", "sector": "GOV"}
ABDELATTY = {"text": "Badr Abdelatty", "actor_id": "badr_abdelatty", "country": "EGY", "sector": "GOV"}


def test_one_minister_with_two_counterparts_on_one_day_is_two_talks():
    """All parties of talks are actors, so roles cannot tell Araghchi's talks with Oman's
    minister from his call with Egypt's that day; the counterparts' countries do."""
    oman = ev("a:e1", type_="CONSULT", actors=(ARAGHCHI, ALBUSAIDI), recipients=())
    egypt = ev("b:e1", type_="CONSULT", actors=(ABDELATTY, ARAGHCHI), recipients=())
    assert len(clusters_of([oman, egypt])) == 2
    again = ev("c:e1", type_="CONSULT", actors=(ALBUSAIDI,), recipients=(ARAGHCHI,))
    assert len(clusters_of([oman, again])) == 1


def test_a_deployment_to_a_sea_is_not_one_to_a_third_country_that_day():
    """Neither place is a party's own country, so the coarse conflict is not excused as a
    nationality standing for the scene."""
    navy = ev("a:e1", type_="MOBILIZE", actors=(ROYAL_NAVY,), recipients=(), place=RED_SEA)
    jets = ev("b:e1", type_="MOBILIZE", actors=(RAF,), recipients=(), place=CYPRUS)
    assert len(clusters_of([navy, jets])) == 2
    again = ev("c:e1", type_="MOBILIZE", actors=(ROYAL_NAVY,), recipients=(), place=RED_SEA)
    assert len(clusters_of([navy, again])) == 1


def test_unnamed_parties_at_two_points_of_one_city_still_meet():
    """Blocking by the place's country: "depositors" and "the Savers' Union" share no actor
    key, and a district and its city have different points, yet they may be one protest."""
    district = {"text": "Hamra", "name": "Hamra", "lat": 33.896, "lon": 35.482, "country": "LBN",
                "feature": "locality"}
    crowd = ev("a:e1", type_="PROTEST", actors=({"text": "depositors"},), recipients=(), place=BEIRUT)
    union = ev("b:e1", type_="PROTEST", actors=({"text": "the Savers' Union"},), recipients=(),
               place=district)
    assert len(clusters_of([crowd, union])) == 1


def _with_words(event, before_trigger, trigger="strike", after=" hit a depot on Friday."):
    """``event`` with a sentence whose trigger follows ``before_trigger``."""
    text = before_trigger + trigger + after
    start = len(before_trigger)
    return event | {"sentence": {"start": 0, "end": len(text), "text": text},
                    "trigger": {"start": start, "end": start + len(trigger), "text": trigger}}


def _shifted(event, offset):
    """``event`` with its sentence and trigger ``offset`` characters later in the document."""
    sentence, trigger = event["sentence"], event["trigger"]
    return event | {"sentence": sentence | {"start": sentence["start"] + offset},
                    "trigger": trigger | {"start": trigger["start"] + offset,
                                          "end": trigger["end"] + offset}}


def test_one_more_event_of_its_kind_joins_only_on_a_shared_town():
    """"Another Israeli strike" tells of a second strike that day: a country-level place and
    the same parties no longer tie it to the day's main strike, a shared town still does."""
    main = [ev("a:e1", place=TYRE), ev("b:e1", actors=(ISRAEL,), place=LEBANON)]
    other = _with_words(ev("c:e1", place=LEBANON), "Another Israeli ")
    assert frozenset({"c:e1"}) in clusters_of([*main, other])
    same_town = _with_words(ev("c:e1", place=TYRE), "Another Israeli ")
    assert frozenset({"a:e1", "b:e1", "c:e1"}) in clusters_of([*main, same_town])
    plain = _with_words(ev("c:e1", place=LEBANON), "An Israeli ")
    assert frozenset({"a:e1", "b:e1", "c:e1"}) in clusters_of([*main, plain])


def test_a_strike_repeated_on_the_next_day_is_that_days_event():
    """"Israeli warplanes returned to Tyre on Wednesday" repeats Tuesday's strike there: the
    same town and parties, a day apart, are two events; an unmarked report a day off joins."""
    main = [ev("a:e1", place=TYRE), ev("b:e1", place=TYRE)]
    repeat = _with_words(ev("c:e1", day="2024-03-02", place=TYRE), "Israeli warplanes returned to ")
    assert frozenset({"c:e1"}) in clusters_of([*main, repeat])
    unmarked = _with_words(ev("c:e1", day="2024-03-02", place=TYRE), "Israeli warplanes ")
    assert frozenset({"a:e1", "b:e1", "c:e1"}) in clusters_of([*main, unmarked])
    same_day = _with_words(ev("c:e1", place=None), "The Israeli army has again ")
    assert frozenset({"a:e1", "b:e1", "c:e1"}) in clusters_of([*main, same_day])  # no town needed


def test_one_more_event_after_its_own_documents_first_is_no_other_report():
    """"A drone struck Tyre ... Another strike hit ..." counts within the document: the
    second report is not marked against reports of other documents."""
    first = _with_words(ev("c:e1", place=TYRE), "An Israeli ")
    second = _shifted(_with_words(ev("c:e2", place=LEBANON), "Another Israeli "), 200)
    clusters = clusters_of([ev("a:e1", place=TYRE), ev("b:e1", actors=(ISRAEL,), place=LEBANON),
                            first, second])
    assert any({"b:e1", "c:e2"} <= group for group in clusters)


# Written for the cluster_test14 fixes (2026-11-21): seas as chains, their joins and coasts.
HOUTHIS = {"text": "the Houthis", "actor_id": "houthis", "country": "YEM", "sector": "REB"}
GULF_OF_ADEN = {"text": "Gulf of Aden", "name": "Gulf of Aden", "lat": 12.5, "lon": 48.0, "country": None,
                "feature": "water"}
SOUTHERN_RED_SEA = {"text": "southern Red Sea", "name": "southern Red Sea", "lat": 17.65, "lon": 38.5,
                    "country": None, "feature": "water", "precision": "region"}
BAB_EL_MANDEB = {"text": "Bab al-Mandab", "name": "Bab el-Mandeb", "lat": 12.58, "lon": 43.33, "country": None,
                 "feature": "water"}
OFF_MOKHA = {"text": "Mokha", "name": "Mocha", "lat": 13.32, "lon": 43.25, "country": "YEM", "feature": "city",
             "precision": "vicinity"}
SAADA = {"text": "Saada", "name": "Saada", "lat": 16.94, "lon": 43.76, "country": "YEM", "feature": "city"}
HORMUZ = {"text": "Strait of Hormuz", "name": "Strait of Hormuz", "lat": 26.57, "lon": 56.25, "country": None,
          "feature": "water"}
BUSHEHR = {"text": "Bushehr province", "name": "Bushehr Province", "lat": 28.8, "lon": 51.3, "country": "IRN",
           "feature": "admin1", "precision": "admin1"}
EGYPT = {"text": "Egypt", "name": "Egypt", "lat": 27.0, "lon": 30.0, "country": "EGY", "feature": "country"}
IRGC = {"text": "the Revolutionary Guards", "actor_id": "irgc", "country": "IRN", "sector": "MIL"}
POLICE = {"text": "Bushehr police", "country": "IRN", "sector": "COP"}


def test_attacks_in_two_seas_that_do_not_join_are_two_attacks():
    """The Gulf of Aden and the southern Red Sea are other waters, whatever their points;
    the Bab el-Mandeb joins both, so a report naming it may be either's attack."""
    aden = ev("a:e1", actors=(HOUTHIS,), recipients=(), place=GULF_OF_ADEN)
    red_sea = ev("b:e1", actors=(HOUTHIS,), recipients=(), place=SOUTHERN_RED_SEA)
    assert len(clusters_of([aden, red_sea])) == 2
    strait = ev("c:e1", actors=(HOUTHIS,), recipients=(), place=BAB_EL_MANDEB)
    assert len(clusters_of([red_sea, strait])) == 1


def test_a_coastal_town_is_in_a_long_sea_but_an_inland_one_is_not():
    """Mokha is 900 km from the Red Sea's middle yet on its shore; Saada lies 300 km inland."""
    sea = make_report(ev("a:e1", actors=(HOUTHIS,), recipients=(), place=RED_SEA))
    _, coast = pair_score(sea, make_report(ev("b:e1", actors=(HOUTHIS,), recipients=(), place=OFF_MOKHA)))
    _, inland = pair_score(sea, make_report(ev("c:e1", actors=(HOUTHIS,), recipients=(), place=SAADA)))
    assert coast["place"] > 0 > inland["place"]


def test_a_strait_reaches_no_farther_than_its_shores():
    """A seizure by the Guards in the Strait of Hormuz is not the police's off Bushehr that day."""
    strait = ev("a:e1", type_="COERCE", actors=(IRGC,), recipients=(), place=HORMUZ)
    bushehr = ev("b:e1", type_="COERCE", actors=(POLICE,), recipients=(), place=BUSHEHR)
    assert len(clusters_of([strait, bushehr])) == 2


def test_a_country_agrees_with_a_sea_on_its_coast():
    """Egypt borders the Red Sea, Cyprus does not (see the deployment test above)."""
    navy = ev("a:e1", type_="MOBILIZE", actors=(ROYAL_NAVY,), recipients=(), place=RED_SEA)
    assert len(clusters_of([navy, ev("b:e1", type_="MOBILIZE", actors=(ROYAL_NAVY,), recipients=(),
                                     place=EGYPT)])) == 1


def test_an_ordinal_counting_a_series_over_the_year_is_no_extra_event_of_the_day():
    """"the third seizure of a tanker this year" is the day's seizure, not one more of it."""
    main = ev("a:e1", type_="COERCE", actors=(IRGC,), recipients=(), place=HORMUZ)
    counted = ev("b:e1", type_="COERCE", actors=(IRGC,), recipients=(), place=HORMUZ)
    counted["sentence"] = {"start": 0, "text": "The Guards made the third seizure of a tanker in the strait this year."}
    counted["trigger"] = {"start": 30, "end": 37, "text": "seizure"}
    assert make_report(counted).additive is False
    assert len(clusters_of([main, counted])) == 1
    counted["sentence"] = {"start": 0, "text": "The Guards made a third seizure of a tanker in the strait."}
    counted["trigger"] = {"start": 24, "end": 31, "text": "seizure"}
    assert make_report(counted).additive is True


def test_an_unnamed_ship_is_one_kind_of_party_with_any_ship():
    """Three reports of one attack at sea: "a bulk carrier" hit off Hodeidah (no attacker),
    the Houthis' attack on "a vessel", and the named ship; the carrier and the vessel are
    the same party as far as they say, and the Houthis are not contradicted by reports that
    name no one."""
    carrier = {"text": "carrier", "reason": "noun: vessel; flag LBR"}
    vessel = {"text": "vessel", "reason": "noun: vessel"}
    named = {"text": "Sea Lark", "name": "Sea Lark", "actor_id": "prov:vessel_sea_lark", "type": "other",
             "reason": "noun: vessel named"}
    first = ev("a:e1", actors=(), recipients=(named,), place=RED_SEA)
    second = ev("b:e1", actors=(), recipients=(carrier,), place=SOUTHERN_RED_SEA)
    third = ev("c:e1", actors=(HOUTHIS,), recipients=(vessel,), place=RED_SEA)
    assert clusters_of([first, second, third]) == {frozenset({"a:e1", "b:e1", "c:e1"})}
    # two different words for the ship are no party a resolved actor could be
    assert parts_of(second, ev("d:e1", actors=(), recipients=(vessel,)))[1]["participants"] == 0.25
    assert parts_of(second, ev("e:e1", actors=(), recipients=(HEZBOLLAH,)))[1]["participants"] == 0.0


CROWN_PRINCE = {"text": "the crown prince", "actor_id": "mohammed_bin_salman", "country": "SAU",
                "sector": "GOV", "type": "person"}
SAUDI_FM = {"text": "Prince Faisal bin Farhan", "actor_id": "faisal_bin_farhan", "country": "SAU",
            "sector": "GOV", "type": "person"}
PEZESHKIAN = {"text": "Masoud Pezeshkian", "actor_id": "masoud_pezeshkian", "country": "IRN",
              "sector": "GOV", "type": "person"}
UN_ENVOY = {"text": "the UN special envoy", "country": "UNO", "sector": "GOV"}
UNKNOWN_ENVOY = {"text": "envoy Hans Grundberg", "actor_id": "prov:hans_grundberg", "country": "UNO",
                 "type": "person"}


def test_talks_naming_only_other_known_people_of_one_government_are_other_talks():
    """The Saudi foreign minister meeting the UN envoy is not the crown prince's call with
    Iran's president that day, though country and sector agree; a report sharing one
    person still joins, and a provisional name says nothing against."""
    call = ev("a:e1", type_="CONSULT", actors=(CROWN_PRINCE, PEZESHKIAN), recipients=())
    talks = ev("b:e1", type_="CONSULT", actors=(SAUDI_FM, UN_ENVOY), recipients=())
    assert len(clusters_of([call, talks])) == 2
    same_call = ev("c:e1", type_="CONSULT", actors=(CROWN_PRINCE,), recipients=(PEZESHKIAN,))
    assert len(clusters_of([call, same_call])) == 1
    unknown = ev("d:e1", type_="CONSULT", actors=(SAUDI_FM, UNKNOWN_ENVOY), recipients=())
    assert parts_of(talks, unknown)[1]["participants"] > parts_of(call, talks)[1]["participants"]
