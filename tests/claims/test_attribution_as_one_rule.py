"""Attribution as one rule: a source named in its paragraph reports the findings that follow it until another source
is named; the publisher only where no one is named (sources/claims/attribution.py, source_frames.py)."""

from __future__ import annotations

import pytest

from sources.claims.attribution import tells_of_findings, whole_text_source
from sources.claims.reporters import find_reporters
from sources.claims.source_frames import announcer, framed_sources, statement_authors
from sources.records import Language

from .documents import read


def _reporters(*paragraphs: str, language: Language = "en") -> list[tuple[float | None, str | None]]:
    """(count, reporter) of every detention and infraction, in the text's order within each kind."""
    detentions, infractions = read(*paragraphs, language=language)
    return [(c.detained_min, c.reported_by) for c in detentions] + [(c.value, c.reported_by) for c in infractions]


# --- a lead clause names the source; the findings after it are its own until another source takes over -------------
@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param(
            "According to the Steppe Rights Bureau, 14 students were detained outside the university on Sunday. "
            "Another 9 people were detained near the railway station later that night. Its monitors "
            "also counted 6 cases of pressure on voters. The city police, however, said 40 people were detained.",
            "en",
            [(14, "Steppe Rights Bureau"), (9, "Steppe Rights Bureau"), (40, "police"), (6, "Steppe Rights Bureau")],
            id="en-bureau-then-police",
        ),
        pytest.param(
            "По данным общественного штаба «Адал таңдау», в Таразе задержаны 11 наблюдателей. Ещё 7 человек "
            "задержаны в Шу. На 23 участках зафиксированы вбросы бюллетеней. Полиция сообщила, что задержаны 30 "
            "человек.",
            "ru",
            [(11, "Адал таңдау"), (7, "Адал таңдау"), (30, "police"), (23, "Адал таңдау")],
            id="ru-headquarters-then-police",
        ),
        pytest.param(
            "Құқық қорғау бюросының мәліметінше, Таразда 12 бақылаушы ұсталды. Шу қаласында тағы 5 адам ұсталды.",
            "kk",
            [(12, "Құқық қорғау бюросы"), (5, "Құқық қорғау бюросы")],
            id="kk-bureau-in-the-genitive",
        ),
    ],
)
def test_a_named_source_reports_what_follows_in_its_paragraph(
    paragraph: str, language: Language, expected: list[tuple[float, str]]
) -> None:
    assert _reporters(paragraph, language=language) == expected


def test_a_lead_clause_governing_two_detentions_gives_both_its_source() -> None:
    rows = _reporters(
        "According to the Prairie Legal Aid Network, at least 12 observers were detained at polling stations, and "
        "more than 40 people were detained in Taraz the following day."
    )
    assert rows == [(12, "Prairie Legal Aid Network"), (40, "Prairie Legal Aid Network")]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("Eight activists were detained in Taraz. Two more were detained in Shu.", "en", id="en"),
        pytest.param("В Таразе задержаны восемь активистов. Ещё двое задержаны в Шу.", "ru", id="ru"),
    ],
)
def test_a_paragraph_that_names_no_one_is_the_publishers(paragraph: str, language: Language) -> None:
    assert {reporter for _, reporter in _reporters(paragraph, language=language)} == {"ODIHR"}


def test_the_source_ends_with_its_paragraph() -> None:
    rows = _reporters(
        "According to the Steppe Rights Bureau, 14 students were detained in Taraz.",
        "Another 9 people were detained near the railway station.",
    )
    assert rows == [(14, "Steppe Rights Bureau"), (9, "ODIHR")]


def test_a_line_break_ends_the_source_of_a_text_copied_one_line_per_paragraph() -> None:
    rows = _reporters(
        "According to the Steppe Rights Bureau, 14 students were detained in Taraz.\n"
        "Nine people were detained near the railway station."
    )
    assert rows == [(14, "Steppe Rights Bureau"), (9, "ODIHR")]


def test_the_missions_own_assessment_is_not_the_sources_before_it() -> None:
    rows = _reporters(
        "According to the Steppe Rights Bureau, 14 students were detained in Taraz. Ballot box stuffing was "
        "observed in 4 polling stations."
    )
    assert rows == [(14, "Steppe Rights Bureau"), (4, "ODIHR")]


def test_a_source_that_told_of_something_else_lends_nothing() -> None:
    rows = _reporters("Queues were short in the morning, the Steppe Rights Bureau said. Five students were detained.")
    assert rows == [(5, "ODIHR")]


# --- the frames that make any phrase a source, kept as written ------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "reporter"),
    [
        ("According to the Steppe Rights Bureau for Civic Freedoms, 5 people were detained.",
         "Steppe Rights Bureau for Civic Freedoms"),
        ("По словам координатора штаба в Жамбылской области, задержаны 4 наблюдателя.",
         "координатора штаба в Жамбылской области"),
        ("Со слов адвоката задержанных, 6 человек провели ночь в изоляторе.", "адвоката задержанных"),
        ("Руководитель штаба по Жамбылской области Марат Оспанов добавил, что задержаны двое.",
         "Руководитель штаба по Жамбылской области Марат Оспанов"),
        ("The regional bar association said that 7 of its clients were detained.", "regional bar association"),
        ("Seven people were detained, the regional bar association said.", "regional bar association"),
        ("Семеро задержаны, сообщил адвокат одного из задержанных.", "адвокат одного из задержанных"),
        ("Жамбыл облыстық адвокаттар алқасының мәліметінше, 8 адам ұсталды.", "Жамбыл облыстық адвокаттар алқасы"),
        ("Between May and July, the regional ombudsman received 40 appeals about the vote.", "regional ombudsman"),
        ("По данным общественного штаба «Адал таңдау», задержаны 11 наблюдателей.", "Адал таңдау"),
        ("The head of the rights bureau, Marat Seitov, said that 4 observers were detained.",
         "head of the rights bureau, Marat Seitov"),
        ("The city court's press service said six people were fined.", "city court's press service"),
        ("Адвокат задержанных Марат Ахметов заявил, что его подзащитных избили.", "Адвокат задержанных Марат Ахметов"),
        ("Представитель штаба кандидата сообщил о 15 нарушениях.", "Представитель штаба кандидата"),
        ("Об этом сообщила пресс-служба районного суда.", "пресс-служба районного суда"),
        ("Бұл туралы аудандық сот баспасөз қызметі хабарлады.", "аудандық сот баспасөз қызметі"),
    ],
)  # fmt: skip
def test_a_frame_makes_any_phrase_a_source(sentence: str, reporter: str) -> None:
    assert [m.reporter for m in find_reporters(sentence)] == [reporter]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("According to the law on elections, observers may attend the count.", id="en-a-law"),
        pytest.param("According to preliminary results, the ruling party won 60 seats.", id="en-results"),
        pytest.param("According to him, 5 people were detained.", id="en-pronoun"),
        pytest.param("По данным на 10:00, проголосовали 40 процентов избирателей.", id="ru-a-time"),
        pytest.param("Согласно Конституции, выборы проводятся раз в пять лет.", id="ru-the-constitution"),
        pytest.param("По его словам, задержаны пятеро.", id="ru-pronoun"),
        pytest.param("In Taraz police detained activists who said they were beaten.", id="en-the-event-itself"),
        pytest.param("К полудню выявили семь случаев, сообщает наш сайт.", id="ru-the-publisher-itself"),
        pytest.param("In all, our monitors recorded 17 violations.", id="en-the-speakers-own-people"),
        pytest.param("There is documented evidence of 5 cases.", id="en-no-subject-of-counting"),
        pytest.param("Какие нарушения выявили наблюдатели?", id="ru-object-first-is-no-subject"),
        pytest.param("A party observer said she was refused entry.", id="en-a-witness-telling-straight-on"),
        pytest.param("According to reports, 5 people were detained.", id="en-hearsay"),
        pytest.param("According to official figures, 5 people were detained.", id="en-figures-of-no-one"),
        pytest.param("По неофициальной информации, задержаны пятеро.", id="ru-hearsay"),
        pytest.param("Local monitors cited cases of group voting and said nothing more.", id="en-a-clause-not-a-name"),
    ],
)
def test_no_source_is_framed_where_no_one_reports(sentence: str) -> None:
    assert framed_sources(sentence) == []


# --- a source that speaks for the whole text ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("ДП Жамбылской области информирует.", "ДП Жамбылской области"),
        ("The Steppe Rights Bureau reports:", "Steppe Rights Bureau"),
        ("Жамбыл облысының полиция департаменті хабарлайды.", "Жамбыл облысының полиция департаменті"),
    ],
)
def test_a_line_that_only_announces_its_source(line: str, source: str) -> None:
    assert announcer(line) == source == whole_text_source(line)


def test_an_announcing_line_speaks_for_the_paragraphs_after_it() -> None:
    rows = _reporters(
        "ДП Жамбылской области информирует.",
        "В день голосования зарегистрировано 5 административных правонарушений.",
        "В Таразе задержаны двое граждан, призывавших бойкотировать выборы.",
        language="ru",
    )
    assert {reporter for _, reporter in rows} == {"ДП Жамбылской области"} and len(rows) == 2


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("We, the undersigned members of the Taraz Bar Association, represent 9 of the detained.",
         "members of the Taraz Bar Association"),
        ("Мы, нижеподписавшиеся адвокаты Таразской коллегии, представляем интересы задержанных.",
         "адвокаты Таразской коллегии"),
    ],
)  # fmt: skip
def test_a_statements_we_names_its_authors(sentence: str, authors: str) -> None:
    assert statement_authors(sentence) == authors


def test_a_statements_authors_report_its_detentions() -> None:
    rows = _reporters(
        "We, the undersigned members of the Taraz Bar Association, represent 9 of the at least 25 people who were "
        "detained by police in Taraz on 10 June.",
        "Our clients were held for 10 hours without a lawyer.",
    )
    assert rows and all(reporter == "members of the Taraz Bar Association" for _, reporter in rows)


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("Five students were detained.", True),
        ("Monitors counted 6 complaints.", True),
        ("The Ministry gave the following figures:", True),
        ("Queues were short in the morning.", False),
        ("Явка в Таразе была высокой.", False),
    ],
)
def test_what_a_source_must_tell_of_to_speak_for_what_follows(sentence: str, tells: bool) -> None:
    assert tells_of_findings(sentence) is tells
