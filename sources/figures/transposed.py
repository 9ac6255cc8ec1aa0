"""A table printed as lines with the contestants as its columns: a header line naming them, then a line per figure
("Голоса 4 632 211 801 044 702 318 568 930", "% 58,70 10,15 8,90 7,21", "Мандаты 95 16 14 12").

With the runs of spaces collapsed, the votes line is one run of digit groups that the text layer reads as one
number: where its cells begin is not written. The arithmetic tells: of the ways to cut the run into one count per
contestant (a group of one to three digits, then groups of three: any cut between groups), the one whose counts are
in proportion to the shares line is the reading; when no cut, or more than one, closes, the table stays unread. Each
column becomes a `Row` of the contestant, so that the block is typed as any other (`columns.type_block`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from sources.figures.mentions import Mention, MentionFinder
from sources.figures.table_rows import CELL_KINDS, LABEL_RE, Row, joined_groups
from sources.figures.text_layer import figures, read_numbers
from sources.text import Number

GROUPS_RE = re.compile(r"\d{1,3}(?:\s\d{3})+")
MOST_CUTS = 400  # ways of cutting one run tried at most (a run of 13 groups into 5 counts: 495)
LINES = 4  # figure lines under a header at most


def _cells(line: str, language: str) -> list[Number]:
    start = m.end() if (m := LABEL_RE.match(line)) else 0
    numbers = [n for n in read_numbers(line, language) if n.start >= start and n.measure is None]
    return [n for n in joined_groups(line, numbers) if n.kind in CELL_KINDS]


def _cuts(number: Number, parts: int) -> Iterator[list[Number]]:
    """Every way to read one run of digit groups ("4 632 211 801 044") as `parts` counts, in order."""
    groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", number.text)]
    if not GROUPS_RE.fullmatch(number.text) or len(groups) < parts:
        return
    for cut in itertools.islice(itertools.combinations(range(1, len(groups)), parts - 1), MOST_CUTS):
        bounds = [0, *cut, len(groups)]
        pieces = [(groups[a][0], groups[b - 1][1]) for a, b in itertools.pairwise(bounds)]
        yield [replace(number, kind="count", value=float(re.sub(r"\s", "", number.text[s:e])),
                       start=number.start + s, end=number.start + e, text=number.text[s:e]) for s, e in pieces]


def column_blocks(lines: list[str], language: str, finder: MentionFinder) -> Iterator[list[list[Row]]]:
    """For each header line of contestants with figure lines under it, the readings of its columns as rows: one list
    of rows per way of cutting its merged runs (one, when nothing was merged)."""
    for i, line in enumerate(lines):
        named = _header_names(line, finder)
        if len({m.contestant.name if m.contestant else m.text for m in named}) < 2 or figures(line, language):
            continue
        body: list[tuple[str, list[Number]]] = []
        for below in lines[i + 1: i + 1 + LINES]:
            cells = _cells(below, language)
            if not cells or any(m.kind == "contestant" for m in finder.find(below)):
                break
            body.append((below, cells))
        if not body:
            continue
        text = "\n".join([line, *(b for b, _ in body)])
        options: list[list[list[Number]]] = []
        for _, cells in body:
            if len(cells) == len(named):
                options.append([cells])
            elif len(cells) == 1:
                options.append(list(_cuts(cells[0], len(named))))
            else:
                options.append([])
        if any(not o for o in options) or len(list(itertools.product(*options))) > MOST_CUTS:
            continue
        yield [[Row(text, i, m, tuple(col[k] for col in choice)) for k, m in enumerate(named)]
               for choice in itertools.product(*options)]


def _header_names(line: str, finder: MentionFinder) -> list[Mention]:
    """The contestants a header line names, in order; a registry name the finder takes only before a figure ("Amanat"
    before «Ауыл») is looked up in each gap between the others."""
    named = [m for m in finder.find(line) if m.kind == "contestant"]
    if not named:
        return []
    out: list[Mention] = []
    start = 0
    for m in [*named, None]:
        end = m.start if m is not None else len(line)
        gap = line[start:end]
        if re.search(r"[^\W\d_]", gap):
            word = gap.strip()
            if (known := finder.book.spelled(word)) is not None:
                at = start + gap.index(word)
                out.append(Mention("contestant", at, at + len(word), word, name=known.name, contestant=known))
        if m is not None:
            out.append(m)
            start = m.end
    return out
