"""An infobox copied with its cell borders kept, its contestants in columns:

    Партия | Аманат | Ауыл | Respublica |
    Мест получено | 62 (▼ 14) | 8 (▲ 8) | 6 (▲ 6) |
    Голосов | 3 431 510 (53,90 %) | 693 938 (10,90 %) | 547 154 (8,59 %) |
    Изменение | ▼17,19 % | ▲5,61 % | ▲8,59 % |

A subjects row (its label from the lexicon's `infobox.subjects`) names one contestant a cell; the measure rows below it
(`infobox.measures`) give each column's figure, the first number of a cell its value and a bracketed share after a
count its share ("3 431 510 (53,90 %)"); a bracketed change after seats ("62 (▼ 14)") is none. Rows with other
labels (changes, the last election) are left out. Each block becomes a `Table` that `sources.cec.tables.read_table`
binds like any results table.
"""

from __future__ import annotations

import re

from sources.cec.infobox import _label
from sources.html_text import Table
from sources.lexicon import Lexicon

REACH = 8  # measure rows this many lines below their subjects row at most
COUNT = r"\d{1,3}(?:[\u00a0 ,]\d{3})+|\d+"
# a value ends where its cell or its bracket begins: "900,1l8 (12.00%)" is a garbled number, not 900
CELL_RE = re.compile(rf"^\s*(?P<value>{COUNT}|\d+[.,]\d+\s*%?)(?![\w.,])\s*(?:\((?P<share>\d+[.,]\d+)\s*%\))?")


def _cells(line: str) -> list[str] | None:
    if line.count("|") < 2:
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


def piped_infoboxes(paragraphs: list[str], lexicon: Lexicon) -> tuple[list[str], list[Table]]:
    """The paragraphs that are no piped infobox block, and the tables the blocks form."""
    subjects = [w for kind in ("party", "person") for w in lexicon.section(f"infobox.subjects.{kind}")]
    measures = {m: lexicon.section(f"infobox.measures.{m}") for m in ("votes", "share", "seats")}
    if not subjects:
        return paragraphs, []
    rest: list[str] = []
    tables: list[Table] = []
    used: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        cells = _cells(paragraph)
        if not cells or not (_label(cells[0], subjects) and len(cells[0].split()) <= 2) or re.search(r"\d", paragraph):
            continue
        names = [c for c in cells[1:] if c]
        if len(names) < 2:
            continue
        rows: dict[str, list[str]] = {}
        for j in range(i + 1, min(len(paragraphs), i + 1 + REACH)):
            row = _cells(paragraphs[j])
            if not row:
                break
            if _label(row[0], subjects):
                break  # the next block
            measure = next((m for m, words in measures.items() if _label(row[0], words) == row[0] or (
                _label(row[0], words) and len(row[0].split()) <= 2)), None)
            if measure is None or measure in rows:
                continue
            rows[measure] = row[1: 1 + len(names)]
            used.add(j)
        if "votes" not in rows and "seats" not in rows:
            continue
        used.add(i)
        table = _table(names, rows)
        if table is not None:
            tables.append(table)
    rest = [p for k, p in enumerate(paragraphs) if k not in used]
    return rest, tables


def _table(names: list[str], rows: dict[str, list[str]]) -> Table | None:
    header = ["Party", "Votes", "%", "Seats"]
    body = []
    for k, name in enumerate(names):
        votes = share = seats = ""
        if "votes" in rows and k < len(rows["votes"]) and (m := CELL_RE.match(rows["votes"][k])):
            votes, share = m.group("value"), m.group("share") or ""
        if "share" in rows and k < len(rows["share"]) and (m := CELL_RE.match(rows["share"][k])):
            share = share or m.group("value").replace("%", "").strip()
        if "seats" in rows and k < len(rows["seats"]) and (m := CELL_RE.match(rows["seats"][k])):
            seats = m.group("value")
        # a cell with digits that is no figure ("900,1l8 (12.00%)") stays as written: read_table records it unread
        votes, share, seats = (_garbled(rows, measure, k) or value for measure, value in
                               (("votes", votes), ("share", share), ("seats", seats)))
        body.append([name, votes, f"{share}%" if share and CELL_RE.match(share) else share, seats])
    return Table([header, *body], header_rows=1) if body else None


def _garbled(rows: dict[str, list[str]], measure: str, k: int) -> str | None:
    """The measure's cell of column `k` as written when it holds digits but no figure, else None."""
    cell = rows[measure][k] if measure in rows and k < len(rows[measure]) else ""
    return cell if re.search(r"\d", cell) and not CELL_RE.match(cell) else None
