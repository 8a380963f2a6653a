"""Input readers: files, directories, JSONL, CSV, HTML, RSS/Atom, WARC and stdin.

Each reader turns one input file into :class:`RawDocument` objects: cleaned text (see
:func:`lapwing.textnorm.clean_text`), the metadata the input states, zones marking titles,
captions, credits and trailers, and an ``origin`` that names the file and line. Problems
(binary files, broken lines, bad dates, undecodable bytes) go to the :class:`ProblemLog`,
never up the stack: one bad document never stops a batch.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import BinaryIO

import charset_normalizer
import feedparser
import lxml.etree
import lxml.html
import trafilatura
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from lapwing.articles import articles_from_text, find_zones
from lapwing.problems import ProblemLog
from lapwing.records import Zone
from lapwing.textnorm import clean_text

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

#: How much of a file format sniffing and the binary check look at.
SNIFF_BYTES = 8192

_FORMAT_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html",
    ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
_HTML_MARKERS = (b"<!doctype html", b"<html")

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: Byte values of text: printable, high (any 8-bit encoding) and the usual layout controls.
_TEXT_BYTES = bytes(range(32, 256)) + b"\t\n\r\f\b\x1b"
#: Share of control bytes above which a file is binary (text has next to none).
_BINARY_SHARE = 0.05
#: Encodings charset_normalizer may choose from when a file is not UTF-8: the legacy code
#: pages of the sources Lapwing reads (Western, Turkish, Arabic, Hebrew). Restricting the
#: choice keeps short texts from being "detected" as Cyrillic or Mac encodings.
_FALLBACK_ENCODINGS = ("cp1252", "cp1254", "cp1256", "cp1255", "iso8859_6", "iso8859_8")
#: Declared charsets that browsers read as the Windows superset (WHATWG encoding standard).
_BROWSER_ENCODINGS = {"ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NON_SPACE = re.compile(r"\S")

#: Where a page states its publication date, most specific first. Only explicit markup:
#: a date in the prose or the URL is never taken. ``<time>`` counts only inside the article
#: (or marked as the publication time), since sidebars list other stories' times.
_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//time[@pubdate]/@datetime",
    "//article//time/@datetime",
    "//main//time/@datetime",
)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TITLE_XPATHS = ("//meta[@property='og:title']/@content", "//h1", "//title")
_URL_XPATHS = ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
_SITE_XPATHS = ("//meta[@property='og:site_name']/@content",)
_HTML_TYPES = ("text/html", "application/xhtml+xml")

#: Feed entries: block elements become paragraph breaks, ``<br>`` a line break. The marks
#: are Unicode noncharacters, reserved for internal use, so no real text contains them.
_PARAGRAPH_MARK = "\ufdd0"
_LINE_MARK = "\ufdd1"
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure", "header",
)
#: Never article text: scripts, navigation, sidebars, page footers, and captions, which
#: describe a picture rather than what happened (trafilatura alone keeps them on thin pages).
_DROPPED_TAGS = ("script", "style", "nav", "aside", "footer", "figcaption")

#: Splitting huge texts: cut at a blank line, else a line break, else a space, else anywhere.
_PART_BREAKS = ("\n\n", "\n", " ")

_BINARY_HINT = (
    "Lapwing reads text, JSON Lines, CSV/TSV, HTML, RSS/Atom and WARC files; "
    "decompress or convert it, or leave it out of the input"
)
_WARC_HINT = "the records before it were read; fetch or repair the archive to get the rest"
_RECORD_HINT = "give every record a non-empty string 'text' field"
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "a boolean", type(None): "null"}


@dataclass
class RawDocument:
    """A document as read, before it gets an id: what the input says, nothing inferred.

    ``published`` is the raw date string or value the input gave (parsed later, strictly);
    ``zones`` are offsets into ``text`` (already cleaned); ``origin`` is ``path`` or
    ``path:line`` and ``input_id`` the input's own ``id`` or, failing that, the path (with
    ``#N`` for the N-th article of a multi-article file).
    """

    input_id: str
    text: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: object = None
    zones: list[Zone] = field(default_factory=list)


@dataclass(frozen=True)
class InputFile:
    """One file to read (or ``-`` for stdin), with what identifies its content for resuming."""

    path: str
    size: int
    mtime_ns: int

    @property
    def key(self) -> str:
        """Manifest key: a file changed since it was ingested is read again."""
        return f"{self.path}|{self.size}|{self.mtime_ns}"


# --- finding the files ------------------------------------------------------------------


def iter_input_files(paths: list[str], log: ProblemLog) -> Iterator[InputFile]:
    """Expand paths (directories recursively, sorted) into files; report missing paths.

    Hidden files and directories below a given directory are skipped (editor backups, VCS
    metadata); a hidden file named explicitly is read, since the user asked for it.
    """
    for path in paths:
        if path == STDIN:
            yield InputFile(STDIN, 0, 0)
        elif os.path.isdir(path):
            for found in _files_below(path, log):
                yield from _stat(found, log)
        elif os.path.isfile(path):
            yield from _stat(path, log)
        elif os.path.exists(path):
            log.error(path, "not a regular file or directory",
                      hint="give files or directories to read")
        else:
            log.error(path, "no such file or directory",
                      hint="check the path; use '-' to read from standard input")


def _files_below(top: str, log: ProblemLog) -> list[str]:
    """Every non-hidden regular file below ``top``, sorted so runs are repeatable."""
    def unreadable(exc: OSError) -> None:
        log.error(exc.filename or top, f"cannot list directory: {exc.strerror}",
                  hint="check its permissions; the files in it were not read")

    found = []
    for folder, subfolders, names in os.walk(top, onerror=unreadable):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            path = os.path.join(folder, name)
            if not name.startswith(".") and os.path.isfile(path):
                found.append(path)
    return sorted(found)


def _stat(path: str, log: ProblemLog) -> Iterator[InputFile]:
    """The :class:`InputFile` for ``path``, or an error if it vanished or cannot be read."""
    try:
        info = os.stat(path)
    except OSError as exc:
        log.error(path, f"cannot read: {exc.strerror}", hint="check that it exists and is readable")
        return
    yield InputFile(path, info.st_size, info.st_mtime_ns)


# --- reading one file -------------------------------------------------------------------


def read_input(item: InputFile, log: ProblemLog, max_chars: int) -> Iterator[RawDocument]:
    """Read one input file with the reader its format needs; problems go to ``log``.

    Documents longer than ``max_chars`` come out in parts (see :func:`split_long_text`).
    """
    origin = STDIN_ORIGIN if item.path == STDIN else item.path
    try:
        for document in _documents(item.path, origin, log):
            yield from _limit_size(document, max_chars, log)
    except OSError as exc:
        log.error(origin, f"cannot read: {exc.strerror or exc}",
                  hint="check that it exists and is readable")


def _documents(path: str, origin: str, log: ProblemLog) -> Iterator[RawDocument]:
    """The documents in one input, whatever its format; ``OSError`` if it cannot be read."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
        fmt = "jsonl" if data.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{") else "text"
    else:
        with open(path, "rb") as stream:
            fmt = detect_format(path, stream.read(SNIFF_BYTES))
            stream.seek(0)
            if fmt == "warc":  # streamed: archives are often larger than memory
                yield from _read_warc(stream, path, log)
                return
            data = stream.read()
    body = data.removeprefix(codecs.BOM_UTF8)
    if not body or body.isspace():
        log.warning(origin, "empty, nothing to ingest", hint="remove the file or fill it")
    elif _looks_binary(data[:SNIFF_BYTES]):
        log.error(origin, "binary file, skipped", hint=_BINARY_HINT)
    elif fmt == "xml":
        log.error(origin, "XML that is neither an RSS/Atom feed nor HTML, skipped",
                  hint="give feeds as .rss/.atom files, or convert the XML to JSON Lines")
    elif fmt in _TEXT_READERS:
        yield from _TEXT_READERS[fmt](_decode(data, origin, log), origin, log)
    else:
        yield from _BYTE_READERS[fmt](data, origin, log)


def detect_format(path: str, head: bytes) -> str:
    """The reader a file needs, from its extension, sniffing ``head`` when that is unclear.

    ``.json`` and ``.xml`` are always sniffed: a ``.json`` file may hold JSON Lines or one
    JSON value, and an ``.xml`` file may be a feed, XHTML, or neither (``"xml"``).
    """
    name = path.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    suffix = os.path.splitext(name)[1]
    if suffix in _FORMAT_BY_SUFFIX:
        return _FORMAT_BY_SUFFIX[suffix]
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    lowered = start.lower()
    if suffix == ".json":
        return "json"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"WARC/"):
        return "warc"
    if any(marker in lowered for marker in _FEED_MARKERS):
        return "feed"
    if any(marker in lowered for marker in _HTML_MARKERS):
        return "html"
    return "xml" if suffix == ".xml" else "text"


def _looks_binary(head: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive or compressed file, not text."""
    if head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _TEXT_BYTES))
    return controls > _BINARY_SHARE * len(head)


def _decode(data: bytes, origin: str, log: ProblemLog, declared: str | None = None) -> str:
    """Bytes to text: UTF-8, else the charset the document declares, else a reported guess.

    The guess keeps the document (nothing is lost) but may be wrong, hence the warning.
    """
    for encoding in ("utf-8-sig", _codec(declared)):
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    encoding = _guess_encoding(data)
    log.warning(origin, f"not valid UTF-8; decoded as {encoding}",
                hint="check the text, and re-save the file as UTF-8 to be sure")
    return data.decode(encoding, errors="replace")


def _codec(name: str | None) -> str | None:
    """Python's codec for a declared charset, read the way browsers read it; None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _BROWSER_ENCODINGS.get(codec, codec)


def _guess_encoding(data: bytes) -> str:
    """charset_normalizer's best guess among the expected code pages; cp1252 failing that."""
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_FALLBACK_ENCODINGS)).best()
    return best.encoding if best is not None else "cp1252"


# --- plain text, JSON Lines, JSON, CSV -----------------------------------------------------


def _read_text(text: str, origin: str, log: ProblemLog) -> Iterator[RawDocument]:
    """Plain text: one document per article, each with its date token taken out."""
    articles = articles_from_text(clean_text(text))
    if not articles:
        log.warning(origin, "empty, nothing to ingest", hint="remove the file or fill it")
        return
    if len(articles) == 1:
        (article,) = articles
        yield RawDocument(origin, article.text, origin, title=article.title,
                          published=article.date, zones=article.zones)
        return
    skipped = _leading_lines(text)  # clean_text strips them; origins count them
    for number, article in enumerate(articles, 1):
        yield RawDocument(f"{origin}#{number}", article.text,
                          f"{origin}:{article.line + skipped}", title=article.title,
                          published=article.date, zones=article.zones)


def _leading_lines(text: str) -> int:
    """How many line breaks open ``text`` before its first visible character."""
    prefix = text[: len(text) - len(text.lstrip())]
    return prefix.replace("\r\n", "\n").replace("\r", "\n").count("\n")


def _read_jsonl(text: str, origin: str, log: ProblemLog) -> Iterator[RawDocument]:
    """JSON Lines, streamed: a broken line is reported and the next one read."""
    for number, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            log.error(origin, f"invalid JSON: {exc.msg} (column {exc.colno})", line=number,
                      hint="each line must hold one complete JSON object")
            continue
        if not isinstance(value, dict):
            log.error(origin, f"{_json_type(value)} where a JSON object was expected",
                      line=number, hint="each line must hold one JSON object with a 'text' field")
            continue
        document = _from_record(value, origin, log, line=number, fallback_id=f"{origin}:{number}")
        if document is not None:
            yield document


def _read_json(text: str, origin: str, log: ProblemLog) -> Iterator[RawDocument]:
    """A ``.json`` file: one object, an array of objects, or (if neither parses) JSON Lines."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from _read_jsonl(text, origin, log)
        return
    for number, item in enumerate(value if isinstance(value, list) else [value], 1):
        if not isinstance(item, dict):
            log.error(origin, f"item {number} is {_json_type(item)}, not a JSON object",
                      hint="give a JSON object, an array of objects, or JSON Lines")
            continue
        document = _from_record(item, origin, log, line=None, fallback_id=f"{origin}#{number}")
        if document is not None:
            yield document


def _read_csv(text: str, origin: str, log: ProblemLog, delimiter: str) -> Iterator[RawDocument]:
    """CSV/TSV with a header row naming a ``text`` column; rows may hold line breaks."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are far longer than 128 KB
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except csv.Error as exc:
        log.error(origin, f"unreadable header row: {exc}", line=1, hint="check the file's quoting")
        return
    if "text" not in header:
        log.error(origin, f"no 'text' column in the header row (found: {', '.join(header)})",
                  line=1, hint="the first row must name the columns, one of them 'text'")
        return
    while True:
        number = reader.line_num + 1  # a row may span lines; report the one it starts on
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            log.error(origin, f"unreadable row: {exc}; the rest of the file was skipped",
                      line=number, hint="check the quoting of this row")
            return
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row))
        document = _from_record(record, origin, log, line=number, fallback_id=f"{origin}:{number}")
        if document is not None:
            yield document


def _from_record(record: Mapping[str, object], origin: str, log: ProblemLog, *,
                 line: int | None, fallback_id: str) -> RawDocument | None:
    """A document from a JSON object or CSV row; ``None`` (and an error) without usable text."""
    ident = _field(record.get("id"))
    raw = record.get("text")
    text = clean_text(raw) if isinstance(raw, str) else ""
    if not text:
        log.error(origin, _text_problem(raw), line=line, record=ident, hint=_RECORD_HINT)
        return None
    return RawDocument(
        input_id=ident or fallback_id,
        text=text,
        origin=origin if line is None else f"{origin}:{line}",
        title=_field(record.get("title")),
        source=_field(record.get("source")),
        url=_field(record.get("url")),
        published=record.get("date") or record.get("published"),
        zones=find_zones(text),
    )


def _text_problem(value: object) -> str:
    """Why a record's ``text`` value cannot be stored."""
    if value is None:
        return "no 'text' field"
    if isinstance(value, str):
        return "empty 'text'"
    return f"'text' is {_json_type(value)}, not a string"


def _json_type(value: object) -> str:
    """How JSON names the type of a parsed value, for messages ("an array", "null")."""
    return _JSON_TYPES.get(type(value), "a value")


def _field(value: object) -> str | None:
    """A metadata value as cleaned text: strings and numbers kept, anything else dropped."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return clean_text(str(value)) or None


# --- HTML and WARC -----------------------------------------------------------------------


def _read_html(data: bytes, origin: str, log: ProblemLog) -> Iterator[RawDocument]:
    """A saved web page: one document."""
    document = _html_document(data, origin, log, input_id=origin, url=None, declared=None)
    if document is not None:
        yield document


def _html_document(data: bytes, origin: str, log: ProblemLog, *, input_id: str,
                   url: str | None, declared: str | None) -> RawDocument | None:
    """Main text (trafilatura, never fetching anything) and the metadata the markup states."""
    meta_charset = _META_CHARSET.search(data[:SNIFF_BYTES])
    if declared is None and meta_charset is not None:
        declared = meta_charset.group(1).decode("ascii")
    markup = _XML_DECLARATION.sub("", _decode(data, origin, log, declared), count=1)
    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError) as exc:
        log.error(origin, f"cannot parse the HTML: {exc}", hint="check that the file is a web page")
        return None
    title, site = _first(tree, _TITLE_XPATHS), _first(tree, _SITE_XPATHS)
    url = url or _first(tree, _URL_XPATHS)
    published = _first(tree, _DATE_XPATHS) or _json_ld_date(tree)
    _drop(tree, _DROPPED_TAGS)
    text = clean_text(trafilatura.extract(tree, include_comments=False, include_tables=False) or "")
    if not text:
        log.warning(origin, "no extractable text in the page, nothing stored",
                    hint="the page may be an index, a login wall or built by JavaScript")
        return None
    return RawDocument(input_id, text, origin, title=title, source=site, url=url,
                       published=published, zones=find_zones(text))


def _first(tree: lxml.html.HtmlElement, xpaths: tuple[str, ...]) -> str | None:
    """The first non-empty value any of ``xpaths`` finds (attribute or element text)."""
    for xpath in xpaths:
        for found in tree.xpath(xpath):
            value = found if isinstance(found, str) else found.text_content()
            value = clean_text(" ".join(value.split()))
            if value:
                return value
    return None


def _json_ld_date(tree: lxml.html.HtmlElement) -> str | None:
    """``datePublished`` from the page's JSON-LD (schema.org) blocks, if any."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        match = _JSON_LD_DATE.search(script)
        if match:
            return match.group(1).strip() or None
    return None


def _drop(tree: lxml.html.HtmlElement, tags: tuple[str, ...]) -> None:
    """Remove elements with their content, keeping the text that follows them."""
    for element in list(tree.iter(*tags)):
        element.drop_tree()


def _read_warc(stream: BinaryIO, path: str, log: ProblemLog) -> Iterator[RawDocument]:
    """HTML responses in a web archive; everything else (requests, images) is skipped.

    A damaged archive is reported with the number of the record that could not be read;
    the records before it are kept.
    """
    archive = ArchiveIterator(stream)
    records = iter(archive)
    number = 0
    while True:
        number += 1
        try:
            record, payload = _next_record(records, archive)
        except Exception as exc:  # warcio fails in assorted ways on bad input (AttributeError...)
            known = isinstance(exc, (EOFError, ArchiveLoadFailed))
            detail = exc if known else "unparseable headers"
            log.error(path, f"corrupt or truncated WARC: {detail}", record=f"record {number}",
                      hint=_WARC_HINT)
            return
        if record is None:
            break
        if payload is not None:
            document = _warc_document(record, payload, f"{path}#record{number}", log)
            if document is not None:
                yield document
    stream.seek(archive.offset)
    if stream.read(SNIFF_BYTES).strip():  # warcio stops quietly at a record cut in its headers
        log.error(path, "corrupt or truncated WARC: the archive ends inside a record",
                  record=f"record {number}", hint=_WARC_HINT)


def _warc_document(record: ArcWarcRecord, payload: bytes, origin: str,
                   log: ProblemLog) -> RawDocument | None:
    """The page in an HTML response record, named by its target URI."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    charset = _HEADER_CHARSET.search(record.http_headers.get_header("Content-Type") or "")
    return _html_document(payload, origin, log, input_id=uri or origin, url=uri,
                          declared=charset.group(1) if charset else None)


def _next_record(records: Iterator[ArcWarcRecord], archive: ArchiveIterator,
                 ) -> tuple[ArcWarcRecord | None, bytes | None]:
    """The next record, read to its end, with its payload if it is a successful HTML response.

    Raises ``EOFError`` for a record shorter than it says: warcio would pass it on silently.
    """
    record = next(records, None)
    if record is None:
        return None, None
    payload = record.content_stream().read() if _is_html_response(record) else None
    archive.read_to_end()
    declared = record.rec_headers.get_header("Content-Length") or ""
    if not declared.strip().isdigit() or getattr(record.raw_stream, "limit", 0):
        raise EOFError("the record is shorter than its header says")
    return record, payload


def _is_html_response(record: ArcWarcRecord) -> bool:
    """Whether ``record`` is a 2xx HTTP response carrying HTML."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return False
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return (headers.get_statuscode() or "").startswith("2") and content_type in _HTML_TYPES


# --- RSS and Atom ------------------------------------------------------------------------


def _read_feed(data: bytes, origin: str, log: ProblemLog) -> Iterator[RawDocument]:
    """Feed entries, one document each; a malformed feed keeps what the parser could read."""
    feed = feedparser.parse(io.BytesIO(data))  # a stream, so it is never taken for a URL
    if feed.bozo:
        log.warning(origin, f"malformed feed: {feed.bozo_exception}; kept the "
                    f"{len(feed.entries)} entries read", hint="check the feed's XML")
    source = _field(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, 1):
        ident = entry.get("id") or entry.get("link") or f"{origin}#{number}"
        text = clean_text(_entry_text(entry))
        if not text:
            log.error(origin, "feed entry has no text", record=ident,
                      hint="the entry has neither content nor summary")
            continue
        yield RawDocument(ident, text, f"{origin}#entry{number}",
                          title=_field(entry.get("title")), source=source,
                          url=_field(entry.get("link")),
                          published=entry.get("published") or entry.get("updated"),
                          zones=find_zones(text))


def _entry_text(entry: Mapping[str, object]) -> str:
    """The entry's full content, else its summary, as plain text."""
    contents = entry.get("content")
    detail = contents[0] if isinstance(contents, list) and contents else entry.get("summary_detail")
    if not isinstance(detail, Mapping):
        return ""
    value = str(detail.get("value") or "")
    return _html_to_text(value) if "html" in str(detail.get("type", "html")) else value


def _html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: blocks become paragraphs, ``<br>`` line breaks.

    The elements that are never article text are dropped; no URL is followed.
    """
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    _drop(root, _DROPPED_TAGS)
    for element in root.iter(*_BLOCK_TAGS):
        element.text = _PARAGRAPH_MARK + (element.text or "")
        element.tail = _PARAGRAPH_MARK + (element.tail or "")
    for element in root.iter("br"):
        element.tail = _LINE_MARK + (element.tail or "")
    paragraphs = (
        "\n".join(filter(None, (" ".join(line.split()) for line in block.split(_LINE_MARK))))
        for block in root.text_content().split(_PARAGRAPH_MARK)
    )
    return "\n\n".join(filter(None, paragraphs))


# --- huge documents ----------------------------------------------------------------------


def _limit_size(document: RawDocument, max_chars: int, log: ProblemLog) -> Iterator[RawDocument]:
    """The document, or its parts of at most ``max_chars`` characters with one warning."""
    if len(document.text) <= max_chars:
        yield document
        return
    bounds = list(split_long_text(document.text, max_chars))
    log.warning(document.origin,
                f"longer than {max_chars} characters; split into {len(bounds)} parts",
                record=document.input_id,
                hint="each part is stored as a document of its own ('#partN'); "
                "raise the maximum document size to keep it whole")
    parts = zip(bounds, _clip_zones(document.zones, bounds))
    for number, ((start, end), zones) in enumerate(parts, 1):
        yield replace(document, input_id=f"{document.input_id}#part{number}",
                      text=document.text[start:end], zones=zones)


def split_long_text(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of parts of at most ``max_chars``, cut at the best break in reach.

    The whitespace at each cut belongs to no part. Every search looks back at most
    ``max_chars`` characters from the limit, so the whole split is linear in the text.
    """
    start = _next_visible(text, 0)
    while len(text) - start > max_chars:
        end = start + max_chars
        for mark in _PART_BREAKS:
            cut = text.rfind(mark, start + 1, end + len(mark))
            if cut > start:
                end = start + len(text[start:cut].rstrip())
                break
        yield start, end
        start = _next_visible(text, end)
    if start < len(text):
        yield start, start + len(text[start:].rstrip())


def _next_visible(text: str, position: int) -> int:
    """The first non-whitespace position at or after ``position`` (``len(text)`` if none)."""
    match = _NON_SPACE.search(text, position)
    return match.start() if match else len(text)


def _clip_zones(zones: list[Zone], bounds: list[tuple[int, int]]) -> Iterator[list[Zone]]:
    """For each part, the zones overlapping it, clipped and shifted to the part's offsets."""
    first = 0
    for start, end in bounds:
        while first < len(zones) and zones[first].end <= start:
            first += 1
        clipped = []
        index = first
        while index < len(zones) and zones[index].start < end:
            zone = zones[index]
            clipped.append(
                Zone(max(zone.start, start) - start, min(zone.end, end) - start, zone.kind))
            index += 1
        yield clipped


_TEXT_READERS: dict[str, Callable[[str, str, ProblemLog], Iterator[RawDocument]]] = {
    "text": _read_text,
    "jsonl": _read_jsonl,
    "json": _read_json,
    "csv": partial(_read_csv, delimiter=","),
    "tsv": partial(_read_csv, delimiter="\t"),
}
_BYTE_READERS: dict[str, Callable[[bytes, str, ProblemLog], Iterator[RawDocument]]] = {
    "html": _read_html,
    "feed": _read_feed,
}
