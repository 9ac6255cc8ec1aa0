"""Tables of findings printed as '|' rows (sources/claims/tables.py): read only when the header or the title says what
is counted; each row's kind from its label; the reporter from the title; zero counts give no row; the same table in
one block or one block per line.

Every table here is invented for this file.
"""

from __future__ import annotations

import pytest

from sources.claims.tables import table_row
from sources.records import Language

from .documents import infraction_row, read

RU_TABLE = [
    "Сведения об обращениях, поступивших в Центральную избирательную комиссию",
    "Вид нарушения | Поступило | Подтвердилось",
    "Незаконная агитация | 12 | 4",
    "Групповое голосование | 5 | 0",
    "Итого | 17 | 4",
]
RU_ROWS = [
    ("illegal_campaigning", "complaints", 12, "exact", "CEC"),
    ("illegal_campaigning", "violations", 4, "exact", "CEC"),
    ("group_voting", "complaints", 5, "exact", "CEC"),
    ("mixed", "complaints", 17, "exact", "CEC"),
    ("mixed", "violations", 4, "exact", "CEC"),
]


def _rows(*paragraphs: str, language: Language = "ru") -> list[tuple[object, ...]]:
    return [infraction_row(c) for c in read(*paragraphs, language=language)[1]]


@pytest.mark.parametrize(
    "paragraphs",
    [["\n".join(RU_TABLE)], RU_TABLE],
    ids=["one-block", "one-block-per-line"],
)
def test_a_table_of_complaints_by_kind(paragraphs: list[str]) -> None:
    assert _rows(*paragraphs) == RU_ROWS


def test_an_english_table_with_a_rest_row_and_a_measure_in_the_header() -> None:
    rows = _rows("Complaints received by the CEC by type", "Type | Complaints | Upheld", "Ballot box stuffing | 6 | 2",
                 "Other | 3 | 1", language="en")  # fmt: skip
    assert rows == [
        ("ballot_box_stuffing", "complaints", 6, "exact", "CEC"),
        ("ballot_box_stuffing", "violations", 2, "exact", "CEC"),
        ("other", "complaints", 3, "exact", "CEC"),
        ("other", "violations", 1, "exact", "CEC"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Results by candidate", "Candidate | Votes | Per cent", "A. Smith | 1,200 | 55.0"],
        # "received" names no measure of its own, and the title names none
        ["Ballots by region", "Region | Received | Used", "Almaty | 1,200 | 1,100"],
    ],
    ids=["results-table", "received-without-a-measure"],
)
def test_a_table_that_says_nothing_of_findings_gives_nothing(paragraphs: list[str]) -> None:
    assert _rows(*paragraphs, language="en") == []


def test_the_narrative_after_a_table_is_still_read() -> None:
    rows = _rows("\n".join([*RU_TABLE, "Кроме того, наблюдатели сообщили о 3 случаях вброса бюллетеней."]))
    assert rows[:5] == RU_ROWS and (rows[5][0], rows[5][2]) == ("ballot_box_stuffing", 3), rows


@pytest.mark.parametrize(
    ("line", "is_row"),
    [("Незаконная агитация | 14 | 3", True), ("A | B", True), ("a | ", False), ("no pipes here", False)],
    ids=["three-cells", "two-cells", "one-cell", "prose"],
)
def test_table_row(line: str, is_row: bool) -> None:
    assert table_row(line) is is_row
