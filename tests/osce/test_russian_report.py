"""ODIHR's Russian translations of its statements and reports: the cover says what the document is, which election
and when it was published, and the findings are read in Russian (DejaVu Sans: Debian's font, `make fonts`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from fpdf import FPDF

from sources.osce.report import parse_odihr_pdf
from sources.records import ElectionRef

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

Lines = Sequence[tuple[float, str]]  # (font size, text), set one under the other


def typeset(pages: Sequence[Lines]) -> bytes:
    assert FONT.exists(), f"{FONT} is missing: `make test` installs Debian's fonts-dejavu-core first"
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", str(FONT))
    for lines in pages:
        pdf.add_page()
        y = 84.0
        for size, text in lines:
            pdf.set_font("DejaVu", size=size)
            pdf.text(72, y, text)
            y += size * 1.45
    return bytes(pdf.output())


def header(page: int) -> list[tuple[float, str]]:
    return [(8, f"Республика Казахстан{' ' * 60}Стр. {page}")]


STATEMENT_COVER = [
    (14, "РЕСПУБЛИКА КАЗАХСТАН"),
    (12, "ВНЕОЧЕРЕДНЫЕ ВЫБОРЫ ПРЕЗИДЕНТА"),
    (12, "9 июня 2019 г."),
    (12, "МЕЖДУНАРОДНАЯ МИССИЯ ПО НАБЛЮДЕНИЮ ЗА ВЫБОРАМИ"),
    (12, "ЗАЯВЛЕНИЕ О ПРЕДВАРИТЕЛЬНЫХ ВЫВОДАХ И ЗАКЛЮЧЕНИЯХ"),
    (10, "Нур-Султан, 10 июня 2019 г."),
]
STATEMENT_BODY = [
    *header(2),
    (11, "ДЕНЬ ВЫБОРОВ"),
    (10, "Подсчёт голосов был оценён отрицательно на 31 из 124 избирательных участков, где велось"),
    (10, "наблюдение. Наблюдатели отметили случаи вбросов бюллетеней и группового голосования."),
    (11, "ПОСЛЕВЫБОРНЫЙ ПЕРИОД"),
    (10, "По данным Министерства внутренних дел, в день выборов в Нур-Султане и Алматы были"),
    (10, "задержаны около 500 участников несанкционированных акций. Миссия развернула 1 000"),
    (10, "наблюдателей из 41 государства."),
]
FINAL_COVER = [
    (14, "РЕСПУБЛИКА КАЗАХСТАН"),
    (12, "ВНЕОЧЕРЕДНЫЕ ПАРЛАМЕНТСКИЕ ВЫБОРЫ"),
    (12, "20 марта 2016 г."),
    (12, "ОКОНЧАТЕЛЬНЫЙ ОТЧЁТ МИССИИ БДИПЧ ОБСЕ ПО НАБЛЮДЕНИЮ ЗА ВЫБОРАМИ"),
    (10, "Варшава, 27 июня 2016 г."),
]
FINAL_BODY = [
    *header(2),
    (11, "ЖАЛОБЫ И АПЕЛЛЯЦИИ"),
    (10, "Генеральная прокуратура сообщила миссии о 14 жалобах на нарушения в день голосования."),
]


def test_a_russian_statement_is_read_as_a_statement_of_its_election() -> None:
    out = parse_odihr_pdf(typeset([STATEMENT_COVER, STATEMENT_BODY]), "ru-statement")
    assert (out.doc_kind, out.language, out.published_on) == ("odihr_statement", "ru", dt.date(2019, 6, 10))
    assert out.election == ElectionRef(dt.date(2019, 6, 9), "presidential")
    assert out.title == (
        "Казахстан, Внеочередные выборы президента, 9 июня 2019 г.: Заявление о предварительных выводах и заключениях"
    )
    [detention] = out.detentions
    assert (detention.detained_min, detention.reported_by, detention.date_from) == (
        500, "Ministry of Internal Affairs", dt.date(2019, 6, 9)
    )  # fmt: skip
    rows = {(c.category, c.measure, c.value, c.base) for c in out.infractions}
    assert ("counting_irregularity", "polling_stations", 31, 124) in rows
    assert {("ballot_box_stuffing", "observed", None, None), ("group_voting", "observed", None, None)} <= rows
    assert not any(c.value in (1000, 41) for c in out.infractions)  # observers and states are coverage


def test_a_russian_final_report_names_its_kind_election_and_date() -> None:
    out = parse_odihr_pdf(typeset([FINAL_COVER, FINAL_BODY]), "ru-final")
    assert (out.doc_kind, out.language, out.published_on) == ("odihr_final_report", "ru", dt.date(2016, 6, 27))
    assert out.election == ElectionRef(dt.date(2016, 3, 20), "parliamentary")
    assert [(c.measure, c.value, c.reported_by) for c in out.infractions] == [
        ("complaints", 14, "Prosecutor General's Office")
    ]


@pytest.mark.parametrize(
    ("cover_line", "kind"),
    [
        ("ПРОМЕЖУТОЧНЫЙ ОТЧЁТ № 2", "odihr_other"),
        ("ОТЧЁТ МИССИИ ПО ОЦЕНКЕ ПОТРЕБНОСТЕЙ", "odihr_other"),
        ("ИТОГОВЫЙ ОТЧЕТ", "odihr_final_report"),
    ],
    ids=["interim", "needs-assessment", "final-without-yo"],
)
def test_the_kind_of_a_russian_cover(cover_line: str, kind: str) -> None:
    cover = [(14, "РЕСПУБЛИКА КАЗАХСТАН"), (12, "РЕСПУБЛИКАНСКИЙ РЕФЕРЕНДУМ, 6 октября 2024 г."), (12, cover_line),
             (10, "Варшава, 2 февраля 2025 г.")]  # fmt: skip
    out = parse_odihr_pdf(typeset([cover, [*header(2), (10, "Миссия продолжила работу в регионах.")]]), "ru-kind")
    assert (out.doc_kind, out.published_on) == (kind, dt.date(2025, 2, 2))
    assert out.election == ElectionRef(dt.date(2024, 10, 6), "referendum")


NUMBERED_BODY = [
    *header(2),
    (11, "I. ПОСЛЕВЫБОРНЫЙ ПЕРИОД"),
    (10, "1. По словам местной жительницы Динары Абеновой, люди собрались у здания акимата."),
    (10, ""),
    (10, "2. — Несколько активистов были задержаны ещё до начала встречи, — говорит она."),
]


def test_a_numbered_russian_paragraph_opens_with_its_own_words() -> None:
    """The paragraph number is layout: the dash of a quotation opens the paragraph, and its speaker is the one the
    paragraph before named."""
    out = parse_odihr_pdf(typeset([STATEMENT_COVER, NUMBERED_BODY]), "ru-numbered")
    [detention] = out.detentions
    assert (detention.qualifier, detention.subject, detention.reported_by) == (
        "several", "activists", "Динары Абеновой"
    )  # fmt: skip
    assert detention.evidence.text.startswith("— Несколько активистов")
