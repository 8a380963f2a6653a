"""Input readers (lapwing.readers): every format, every kind of bad input, huge texts."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lapwing.problems import ProblemLog
from lapwing.readers import (
    STDIN,
    InputFile,
    RawDocument,
    detect_format,
    iter_input_files,
    read_input,
    split_long_text,
)

PARAGRAPH = "Three rockets struck a military base near the capital on Tuesday, officials said."


def read(path: Path | str, max_chars: int = 100_000) -> tuple[list[RawDocument], ProblemLog]:
    log = ProblemLog()
    return list(read_input(InputFile(str(path), 0, 0), log, max_chars)), log


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def problems(log: ProblemLog) -> list[tuple[str, str, int | None, str | None]]:
    return [(p.severity, p.reason, p.line, p.record) for p in log.problems]


def zone_texts(doc: RawDocument) -> list[tuple[str, str]]:
    return [(z.kind, doc.text[z.start : z.end].rstrip("\n")) for z in doc.zones]


# --- finding files ---------------------------------------------------------------------


def test_directories_are_walked_sorted_skipping_hidden(tmp_path: Path) -> None:
    for name in ["b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt", "b/.cache/y.txt"]:
        write(tmp_path, name, "x")
    log = ProblemLog()
    found = [Path(f.path).relative_to(tmp_path).as_posix()
             for f in iter_input_files([str(tmp_path)], log)]
    assert found == ["a.txt", "b/1.txt", "b/2.txt"]
    assert not log.problems


def test_files_stdin_and_missing_paths(tmp_path: Path) -> None:
    path = write(tmp_path, "one.txt", "hello")
    log = ProblemLog()
    found = list(iter_input_files([str(path), STDIN, str(tmp_path / "nope.txt")], log))
    assert [f.path for f in found] == [str(path), STDIN]
    assert found[0].size == 5 and found[0].mtime_ns > 0
    assert found[1] == InputFile(STDIN, 0, 0)
    assert problems(log) == [("error", "no such file or directory", None, None)]
    assert log.problems[0].origin == str(tmp_path / "nope.txt")


# --- format detection ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"{}", "text"),
        ("a.ndjson", b"", "jsonl"),
        ("a.TSV", b"", "tsv"),
        ("a.warc.gz", b"\x1f\x8b", "warc"),
        ("a.json", b'{"text": "x"}', "json"),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("a.xml", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("a.xml", b"<?xml version='1.0'?><catalog/>", "xml"),
        ("noext", b'\xef\xbb\xbf  {"text": "x"}', "jsonl"),
        ("page.php", b"<!DOCTYPE html><html>", "html"),
        ("dump.dat", b"WARC/1.0\r\n", "warc"),
        ("notes", b"Just words.", "text"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


# --- plain text ------------------------------------------------------------------------


def test_plain_text_article_with_date_token(tmp_path: Path) -> None:
    text = f"Rockets hit base\r\ndate 2025-03-04 BAGHDAD — {PARAGRAPH}\r\n"
    path = write(tmp_path, "a.txt", text)
    (doc,), log = read(path)
    assert doc.input_id == doc.origin == str(path)
    assert (doc.title, doc.published) == ("Rockets hit base", "2025-03-04")
    assert doc.text == f"Rockets hit base\nBAGHDAD — {PARAGRAPH}"
    assert [z.kind for z in doc.zones] == ["title", "body"]
    assert not log.problems


def test_glued_plain_text_gets_numbered_ids_and_line_origins(tmp_path: Path) -> None:
    text = (f"\n\nFirst story\ndate 2025-01-01 {PARAGRAPH}\n---\n"
            f"Second story\ndate 2025-01-02 {PARAGRAPH}\n")
    path = write(tmp_path, "glued.md", text)
    docs, _ = read(path)
    assert [(d.input_id, d.origin, d.title, d.published) for d in docs] == [
        (f"{path}#1", f"{path}:3", "First story", "2025-01-01"),
        (f"{path}#2", f"{path}:6", "Second story", "2025-01-02"),
    ]


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Le café du port a été fermé après l'attaque, ont déclaré les habitants."
    path = write(tmp_path, "fr.txt", text.encode("latin-1"))
    (doc,), log = read(path)
    assert doc.text == text
    assert [(p.severity, p.reason) for p in log.problems] == [
        ("warning", "not valid UTF-8; decoded as cp1252")]
    assert "UTF-8" in (log.problems[0].hint or "")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (doc,), log = read(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PARAGRAPH.encode()))
    assert doc.text == PARAGRAPH
    assert not log.problems


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 20])
def test_binary_file_is_an_error(tmp_path: Path, content: bytes) -> None:
    docs, log = read(write(tmp_path, "image.txt", content))
    assert docs == []
    assert problems(log) == [("error", "binary file, skipped", None, None)]


@pytest.mark.parametrize("content", [b"", b" \n\t\n", b"\xef\xbb\xbf\n", b"\x01" + b" " * 40])
def test_empty_file_is_a_warning(tmp_path: Path, content: bytes) -> None:
    docs, log = read(write(tmp_path, "empty.txt", content))
    assert docs == []
    assert problems(log) == [("warning", "empty, nothing to ingest", None, None)]


def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    docs, log = read(tmp_path / "gone.txt")
    assert docs == []
    assert [(p.severity, p.origin) for p in log.problems] == [("error", str(tmp_path / "gone.txt"))]


# --- JSON Lines, JSON, CSV --------------------------------------------------------------


def test_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 7, "text": f"Attack in Mosul\n{PARAGRAPH}", "date": "2025-03-04",
                    "title": "Attack", "url": "https://example.org/7", "source": "Example"}),
        "",
        '{"id": "broken", "text": ',
        "[1, 2]",
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": "blank", "text": "  \n "}),
        json.dumps({"text": 42}),
        json.dumps({"text": PARAGRAPH, "published": "2025-03-05"}),
    ]
    path = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    docs, log = read(path)
    assert [(d.input_id, d.origin, d.published) for d in docs] == [
        ("7", f"{path}:1", "2025-03-04"),
        (f"{path}:8", f"{path}:8", "2025-03-05"),
    ]
    assert (docs[0].title, docs[0].url, docs[0].source) == (
        "Attack", "https://example.org/7", "Example")
    assert [z.kind for z in docs[0].zones] == ["title", "body"]
    assert [(p.severity, p.line, p.record) for p in log.problems] == [
        ("error", 3, None), ("error", 4, None), ("error", 5, "no-text"),
        ("error", 6, "blank"), ("error", 7, None),
    ]
    reasons = [p.reason for p in log.problems]
    assert reasons[0].startswith("invalid JSON")
    assert reasons[1:] == ["an array where a JSON object was expected", "no 'text' field",
                           "empty 'text'", "'text' is a number, not a string"]
    assert all(p.origin == str(path) and p.hint for p in log.problems)


def test_json_file_with_lines_or_an_array(tmp_path: Path) -> None:
    lines = write(tmp_path, "lines.json", '{"text": "One."}\n{"text": "Two."}\n')
    array = write(tmp_path, "array.json", json.dumps([{"id": "a", "text": "One."}, "oops"]))
    docs, log = read(lines)
    assert [d.text for d in docs] == ["One.", "Two."] and not log.problems
    docs, log = read(array)
    assert [(d.input_id, d.text) for d in docs] == [("a", "One.")]
    assert [p.reason for p in log.problems] == ["item 2 is a string, not a JSON object"]


def test_csv_with_embedded_newlines_and_an_empty_text_row(tmp_path: Path) -> None:
    content = (
        "id,Text,date\r\n"
        f'a,"Attack in Mosul\r\n\r\n{PARAGRAPH}",2025-03-04\r\n'
        "b,,2025-03-05\r\n"
        '"c","Second line\nof a multi-line cell.",\r\n'
    )
    path = write(tmp_path, "in.csv", content)
    docs, log = read(path)
    assert [(d.input_id, d.origin, d.published) for d in docs] == [
        ("a", f"{path}:2", "2025-03-04"), ("c", f"{path}:6", None)]
    assert docs[0].text == f"Attack in Mosul\n\n{PARAGRAPH}"
    assert problems(log) == [("error", "empty 'text'", 5, "b")]


def test_tsv_and_big_fields(tmp_path: Path) -> None:
    big = " ".join([PARAGRAPH] * 3000)  # over csv's default 128 KB field limit
    path = write(tmp_path, "in.tsv", f"text\ttitle\n{big}\tBig one\n")
    (doc,), log = read(path, max_chars=10**7)
    assert (doc.text, doc.title, doc.input_id) == (big, "Big one", f"{path}:2")
    assert not log.problems


def test_csv_without_text_column_is_an_error(tmp_path: Path) -> None:
    docs, log = read(write(tmp_path, "in.csv", "id,body\n1,hello\n"))
    assert docs == []
    assert problems(log) == [
        ("error", "no 'text' column in the header row (found: id, body)", 1, None)]


# --- HTML and WARC -----------------------------------------------------------------------


def page(head: str = "", figure: str = "") -> str:
    body = "".join(f"<p>{PARAGRAPH} Paragraph {n} adds detail.</p>" for n in range(3))
    return (
        f"<!DOCTYPE html><html><head><title>Rockets hit base | Example News</title>{head}</head>"
        "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li>"
        "<li><a href='/about'>About this site and its many sections</a></li></ul></nav>"
        f"<article><h1>Rockets hit base</h1>{body[:len(body) // 3]}{figure}{body[len(body) // 3:]}"
        "<p>Published on 3 March 2024 according to the text.</p></article>"
        "<footer><p>Contact us at the newsroom. Privacy policy and cookie settings.</p></footer>"
        "</body></html>"
    )


def test_html_body_without_navigation_footer_or_captions(tmp_path: Path) -> None:
    head = ('<meta property="article:published_time" content="2025-03-04T08:00:00+03:00">'
            '<link rel="canonical" href="https://example.org/news/rockets">'
            '<meta property="og:site_name" content="Example News">')
    figure = ("<figure><img src='a.jpg'>"
              "<figcaption>Smoke over the base. Photo: Jane Roe</figcaption></figure>")
    (doc,), log = read(write(tmp_path, "page.html", page(head, figure)))
    assert PARAGRAPH in doc.text
    for unwanted in ("World news", "Contact us", "Smoke over the base", "Jane Roe"):
        assert unwanted not in doc.text
    assert doc.published == "2025-03-04T08:00:00+03:00"
    assert (doc.title, doc.url, doc.source) == (
        "Rockets hit base", "https://example.org/news/rockets", "Example News")
    assert zone_texts(doc)[0] == ("title", "Rockets hit base")
    assert not log.problems


def test_html_date_only_from_markup(tmp_path: Path) -> None:
    (doc,), _ = read(write(tmp_path, "undated.htm", page()))
    assert doc.published is None
    json_ld = ('<script type="application/ld+json">'
               '{"@type": "NewsArticle", "datePublished": "2025-02-01"}</script>')
    (doc,), _ = read(write(tmp_path, "ld.htm", page(json_ld)))
    assert doc.published == "2025-02-01"
    timed = page().replace("<h1>", "<time datetime='2025-01-31'>31 Jan</time><h1>")
    (doc,), _ = read(write(tmp_path, "time.htm", timed))
    assert doc.published == "2025-01-31"


def test_html_in_a_declared_legacy_charset_needs_no_warning(tmp_path: Path) -> None:
    arabic = "قال مسؤولون إن الصواريخ سقطت على القاعدة. " * 3
    html = page('<meta charset="windows-1256">').replace("</h1>", f"</h1><p>{arabic}</p>")
    (doc,), log = read(write(tmp_path, "ar.html", html.encode("cp1256")))
    assert "قال مسؤولون" in doc.text
    assert not log.problems


def test_html_without_text_is_a_warning(tmp_path: Path) -> None:
    html = "<html><head><title>x</title></head><body><nav>Home</nav></body></html>"
    docs, log = read(write(tmp_path, "empty.html", html))
    assert docs == []
    assert [p.severity for p in log.problems] == ["warning"]


def warc_bytes(gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)

    def response(uri: str, content_type: str, payload: bytes, status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))

    writer.write_record(writer.create_warc_record(
        "https://example.org/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
    response("https://example.org/a", "text/html; charset=utf-8", page().encode())
    response("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
    response("https://example.org/missing", "text/html", page().encode(), status="404 Not Found")
    response("https://example.org/b", "text/html", page().replace("Rockets", "Drones").encode())
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_reads_only_html_responses(tmp_path: Path, gzip: bool) -> None:
    path = write(tmp_path, "crawl.warc.gz" if gzip else "crawl.warc", warc_bytes(gzip))
    docs, log = read(path)
    assert [(d.input_id, d.url, d.origin) for d in docs] == [
        ("https://example.org/a", "https://example.org/a", f"{path}#record2"),
        ("https://example.org/b", "https://example.org/b", f"{path}#record5"),
    ]
    assert docs[1].title == "Drones hit base"
    assert not log.problems


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_keeps_earlier_records(tmp_path: Path, gzip: bool) -> None:
    data = warc_bytes(gzip)
    path = write(tmp_path, "cut.warc.gz" if gzip else "cut.warc", data[: len(data) - 300])
    docs, log = read(path)
    assert [d.input_id for d in docs] == ["https://example.org/a"]
    assert [(p.severity, p.record) for p in log.problems] == [("error", "record 5")]
    assert "truncated WARC" in log.problems[0].reason


# --- RSS and Atom ------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<item><title>Rockets hit base</title><link>https://example.org/1</link><guid>urn:ex:1</guid>
<pubDate>Tue, 04 Mar 2025 09:00:00 +0300</pubDate>
<description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;bold&lt;/b&gt;
 paragraph.&lt;br&gt;New line.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>No id here</title><link>https://example.org/2</link>
<description>Plain summary.</description></item>
<item><title>Nothing</title><description></description></item>
<item><title>Third</title><description>Only text.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:feed</id>
<updated>2025-03-05T10:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:ex:talks</id><link href="https://example.org/talks"/>
<published>2025-03-05T08:00:00Z</published><updated>2025-03-05T09:00:00Z</updated>
<content type="html">&lt;p&gt;Negotiators met.&lt;/p&gt;&lt;figure&gt;
&lt;figcaption&gt;Photo: delegates&lt;/figcaption&gt;&lt;/figure&gt;</content>
<summary>Short summary.</summary></entry>
<entry><title>Updated only</title><id>urn:ex:upd</id><updated>2025-03-06T09:00:00Z</updated>
<summary type="text">A &lt; B in plain text.</summary></entry>
</feed>"""


def test_rss_entries(tmp_path: Path) -> None:
    path = write(tmp_path, "wire.rss", RSS)
    docs, log = read(path)
    assert [(d.input_id, d.origin, d.url) for d in docs] == [
        ("urn:ex:1", f"{path}#entry1", "https://example.org/1"),
        ("https://example.org/2", f"{path}#entry2", "https://example.org/2"),
        (f"{path}#4", f"{path}#entry4", None),
    ]
    first = docs[0]
    assert first.text == "First paragraph.\n\nSecond bold paragraph.\nNew line."
    assert (first.title, first.source, first.published) == (
        "Rockets hit base", "Example Wire", "Tue, 04 Mar 2025 09:00:00 +0300")
    assert problems(log) == [("error", "feed entry has no text", None, f"{path}#3")]


def test_atom_entries(tmp_path: Path) -> None:
    docs, log = read(write(tmp_path, "feed.xml", ATOM))
    assert [(d.input_id, d.text, d.published, d.source) for d in docs] == [
        ("urn:ex:talks", "Negotiators met.", "2025-03-05T08:00:00Z", "Example Atom"),
        ("urn:ex:upd", "A < B in plain text.", "2025-03-06T09:00:00Z", "Example Atom"),
    ]
    assert not log.problems


def test_malformed_feed_keeps_what_was_read(tmp_path: Path) -> None:
    broken = RSS.replace("</channel></rss>", "<item><title>Cut")
    docs, log = read(write(tmp_path, "broken.rss", broken))
    assert [d.input_id for d in docs][:2] == ["urn:ex:1", "https://example.org/2"]
    warnings = [p for p in log.problems if p.severity == "warning"]
    assert len(warnings) == 1 and warnings[0].reason.startswith("malformed feed: ")


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    xml = "<?xml version='1.0'?><catalog><item>x</item></catalog>"
    docs, log = read(write(tmp_path, "data.xml", xml))
    assert docs == [] and [p.severity for p in log.problems] == ["error"]


# --- huge documents ----------------------------------------------------------------------


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_huge_text_is_split_into_parts_without_losing_text(tmp_path: Path) -> None:
    paragraphs = [f"Headline {n}\n\n" + " ".join([PARAGRAPH] * (n % 7 + 1)) for n in range(200)]
    text = "Big report\n\n" + "\n\n".join(paragraphs) + "\n\nPhoto: the last picture"
    path = write(tmp_path, "big.txt", text)
    docs, log = read(path, max_chars=1000)
    assert len(docs) > 20
    assert [d.input_id for d in docs] == [f"{path}#part{n}" for n in range(1, len(docs) + 1)]
    assert all(0 < len(d.text) <= 1000 for d in docs)
    assert squashed("".join(d.text for d in docs)) == squashed(text)
    assert all(f"{d.text}\n\n" in text for d in docs[:-1])  # cut at paragraph breaks
    assert [(p.severity, p.record) for p in log.problems] == [("warning", str(path))]
    assert f"split into {len(docs)} parts" in log.problems[0].reason
    for doc in docs:  # zones are clipped to each part and still cover it
        assert doc.zones[0].start == 0 and doc.zones[-1].end == len(doc.text)
        assert all(a.end == b.start for a, b in zip(doc.zones, doc.zones[1:]))
    assert docs[0].zones[0].kind == "title"
    assert zone_texts(docs[-1])[-1] == ("caption", "Photo: the last picture")


def test_split_prefers_paragraphs_then_lines_then_spaces_then_hard_cuts() -> None:
    def parts(text: str, limit: int) -> list[str]:
        return [text[a:b] for a, b in split_long_text(text, limit)]

    assert parts("aaa bbb\n\nccc\nddd", 12) == ["aaa bbb", "ccc\nddd"]
    assert parts("aaa bbb\nccc ddd", 12) == ["aaa bbb", "ccc ddd"]
    assert parts("aaa bbb ccc", 8) == ["aaa bbb", "ccc"]
    assert parts("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert parts("  short  ", 10) == ["short"]


def test_large_jsonl_record_is_split_too(tmp_path: Path) -> None:
    text = "\n".join(f"{PARAGRAPH} ({n})" for n in range(100))
    path = write(tmp_path, "big.jsonl", json.dumps({"id": "big", "text": text}) + "\n")
    docs, log = read(path, max_chars=2000)
    assert [d.input_id for d in docs] == [f"big#part{n}" for n in range(1, len(docs) + 1)]
    assert "\n".join(d.text for d in docs) == text
    assert len(log.problems) == 1


# --- stdin -------------------------------------------------------------------------------


def read_stdin(monkeypatch: pytest.MonkeyPatch,
               data: bytes) -> tuple[list[RawDocument], ProblemLog]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return read(STDIN)


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    docs, log = read_stdin(monkeypatch, b'  {"text": "One."}\n{"text": ""}\n')
    assert [(d.input_id, d.origin, d.text) for d in docs] == [("<stdin>:1", "<stdin>:1", "One.")]
    assert [(p.origin, p.line, p.reason) for p in log.problems] == [("<stdin>", 2, "empty 'text'")]


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    docs, log = read_stdin(monkeypatch, f"date 2025-03-04 {PARAGRAPH}\n".encode())
    assert [(d.input_id, d.origin, d.text, d.published) for d in docs] == [
        ("<stdin>", "<stdin>", PARAGRAPH, "2025-03-04")]
    assert not log.problems
