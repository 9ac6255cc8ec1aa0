"""A news ticker's lines ("20:15 | ...") read as prose with the source a colon or a dash names; a count whose
detention participle follows it after a comma ("47 человек, задержанных накануне")."""

from __future__ import annotations

import pytest

from sources.claims.source_frames import framed_sources
from sources.claims.tables import labelled_prose, table_row
from sources.records import Language

from .documents import infraction_row, read


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("09:40 | Шу. Учаскенің жанында үш бақылаушы полиция бөліміне жеткізілді.", True),
        ("14:10 | Taraz. Two observers were taken to a police station near polling station 12.", True),
        ("Party | Votes | Share", False),
        ("Nur Otan | 5 123 456 | 71.1", False),
    ],
)
def test_a_labelled_line_of_prose_is_no_table_row(line: str, prose: bool) -> None:
    assert labelled_prose(line) is prose
    assert table_row(line) is not prose


def test_a_tickers_entries_are_read_with_their_sources() -> None:
    detentions, infractions = read(
        "Сайлау күні: жаңалықтар таспасы\n"
        "09:40 | Шу. Учаскенің жанында үш бақылаушы полиция бөліміне жеткізілді — аудандық полиция бөлімі.\n"
        "11:20 | Жамбыл облысы прокуратурасы: бүгін облыс бойынша сайлау заңнамасын бұзу туралы 9 арыз түсті.",
        language="kk",
    )
    assert [(c.detained_min, c.subject, c.reported_by) for c in detentions] == [
        (3, "observers", "police")  # a listed name inside the frame is that name normalised
    ]
    assert [infraction_row(c)[1:] for c in infractions] == [("complaints", 9.0, "exact", "Prosecutor General's Office")]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Жамбыл облысы прокуратурасы: бүгін 9 арыз түсті.", "Жамбыл облысы прокуратурасы"),
        ("Үш учаскеде топтап салу дерегі тіркелді — «Таза дауыс» қозғалысы.", "Таза дауыс"),
        ("В трёх участках зафиксированы вбросы — штаб кандидата.", "штаб кандидата"),
    ],
)
def test_a_colon_or_dash_names_a_bodys_source(sentence: str, source: str) -> None:
    assert [f.reporter for f in framed_sources(sentence)] == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Полиция приступила к задержаниям: задержаны 33 человека.", id="ru-a-clause-not-a-name"),
        pytest.param(
            "Зарегистрировано 6 нарушений: в 4 случаях – агитация, в 2 – съёмка бюллетеня.", id="ru-list-item"
        ),
        pytest.param("Итоги дня: на участках спокойно, нарушений мало.", id="ru-a-heading"),
    ],
)
def test_no_source_before_a_colon_or_after_a_dash_without_a_body(sentence: str) -> None:
    assert framed_sources(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "language", "count"),
    [
        ("В суд поступили материалы в отношении 35 человек, задержанных накануне у акимата.", "ru", 35),
        ("Суд рассмотрел дела 12 граждан, задержанных 10 июня в Таразе.", "ru", 12),
    ],
)
def test_a_count_with_its_detention_participle_after_a_comma(sentence: str, language: Language, count: int) -> None:
    detentions, _ = read(sentence, language=language)
    assert [c.detained_min for c in detentions] == [count]
