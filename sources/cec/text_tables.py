"""Tables a wire prints as plain lines: a header line naming the measures, then one line a row.

    PARTY PERCENTAGE OF VOTE SEATS IN PARLIAMENT
    1) Tulpar 60.10 70
    2) Shugyla
    Party 9.90 n/a

The header has no digit and names at least two measures (a share, a count, seats) in order; every row ends in as
many cells (a number, or "n/a" / "—" for none), after its label; a label broken over two lines is joined, a rule of
dashes is skipped, a short row may fill its first columns only ("Invalid votes 78,103"). The lines become a `Table`
that `sources.cec.tables.read_table` binds like an HTML table, so each figure takes its column's measure and its row's
subject. Anything else ends the table. A copy that keeps the borders as separators ("Партия | Голосов | %", tabs)
is split at them instead, the header's cells naming the columns.
"""

from __future__ import annotations

import itertools
import re

from sources.cec.json_lines import json_line
from sources.cec.separated import separated
from sources.cec.tables import COUNT_HEADER_RE, PERCENT_HEADER_RE, SEATS_HEADER_RE
from sources.html_text import Table

NO_VALUE = r"n/a|—|–|-"
# a cell: digit groups of three after a space ("3 120 455") or a comma ("5,236,900"), a decimal, or no value;
# "3 120 455 61,20" is two cells
CELL = rf"(?:\d{{1,3}}(?:[\u00a0 ]\d{{3}})+(?![.,]\d)|\d{{1,3}}(?:,\d{{3}})+(?![.,]\d)|\d+(?:[.,]\d+)?\s*%?|{NO_VALUE})"
ROW_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s+")
RULE_RE = re.compile(r"^\s*[-–—=_*]{5,}\s*$")


def _measure_starts(header: str) -> list[int]:
    """Where each measure's column header begins, in order (a share, a count and seats, one each)."""
    starts = []
    for rx in (PERCENT_HEADER_RE, COUNT_HEADER_RE, SEATS_HEADER_RE):
        if (m := rx.search(header)) is not None:
            starts.append(m.start())
    starts = sorted(set(starts))
    # "PERCENTAGE OF VOTES": a measure word right after "of" qualifies the column header before it
    return [s for i, s in enumerate(starts)
            if i == 0 or not re.search(r"\b(?:of|of the|из|от)\s*$", header[starts[i - 1]: s], re.I)]


# a last column of changes against the previous vote ("Seats +/–", "±", "change"): its cells ("–15", "+8", "New") are
# no figure of this vote, and the column is dropped from the header and from every row
CHANGE_HEADER_RE = re.compile(r"\s+(?:\+/[-–−]|±|[-–−]/\+|change|изменение|өзгеріс)\s*$", re.I)
CHANGE_CELL_RE = re.compile(r"\s+(?:[+–−-]\s?\d+(?:[.,]\d+)?|0|new|новая|жаңа|[–—-])\s*$", re.I)


def _header(line: str) -> list[str] | None:
    if re.search(r"\d", line) or len(line) > 120:
        return None
    line = CHANGE_HEADER_RE.sub("", line)
    starts = _measure_starts(line)
    if len(starts) < 2 or not line[: starts[0]].strip():
        return None  # a label column's header first ("PARTY"), then two measures at least
    bounds = [0, *starts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds)]


def _row(line: str, cells: int) -> list[str] | None:
    m = re.fullmatch(rf"(?P<label>.*?[^\W\d].*?)((?:\s+{CELL}){{{cells}}})\s*", line)
    if m is None:
        return None
    values = re.findall(rf"\s+({CELL})(?=\s|$)", m.group(2))
    if len(values) != cells:
        return None
    label = ROW_NUMBER_RE.sub("", m.group("label")).strip()
    return [label, *[v.strip() for v in values]]


def _short_row(line: str, cells: int) -> list[str] | None:
    """"Invalid/blank votes 78,103" under "Choice Votes %": a row that fills its first columns only (a count with
    no share); the cells it lacks stay empty."""
    if len(line) > 60:
        return None
    for k in range(cells - 1, 0, -1):
        if (row := _row(line, k)) is not None and not re.search(r"\d", row[0]):
            return row + [""] * (cells - k)
    return None


def text_tables(paragraphs: list[str]) -> tuple[list[str], list[Table]]:
    """The paragraphs that are no plain-text table, and the tables the others form."""
    rest: list[str] = []
    tables: list[Table] = []
    i = 0
    while i < len(paragraphs):
        if (found := separated(paragraphs, i)) is not None:
            tables.append(found[0])
            i = found[1]
            continue
        if (quoted := json_line(paragraphs[i])) is not None:  # an API's object quoted as a JSON line
            tables.append(quoted)
            i += 1
            continue
        header = _header(paragraphs[i])
        if header is None:
            rest.append(paragraphs[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        width = len(header) - 1
        changes = bool(CHANGE_HEADER_RE.search(paragraphs[i]))
        while j < len(paragraphs):
            line = CHANGE_CELL_RE.sub("", paragraphs[j]) if changes else paragraphs[j]
            if RULE_RE.match(line):
                j += 1
                continue
            row = _row(line, width) or _short_row(line, width)
            if row is None and j + 1 < len(paragraphs) and ROW_NUMBER_RE.match(line) and not re.search(
                    r"\d", ROW_NUMBER_RE.sub("", line)):
                row = _row(f"{line} {paragraphs[j + 1]}", width)  # a label broken over two lines
                if row is not None:
                    j += 1
            if row is None:
                break
            rows.append(row)
            j += 1
        if len(rows) < 2:
            rest.append(paragraphs[i])
            i += 1
            continue
        tables.append(Table([header, *rows], header_rows=1))
        i = j
    return rest, tables


# "Акмолинская область (361 880): Amanat 201 455 — 55,67; «Ауыл» 40 112 — 11,08": a row of a regions × contestants
# table printed as a line: the area, a base in brackets, then each contestant's votes and share
_COUNT = r"\d{1,3}(?:[\u00a0 ]\d{3})+|\d{1,3}(?:,\d{3})+|\d+"
AREA_LINE_RE = re.compile(rf"^(?P<area>[^():;\d]+?)\s*\((?P<base>{_COUNT})\)\s*:\s*(?P<items>.+?)\.?$")
AREA_ITEM_RE = re.compile(
    rf"^(?P<name>[^\d;]+?)\s+(?P<votes>{_COUNT})\s*[—–-]\s*(?P<share>\d{{1,2}}[.,]\d{{1,2}})\s*%?$")
SHARE_FIT = 0.06  # percentage points: each share must be its votes over the bracketed base, to rounding


def _area_line(line: str) -> tuple[str, str, list[tuple[str, str, str]]] | None:
    m = AREA_LINE_RE.match(line.strip())
    if m is None:
        return None
    items = [AREA_ITEM_RE.match(item.strip()) for item in m.group("items").split(";")]
    if len(items) < 2 or any(i is None for i in items):
        return None
    base = float(re.sub(r"[\u00a0 ,]", "", m.group("base")))
    parsed = [(i.group("name").strip(), i.group("votes"), i.group("share")) for i in items if i is not None]
    for _name, votes, share in parsed:  # the line's own arithmetic: share = votes / base
        if base <= 0 or abs(float(re.sub(r"[\u00a0 ,]", "", votes)) / base * 100 - float(share.replace(",", "."))) \
                > SHARE_FIT:
            return None
    return m.group("area").strip(), m.group("base"), parsed


def area_lines(paragraphs: list[str]) -> tuple[list[str], list[Table]]:
    """Runs of two or more area lines naming the same contestants in the same order become one table: the area a
    row, each contestant a votes and a share column; the bracketed base a column with no header, so it is recorded
    unread (the line does not say what it counts, only that the shares are of it)."""
    rest: list[str] = []
    tables: list[Table] = []
    i = 0
    while i < len(paragraphs):
        first = _area_line(paragraphs[i])
        run = [first] if first else []
        j = i + 1
        while first and j < len(paragraphs) and (nxt := _area_line(paragraphs[j])) is not None and [
                n for n, _, _ in nxt[2]] == [n for n, _, _ in first[2]]:
            run.append(nxt)
            j += 1
        if first is None or len(run) < 2:
            rest.append(paragraphs[i])
            i += 1
            continue
        names = [n for n, _, _ in first[2]]
        header = ["", "", *itertools.chain.from_iterable((n, n) for n in names)]
        sub = ["", "", *itertools.chain.from_iterable(("votes", "%") for _ in names)]
        rows = [[area, base, *itertools.chain.from_iterable((v, s) for _, v, s in items)] for area, base, items in run]
        tables.append(Table([header, sub, *rows], header_rows=2))
        i = j
    return rest, tables
