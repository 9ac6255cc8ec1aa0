"""Tables a copy prints with the cells' borders kept as separators: "Партия | Голосов | %", tabs, or the
semicolons of an open-data export ("№;Регион;Включено в списки;…").

The first line (no digit) heads the columns. Header lines may follow it: hours or rules under a merged cell
("| | Получили бюллетени, % | | |" over "| Область | 10:00 | 12:00 |"), or the measures a merged cell spans
("Party | Votes | Seats" over "| number | % |", the label cell left empty). Rules of dashes ("-----+-----") are
skipped anywhere; a row whose last cell is empty ("Invalid ballots | 146,946 | 1.86 |") keeps it. The lines become
a `Table` that `sources.cec.tables.read_table` binds like an HTML table.
"""

from __future__ import annotations

import re

from sources.html_text import Table

NO_VALUE = r"n/a|—|–|-"
CELL = rf"(?:\d{{1,3}}(?:[\u00a0 ]\d{{3}})+(?![.,]\d)|\d{{1,3}}(?:,\d{{3}})+(?![.,]\d)|\d+(?:[.,]\d+)?\s*%?|{NO_VALUE})"
SEPARATOR_RE = re.compile(r"\s*[|\t]\s*")
SEMICOLON_RE = re.compile(r"\s*;\s*")
SEMICOLON_CELLS = 4  # an export's header has at least this many cells ("№;Регион;Включено в списки;Явка, %")
TABLE_RULE_RE = re.compile(r"^\s*[-–—=_+|:\s]*[-–—=_]{5,}[-–—=_+|:\s]*$")
# a cell of a header line under the first: an hour, a rule
# (an hour written with a dot only at HH.00 / HH.10, the bulletins' hours: "12.45" in a row is a share)
HEADER_CELL_RE = re.compile(r"(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]?\d|2[0-3])\.[01]0|[-–—=:]*)")


def cells(line: str, separator: re.Pattern[str] = SEPARATOR_RE) -> list[str] | None:
    """A line's cells when it is written with separators, else None; a border at either end opens no cell."""
    stripped = line.strip()
    if not separator.search(stripped):
        return None
    if separator is SEPARATOR_RE:
        stripped = stripped.strip("|")
    return [c.strip() for c in separator.split(stripped)]


def _edged_cells(line: str) -> list[str]:
    """The cells of a header line whose borders stand for empty cells ("| number | % |": label empty, last empty)."""
    return [c.strip() for c in SEPARATOR_RE.split(line.strip())]


def _separator(line: str) -> re.Pattern[str] | None:
    if SEPARATOR_RE.search(line.strip()):
        return SEPARATOR_RE
    if len(SEMICOLON_RE.split(line.strip())) >= SEMICOLON_CELLS:
        return SEMICOLON_RE
    return None


def _spread(first: list[str], sub: list[str]) -> list[str] | None:
    """"Party | Votes | Seats" over "| number | % |": the first line's cells spread over the sub-header's columns, a
    run of named sub-cells under one cell, an empty sub-cell under a cell of its own; None when they do not fit."""
    groups: list[list[int]] = [[0]]
    for k in range(1, len(sub)):
        if sub[k] and groups[-1] != [0] and sub[groups[-1][-1]]:
            groups[-1].append(k)
        else:
            groups.append([k])
    if len(groups) != len(first):
        return None
    out = [""] * len(sub)
    for cell, group in zip(first, groups, strict=True):
        for k in group:
            out[k] = cell
    return out


def separated(paragraphs: list[str], i: int, numeric_cell: str = CELL) -> tuple[Table, int] | None:
    """The separated table whose header line is paragraph `i`, and the index after it; None when there is none."""
    separator = _separator(paragraphs[i])
    header = cells(paragraphs[i], separator) if separator is not None else None
    if separator is None or header is None or len(header) < 3 or not _header_digits(header):
        return None
    head: list[list[str]] = [header]
    j = i + 1
    width = len(header)
    while j < len(paragraphs) and TABLE_RULE_RE.match(paragraphs[j]):
        j += 1
    if j + 1 < len(paragraphs) and separator is SEPARATOR_RE and paragraphs[j].lstrip().startswith("|") \
            and not re.search(r"\d", paragraphs[j]):
        sub = _edged_cells(paragraphs[j])
        below = next((cells(p) for p in paragraphs[j + 1:] if not TABLE_RULE_RE.match(p)), None)
        if below is not None and len(sub) == len(below) and (spread := _spread(header, sub)) is not None:
            head, width, j = [spread, sub], len(sub), j + 1
    rows: list[list[str]] = []
    while j < len(paragraphs):
        line = paragraphs[j]
        if TABLE_RULE_RE.match(line):
            j += 1
            continue
        row = cells(line, separator)
        if row is None and j + 2 < len(paragraphs) and not re.search(r"\d", line) and re.fullmatch(
                r"\s*\|\s*", paragraphs[j + 1]) and (rest := cells(paragraphs[j + 2], separator)) is not None \
                and len(rest) == width - 1:
            # "Agrarian and Industrial Union of Workers Block" / "|" / "7.1 | 11 | |": a label broken off its row
            row, j = [line.strip(), *rest], j + 2
        if row is not None and len(row) == width - 1 and line.rstrip().endswith("|"):
            row.append("")  # "Invalid ballots | 146,946 | 1.86 |": the last cell empty
        if row is None or len(row) != width:
            break
        rows.append(row)
        j += 1
    # header lines under the first ("| Область | 10:00 | 12:00 |") are no data rows
    lead = next((k for k in range(len(rows)) if not all(HEADER_CELL_RE.fullmatch(c) for c in rows[k][1:])),
                len(rows))
    # the header names two measures ("Партия | Голосов | %"), or every row is one label among numbers (a row
    # number, empty cells): the binder reads the columns' indicators
    numeric = all(sum(1 for c in row if c and c != "." and not re.fullmatch(numeric_cell, c) and not _garbled(c)
                      and not SIGNED_CELL_RE.fullmatch(c)) <= 1 for row in rows[lead:])
    if not numeric and not _names_measures(header):
        return None
    if len(rows) - lead < 2:
        return None
    return _merged_header([*head, *rows], len(head) + lead), j


# a change against another vote ("+4,23", "−0,5", "-12"): a number of the table, which the binder leaves unread
SIGNED_CELL_RE = re.compile(r"[+−–-]\s?\d+(?:[.,]\d+)?\s*%?")
# a header cell's digits that name a vote's year: "2023, %", "2026 г.", "2019 жыл", "(2023)"
YEAR_CELL_RE = re.compile(r"[^\d]*(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)[^\d]*")


def _header_digits(header: list[str]) -> bool:
    """A header line has no digit, but for years naming the votes its columns compare ("Регион | 2023, % | 2026, %"):
    the label cell first has none, and every other cell with a digit is one year with words."""
    if re.search(r"\d", header[0]):
        return False
    return all(not re.search(r"\d", c) or YEAR_CELL_RE.fullmatch(c) for c in header[1:])


def _garbled(cell: str) -> bool:
    """A number with a letter or two typed into it ("1б,9", "9OO 118"): a figure's cell nobody can read, which the
    binder records unread, not a second label that would make the row no table row."""
    digits, letters = len(re.findall(r"\d", cell)), len(re.findall(r"[^\W\d_]", cell))
    return digits >= 2 and 1 <= letters <= digits // 2


def _names_measures(header: list[str]) -> bool:
    from sources.cec.tables import measures_named

    return measures_named(" ".join(header)) >= 2


def _merged_header(rows: list[list[str]], count: int) -> Table:
    """The first `count` rows are the header (rules dropped); an empty cell of a header line above another repeats
    the cell on its left (a merged cell spanning the columns below it, as an HTML table's colspan is read)."""
    header = [list(row) for row in rows[:count] if not all(re.fullmatch(r"[-–—=:]*", c) for c in row)]
    for row in header[:-1]:
        for k in range(2, len(row)):
            if not row[k] and row[k - 1]:
                row[k] = row[k - 1]
    return Table([*header, *rows[count:]], header_rows=len(header))
