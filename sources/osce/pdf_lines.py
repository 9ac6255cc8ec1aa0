"""A PDF's pages as positioned lines: pypdf's runs of text with their position, type size and weight, grouped by
baseline into `PdfLine`s, superscript digit runs cut out as footnote markers, and runs starting well right of the
previous one's end recorded as table cells. What the lines are (running headers, footnotes, tables, body) is
pdf_text.py's business.

Pure: bytes in, sheets out; anything pypdf cannot read becomes a `ParseError`.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from pypdf import PageObject, PasswordType, PdfReader

from sources import budget
from sources.osce.pdf_columns import Columns, find_gutter, page_columns
from sources.records import ParseError

SUPERSCRIPT_RATIO = 0.75  # a digit run this much smaller than its line is a footnote marker
# pypdf does not report run widths: estimate them from the glyph count (a Latin glyph averages
# about half an em) and call a run a new cell only when it starts well past the previous one's
# end, so lines drawn word by word do not look like tables.
GLYPH_WIDTH_EM = 0.45
MAX_GLYPH_WIDTH_EM = 0.65  # a wide face (DejaVu Sans averages ~0.6 em); wider readings are stretched spaces
MIN_WIDTH_SAMPLES = 20  # word-by-word runs needed before a page's own glyph width replaces the estimate
WORD_RUN_RE = re.compile(r"[^\W\d_][\w'’.,;:()-]*")
CELL_GAP_EM = 1.5
CELL_OVER_USUAL = 2.5  # a cell gap on a line of several runs is this many times the line's narrowest gap
MIN_GAPS_FOR_USUAL = 2
BOLD_FONT_WORDS = ("bold", "black", "heavy", "semibold", "demi")
MARKER_TEXT_RE = re.compile(r"^\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")  # "1", "2,3": a superscript marker

SENTENCE_END_RE = re.compile(r"[.!?:;][\"”’)\]]*$")


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
class Sheet:
    """A page's lines as read, before headers, footnotes and tables are told apart."""

    number: int
    width: float
    bottom: float  # the media box's lower and upper edge, in user space
    top: float
    lines: list[PdfLine]


def read_sheets(body: bytes) -> list[Sheet]:
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
    drawn = []
    for number, page in enumerate(pages, start=1):
        budget.check()  # the document's parse deadline, page by page (a no-op outside sources.budget.parsing)
        try:
            box = page.mediabox
            drawn.append((number, float(box.width), float(box.bottom), float(box.top), _page_fragments(page)))
        except Exception as error:  # a damaged content stream: say which page
            raise ParseError(f"unreadable PDF page {number}: {type(error).__name__}: {error}") from error
    # columns are the document's layout: the gutter is found over all its pages, each page's extent on its own
    glyph_widths = [_glyph_width(fragments) for *_, fragments in drawn]
    gutter = find_gutter([(d[4], d[1], em) for d, em in zip(drawn, glyph_widths, strict=True)])
    return [
        Sheet(number, width, bottom, top, _build_lines(fragments, page_columns(fragments, gutter), em))
        for (number, width, bottom, top, fragments), em in zip(drawn, glyph_widths, strict=True)
    ]


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


def _build_lines(
    fragments: list[Fragment], columns: Columns | None = None, glyph_em: float = GLYPH_WIDTH_EM
) -> list[PdfLine]:
    """Group runs by baseline, within one column; the largest run anchors a line, so raised superscripts join it.
    A page in two columns is read column by column (pdf_columns.py)."""
    column = columns.column if columns else (lambda _: 0)
    groups: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (-f.size, -f.y, f.x)):
        for group in groups:
            if column(group[0]) == column(fragment) and _same_line(group[0], fragment):
                group.append(fragment)
                break
        else:
            groups.append([fragment])
    lines = [(column(group[0]), line) for group in groups if (line := _line_from(group, glyph_em)).text]
    if columns is None:
        return sorted((line for _, line in lines), key=lambda line: (-line.y, line.x))
    ordered = sorted(lines, key=lambda item: columns.reading_key(item[1].x, item[1].y, item[1].size, item[0]))
    return [line for _, line in ordered]


def _glyph_width(fragments: Sequence[Fragment]) -> float:
    """The page's average glyph width in ems, measured where runs are single words drawn one after the other (text
    set word by word, as justified lines are): x distance to the next word over the word's glyphs and its space."""
    by_baseline: dict[float, list[Fragment]] = {}
    for fragment in fragments:
        by_baseline.setdefault(round(fragment.y, 1), []).append(fragment)
    samples = []
    for line in by_baseline.values():
        ordered = sorted(line, key=lambda f: f.x)
        for a, b in pairwise(ordered):
            word = a.text.strip()
            if a.size == b.size and WORD_RUN_RE.fullmatch(word) and b.x > a.x:
                samples.append((b.x - a.x) / (a.size * (len(word) + 1)))
    if len(samples) < MIN_WIDTH_SAMPLES:
        return GLYPH_WIDTH_EM
    return min(max(statistics.median(samples), GLYPH_WIDTH_EM), MAX_GLYPH_WIDTH_EM)


def _same_line(anchor: Fragment, fragment: Fragment) -> bool:
    rise = fragment.y - anchor.y
    if fragment.size >= anchor.size * SUPERSCRIPT_RATIO:
        return abs(rise) <= 0.3 * anchor.size
    return -0.2 * anchor.size <= rise <= 0.55 * anchor.size  # smaller type: raised (superscript)


def _line_from(group: list[Fragment], glyph_em: float = 0.45) -> PdfLine:
    ordered = sorted(group, key=lambda f: (f.x, f.seq))
    size = max(f.size for f in ordered)
    text = ""
    markers: list[tuple[int, int]] = []
    runs: list[Fragment] = []
    gaps: list[tuple[float, float]] = []  # (x, estimated gap before it) of each run after the first
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
        if runs and not after_marker:
            gaps.append((fragment.x, _gap(runs[-1], fragment, glyph_em)))
        runs.append(fragment)
        previous, after_marker = fragment, False
    text = text.strip()
    markers = [(number, min(offset, len(text))) for number, offset in markers]
    cell_starts = _cell_starts(gaps, size)
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


def _gap(previous: Fragment, fragment: Fragment, glyph_em: float) -> float:
    estimated_end = previous.x + glyph_em * previous.size * len(previous.text.strip())
    return fragment.x - estimated_end


def _cell_starts(gaps: list[tuple[float, float]], size: float) -> list[float]:
    """Runs that start well past the previous run's estimated end. On a line of several runs, a gap counts only
    when it is also far wider than the line's narrowest one: justified text stretches all its spaces alike (only
    the estimate of each word's width differs), while a table row's cell gap stands out of its label's spaces."""
    narrowest = min(gap for _, gap in gaps) if len(gaps) >= MIN_GAPS_FOR_USUAL else None
    return [
        x for x, gap in gaps
        if gap > CELL_GAP_EM * size and (narrowest is None or gap > CELL_OVER_USUAL * max(narrowest, 0.3 * size))
    ]  # fmt: skip


def _drawn_together(previous: Fragment | None, fragment: Fragment) -> bool:
    """pypdf already put a space between consecutive runs of one output line where one belongs."""
    return previous is not None and fragment.run == previous.run and fragment.seq == previous.seq + 1
