"""A findings table printed in a PDF with '|' between its cells, one row a line at the body's leading and no full stop:
each row stays a block of its own (it is no paragraph's line), so the claims reader reads it as a table, in English,
Russian and Kazakh (reports invented for these tests)."""

from __future__ import annotations

import pytest

from sources.osce.pdf_text import read_pdf, text_blocks
from sources.osce.report import parse_odihr_pdf
from tests.osce.test_russian_report import typeset

TABLES = {
    "en": ("The CEC received the following complaints during the campaign:",
           ["Subject of the complaint | Received | Upheld", "Misuse of administrative resources | 7 | 2",
            "Pressure on voters | 5 | 1", "Total | 12 | 3"],
           "The mission followed the consideration of several of these complaints."),
    "ru": ("Сведения о жалобах, поступивших в ЦИК в ходе кампании:",
           ["Вид обращения | Поступило | Доводы подтвердились", "Незаконная агитация | 7 | 2",
            "Давление на избирателей | 5 | 1", "Всего | 12 | 3"],
           "Миссия следила за рассмотрением части этих жалоб."),
    "kk": ("Науқан барысында ОСК-ға түскен шағымдар туралы мәліметтер:",
           ["Өтініш түрі | Түсті | Дәлелдері расталды", "Заңсыз үгіт | 7 | 2",
            "Сайлаушыларға қысым | 5 | 1", "Барлығы | 12 | 3"],
           "Миссия осы шағымдардың бір бөлігінің қаралуын бақылады."),
}


def _report(lang: str) -> bytes:
    caption, rows, after = TABLES[lang]
    return typeset([[(10, caption), *((10, row) for row in rows), (10, after)]])


@pytest.mark.parametrize("lang", list(TABLES))
def test_each_piped_row_is_a_block_of_its_own(lang: str) -> None:
    caption, rows, after = TABLES[lang]
    texts = [block.text for block in text_blocks(read_pdf(_report(lang)))]
    assert texts == [caption, *rows, after]


@pytest.mark.parametrize("lang", list(TABLES))
def test_the_piped_table_of_a_pdf_gives_its_rows(lang: str) -> None:
    extraction = parse_odihr_pdf(_report(lang), "doc")
    found = {(c.measure, c.value) for c in extraction.infractions}
    assert {("complaints", 7), ("complaints", 5), ("complaints", 12)} <= found, extraction.infractions
    assert all(c.evidence.text in TABLES[lang][1] for c in extraction.infractions)  # each row holds its figure
