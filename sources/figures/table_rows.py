"""The units the reader by arithmetic works on: a page's lines, list items and table rows, each naming one subject
(a contestant or an indicator) and carrying its numbers as cells in position.

A plain-text table printed as lines reaches the page as one paragraph per row with its runs of spaces collapsed
("Amanat 4 632.2 58.70 95 65.52"): the cells are the text layer's numbers in order, a dash or an "x" standing for an
empty cell ("OSDP 276.5 3.50 – –"), so that the rows of one block still align by position. Numbers come from
`sources.text` only: a clock, a date, a year, a list ordinal or letter ("а)", "3.") is never a cell; a footnote mark
glued to a figure ("62.58²") is no digit of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from sources.datafiles import read_yaml
from sources.figures.mentions import Mention, MentionFinder
from sources.figures.text_layer import figures, read_numbers
from sources.lexicon import compile_phrases
from sources.text import Number

VOCABULARY = Path(__file__).parents[1] / "lexicon" / "by_arithmetic.yaml"
CELL_KINDS = {"count", "share", "decimal"}
# an empty cell: a dash, an "x" (not applicable), an ellipsis, standing alone between spaces
PLACEHOLDER_RE = re.compile(r"(?<!\S)(?:[–—-]{1,2}|[xх×]|…|\.\.\.|n/a)(?=\s|$)", re.I)
# a row's label: a few words before its first number (after dot leaders, a dash or a colon), opening with a letter or
# a quote
LABEL_RE = re.compile(r"^\s*(?:[-–—•·*]\s*)?(?P<label>[«\"“]?[^\W\d_][^\d:;.!?()|…]{0,58}?)"
                      r"[\s.…_]*[–—:|-]?[\s.…_]*(?=\d)")
GROUP_GAP = {" ", "\u00a0", "\u202f", "\u2009"}
FRACTION_RE = re.compile(r"[.,]\d{1,2}(?!\d)")  # "58.70", "801.0": no count of people is written so
PERCENT_RE = re.compile(r"%|процент|пайыз|per\s?cent|percentage", re.I)


@cache
def _vocabulary() -> dict[str, dict[str, list[str]]]:
    return read_yaml(VOCABULARY)  # type: ignore[no-any-return]


@cache
def words(section: str, language: str) -> re.Pattern[str] | None:
    """The section's words of the language (sources/lexicon/by_arithmetic.yaml), as one pattern."""
    return compile_phrases(list(_vocabulary()[section].get(language, [])))


def has(section: str, language: str, text: str) -> bool:
    pattern = words(section, language)
    return bool(pattern and pattern.search(text))


@dataclass(frozen=True)
class Row:
    """One unit: its text as written, its paragraph's index, its one subject and its cells (None: an empty cell)."""

    text: str
    index: int
    subject: Mention
    cells: tuple[Number | None, ...]
    labelled: bool = False  # named by its label as written, no reader knowing the name

    @property
    def name(self) -> str:
        return self.subject.contestant.name if self.subject.contestant else str(self.subject.name or self.subject.text)

    @property
    def contestant_type(self) -> str | None:
        return self.subject.contestant.contestant_type if self.subject.contestant else None

    def numbers(self) -> list[Number]:
        return [c for c in self.cells if c is not None]


def joined_groups(text: str, numbers: list[Number]) -> list[Number]:
    """"4 632.2", "12 610.4": digit groups before a decimal, which the text layer reads apart ("4", "632.2") since a
    space-grouped count with a decimal point is no running-text shape; in a table row they are one number."""
    out: list[Number] = []
    for n in numbers:
        last = out[-1] if out else None
        if (last is not None and last.kind == "count" and re.fullmatch(r"\d{1,3}(?:\s\d{3})*", last.text)
                and text[last.end: n.start] in GROUP_GAP and re.fullmatch(r"\d{3}(?:[.,]\d+)?", n.text)):
            value = float(re.sub(r"\s", "", last.text)) * 1000 + float(n.text.replace(",", "."))
            kind = "decimal" if re.search(r"[.,]", n.text) else "count"
            out[-1] = replace(last, kind=kind, value=value, end=n.end, text=text[last.start: n.end])
            continue
        out.append(n)
    return out


def cells_of(text: str, language: str, after: int) -> tuple[Number | None, ...]:
    """The row's cells right of its label (from `after`): its numbers and its empty-cell marks, in order."""
    numbers = [n for n in read_numbers(text, language) if n.start >= after and n.measure is None]
    numbers = [n for n in joined_groups(text, numbers) if n.kind in CELL_KINDS]  # never a date, clock, year, ordinal
    if not numbers:
        return ()
    first = numbers[0].start
    marks = [m for m in PLACEHOLDER_RE.finditer(text, first) if not any(n.start <= m.start() < n.end for n in numbers)]
    cells: list[tuple[int, Number | None]] = [(n.start, n) for n in numbers] + [(m.start(), None) for m in marks]
    return tuple(c for _, c in sorted(cells, key=lambda pair: pair[0]))


def row_of(text: str, index: int, language: str, finder: MentionFinder) -> Row | None:
    """The unit as a row: one contestant (or one indicator) named left of its cells, and no region; else None."""
    mentions = finder.find(text)
    contestants = {(m.contestant.name if m.contestant else m.name or m.text): m for m in mentions
                   if m.kind == "contestant"}
    indicators = {m.key: m for m in mentions if m.kind == "indicator" and m.key}
    if any(m.kind == "region" for m in mentions) or has("total_rows", language, text[:40]):
        return None
    if len(contestants) == 1 and not indicators:
        subject = next(iter(contestants.values()))
    elif len(indicators) == 1 and not contestants:
        subject = next(iter(indicators.values()))
    elif not contestants and not indicators and (label := LABEL_RE.match(text)):
        # a row labelled with a name no reader knows ("Baytaq 121.9 1.54 – –"): a contestant only inside a block
        # of known ones (`by_arithmetic`), named as written
        name = label.group("label").strip()
        subject = Mention("label", label.start("label"), label.start("label") + len(name), name,  # type: ignore[arg-type]
                          name=name)
    else:
        return None
    cells = cells_of(text, language, subject.end)
    if not any(c is not None for c in cells):
        return None
    if any(c is not None and c.start < subject.end for c in cells):
        return None
    return Row(text, index, subject, cells)


def thousands_above(paragraphs: list[str], index: int, language: str, reach: int = 12) -> bool:
    """A unit line stating thousands ("(thousand persons)", "тыс. человек") at the row or in the lines above it."""
    for paragraph in reversed(paragraphs[max(0, index - reach): index + 1]):
        # a line of the unit alone, no figure of its own ("11 миллион 954 мың 190" is a count in words)
        if len(paragraph) <= 80 and has("thousands", language, paragraph) and not figures(paragraph, language):
            return True
    return False


def is_share_cell(row: Row, cell: Number) -> bool:
    """The cell says it is a share: a per cent sign or word right after it."""
    return cell.kind == "share" or bool(PERCENT_RE.match(row.text[cell.end: cell.end + 12].lstrip(" (")))


def fraction(cell: Number) -> bool:
    return bool(FRACTION_RE.search(cell.text))


def runs_of(text: str, index: int, language: str, finder: MentionFinder) -> list[Row]:
    """A line of several contestants each followed only by its numbers ("Amanat 4 632,2 58,70 Ауыл 801,0 10,15", a
    <pre> table collapsed into one paragraph, "A 58,7 % ● B 10,2 %"): one row per contestant. An item whose numbers
    stand among other words (a verb: prose) is no row."""
    mentions = finder.find(text)
    if any(m.kind in {"region", "indicator"} for m in mentions):
        return []
    named = [m for m in mentions if m.kind == "contestant"]
    if len({m.contestant.name if m.contestant else m.text for m in named}) < 2:
        return []
    rows: list[Row] = []
    for m, after in zip(named, [*named[1:], None], strict=True):
        end = after.start if after is not None else len(text)
        piece = text[m.start: end]
        cells = cells_of(piece, language, m.end - m.start)
        tail = piece[m.end - m.start:]
        for cell in sorted((c for c in cells if c is not None), key=lambda c: -c.start):
            tail = tail[: cell.start - (m.end - m.start)] + " " + tail[cell.end - (m.end - m.start):]
        leftover = PLACEHOLDER_RE.sub(" ", tail)
        pattern = words("cell_words", language)
        leftover = pattern.sub(" ", leftover) if pattern else leftover
        if not any(c is not None for c in cells) or re.search(r"[^\W\d_]", leftover):
            continue
        subject = replace(m, start=0, end=m.end - m.start)
        rows.append(Row(piece.rstrip(" ,;●•|"), index, subject, cells))
    return rows if len(rows) >= 2 else []
