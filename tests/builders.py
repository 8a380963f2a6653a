"""A small, hand-checked corpus of records shared by the store, filter and export tests."""

from lapwing.problems import Problem
from lapwing.readers import InputFile
from lapwing.records import (
    ActorRef,
    Attribution,
    Document,
    Event,
    EventDate,
    Interval,
    Mention,
    Place,
    Relation,
    Size,
    Span,
    Timex,
    Zone,
)
from lapwing.store import Batch

RUN = "run-1"

TEXT_1 = (
    "Israeli strike on Gaza City. Israeli forces struck Gaza City on Friday, killing 12 people, "
    "officials said. Protesters rallied against the Iranian government in Tehran in March."
)
TEXT_2 = "Qatar hosted Hamas negotiators in Doha on 10 April 2024, diplomats said."
TEXT_3 = "Houthi forces fired a missile at a tanker in the Red Sea."

IDF = ActorRef("Israeli forces", actor_id="ISR_MIL", name="Israel Defense Forces", country="ISR",
               sector="military", type="military")
HAMAS = ActorRef("Hamas", actor_id="HAMAS", name="Hamas", country="PSE", sector="armed_group",
                 type="armed_group")
IRAN = ActorRef("the Iranian government", actor_id="IRN_GOV", name="Iranian government",
                country="IRN", sector="government", type="government")
QATAR = ActorRef("Qatar", actor_id="QAT_GOV", name="Qatar", country="QAT", type="state")
HOUTHIS = ActorRef("Houthi forces", actor_id="YEM_HOUTHI", name="Houthis", country="YEM",
                   type="armed_group")
PROTESTERS = ActorRef("Protesters")  # unresolved: found by name only

GAZA = Place("Gaza City", name="Gaza City", geonameid=281133, lat=31.5, lon=34.47, country="PSE",
             feature="city")
TEHRAN = Place("Tehran", name="Tehran", geonameid=112931, lat=35.69, lon=51.42, country="IRN",
               feature="city")
RED_SEA = Place("the Red Sea", name="Red Sea", feature="water")  # no coordinates


def span(text: str, part: str, with_text: bool = True) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part if with_text else None)


def documents() -> list[Document]:
    return [
        Document("doc-1", "in-1", TEXT_1, title="Israeli strike on Gaza City", source="Example Wire",
                 url="https://example.org/1", published="2024-03-02",
                 zones=[Zone(0, 28, "title"), Zone(29, len(TEXT_1), "body")], origin="a.jsonl:1"),
        Document("doc-2", "in-2", TEXT_2, source="Gulf Daily", url="https://example.org/2",
                 published="2024-04-11", origin="a.jsonl:2"),
        Document("doc-3", "in-3", TEXT_3, published=None, duplicate_of="doc-1", origin="b.txt"),
    ]


def events() -> list[Event]:
    """e1 strike (day), e2 protest (month), e3 talks (alleged), e4 attack (no date)."""
    sentence_1 = "Israeli forces struck Gaza City on Friday, killing 12 people, officials said."
    return [
        Event("doc-1", "e1", "ASSAULT", trigger=span(TEXT_1, "struck"),
              sentence=span(TEXT_1, sentence_1, with_text=False), mode="aerial",
              contexts=["military", "urban"], actors=[IDF], recipients=[HAMAS],
              date=EventDate("2024-03-01", "2024-03-01", "2024-03-01", "day", "explicit"),
              location=GAZA,
              attribution=Attribution(ActorRef("officials", name="officials"), "said", 110, 114),
              size=Size(dead=12), confidence=0.9, cluster_id="c1"),
        Event("doc-1", "e2", "PROTEST", trigger=span(TEXT_1, "rallied"),
              sentence=span(TEXT_1, "Protesters rallied against the Iranian government in Tehran"),
              modality="reported", actors=[PROTESTERS], recipients=[IRAN],
              date=EventDate("2024-03", "2024-03-01", "2024-03-31", "month", "explicit"),
              location=TEHRAN, confidence=0.7),
        Event("doc-2", "e3", "CONSULT", trigger=span(TEXT_2, "hosted"), sentence=span(TEXT_2, TEXT_2),
              modality="alleged", actors=[QATAR], recipients=[HAMAS],
              date=EventDate("2024-04-10", "2024-04-10", "2024-04-10", "day", "explicit"),
              confidence=0.8),
        Event("doc-3", "e4", "ASSAULT", trigger=span(TEXT_3, "fired"), sentence=span(TEXT_3, TEXT_3),
              actors=[HOUTHIS], location=RED_SEA, confidence=0.6),
    ]


def other_records() -> list:
    """One mention, timex and relation per kind, nested objects included."""
    return [
        Mention("doc-1", *_offsets(TEXT_1, "Israeli forces"), "Israeli forces", "ORG", actor=IDF),
        Mention("doc-1", *_offsets(TEXT_1, "Tehran"), "Tehran", "GPE", place=TEHRAN),
        Timex("doc-1", *_offsets(TEXT_1, "Friday"), "Friday", "DATE", "2024-03-01",
              interval=Interval("2024-03-01", "2024-03-01")),
        Timex("doc-2", *_offsets(TEXT_2, "10 April 2024"), "10 April 2024", "DATE", "2024-04-10"),
        Relation("doc-2", subject=QATAR, predicate="located_in",
                 object=Place("Doha", name="Doha", lat=25.29), evidence=span(TEXT_2, TEXT_2)),
        Relation("doc-1", subject=IDF, predicate="member_of", object=ActorRef("IDF", actor_id="ISR_GOV"),
                 evidence=span(TEXT_1, "Israeli forces"), modality="possible"),
    ]


def _offsets(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def sample_batch(run_id: str = RUN) -> Batch:
    """Three documents (one an exact copy from a second input) with records of every kind."""
    return Batch(
        run_id=run_id,
        documents=documents(),
        inputs=[("in-1", "doc-1", "a.jsonl:1"), ("in-1-copy", "doc-1", "c.jsonl:7")],
        signatures=[("doc-1", b"\x01\x02", [(0, 11), (1, 2**63 + 5)]), ("doc-2", b"\x03", [(0, 12)])],
        records=[*other_records(), *events()],
        problems=[Problem("a.jsonl", "not JSON", line=3, hint="fix the line"),
                  Problem("b.txt", "guessed encoding latin-1", "warning")],
        finished_files=[(InputFile("a.jsonl", 100, 5), 2), (InputFile("b.txt", 50, 6), 1)],
    )


KIND_ORDER = ("mention", "timex", "event", "relation")


def all_records(batch: Batch) -> list[dict]:
    """The export order: documents by id, each followed by its records kind by kind."""
    out = []
    for doc in sorted(batch.documents, key=lambda d: d.doc_id):
        out.append(doc.to_dict())
        for kind in KIND_ORDER:
            out += [r.to_dict() for r in batch.records if r.doc_id == doc.doc_id and r.kind == kind]
    return out
