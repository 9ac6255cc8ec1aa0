"""A document is tied to a calendar election by what it says and implies; a publication date never invents one.

Every sentence below is written for these tests in the shapes the CEC, the press and ODIHR use.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.elections import assign, body_named, calendar, find_election, nearest_election, type_named
from sources.extract import assign_elections
from sources.records import ElectionRef, Extraction
from sources.rows import election_row

D = dt.date
PRESIDENTIAL_2019 = "kz-2019-06-09-presidential"
PRESIDENTIAL_2022 = "kz-2022-11-20-presidential"
MAZHILIS_2023 = "kz-2023-03-19-parliamentary"
KURULTAI_2026 = "kz-2026-08-23-parliamentary"


def _id(found: ElectionRef | None) -> str | None:
    return found.election_id if found else None


@pytest.mark.parametrize(
    ("text", "published_on", "kind", "expected"),
    [
        pytest.param("Явка избирателей по состоянию на 12:00 составила 35,2 процента.", D(2019, 6, 9), "turnout",
                     PRESIDENTIAL_2019, id="ru-bulletin-on-the-day"),
        pytest.param("Сағат 14.00-дегі жағдай бойынша сайлаушылардың 48,1 пайызы дауыс берді.", D(2022, 11, 20),
                     "turnout", PRESIDENTIAL_2022, id="kk-bulletin-on-the-day"),
        pytest.param("Turnout stood at 51.7 percent as of 4 p.m., the CEC said.", D(2023, 3, 19), "turnout",
                     MAZHILIS_2023, id="en-bulletin-on-the-day"),
        pytest.param("21 ноября 2022 г. ЦИК объявила предварительные итоги выборов Президента: голоса избирателей "
                     "распределились следующим образом.", D(2022, 11, 21), "results_preliminary",
                     PRESIDENTIAL_2022, id="ru-preliminary-the-next-day-with-its-own-date-line"),
        pytest.param("Алдын ала қорытындылар бойынша Президент сайлауында кандидаттар дауыстары төмендегідей бөлінді.",
                     D(2019, 6, 10), "results_preliminary", PRESIDENTIAL_2019, id="kk-preliminary-the-next-day"),
        pytest.param("27.03.2023. Центральная избирательная комиссия установила итоги выборов депутатов Мажилиса "
                     "Парламента и зарегистрировала избранных депутатов.", D(2023, 3, 27), "results_final",
                     MAZHILIS_2023, id="ru-final-eight-days-later"),
        pytest.param("CEC: final results. The commission established the results of the presidential vote.",
                     D(2019, 6, 14), "results_final", PRESIDENTIAL_2019, id="en-final-five-days-later"),
        pytest.param("This report assesses the early presidential election against OSCE commitments; the mission "
                     "deployed 26 long-term observers.", D(2019, 10, 4), "odihr_final_report", PRESIDENTIAL_2019,
                     id="en-odihr-final-report-months-later"),
    ],
)
def test_a_release_that_never_states_its_date_is_tied_to_the_calendar(
    text: str, published_on: dt.date, kind: str, expected: str
) -> None:
    found = assign(text, published_on, kind)
    assert found is not None and found.election.election_id == expected and found.in_calendar


@pytest.mark.parametrize("published_on", [D(2022, 11, 21), D(2023, 3, 27), D(2019, 6, 14), D(2021, 1, 11)])
@pytest.mark.parametrize("kind", ["turnout", "results_preliminary", "results_final", "violations", None])
def test_a_publication_date_never_creates_an_election(published_on: dt.date, kind: str | None) -> None:
    votes = {e.ref for e in calendar()}
    text = (f"{published_on:%d.%m.%Y}. Сообщение ЦИК об итогах голосования. Бюллетени получили 8 300 046 человек. "
            "Указом Президента Республики Казахстан назначены выборы.")
    for found in (find_election(text, published_on, kind), nearest_election(published_on, (), kind)):
        assert found is None or found in votes, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Предварительные итоги выборов депутатов Курултая Республики Казахстан: партия «Алга» "
                     "получила 41,2 % голосов.", id="ru"),
        pytest.param("Қазақстан Республикасы Құрылтайының депутаттарын сайлаудың алдын ала қорытындылары: «Алға» "
                     "партиясына 812 334 адам дауыс берді.", id="kk"),
        pytest.param("Kurultai elections: the Alga party won 41.2 per cent of the vote, preliminary results show.",
                     id="en-kurultai"),
        pytest.param("Qurultay vote: turnout reached 62.4 percent.", id="en-qurultay"),
    ],
)
def test_kurultai_releases_are_recognised(text: str) -> None:
    assert type_named(text) == "parliamentary"
    assert body_named(text, "parliamentary") == "Kurultai"
    assert _id(find_election(text, D(2026, 8, 24), "results_preliminary")) == KURULTAI_2026
    assert _id(find_election(text, D(2026, 8, 24))) == KURULTAI_2026


@pytest.mark.parametrize(
    ("text", "expected_type"),
    [
        pytest.param("Указом Президента Республики Казахстан от 19 января 2023 года назначены внеочередные выборы "
                     "депутатов Мажилиса Парламента.", "parliamentary", id="ru-decree"),
        pytest.param("Қазақстан Республикасы Президентінің 2023 жылғы 19 қаңтардағы № 100 Жарлығымен Мәжіліс "
                     "депутаттарының кезектен тыс сайлауы тағайындалды.", "parliamentary", id="kk-decree"),
        pytest.param("Постановление ЦИК об итогах выборов депутатов Мажилиса и депутатов маслихатов.",
                     "parliamentary", id="ru-cec-resolution-and-maslikhats"),
        pytest.param("By a decree of the President, the Mazhilis elections were called for 19 March.",
                     "parliamentary", id="en-decree"),
        pytest.param("Глава государства принял участие в заседании Национального курултая.", None,
                     id="ru-national-kurultai-is-no-election"),
        pytest.param("Выборы Президента: кандидат, депутат Мажилиса Сериков Н. Б., набрал 3,1 %.", "presidential",
                     id="ru-a-candidates-job-is-no-type"),
    ],
)
def test_type_words_in_other_roles_do_not_decide_the_type(text: str, expected_type: str | None) -> None:
    assert type_named(text) == expected_type


def test_the_decree_trap_in_a_mazhilis_release() -> None:
    text = ("Қазақстан Республикасы Президентінің 2023 жылғы 19 қаңтардағы № 100 Жарлығымен тағайындалған Мәжіліс "
            "депутаттарын сайлаудың қорытындылары шығарылды.")
    assert _id(find_election(text, D(2023, 3, 21), "results_final")) == MAZHILIS_2023


def test_a_vote_not_in_the_calendar_with_a_stated_date_and_type_is_created() -> None:
    text = "Выборы Президента Республики Казахстан, состоявшиеся 3 мая 2027 года: предварительные итоги."
    found = assign(text, D(2027, 5, 4), "results_preliminary")
    assert found is not None and not found.in_calendar
    assert found.election.election_id == "kz-2027-05-03-presidential"
    extraction = Extraction("d" * 64, "results_preliminary", title=text, election=found.election)
    row = election_row(extraction)
    assert row is not None and row["in_calendar"] is False and row["created_by_document"] == "d" * 64


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Предварительные итоги выборов Президента Республики Казахстан.", id="no-date"),
        pytest.param("4 мая 2027 г. Предварительные итоги выборов Президента.", id="only-its-own-date-line"),
        pytest.param("Указом от 1 марта 2027 года назначены выборы Президента.", id="only-a-decree-date"),
    ],
)
def test_a_vote_not_in_the_calendar_without_its_stated_date_is_not_created(text: str) -> None:
    assert find_election(text, D(2027, 5, 4), "results_preliminary") is None


def test_a_stated_election_date_ties_an_undated_kind() -> None:
    text = "Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission Final Report"
    assert _id(find_election(text)) == PRESIDENTIAL_2019


def test_a_presidential_release_recalling_a_referendum_stays_presidential() -> None:
    text = ("Предварительные итоги внеочередных выборов Президента. После референдума 5 июня 2022 года это первые "
            "выборы Президента на семилетний срок.")
    assert _id(find_election(text, D(2022, 11, 21), "results_preliminary")) == PRESIDENTIAL_2022


def test_assign_elections_uses_kind_and_publication_date() -> None:
    bulletin = Extraction("a" * 64, "turnout", published_on=D(2024, 10, 6))
    summary = Extraction("b" * 64, "violations", published_on=D(2025, 6, 1))
    stated = ElectionRef(D(2027, 5, 3), "presidential")
    announced = Extraction("c" * 64, "results_preliminary", published_on=D(2027, 5, 4), election=stated)
    late_bulletin = Extraction("e" * 64, "turnout", published_on=D(2027, 5, 3))
    assign_elections([bulletin, summary, announced, late_bulletin])
    assert _id(bulletin.election) == "kz-2024-10-06-referendum"
    assert summary.election is None, "no vote within a violations summary's window: none is made up"
    assert late_bulletin.election == stated, "a vote another document of the batch stated"


@pytest.mark.parametrize(
    ("text", "published_on"),
    [
        ("Выборы депутатов Сената Парламента начались. В список выборщиков включены 3 044 депутата маслихатов.",
         dt.date(2023, 1, 14)),
        ("В Казахстане объявили предварительные итоги выборов в Сенат.", dt.date(2020, 8, 13)),
        ("Парламент Сенатының депутаттарын сайлау өтті, таңдаушылар дауыс берді.", dt.date(2023, 1, 14)),
        ("Senate elections: 2,988 electors voted for 17 seats.", dt.date(2020, 8, 13)),
    ],
    ids=["ru-senate-electors", "ru-senate-results", "kk-senate", "en-senate"],
)
def test_the_senates_indirect_election_gets_no_election(text: str, published_on: dt.date) -> None:
    assert find_election(text, published_on, "other") is None
    assert find_election(text, published_on, "results_preliminary") is None


def test_a_mazhilis_release_that_mentions_the_senate_keeps_its_election() -> None:
    text = "Выборы депутатов Мажилиса Парламента состоялись 19 марта 2023 года; Сенат рассмотрит закон позже."
    assert _id(find_election(text, dt.date(2023, 3, 20), "results_preliminary")) == "kz-2023-03-19-parliamentary"
