"""Tables of findings printed as text rows with '|' between the cells: "Вид обращения | Поступило | Доводы
подтвердились", then "Незаконная агитация | 14 | 3", ..., "Всего | 41 | 6".

A table is read only when its words say what it counts: each number column's header names a measure (a measure noun,
"upheld" = violations, lexicon/tables.yaml), or says what came in ("Поступило", "Received") under a title that names
the measure ("Сведения о жалобах ..."). Each row's first cell names its kind (findings.yaml; a row of the rest is
'other', a total row 'mixed', a kind not in the lexicon 'other'). The reporter is the one the title names
("... поступивших в ЦИК"), else the publisher. Zero counts say nothing was found and give no row. The evidence is the
row itself, which holds its figure. A column of per cents whose caption says they are of observations, and rows
that rate the caption's process ("Bad or very bad"), are read by table_shares.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.claims.kinds import categories, category_of
from sources.claims.lexicon import compile_forms, load
from sources.claims.quantities import parse_number
from sources.claims.reporters import REPORTER_PATTERNS, default_reporter, find_reporters
from sources.claims.table_shares import POSITIVE, rated_row, share_column
from sources.claims.vocabulary import MEASURE_PATTERNS
from sources.records import ClaimContext, Evidence, InfractionClaim, Unread

_WORDS = load("tables")
_RECEIVED_RE, _UPHELD_RE, _TOTAL_RE, _OTHER_RE = (
    compile_forms(_WORDS[key], prefix=r"^\s*") for key in ("received", "upheld", "total", "other")
)
SHARE = "share_of_observations_pct"  # a column of per cents of observations (table_shares.py)
_NUMBER_CELL_RE = re.compile(r"^\s*\d[\d  ,.]*\s*$")


def table_row(line: str) -> bool:
    """A text line that is a table row: at least two cells between '|' separators -- not a labelled line of prose."""
    return "|" in line and sum(1 for cell in line.split("|") if cell.strip()) >= 2 and not labelled_prose(line)


LABEL_WORDS = 3  # a ticker's clock time, a date or a short tag before its bar
PROSE_WORDS = 6


def labelled_prose(line: str) -> bool:
    """A line of prose after a short label and one bar, a news ticker's entry ("20:15 | Атырау. Екі бақылаушы ...
    жеткізілді."): a sentence, not a row of cells."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) != 2:
        return False
    label, prose = cells
    return (
        0 < len(label.split()) <= LABEL_WORDS
        and len(prose.split()) >= PROSE_WORDS
        and re.search(r"[.!?…][»\"”)]*$", prose) is not None
    )


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return cells


def _measure_named(text: str) -> str | None:
    found = [(p.search(text), measure) for measure, p in MEASURE_PATTERNS if measure != "cases"]
    found = [(m.start(), measure) for m, measure in found if m is not None]
    return min(found)[1] if found else None


def _column_measure(header: str, title_measure: str | None) -> str | None:
    if _UPHELD_RE.search(header):
        return "violations"
    return _measure_named(header) or (title_measure if _RECEIVED_RE.search(header) else None)


def _title_reporter(title: str, context: ClaimContext) -> str:
    # the source named nearest the table: a caption ("Complaints received by the CEC") after the paragraph it
    # follows in a PDF, whose sentences name others ("The mission was given ...")
    mentions = [m for m in find_reporters(title) if m.reporter]
    if mentions:
        return mentions[-1].reporter
    named = [(m.start(), name) for name, p in REPORTER_PATTERNS if name for m in p.finditer(title)]
    return max(named)[1] if named else default_reporter(context.publisher)


def _row_category(label: str) -> str:
    if _TOTAL_RE.fullmatch(label) or (_TOTAL_RE.match(label) and len(label.split()) <= 2):
        return "mixed"
    if _OTHER_RE.match(label):
        return "other"
    kind = category_of(label, categories(label, 0, len(label)))
    return kind if kind is not None else "other"


def table_claims(rows: Sequence[str], title: str, context: ClaimContext, page: int | None,
                 unread: list[Unread] | None = None) -> list[InfractionClaim]:
    """The counts of a table of findings (rules in the module docstring); a row or cell of a table that says what it
    counts and that cannot be read (a cell missing, "1O") is added to `unread`."""
    unread = [] if unread is None else unread
    cells = [_cells(r) for r in rows if table_row(r)]
    header_at = next((i for i, c in enumerate(cells) if not any(_NUMBER_CELL_RE.match(x) for x in c[1:])), None)
    if header_at is None:
        return []
    header = cells[header_at]
    title_measure = _measure_named(title)
    measures = [None, *(SHARE if share_column(h, title) else _column_measure(h, title_measure) for h in header[1:])]
    if not any(measures):
        return []
    reporter = _title_reporter(title, context)
    out = []
    for row, line in zip(cells[header_at + 1 :], [r for r in rows if table_row(r)][header_at + 1 :], strict=True):
        if len(row) != len(header) or not row[0] or _NUMBER_CELL_RE.match(row[0]):
            if any(_NUMBER_CELL_RE.match(c) for c in row):
                why = (f"a row of {len(row)} cells in a table of {len(header)}" if len(row) != len(header)
                       else "no kind in the row's first cell")
                unread.append(Unread(line.strip(), why, None, page))
            continue
        rating = rated_row(row[0], title)  # "Bad or very bad" under "Counting – overall assessment" (table_shares.py)
        if rating == POSITIVE:
            continue
        category = rating or _row_category(row[0])
        for cell, measure, column in zip(row[1:], measures[1:], header[1:], strict=True):
            value = parse_number(cell) if _NUMBER_CELL_RE.match(cell) else None
            if measure is not None and value is None and re.search(r"\d", cell):
                unread.append(Unread(line.strip(), f"cell {cell!r} under {column!r}: no number as written", cell, page))
            if measure is None or not value:
                continue
            out.append(
                InfractionClaim(
                    evidence=Evidence(context.document_id, line.strip(), page),
                    category=category,  # type: ignore[arg-type]
                    measure=measure,  # type: ignore[arg-type]
                    value=value,
                    qualifier="exact",
                    reported_by=reporter,
                )
            )
    return out
