"""A kind denied in a sub-clause of its own is not the kind of a count in the next ("While no ballot box stuffing
was seen, observers were restricted in 9 stations"), a station count after "but"/"но" still reads, a breach of the
counting procedure is a counting irregularity in the three languages, and a Kazakh clause told by "атап өтті" is
what was said, never its source; a recommendation reports nothing (sentences of ours, in the missions' and
officials' shapes)."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language", "row"), [
    ("While no cases of ballot box stuffing were observed, observers were restricted in 11 polling stations.", "en",
     ("observer_obstruction", "polling_stations", 11)),
    ("Although no ballot box stuffing was seen, group voting was noted in 16 polling stations.", "en",
     ("group_voting", "polling_stations", 16)),
    ("Хотя вбросов бюллетеней не выявлено, на 8 участках наблюдатели отметили групповое голосование.", "ru",
     ("group_voting", "polling_stations", 8)),
    ("Вбросов не было, но на 4 участках было отмечено групповое голосование.", "ru",
     ("group_voting", "polling_stations", 4)),
    ("В целом голосование прошло спокойно, однако на 6 участках было отмечено групповое голосование.", "ru",
     ("group_voting", "polling_stations", 6)),
])
def test_a_kind_denied_apart_is_not_the_counts(text: str, language: Language, row: tuple[object, ...]) -> None:
    _, infractions = read(text, language=language)
    assert [(c.category, c.measure, c.value) for c in infractions if c.measure != "observed"] == [row]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("К ответственности привлечены 7 членов комиссий за нарушение порядка подсчёта голосов.", "ru", 7),
    ("За нарушения при подсчёте голосов оштрафованы 3 члена участковых комиссий.", "ru", 3),
    ("Twelve commission members were fined for violations of the vote counting procedure.", "en", 12),
])
def test_sanctions_for_breaching_the_count(text: str, language: Language, value: int) -> None:
    _, infractions = read(text, language=language)
    assert [(c.category, c.measure, c.value) for c in infractions] == [
        ("counting_irregularity", "persons_sanctioned", value)]


def test_a_kazakh_clause_told_is_no_source() -> None:
    _, infractions = read("Байқаушылар учаскелерде бюллетень жасыру фактілерін байқамағанын атап өтті.",
                          "Байқаушылар 12 учаскеде бюллетень салу фактілерін тіркеді.", language="kk")
    assert [(c.category, c.value, c.reported_by) for c in infractions] == [("ballot_box_stuffing", 12, "ODIHR")]


@pytest.mark.parametrize(("text", "language"), [
    ("The EOM recommends that the authorities investigate all allegations of pressure on voters.", "en"),
    ("ODIHR reiterates its recommendation that cases of ballot box stuffing be investigated.", "en"),
    ("Миссия рекомендует расследовать все сообщения о вбросах бюллетеней.", "ru"),
    ("Миссия сайлаушыларға қысым көрсету туралы барлық шағымдарды тергеуді ұсынады.", "kk"),
])
def test_a_recommendation_reports_nothing(text: str, language: Language) -> None:
    assert read(text, language=language) == ([], [])


def test_a_finding_before_a_recommendation_stands() -> None:
    _, infractions = read("Observers saw ballot box stuffing in 9 polling stations and recommended recounts.")
    assert [(c.category, c.value) for c in infractions] == [("ballot_box_stuffing", 9)]
