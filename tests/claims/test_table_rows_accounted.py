"""Every row of a findings table is accounted for: read, or recorded in `Claims.unread` (the claims reader's
`Extraction.unread`, sources.claims.read_claims) with its text and a reason. A '|' table (sources/claims/tables.py)
and a breakdown of a total by kind (sources/claims/breakdowns.py) are given one cell or row nobody can bind -- a
number with a letter typed into it, a row that lost a cell, a kind the lexicon does not know -- and must still read
the others, and give the bad one no count.

Every table and sentence here is invented for this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims import Claims, read_claims
from sources.records import ClaimContext, Language, TextBlock


def claims(*paragraphs: str, language: Language = "en") -> Claims:
    context = ClaimContext("doc-under-test", "osce", language, dt.date(2021, 1, 10), dt.date(2021, 3, 29))
    return read_claims([TextBlock(p, 4) for p in paragraphs], context)


def rows(found: Claims) -> set[tuple[str, str, float]]:
    return {(c.category, c.measure, c.value) for c in found.infractions}


RU_TITLE = "Сведения об обращениях, поступивших в Центральную избирательную комиссию"
RU_HEADER = "Вид нарушения | Поступило | Подтвердилось"
TABLES = {
    "a-garbled-count": (
        ["\n".join([RU_TITLE, RU_HEADER, "Незаконная агитация | 12 | 4", "Вброс бюллетеней | 1O | 2",  # O for a 0
                    "Итого | 22 | 6"])],
        "ru",
        {("illegal_campaigning", "complaints", 12), ("illegal_campaigning", "violations", 4),
         ("ballot_box_stuffing", "violations", 2), ("mixed", "complaints", 22), ("mixed", "violations", 6)},
        ("Вброс бюллетеней | 1O | 2", "1O", "no number"),
    ),
    "a-row-that-lost-a-cell": (
        ["Complaints received by the CEC by type", "Type | Complaints | Upheld", "Ballot box stuffing | 6 | 2",
         "Pressure on voters | 4", "Other | 3 | 1"],  # one block per line, as some PDF layers hand them over
        "en",
        {("ballot_box_stuffing", "complaints", 6), ("ballot_box_stuffing", "violations", 2),
         ("other", "complaints", 3), ("other", "violations", 1)},
        ("Pressure on voters | 4", None, "cells"),
    ),
    "a-kazakh-table-with-a-garbled-count": (
        ["\n".join(["Орталық сайлау комиссиясына түскен өтініштер туралы мәлімет", "Бұзушылық түрі | Түсті | Расталды",
                    "Заңсыз үгіт | 1l | 3", "Топтық дауыс беру | 5 | 2"])],  # l for a 1
        "kk",
        {("illegal_campaigning", "violations", 3), ("group_voting", "complaints", 5),
         ("group_voting", "violations", 2)},
        ("Заңсыз үгіт | 1l | 3", "1l", "no number"),
    ),
}


@pytest.mark.parametrize(("paragraphs", "language", "read", "bad"), TABLES.values(), ids=list(TABLES))
def test_a_tables_other_rows_are_read_and_the_bad_one_recorded(paragraphs: list[str], language: Language,
                                                               read: set[tuple[str, str, float]],
                                                               bad: tuple[str, str | None, str]) -> None:
    found = claims(*paragraphs, language=language)
    assert rows(found) == read, found.unread
    line, figure, reason = bad
    recorded = [u for u in found.unread if u.clause == line]
    assert len(recorded) == 1, found.unread
    assert recorded[0].figure == figure and reason in recorded[0].reason and recorded[0].page == 4, recorded


def test_a_table_that_counts_nothing_records_nothing() -> None:
    found = claims("Results by candidate", "Candidate | Votes | Per cent", "A. Smith | 1,2OO | 55.0")
    assert rows(found) == set() and found.unread == []  # no findings table: its cells are no claims' business


BREAKDOWN = ("The CEC received 40 complaints, of which 18 concerned campaigning by public officials, {item} and 10 the "
             "obstruction of observers.")


def test_a_breakdowns_item_of_a_kind_nobody_knows_is_read_as_other() -> None:
    found = claims(BREAKDOWN.format(item="12 the weather on election day"))
    assert rows(found) == {("mixed", "complaints", 40), ("illegal_campaigning", "complaints", 18),
                           ("other", "complaints", 12), ("observer_obstruction", "complaints", 10)}
