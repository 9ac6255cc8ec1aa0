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
- everything else is body text, re-joined across line breaks (and page breaks, when a sentence
  runs on) into paragraphs and headings.

Pure: bytes in, pages out; anything pypdf cannot read becomes a `ParseError`.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from pypdf import PageObject, PasswordType, PdfReader

from sources import budget
from sources.records import ParseError, TextBlock

log = logging.getLogger(__name__)

SUPERSCRIPT_RATIO = 0.75  # a digit run this much smaller than its line is a footnote marker
SMALL_TYPE_RATIO = 0.92  # footnotes and running headers are set smaller than body text
HEADING_RATIO = 1.15  # a line this much larger than body text is a heading
RUNNING_BAND = 0.12  # share of the page height, top and bottom, where running lines sit
RUNNING_CANDIDATES = 4  # at most this many lines from each edge can be running lines
COLUMN_TOLERANCE = 2.0  # points: runs starting this close are in one table column
MIN_COLUMN_LINES = 3  # a table column is an x position shared by at least this many lines
# pypdf does not report run widths: estimate them from the glyph count (a Latin glyph averages
# about half an em) and call a run a new cell only when it starts well past the previous one's
# end, so lines drawn word by word do not look like tables.
GLYPH_WIDTH_EM = 0.45
CELL_GAP_EM = 1.5
PARAGRAPH_GAP = 1.3  # a baseline gap this many times the usual leading starts a new paragraph
DEFAULT_LEADING = 1.2  # baseline distance / type size when a document gives no evidence
BOLD_FONT_WORDS = ("bold", "black", "heavy", "semibold", "demi")

# "... Page: 2", "Page 2 of 40", "- 2 -", "2/40": a page number ends the line or is all of it.
PAGE_NUMBER_RE = re.compile(
    r"\bpage\s*:?\s*\d+(?:\s*(?:/|of)\s*\d+)?\s*$|^\W*\d{1,4}\W*$|^\d+\s*(?:/|of)\s*\d+$", re.IGNORECASE
)
MARKER_TEXT_RE = re.compile(r"^\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")  # "1", "2,3": a superscript marker
FOOTNOTE_START_RE = re.compile(r"^(\d{1,3})(?:\s+|(?=[A-Z\"“‘(]))(?=\S)")
SENTENCE_END_RE = re.compile(r"[.!?:;][\"”’)\]]*$")
BULLET_RE = re.compile(r"^[•●▪◦■□➢►–-]\s")
TOC_ENTRY_RE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…{2,}\s*\d+\s*$")  # "EXECUTIVE SUMMARY ...... 2"
ROMAN_HEADING_RE = re.compile(r"^[IVXLC]+\.\s+\S")
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Fragment:
    """One run of text as the PDF draws it: where it starts, its baseline and type size."""

    text: str
    x: float
    y: float  # baseline, in PDF user space (grows upwards)
    size: float  # effective type size in points
    bold: bool
    seq: int  # drawing order on the page
    run: int  # pypdf's output line: consecutive runs of one line were already spaced by pypdf


@dataclass(frozen=True)
class PdfLine:
    """Runs sharing a baseline, left to right; footnote markers cut out of `text` into `markers`."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    fragments: tuple[Fragment, ...] = ()  # the runs making up `text` (markers excluded)
    markers: tuple[tuple[int, int], ...] = ()  # (footnote number, offset in `text`) of each marker
    cell_starts: tuple[float, ...] = ()  # x of runs that start well right of the previous run's end
    footnote: int | None = None  # the footnote this line starts (its number is not in `text`)
    table: bool = False  # part of a table (columns of runs), not running text

    @property
    def footnote_refs(self) -> tuple[int, ...]:
        return tuple(number for number, _ in self.markers)


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
    sheets = _read_sheets(body)
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


@dataclass(frozen=True)
class _Sheet:
    """A page's lines as read, before headers, footnotes and tables are told apart."""

    number: int
    width: float
    bottom: float  # the media box's lower and upper edge, in user space
    top: float
    lines: list[PdfLine]


# (index, line) of the lines that may be running lines: at the top, at the bottom.
_Edges = tuple[list[tuple[int, PdfLine]], list[tuple[int, PdfLine]]]


def _read_sheets(body: bytes) -> list[_Sheet]:
    if b"%PDF-" not in body[:1024]:
        raise ParseError(f"not a PDF: no %PDF- header in the first bytes ({body[:16]!r})")
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ParseError("PDF is encrypted with a password; its text cannot be read")
        pages = list(reader.pages)
    except ParseError:
        raise
    except Exception as error:  # pypdf raises many types on broken files; all mean "unreadable"
        raise ParseError(f"unreadable PDF: {type(error).__name__}: {error}") from error
    if not pages:
        raise ParseError("PDF has no pages")
    sheets = []
    for number, page in enumerate(pages, start=1):
        budget.check()  # the document's parse deadline, page by page (a no-op outside sources.budget.parsing)
        try:
            box = page.mediabox
            lines = _build_lines(_page_fragments(page))
            sheets.append(_Sheet(number, float(box.width), float(box.bottom), float(box.top), lines))
        except Exception as error:  # a damaged content stream: say which page
            raise ParseError(f"unreadable PDF page {number}: {type(error).__name__}: {error}") from error
    return sheets


def _page_fragments(page: PageObject) -> list[Fragment]:
    """Runs of upright text with effective position and size (text matrix x transformation matrix)."""
    fragments: list[Fragment] = []
    run = 0

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: object, size: float) -> None:
        nonlocal run
        if text.strip():
            m = _multiply(tm, cm)
            scale = (m[2] ** 2 + m[3] ** 2) ** 0.5
            upright = m[0] > 0 and m[3] > 0 and abs(m[1]) < 1e-3 * m[0] and abs(m[2]) < 1e-3 * m[3]
            if upright and size * scale > 0:  # rotated margin text (stamps, labels) is not read
                fragments.append(
                    Fragment(
                        # NFKC: ligatures ("ﬁ") become letters, superscript digits ("¹") digits.
                        text=unicodedata.normalize("NFKC", text.replace("\n", " ")),
                        x=m[4],
                        y=m[5],
                        size=round(float(size) * scale, 2),
                        bold=_is_bold(font),
                        seq=len(fragments),
                        run=run,
                    )
                )
        run += text.count("\n")

    page.extract_text(visitor_text=visit)
    return fragments


def _multiply(a: Sequence[float], b: Sequence[float]) -> tuple[float, ...]:
    """Product of two PDF matrices [a b c d e f]."""
    return (
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    )  # fmt: skip


def _is_bold(font: object) -> bool:
    name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
    return any(word in name.lower() for word in BOLD_FONT_WORDS)


# ---------------------------------------------------------------------------------------------
# Lines


def _build_lines(fragments: list[Fragment]) -> list[PdfLine]:
    """Group runs by baseline; the largest run anchors a line, so raised superscripts join it."""
    groups: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (-f.size, -f.y, f.x)):
        for group in groups:
            if _same_line(group[0], fragment):
                group.append(fragment)
                break
        else:
            groups.append([fragment])
    lines = [line for line in map(_line_from, groups) if line.text]
    return sorted(lines, key=lambda line: (-line.y, line.x))


def _same_line(anchor: Fragment, fragment: Fragment) -> bool:
    rise = fragment.y - anchor.y
    if fragment.size >= anchor.size * SUPERSCRIPT_RATIO:
        return abs(rise) <= 0.3 * anchor.size
    return -0.2 * anchor.size <= rise <= 0.55 * anchor.size  # smaller type: raised (superscript)


def _line_from(group: list[Fragment]) -> PdfLine:
    ordered = sorted(group, key=lambda f: (f.x, f.seq))
    size = max(f.size for f in ordered)
    text = ""
    markers: list[tuple[int, int]] = []
    runs: list[Fragment] = []
    cell_starts: list[float] = []
    previous: Fragment | None = None
    after_marker = False
    for fragment in ordered:
        if fragment.size < size * SUPERSCRIPT_RATIO and MARKER_TEXT_RE.match(fragment.text):
            offset = len(text.rstrip())
            markers.extend((int(n), offset) for n in re.findall(r"\d+", fragment.text))
            previous, after_marker = fragment, True
            continue
        piece = re.sub(r"\s+", " ", fragment.text)
        if not text:
            text = piece.lstrip()
        elif text.endswith(" ") or piece.startswith(" ") or _drawn_together(previous, fragment):
            text += piece
        else:
            text += " " + piece
        if runs and not after_marker and _starts_cell(runs[-1], fragment):
            cell_starts.append(fragment.x)
        runs.append(fragment)
        previous, after_marker = fragment, False
    text = text.strip()
    markers = [(number, min(offset, len(text))) for number, offset in markers]
    body_runs = runs or ordered
    return PdfLine(
        text=text,
        x=body_runs[0].x,
        y=max(body_runs, key=lambda f: f.size).y,
        size=size,
        bold=bool(runs) and all(f.bold for f in runs),
        fragments=tuple(runs),
        markers=tuple(markers),
        cell_starts=tuple(cell_starts),
    )


def _starts_cell(previous: Fragment, fragment: Fragment) -> bool:
    estimated_end = previous.x + GLYPH_WIDTH_EM * previous.size * len(previous.text.strip())
    return fragment.x - estimated_end > CELL_GAP_EM * fragment.size


def _drawn_together(previous: Fragment | None, fragment: Fragment) -> bool:
    """pypdf already put a space between consecutive runs of one output line where one belongs."""
    return previous is not None and fragment.run == previous.run and fragment.seq == previous.seq + 1


def _body_size(sheets: list[_Sheet], edges: list[_Edges]) -> float:
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


def _edge_candidates(sheet: _Sheet) -> _Edges:
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


# ---------------------------------------------------------------------------------------------
# Text blocks


def text_blocks(pages: Sequence[PdfPage]) -> list[TextBlock]:
    """Headings, paragraphs, table rows and footnotes of the pages, in reading order.

    A paragraph that runs on to the next page (no sentence end at the foot of the page) is kept
    whole and carries the page it starts on.
    """
    vocabulary = _vocabulary(pages)
    leading = _leading(pages)
    blocks: list[TextBlock] = []
    draft: _Draft | None = None
    for page in pages:
        previous: PdfLine | None = None
        for line in page.lines:
            kind: _Kind = "heading" if is_heading(line, page.body_size) else "body"
            if line.table:
                kind, previous = "table_row", None
            elif draft is not None and _continues(draft, previous, line, kind, leading):
                draft.lines.append(line)
                previous = line
                continue
            if draft is not None:
                blocks.append(draft.block(vocabulary))
            draft = _Draft(kind, page.number, [line])
            previous = line if kind != "table_row" else None
        if draft is not None and (draft.kind != "body" or SENTENCE_END_RE.search(draft.lines[-1].text)):
            blocks.append(draft.block(vocabulary))
            draft = None
        blocks.extend(_footnote_blocks(page, vocabulary))
    if draft is not None:
        blocks.append(draft.block(vocabulary))
    return blocks


_Kind = Literal["heading", "body", "table_row"]


@dataclass
class _Draft:
    """Lines gathered into one block (a table row is always a block of its own)."""

    kind: _Kind
    page: int
    lines: list[PdfLine] = field(default_factory=list)

    def block(self, vocabulary: set[str]) -> TextBlock:
        refs = tuple(dict.fromkeys(n for line in self.lines for n in line.footnote_refs))
        return TextBlock(
            _join_lines([line.text for line in self.lines], vocabulary),
            self.page,
            self.kind,
            footnote_refs=refs,
        )


def _footnote_blocks(page: PdfPage, vocabulary: set[str]) -> list[TextBlock]:
    notes: list[tuple[int, list[PdfLine]]] = []
    for line in page.footnotes:
        if line.footnote is not None:
            notes.append((line.footnote, [line]))
        elif notes:
            notes[-1][1].append(line)
    return [
        TextBlock(
            _join_lines([line.text for line in lines], vocabulary),
            page.number,
            "footnote",
            footnote=number,
            footnote_refs=tuple(dict.fromkeys(n for line in lines for n in line.footnote_refs)),
        )
        for number, lines in notes
    ]


def is_heading(line: PdfLine, body_size: float) -> bool:
    """Larger type, capitals, a Roman-numbered section, or a short bold line."""
    text = line.text
    letters = [c for c in text if c.isalpha()]
    if len(text) > 150 or len(letters) < 2:
        return False
    if line.size >= body_size * HEADING_RATIO:
        return True
    if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        return True  # "III. COMPLAINTS AND APPEALS", "PRELIMINARY FINDINGS"
    if ROMAN_HEADING_RE.match(text) and len(text) <= 100 and not text.endswith("."):
        return True
    return line.bold and len(text) <= 90 and not re.search(r"[.,;:]$", text) and line.size >= body_size * 0.95


def _continues(draft: _Draft, previous: PdfLine | None, line: PdfLine, kind: _Kind, leading: float) -> bool:
    if draft.kind != kind or kind == "table_row":
        return False
    if previous is None:  # first line of a page: the previous page's paragraph runs on
        return kind == "body" and not BULLET_RE.match(line.text)
    gap = (previous.y - line.y) / previous.size
    if abs(line.size - previous.size) > 0.1 * previous.size or gap <= 0:
        return False
    if kind == "heading":
        return previous.bold == line.bold and gap <= 1.8 and not ROMAN_HEADING_RE.match(line.text)
    if BULLET_RE.match(line.text):
        return False
    if line.x > previous.x + 1.5 * line.size and SENTENCE_END_RE.search(previous.text):
        return False  # an indented first line
    return gap <= leading * PARAGRAPH_GAP


def _leading(pages: Sequence[PdfPage]) -> float:
    """The usual baseline distance within a paragraph, as a multiple of the type size."""
    ratios = []
    for page in pages:
        body = [line for line in page.lines if not line.table]
        for above, below in pairwise(body):
            if abs(above.size - below.size) < 0.05 * above.size:
                ratio = (above.y - below.y) / above.size
                if 0.8 <= ratio <= 3.0:
                    ratios.append(ratio)
    if len(ratios) < 3:
        return DEFAULT_LEADING
    return statistics.quantiles(ratios, n=4)[0]


def _vocabulary(pages: Sequence[PdfPage]) -> set[str]:
    words: set[str] = set()
    for page in pages:
        for line in (*page.lines, *page.footnotes):
            words.update(word.lower() for word in WORD_RE.findall(line.text))
    return words


def _join_lines(texts: list[str], vocabulary: set[str]) -> str:
    text = ""
    for piece in texts:
        text = join_wrapped(text, piece, vocabulary)
    return text.replace("\u00ad", "")  # soft hyphens left inside a line are invisible


def join_wrapped(left: str, right: str, vocabulary: set[str] | None = None) -> str:
    """Join two wrapped lines. A soft hyphen always goes; a hard hyphen ("Nur-", "long-") stays,
    as reports break compounds at their hyphen, unless the document spells the word unhyphenated
    ("adminis-" + "trative" where "administrative" occurs elsewhere)."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if left.endswith(("-", "\u2010")) and len(left) > 1 and left[-2].isalpha():
        head = WORD_RE.findall(left[:-1])
        tail = WORD_RE.match(right)
        if vocabulary and head and tail:
            joined = (head[-1] + tail.group(0)).lower()
            hyphenated = f"{head[-1]}-{tail.group(0)}".lower()
            if joined in vocabulary and hyphenated not in vocabulary:
                return left[:-1] + right
        return left + right
    return f"{left} {right}"
