"""Sentences of ours: a report pointing to what it found ("миссия указала на случаи", "the mission pointed to") on a
page that is not the mission's own, observers not given a view in the passive, superiors demanding a vote of their
staff, a Kazakh instruction to vote, and a tabulation given a negative assessment as a noun."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("В то же время миссия указала на случаи группового голосования и ограничения прав наблюдателей на ряде участков.",
     "ru", {"group_voting", "observer_obstruction"}),
    ("The mission pointed to cases of group voting in several polling stations.", "en", {"group_voting"}),
])
def test_a_mission_pointing_to_findings_on_a_commission_page(text: str, language: Language, kinds: set[str]) -> None:
    _, infractions = read(text, publisher="cec", language=language)
    assert {i.category for i in infractions} == kinds
    assert {i.reported_by for i in infractions} == {"ODIHR"}


@pytest.mark.parametrize(("text", "language", "row"), [
    ("Почти на трети участков наблюдателям не был обеспечен полный обзор процедур.", "ru",
     ("observer_obstruction", "share_of_observations_pct", 33.3)),
    ("Работники бюджетной сферы сообщили миссии, что руководители требовали от них посещать собрания и обещать "
     "проголосовать.", "ru", ("pressure_on_voters", "observed", None)),
    ("Мемлекеттік мекемелердің қызметкерлеріне дауыс беруге міндетті түрде қатысу туралы нұсқау берілгені жөнінде "
     "сенімді хабарламалар түсті.", "kk", ("pressure_on_voters", "observed", None)),
    ("Бақылаушылардың 12 пайызы учаскелерде рәсімдерді толық бақылауға мүмкіндік берілмегенін хабарлады.", "kk",
     ("observer_obstruction", "share_of_observations_pct", 12)),
    ("Подведение итогов в территориальных комиссиях получило отрицательную оценку в каждом четвертом наблюдении.", "ru",
     ("counting_irregularity", "share_of_observations_pct", 25)),
    ("Наблюдатели миссии сообщили о задержках; на 31 участке их возможности для наблюдения были ограничены.", "ru",
     ("observer_obstruction", "polling_stations", 31)),
    ("Независимые наблюдатели сообщили миссии, что на ряде участков их не допускали к столу подсчета голосов.", "ru",
     ("observer_obstruction", "observed", None)),
    ("Миссия кейбір учаскелерде бақылаушылардың жұмысына шектеу қойылғанын атап өтті.", "kk",
     ("observer_obstruction", "observed", None)),
    ("In 17 polling stations, results protocols had been signed by PEC members before the count began.", "en",
     ("counting_irregularity", "polling_stations", 17)),
])
def test_findings_in_these_shapes(text: str, language: Language, row: tuple) -> None:
    _, infractions = read(text, language=language)
    assert [(i.category, i.measure, i.value) for i in infractions] == [row]


def test_a_page_naming_a_kind_nobody_saw_records_none() -> None:
    _, infractions = read("Закон запрещает групповое голосование.", publisher="cec", language="ru")
    assert infractions == []


@pytest.mark.parametrize(("text", "language"), [
    ("Секретарь Центральной избирательной комиссии напомнил, что в предварительном заявлении миссии БДИПЧ ОБСЕ "
     "отмечены отдельные случаи голосования за других лиц.", "ru"),
    ("The CEC chairman said that, according to the mission, proxy voting was observed in several polling stations.",
     "en"),
])
def test_a_source_framed_inside_what_another_tells_reports_it(text: str, language: Language) -> None:
    _, infractions = read(text, publisher="cec", language=language)
    assert [(i.category, i.reported_by) for i in infractions] == [("voter_impersonation", "ODIHR")]
