"""Article structure in plain text: where articles start and end, and what each line is.

Plain-text dumps glue articles together and keep the furniture of web pages: photo captions,
credits, "Read more" trailers. Coding those lines produces false events (a caption describes
a picture, not something that happened that day), so every line gets a zone kind and only
``CODED_ZONES`` are coded later. Everything here is a pure function over *cleaned* text
(:func:`lapwing.textnorm.clean_text`), so offsets stay valid against the stored text.

The patterns are data (module-level tuples of compiled regexes) so that a new newsroom's
habits are one line to add, not another branch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple, cast

from lapwing.records import Zone, ZoneKind

#: A title is a short line: headlines run to about a dozen words, paragraphs rarely stay this short.
TITLE_MAX_WORDS = 16


def _rule(kind: ZoneKind, pattern: str, max_words: int,
          flags: int = re.IGNORECASE) -> tuple[ZoneKind, re.Pattern[str], int]:
    """One entry of :data:`LINE_RULES`, compiled once at import."""
    return kind, re.compile(pattern, flags), max_words


#: ``(kind, pattern, max_words)``: a line is of ``kind`` when ``pattern`` matches (``search``)
#: and it has at most ``max_words`` words. The word limit keeps body paragraphs that merely
#: mention "Getty Images" or end in "(AFP)" in the body. First match wins, so credits come
#: before captions ("Image credit:" is a credit, "Image:" a caption).
LINE_RULES: tuple[tuple[ZoneKind, re.Pattern[str], int], ...] = (
    _rule("credit", r"^(?:(?:image|photo|picture)\s+credits?|credits?|photograph)\s*:", 40),
    _rule("credit", r"\bgetty\s+images\b", 20),
    _rule("caption", r"^(?:(?:photo|image|picture|caption)\s*:|file\s+photo\b"
                     r"|[(\[]\s*(?:photo|image|picture)\b)", 60),
    _rule("caption", r"\bphoto\s+by\b|\bAP\s+Photo/", 40),
    _rule("caption", r"\((?:AFP|AP|Reuters|EPA|Anadolu|Xinhua)(?:\s*/[^()]*)?\)\s*$", 30, flags=0),
    _rule("trailer", r"^\(?\s*(?:read\s+more(?:\s+at\b|\s*:)|more\s+about\s*:|related\s*:"
                     r"|see\s+also\s*:|share\s+this\b|follow\s+us\b|subscribe\b|sign\s+up\b"
                     r"|tags\s*:|©|copyright\b|all\s+rights\s+reserved"
                     r"|(?:reporting|editing|writing)\s+by\b)", 40),
    _rule("trailer", r"©|\ball\s+rights\s+reserved\b", 25),
)
_MAX_RULE_WORDS = max(limit for _, _, limit in LINE_RULES)

#: Lines that separate glued articles and belong to none: ``---``, ``***``, ``* * *``,
#: ``===``, ``###`` (three or more).
SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|(?:\*[ \t]*){3,}|={3,}|#{3,})[ \t]*$")

#: ``date 2025-03-04`` at the start of a line. Lowercase only, so "Date palms ..." is prose.
#: The value is anything that *tries* to be a date, so a broken one is still removed from the
#: text and handed on raw for the caller to report.
DATE_TOKEN = re.compile(r"^([ \t]*)date[ \t]+([0-9][0-9./-]*)(?=\s|$)[ \t]*")

#: Short lines between a headline and its first paragraph: bylines and stated dates. They
#: are body text, not titles, and a new article may start just above them.
STANDFIRST = re.compile(
    r"^(?:by\s+\S|(?:published|updated|posted)\b|\d{4}-\d{2}-\d{2}\b"
    r"|[a-z]+\.?\s+\d{1,2},?\s+\d{4}\b|\d{1,2}\s+[a-z]+\.?\s+\d{4}\b)",
    re.IGNORECASE,
)

_TITLE_END = (".", ":", ";", ",")
_CLOSING_QUOTES = " \t\"'”’»"
_LETTER = re.compile(r"[^\W\d_]")

_BLANK = "blank"
_SEPARATOR = "separator"


class _Line(NamedTuple):
    """One line of a text: where it is and what it looks like (a tuple: texts have many)."""

    start: int
    end: int  # end of the content, before the newline
    kind: str  # a zone kind, or _BLANK / _SEPARATOR
    title_like: bool
    standfirst: bool
    date: re.Match[str] | None


@dataclass(frozen=True)
class ArticleSlice:
    """Where one article lies in a multi-article text, before its date token is removed.

    ``start``/``end`` are offsets into the text given to :func:`split_articles` and ``line``
    is the 1-based line it starts on (for origins). ``date_span`` is the stretch removed with
    the date token: the token and the spaces after it, or the whole line when nothing else
    is on it. Titles and zones are not here: they are computed on the article's final text
    (:class:`Article`), the only text whose offsets anybody stores.
    """

    start: int
    end: int
    line: int
    date_token: str | None = None
    date_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Article:
    """One article as it is stored: text without the date token, zones into that text.

    ``date`` is the raw token value (``"2024-13-45"`` included); the caller parses it strictly.
    """

    text: str
    title: str | None
    zones: list[Zone]
    date: str | None
    line: int


def articles_from_text(text: str) -> list[Article]:
    """Split a cleaned plain text into articles, each with its own text, title, zones and date."""
    articles = []
    for piece in split_articles(text):
        body = _without_token(text, piece).strip()
        if not body:
            continue
        zones = find_zones(body)
        title = body[zones[0].start : zones[0].end].strip() if zones[0].kind == "title" else None
        articles.append(Article(body, title, zones, piece.date_token, piece.line))
    return articles


def split_articles(text: str) -> list[ArticleSlice]:
    """Find the articles glued together in ``text``; a normal article stays one slice.

    A new article starts after a separator line, at a title-like line that follows a trailer
    block ("Read more at ...", "More about: ..."), or at a title-like line whose next line
    opens with a ``date`` token. After a trailer the title must be followed by a real
    paragraph (bylines and date lines in between are looked past), which keeps subheads and
    lists of related headlines inside their article.
    """
    lines = list(_scan(text))
    slices: list[ArticleSlice] = []
    first: int | None = None  # index of the current article's first line
    last = 0  # index of its last non-blank line
    after_trailer = False  # the lines just before belong to a trailer block
    for i, line in enumerate(lines):
        if line.kind == _BLANK:
            continue
        if line.kind == _SEPARATOR:
            if first is not None:
                slices.append(_slice(lines, first, last))
            first, after_trailer = None, False
            continue
        if first is not None and _starts_article(lines, i, after_trailer):
            slices.append(_slice(lines, first, last))
            first = None
        if first is None:
            first = i
        after_trailer = line.kind == "trailer" or (after_trailer and line.title_like and i != first)
        last = i
    if first is not None:
        slices.append(_slice(lines, first, last))
    return slices


def find_zones(text: str, start: int = 0) -> list[Zone]:
    """Zones covering ``text`` contiguously, offsets shifted by ``start``.

    Each zone begins exactly at its first line and runs up to the next zone, so blank lines
    belong to the zone before them and every character has exactly one kind. The first line
    is the title when it looks like one; title-like lines after a trailer ("Related:" and its
    headlines, "Tags:" and its list) stay in the trailer.
    """
    lines = [line for line in _scan(text) if line.kind not in (_BLANK, _SEPARATOR)]
    zones: list[Zone] = []
    previous: ZoneKind | None = None
    for i, line in enumerate(lines):
        kind = cast(ZoneKind, line.kind)  # blanks and separators are filtered out above
        if i == 0 and line.title_like and len(lines) > 1:
            kind = "title"
        elif previous == "trailer" and line.title_like:
            kind = "trailer"
        if previous is None:
            zones.append(Zone(start, start + len(text), kind))
        elif kind != previous:
            zones[-1].end = start + line.start
            zones.append(Zone(start + line.start, start + len(text), kind))
        previous = kind
    return zones


def _starts_article(lines: list[_Line], i: int, after_trailer: bool) -> bool:
    """Whether line ``i`` opens a new article; ``after_trailer``: a trailer block precedes it.

    Bylines and date lines between the title and the paragraph are looked past.
    """
    if not lines[i].title_like:
        return False
    j = _next_content(lines, i)
    if j is not None and lines[j].date is not None:
        return True
    while j is not None and lines[j].standfirst:
        j = _next_content(lines, j)
    if j is None:
        return False
    following = lines[j]
    return after_trailer and not following.title_like and following.kind != "trailer"


def _next_content(lines: list[_Line], i: int) -> int | None:
    """Index of the next non-blank line after ``i`` (a separator ends the search)."""
    for j in range(i + 1, len(lines)):
        if lines[j].kind != _BLANK:
            return None if lines[j].kind == _SEPARATOR else j
    return None


def _slice(lines: list[_Line], first: int, last: int) -> ArticleSlice:
    """The slice from line ``first`` to line ``last``, with its date token if it has one."""
    token_line = _date_line(lines, first, last)
    token = span = None
    if token_line is not None and token_line.date is not None:
        match = token_line.date
        token = match.group(2)
        if match.end() == token_line.end - token_line.start:  # the token is all the line has
            span = (token_line.start, min(token_line.end + 1, lines[last].end))
        else:
            span = (token_line.start + match.end(1), token_line.start + match.end())
    return ArticleSlice(lines[first].start, lines[last].end, first + 1, token, span)


def _date_line(lines: list[_Line], first: int, last: int) -> _Line | None:
    """The line that may carry the date token: the first one, or the one after a title."""
    if lines[first].date is not None or not lines[first].title_like:
        return lines[first]
    following = _next_content(lines, first)
    return lines[following] if following is not None and following <= last else None


def _without_token(text: str, piece: ArticleSlice) -> str:
    """The article's text with its date token cut out."""
    if piece.date_span is None:
        return text[piece.start : piece.end]
    cut_start, cut_end = piece.date_span
    return text[piece.start : cut_start] + text[cut_end : piece.end]


def _scan(text: str) -> Iterator[_Line]:
    """Every line of ``text`` with its offsets and kind; one pass, no per-line compiling."""
    offset = 0
    for content in text.split("\n"):
        yield _classify(content, offset)
        offset += len(content) + 1


def _classify(content: str, offset: int) -> _Line:
    """What one line looks like: blank, separator, a zone kind, title-like, dated."""
    end = offset + len(content)
    if not content.strip():
        return _Line(offset, end, _BLANK, False, False, None)
    if SEPARATOR.match(content):
        return _Line(offset, end, _SEPARATOR, False, False, None)
    words = len(content.split(maxsplit=_MAX_RULE_WORDS + 1))
    kind: str = "body"
    for rule_kind, pattern, max_words in LINE_RULES:
        if words <= max_words and pattern.search(content):
            kind = rule_kind
            break
    date = DATE_TOKEN.match(content)
    short = kind == "body" and date is None and words <= TITLE_MAX_WORDS
    standfirst = short and STANDFIRST.match(content.lstrip()) is not None
    title_like = (
        short
        and not standfirst
        and not content.rstrip(_CLOSING_QUOTES).endswith(_TITLE_END)
        and _LETTER.search(content) is not None
    )
    return _Line(offset, end, kind, title_like, standfirst, date)
