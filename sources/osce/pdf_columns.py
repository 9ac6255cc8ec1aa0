"""Pages set in two columns: where the right column starts, and the reading order of a page's lines.

A PDF draws both columns' lines on shared baselines, so grouping runs by baseline alone reads across the gutter
("... the count was bad in Observers were told that ..."). A document is in two columns when several body-size baselines
have a run starting at one x position near the middle of the page with prose on both sides of it (a results
table's value column has a few figures on its right, not words) and no baseline of those pages has a run that
starts just left of it or runs across it (single-column text drawn word by word has words everywhere). The
column's edge may lie a little left of where most of its lines start (paragraph numbers and headings hang out
of an indented text). Then a run belongs to the right column when it starts at or right of that edge within the
columns' height; lines are read: what is above the columns (running header, a full-width heading), the left
column, the right column, then the small type below them (footnotes, footers).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

GUTTER_TOLERANCE = 2.0  # points: right-column lines start this close to one x
MIN_COLUMN_BASELINES = 3  # a right column has at least this many lines in the document
MIN_PROSE_WORDS = 3  # the median line on each side of the gutter has this many words
SMALL_TYPE_RATIO = 0.92  # footnotes and footers are set smaller than body text
MIDDLE = (0.3, 0.7)  # share of the page width where a right column may start
GUTTER_BAND_EM = 1.2  # no run starts this close left of the right column ...
MIN_GUTTER_EM = 0.5  # ... nor runs up to less than this from it (a gutter is wider than a space)
MAX_CROSSED_SHARE = 0.05  # of the baselines of the pages with a right column
MIN_ALIGNED_SHARE = 0.7  # of the baselines with text right of the gutter, on the pages with a right column
MAX_CANDIDATES = 40  # x positions tried as the right column's start, most frequent first
HANG_EM = 3.0  # a right column's numbers and headings start at most this far left of its text


class _Run(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def size(self) -> float: ...


_Rows = tuple[list[list[_Run]], float, float]  # a page's body rows, its body size and its glyph width in ems


@dataclass(frozen=True)
class Columns:
    """A page's two columns: the right column's left edge and the baselines it spans."""

    gutter: float
    top: float  # highest and lowest right-column baseline
    bottom: float
    size: float  # the page's body type size

    def column(self, run: _Run) -> int:
        """0 for the left column (and everything outside the columns), 1 for the right column."""
        inside = self.bottom - 0.5 * self.size <= run.y <= self.top + 0.5 * self.size
        return 1 if inside and run.x >= self.gutter - GUTTER_TOLERANCE else 0

    def reading_key(self, x: float, y: float, size: float, column: int) -> tuple[int, int, float, float]:
        """Above the columns, then the left column, the right column, then small type below them."""
        if y > self.top + 0.5 * self.size:
            band = 0
        elif size < self.size * SMALL_TYPE_RATIO and y < self.bottom:
            band = 2
        else:
            band = 1
        return band, column if band == 1 else 0, -y, x


def find_gutter(pages: Sequence[tuple[Sequence[_Run], float, float]]) -> tuple[float, float] | None:
    """Where the right column starts in a document set in two columns (pages as runs, page width and the page's
    glyph width in ems): its edge and where most of its lines start, or None.

    Many body-size baselines have a run starting at one x near the middle of the page, with prose on both sides
    of it (a results table's value column has figures on its right, not words), and on the pages that have them
    no baseline has a run starting just left of that x or running across it: the gutter is empty.
    """
    starts: Counter[int] = Counter()
    rows_by_page: list[_Rows] = []
    for runs, width, glyph_em in pages:
        rows, size = _body_rows(runs)
        rows_by_page.append((rows, size, glyph_em))
        for row in rows:  # a run with empty space before it (the previous word ends well left of it)
            middle = [run for run in row if MIDDLE[0] * width <= run.x <= MIDDLE[1] * width]
            starts.update({round(run.x) for run in middle if not _crosses(row, run.x, size, glyph_em)})
    sizes = [size for _, size, _ in rows_by_page if size]
    hang = HANG_EM * (statistics.median(sizes) if sizes else 10.0)
    for gutter in _candidates(starts)[:MAX_CANDIDATES]:
        if _column_text_at(gutter, rows_by_page):
            for edge in sorted(x for x in starts if gutter - hang <= x <= gutter):  # the leftmost empty gutter
                if _crossed_share(rows_by_page, float(edge), gutter) <= MAX_CROSSED_SHARE:
                    return float(edge), gutter
    return None


def _column_text_at(gutter: float, rows_by_page: list[_Rows]) -> bool:
    """Whether the lines starting at `gutter` are a column of prose beside another one."""
    at_gutter = [row for rows, _, _ in rows_by_page for row in rows if _starts_at(row, gutter)]
    if len(at_gutter) < MIN_COLUMN_BASELINES:
        return False
    right = [_words(run for run in row if run.x >= gutter - GUTTER_TOLERANCE) for row in at_gutter]
    # the left column's baselines need not be the right one's (paragraph gaps differ): all rows of those pages
    paged = [row for rows, _, _ in rows_by_page if any(_starts_at(row, gutter) for row in rows) for row in rows]
    left = [n for n in (_words(run for run in row if run.x < gutter - HANG_EM * run.size) for row in paged) if n]
    if statistics.median(right) < MIN_PROSE_WORDS or not left or statistics.median(left) < MIN_PROSE_WORDS:
        return False
    # every line of a right column starts at its edge: in single-column text a word starts there only by chance
    beyond = [row for row in paged if any(run.x >= gutter - HANG_EM * run.size for run in row)]
    return len(at_gutter) >= MIN_ALIGNED_SHARE * len(beyond)


def _crossed_share(rows_by_page: list[_Rows], edge: float, text_start: float) -> float:
    """The share of the baselines of the pages with a right column that have no empty gutter left of `edge`."""
    crossed = total = 0
    for rows, size, glyph_em in rows_by_page:
        if any(_starts_at(row, text_start) for row in rows):
            total += len(rows)
            crossed += sum(_crosses(row, edge, size, glyph_em) for row in rows)
    return crossed / total if total else 1.0


def page_columns(runs: Sequence[_Run], gutter: tuple[float, float] | None) -> Columns | None:
    """The page's columns around the document's gutter (its edge, where its lines start), or None where the page
    has no right column."""
    if gutter is None:
        return None
    edge, text_start = gutter
    rows, size = _body_rows(runs)
    ys = [run.y for row in rows if _starts_at(row, edge) or _starts_at(row, text_start) for run in row]
    if not ys:
        return None
    return Columns(gutter=edge, top=max(ys), bottom=min(ys), size=size)


def _body_rows(runs: Sequence[_Run]) -> tuple[list[list[_Run]], float]:
    """The page's body-size runs by baseline, and the body size (the size most of its text is set in)."""
    weights: Counter[float] = Counter()
    for run in runs:
        weights[round(run.size, 1)] += len(run.text)
    if not weights:
        return [], 0.0
    size = weights.most_common(1)[0][0]
    rows: dict[float, list[_Run]] = defaultdict(list)
    for run in runs:
        if abs(run.size - size) <= 0.05 * size:
            rows[round(run.y * 2) / 2].append(run)
    return list(rows.values()), size


def _starts_at(row: Sequence[_Run], gutter: float) -> bool:
    return any(abs(run.x - gutter) <= GUTTER_TOLERANCE for run in row)


def _crosses(row: Sequence[_Run], gutter: float, size: float, glyph_em: float) -> bool:
    """A run starting just left of the gutter, or one whose glyphs (as wide as the page's measured glyph width)
    run up to it: no gutter on this baseline."""
    for run in row:
        if gutter - GUTTER_BAND_EM * size <= run.x < gutter - GUTTER_TOLERANCE:
            return True
        end = run.x + glyph_em * size * len(run.text.strip())
        if run.x < gutter - GUTTER_TOLERANCE and end > gutter - MIN_GUTTER_EM * size:
            return True
    return False


def _candidates(starts: Counter[int]) -> list[float]:
    """The x positions at which baselines have runs, most first (each with its neighbours within the tolerance)."""
    totals = {x: sum(n for other, n in starts.items() if abs(other - x) <= GUTTER_TOLERANCE) for x in starts}
    return [float(x) for x in sorted(totals, key=lambda x: (-totals[x], x)) if totals[x] >= MIN_COLUMN_BASELINES]


def _words(runs: object) -> int:
    return sum(len(run.text.split()) for run in runs)  # type: ignore[attr-defined]
