"""PDF pages as positioned lines, and as the `TextBlock`s that claim extraction reads.

ODIHR reports are typeset documents: a running header on every page ("Republic of Kazakhstan
Page: 2" over the document title), numbered footnotes at the foot of the page whose markers are
superscripts glued to the preceding word ("impersonation.1"), section headings, and tables. Plain
extracted text loses what tells these apart, so pypdf is asked for every run of text with its
position and type size (its `visitor_text` hook), and lines are rebuilt from that geometry:

- running headers and footers: lines at the top or bottom of a page that repeat on other pages
  (digits ignored, so "Page: 1" matches "Page: 2"), that carry a page number, or that sit in the
  same small type right under such a line at the top (the document title under "Page: N");
- footnotes: small type at the foot of the page, each starting with a number that a marker in the
  page's body refers to. Markers are superscript runs or, when the PDF lost the superscript, digits
  glued after a word ("cities.1", "cases.2") whose number is a footnote on that page: real numbers
  ("9,968", "13 June", "2017;") never have a letter right before them, so they are never cut;
- tables: lines with runs starting at x positions that several lines share (columns);
- pages set in two columns are read column by column (pdf_columns.py: a gutter no baseline crosses);
- everything else is body text, re-joined across line breaks (and page breaks, when a sentence
  runs on) into paragraphs and headings.

Pure: bytes in, pages out; anything pypdf cannot read becomes a `ParseError`. The lines themselves are built in
pdf_lines.py, the paragraphs in pdf_blocks.py.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from sources.osce.pdf_blocks import is_heading, join_wrapped, text_blocks
from sources.osce.pdf_lines import (
    SENTENCE_END_RE,
    PdfLine,
    Sheet,
    read_sheets,
)
from sources.records import ParseError, TextBlock

# The public names of the PDF layer, whichever module now holds them (pdf_lines: glyphs to lines; pdf_blocks: lines
# to TextBlocks; this module: pages, running lines, footnotes and tables).
__all__ = ["TOC_ENTRY_RE", "PdfLine", "PdfPage", "is_heading", "join_wrapped", "read_pdf", "text_blocks"]

log = logging.getLogger(__name__)

SMALL_TYPE_RATIO = 0.92  # footnotes and running headers are set smaller than body text
RUNNING_BAND = 0.12  # share of the page height, top and bottom, where running lines sit
RUNNING_CANDIDATES = 4  # at most this many lines from each edge can be running lines
COLUMN_TOLERANCE = 2.0  # points: runs starting this close are in one table column
MIN_COLUMN_LINES = 3  # a table column is an x position shared by at least this many lines

# "... Page: 2", "Page 2 of 40", "- 2 -", "2/40": a page number ends the line or is all of it.
PAGE_NUMBER_RE = re.compile(
    r"\bpage\s*:?\s*\d+(?:\s*(?:/|of)\s*\d+)?\s*$|^\W*\d{1,4}\W*$|^\d+\s*(?:/|of)\s*\d+$", re.IGNORECASE
)
FOOTNOTE_START_RE = re.compile(r"^(\d{1,3})(?:\s+|(?=[A-Z\"“‘(]))(?=\S)")
TOC_ENTRY_RE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…{2,}\s*\d+\s*$")  # "EXECUTIVE SUMMARY ...... 2"


@dataclass(frozen=True)
class PdfPage:
    """One physical page: body lines (headers and footers dropped), footnote lines, dropped lines."""

    number: int  # 1-based physical page index
    width: float
    height: float
    body_size: float  # the document's body type size, for telling headings and small type apart
    lines: tuple[PdfLine, ...]  # body and tables, top to bottom
    footnotes: tuple[PdfLine, ...] = ()  # footnote area, top to bottom; starters have `footnote` set
    running: tuple[PdfLine, ...] = ()  # running headers and footers that were dropped

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in (*self.lines, *self.footnotes))

    def blocks(self) -> list[TextBlock]:
        """This page alone as TextBlocks (`text_blocks` over all pages also joins across pages)."""
        return text_blocks([self])


# ---------------------------------------------------------------------------------------------
# Reading the PDF


def read_pdf(body: bytes) -> list[PdfPage]:
    """Every page of a PDF as lines, running headers/footers and footnotes recognised."""
    sheets = read_sheets(body)
    if not any(sheet.lines for sheet in sheets):
        raise ParseError("PDF has no text layer (scanned images?): no page yields any text")
    edges = [_edge_candidates(sheet) for sheet in sheets]
    body_size = _body_size(sheets, edges)
    running = _running_lines(edges, body_size)
    log.debug("%d pages, body type %.1f pt", len(sheets), body_size)
    pages = []
    for sheet, dropped in zip(sheets, running, strict=True):
        kept = [line for i, line in enumerate(sheet.lines) if i not in dropped]
        body_lines, footnote_lines = _split_footnotes(kept, body_size)
        pages.append(
            PdfPage(
                number=sheet.number,
                width=sheet.width,
                height=sheet.top - sheet.bottom,
                body_size=body_size,
                lines=tuple(_mark_tables(body_lines)),
                footnotes=tuple(footnote_lines),
                running=tuple(line for i, line in enumerate(sheet.lines) if i in dropped),
            )
        )
    return pages


# (index, line) of the lines that may be running lines: at the top, at the bottom.
_Edges = tuple[list[tuple[int, PdfLine]], list[tuple[int, PdfLine]]]


def _body_size(sheets: list[Sheet], edges: list[_Edges]) -> float:
    """The type size most text away from the page edges (where running lines sit) is set in."""
    weights: Counter[float] = Counter()
    for sheet, (top, bottom) in zip(sheets, edges, strict=True):
        at_edge = {i for i, _ in (*top, *bottom)}
        for i, line in enumerate(sheet.lines):
            if i not in at_edge:
                weights[round(line.size, 1)] += len(line.text)
    if not weights:  # a page or two of a few lines: count them all
        for sheet in sheets:
            for line in sheet.lines:
                weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _repeat_key(line: PdfLine) -> str:
    return re.sub(r"\d+", "#", line.text.lower())


# ---------------------------------------------------------------------------------------------
# Running headers and footers


def _running_lines(edges: list[_Edges], body_size: float) -> list[set[int]]:
    """Indexes of each page's lines that are running headers or footers."""
    exact: Counter[tuple[str, str]] = Counter()
    loose: Counter[tuple[str, str]] = Counter()
    for top, bottom in edges:
        for edge, candidates in (("top", top), ("bottom", bottom)):
            exact.update({(edge, line.text) for _, line in candidates})
            loose.update({(edge, _repeat_key(line)) for _, line in candidates})

    dropped: list[set[int]] = []
    for top, bottom in edges:
        found: set[int] = set()
        for edge, candidates in (("top", top), ("bottom", bottom)):
            for index, line in candidates:
                # The same line on several pages; with only its digits changing ("... – 3") when
                # set in small type, as body text near the top may differ in a number only.
                small = line.size < body_size * SMALL_TYPE_RATIO
                not_large = line.size <= body_size * 1.05
                repeated = exact[(edge, line.text)] >= 2 and not_large
                renumbered = loose[(edge, _repeat_key(line))] >= 2 and small
                if repeated or renumbered or (PAGE_NUMBER_RE.search(line.text) and not_large):
                    found.add(index)
        _add_title_lines(top, found, body_size)
        dropped.append(found)
    return dropped


def _edge_candidates(sheet: Sheet) -> _Edges:
    lines = sheet.lines
    band = (sheet.top - sheet.bottom) * RUNNING_BAND
    top = [(i, line) for i, line in enumerate(lines[:RUNNING_CANDIDATES]) if line.y >= sheet.top - band]
    first_bottom = max(0, len(lines) - RUNNING_CANDIDATES)
    bottom = [
        (i, line) for i, line in enumerate(lines) if i >= first_bottom and line.y <= sheet.bottom + band
    ]
    return top, bottom


def _add_title_lines(top: list[tuple[int, PdfLine]], found: set[int], body_size: float) -> None:
    """The document-title line printed in the same small type right under a page-number header."""
    changed = True
    while changed:
        changed = False
        for (i, above), (j, below) in pairwise(top):
            same_type = below.size <= above.size * 1.05 and below.size < body_size * SMALL_TYPE_RATIO
            if i in found and j not in found and same_type and above.y - below.y <= 2.2 * above.size:
                found.add(j)
                changed = True


# ---------------------------------------------------------------------------------------------
# Footnotes


def _footnote_number(line: PdfLine) -> int | None:
    """The number a footnote line starts with: a leading superscript, or leading digits."""
    if line.markers and line.markers[0][1] == 0:
        return line.markers[0][0]
    match = FOOTNOTE_START_RE.match(line.text)
    return int(match.group(1)) if match else None


def _glued_marker_re(number: int) -> re.Pattern[str]:
    """A footnote number glued to the word before it: "impersonation.1", "cases.2", "voters3"."""
    return re.compile(rf"(?:(?<=[^\W\d_][.,;:!?)\]\"”’»])|(?<=[^\W\d_]{{2}}))({number})(?=[\s.,;:)\]]|$)")


def _split_footnotes(lines: list[PdfLine], body_size: float) -> tuple[list[PdfLine], list[PdfLine]]:
    """Body lines (glued markers cut out) and the footnote area at the foot of the page."""
    start = _footnote_area_start(lines, body_size)
    if start is None:
        return lines, []
    body, area = lines[:start], lines[start:]
    starts = _footnote_starts(body, area)
    superscripts = {n for line in body for n in line.footnote_refs}
    body = _cut_glued_markers(body, [n for n in starts.values() if n not in superscripts])
    footnotes = []
    for index, line in enumerate(area):
        number = starts.get(index)
        if number is None:
            footnotes.append(line)
        elif line.markers and line.markers[0][1] == 0:
            footnotes.append(replace(line, footnote=number, markers=line.markers[1:]))
        else:
            text = FOOTNOTE_START_RE.sub("", line.text, count=1).strip()
            shift = len(line.text) - len(text)
            markers = tuple((n, max(0, offset - shift)) for n, offset in line.markers)
            footnotes.append(replace(line, text=text, footnote=number, markers=markers))
    return body, footnotes


def _footnote_area_start(lines: list[PdfLine], body_size: float) -> int | None:
    """Index of the first footnote line: at the foot of the page, numbered, referred to above.

    Footnotes are set in smaller type than the body; where a PDF does not show that, a numbered
    line in the lower half of the page whose number the body refers to still starts the area.
    """
    small_from = len(lines)
    while small_from > 0 and lines[small_from - 1].size < body_size * SMALL_TYPE_RATIO:
        small_from -= 1
    for first in (small_from, len(lines) // 2):
        for start in range(first, len(lines)):
            number = _footnote_number(lines[start])
            if number is not None and _referenced(lines[:start], number):
                return start
    return None


def _footnote_starts(body: list[PdfLine], area: list[PdfLine]) -> dict[int, int]:
    """Which area lines start a footnote (index → number): the first, then each line that starts
    with the next number and is referred to in the body. A wrapped line that merely begins with
    that number ("... on the evening of" / "6 June 2019") continues its footnote when a later line
    starts with the same number."""
    starts: dict[int, int] = {}
    expected: int | None = None
    for index, line in enumerate(area):
        number = _footnote_number(line)
        if number is None or (expected is not None and number != expected):
            continue
        leading_marker = bool(line.markers) and line.markers[0][1] == 0
        if expected is not None and not leading_marker:
            if not _referenced(body, number):
                continue
            runs_on = not SENTENCE_END_RE.search(area[index - 1].text)
            if runs_on and any(_footnote_number(later) == number for later in area[index + 1 :]):
                continue
        starts[index] = number
        expected = number + 1
    return starts


def _referenced(body: list[PdfLine], number: int) -> bool:
    pattern = _glued_marker_re(number)
    return any(number in line.footnote_refs or pattern.search(line.text) for line in body)


def _cut_glued_markers(body: list[PdfLine], numbers: list[int]) -> list[PdfLine]:
    """Cut each footnote's glued marker (its first occurrence) out of the body text."""
    body = list(body)
    for number in numbers:
        pattern = _glued_marker_re(number)
        for index, line in enumerate(body):
            match = pattern.search(line.text)
            if match:
                text = line.text[: match.start()] + line.text[match.end() :]
                width = match.end() - match.start()
                markers = [
                    (n, offset - width if offset >= match.end() else offset) for n, offset in line.markers
                ]
                markers.append((number, match.start()))
                markers.sort(key=lambda marker: marker[1])
                body[index] = replace(line, text=text, markers=tuple(markers))
                break
    return body


# ---------------------------------------------------------------------------------------------
# Tables


def _mark_tables(lines: list[PdfLine]) -> list[PdfLine]:
    """Flag lines that belong to a table: runs aligned on columns shared by several lines, and
    table-of-contents entries (dot leaders before a page number)."""
    columns = _table_columns(lines)

    def on_column(x: float) -> bool:
        return any(abs(x - column) <= COLUMN_TOLERANCE for column in columns)

    table = [any(map(on_column, line.cell_starts)) for line in lines]
    indexes = [i for i, flag in enumerate(table) if flag]
    for a, b in pairwise(indexes):
        # Lines between two table lines (a wrapped label, an indicator's label) belong to the table
        # unless a paragraph-sized gap separates them.
        if all(lines[k].y - lines[k + 1].y <= 2.5 * lines[k].size for k in range(a, b)):
            table[a:b] = [True] * (b - a)
    _extend_tables(lines, table, on_column)
    for i, line in enumerate(lines):
        table[i] = table[i] or bool(TOC_ENTRY_RE.search(line.text))
    return [replace(line, table=True) if flag else line for line, flag in zip(lines, table, strict=True)]


def _extend_tables(lines: list[PdfLine], table: list[bool], on_column: Callable[[float], bool]) -> None:
    """Take in lines next to a table that start in one of its columns (a header cell wrapped
    above the first row, a value below the last one)."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if table[i] or not on_column(line.x):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and table[j] and abs(lines[j].y - line.y) <= 2.5 * line.size:
                    table[i] = changed = True
                    break


def _table_columns(lines: list[PdfLine]) -> list[float]:
    starts = sorted((x, i) for i, line in enumerate(lines) for x in line.cell_starts)
    columns = []
    cluster: list[tuple[float, int]] = []
    for x, i in [*starts, (float("inf"), -1)]:
        if cluster and x - cluster[-1][0] > COLUMN_TOLERANCE:
            if len({index for _, index in cluster}) >= MIN_COLUMN_LINES:
                columns.append(statistics.fmean(value for value, _ in cluster))
            cluster = []
        cluster.append((x, i))
    return columns
