from lapwing.documents import build_document
from lapwing.problems import ProblemLog
from lapwing.readers import RawDocument


def test_document_gets_content_id_and_parsed_date():
    log = ProblemLog()
    doc = build_document(RawDocument("a1", "Text here.", "f.jsonl:3", title="  A  title ", published="2024-05-01"), log)
    assert doc.published == "2024-05-01" and doc.title == "A title" and doc.doc_id.startswith("d")
    assert not log.problems


def test_broken_date_is_reported_and_never_replaced():
    log = ProblemLog()
    doc = build_document(RawDocument("a1", "Text.", "f.jsonl:3", published="2024-02-31"), log, default_date="2024-01-01")
    assert doc.published is None
    (problem,) = log.problems
    assert problem.severity == "warning" and problem.line == 3 and problem.location() == "f.jsonl:3 [a1]"


def test_default_date_applies_only_to_undated_inputs():
    log = ProblemLog()
    assert build_document(RawDocument("a", "T.", "f"), log, default_date="2024-01-01").published == "2024-01-01"
    assert build_document(RawDocument("b", "T.", "f", published="2023-06-01"), log, "2024-01-01").published == "2023-06-01"
