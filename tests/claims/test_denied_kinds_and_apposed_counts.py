"""Shapes an unseen batch of mission and press texts showed: a kind denied in a clause of its own after a count
("…, none of which alleged …"), a count set off after its kind (", observed in 12 cases,"), shares of observed
cases, reports said to be untrue, a part counted before its number ("олардың 9-ы"), proxy voting for several
people, and a place that is where the speakers are, not who speaks.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import detention_row, infraction_row, infraction_values, read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The CEC told the mission it had registered 41 complaints by 18:00, none of which concerned ballot box "
            "stuffing.",
            "en",
        ),
        ("В ЦИК поступило 52 жалобы, ни одна из которых не касалась вбросов бюллетеней.", "ru"),
    ],
    ids=["en-none-of-which", "ru-ni-odna-iz-kotoryh"],
)
def test_a_kind_denied_after_the_count_is_not_its_kind(sentence: str, language: str) -> None:
    assert [v[:2] for v in infraction_values(sentence, language, publisher="cec")] == [("mixed", "complaints")]


def test_a_kind_the_complaints_concern_is_still_theirs() -> None:
    values = infraction_values("The CEC registered 41 complaints that alleged ballot box stuffing.", publisher="cec")
    assert [v[:2] for v in values] == [("ballot_box_stuffing", "complaints")]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Violations included ballot box stuffing, observed in 9 cases, and group voting.",
            "en",
            [("ballot_box_stuffing", "observed", 9.0, None), ("group_voting", "observed", None, None)],
        ),
        (
            "Отмечены вбросы бюллетеней, зафиксированные на 6 участках, и групповое голосование.",
            "ru",
            [("ballot_box_stuffing", "polling_stations", 6.0, None), ("group_voting", "observed", None, None)],
        ),
    ],
    ids=["en-observed-in", "ru-zafiksirovannye-na"],
)
def test_a_count_set_off_after_its_kind_is_that_kind(sentence: str, language: str, expected: list[tuple]) -> None:
    assert infraction_values(sentence, language) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Подсчет голосов был оценен отрицательно в 21 из 84 наблюдавшихся случаев.", "ru"),
        ("The count was assessed negatively in 21 of the 84 cases observed.", "en"),
    ],
    ids=["ru-sluchaev", "en-cases"],
)
def test_observed_cases_are_a_sample(sentence: str, language: str) -> None:
    assert infraction_values(sentence, language) == [("counting_irregularity", "polling_stations", 21, 84.0)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Информация о задержаниях десятков наблюдателей в Таразе не соответствует действительности, заявил он.", "ru"),
        ("Reports that dozens of observers were detained in Taraz are untrue, the ministry said.", "en"),
        ("Таразда ондаған бақылаушы ұсталды деген ақпарат шындыққа сәйкес келмейді.", "kk"),
    ],
    ids=["ru-ne-sootvetstvuet", "en-untrue", "kk-sai-kelmeidi"],
)
def test_reports_said_to_be_untrue_report_nothing(sentence: str, language: str) -> None:
    assert read(sentence, publisher="cec", language=language) == ([], [])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "language", "row"),
    [
        (
            "Таразда 30 наразылық білдіруші полиция қоршауында қалды, олардың 7-сі қамауға алынды.",
            "kk",
            (7, 7, "exact", "protesters"),
        ),
        ("У акимата Тараза полиция окружила 30 протестующих, из них 7 задержаны.", "ru", (7, 7, "exact", "protesters")),
    ],
    ids=["kk-olardyn", "ru-iz-nih"],
)
def test_a_part_counted_before_its_number(sentence: str, language: str, row: tuple[object, ...]) -> None:
    detentions, _ = read(sentence, publisher="cec", language=language)  # type: ignore[arg-type]
    assert row in [detention_row(c)[:4] for c in detentions]


def test_voting_for_several_people_is_proxy_voting() -> None:
    values = infraction_values("Observers saw the same person voting for several people in Taraz.")
    assert values == [("voter_impersonation", "observed", None, None)]


def test_a_place_is_where_the_speakers_are_not_who_speaks() -> None:
    _, infractions = read("Teachers in Taraz told observers that they had been instructed to vote.")
    assert [infraction_row(c) for c in infractions] == [("pressure_on_voters", "observed", None, "observed", "ODIHR")]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("В Таразе были задержаны, по данным МВД, около 300 человек.", "ru"),
        ("On election day police detained, according to the interior ministry, some 300 people in Taraz.", "en"),
    ],
    ids=["ru-po-dannym", "en-according-to"],
)
def test_a_source_between_the_verb_and_its_count(sentence: str, language: str) -> None:
    detentions, _ = read(sentence, publisher="cec", language=language)  # type: ignore[arg-type]
    assert [(c.detained_min, c.reported_by) for c in detentions] == [(300, "Ministry of Internal Affairs")]


def test_a_litotes_in_an_apposition_keeps_the_share() -> None:
    values = infraction_values(
        "Voting was assessed negatively in 7 per cent of the 980 polling stations observed, a "
        "figure not inconsistent with the previous election."
    )
    assert values == [("mixed", "share_of_observations_pct", 7.0, 980.0)]


@pytest.mark.parametrize(
    ("title", "body", "language", "count"),
    [
        (
            "Таразда сайлау күні 11 адам ұсталды",
            "Сайлау күні Тараз қаласында рұқсатсыз жиынға шыққан 11 адам полиция бөліміне жеткізілді.",
            "kk",
            11,
        ),
        (
            "Генпрокуратура: в Таразе задержаны почти две тысячи человек",
            "Всего в ходе акций в Таразе задержаны 1 947 человек, сообщил представитель прокуратуры.",
            "ru",
            1947,
        ),
        (
            "Hundreds detained in Taraz",
            "Police in Taraz detained around 400 people on Sunday, the ministry said.",
            "en",
            400,
        ),
    ],
    ids=["kk-same-count", "ru-rounded", "en-vague"],
)
def test_a_titles_count_the_body_gives_again_is_the_bodys(title: str, body: str, language: str, count: int) -> None:
    detentions, _ = read(title, body, publisher="cec", language=language)  # type: ignore[arg-type]
    assert [c.detained_max for c in detentions] == [count]


def test_a_titles_count_the_body_does_not_give_stays() -> None:
    detentions, _ = read("Hundreds detained in Taraz", "Police in Taraz detained 40 people on Sunday.", publisher="cec")
    assert sorted(c.detained_min for c in detentions) == [40, 200]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("По словам прокурора, 210 из них арестованы на срок до 10 суток, остальные оштрафованы.", "ru"),
        ("He said 210 of them had been jailed for up to 10 days.", "en"),
        ("Олардың 210-ы 10 тәулікке қамалды.", "kk"),
    ],
    ids=["ru-na-srok", "en-jailed-for", "kk-taulikke"],
)
def test_a_term_of_arrest_is_no_detention(sentence: str, language: str) -> None:
    detentions, _ = read(sentence, publisher="cec", language=language)  # type: ignore[arg-type]
    assert detentions == []


def test_reports_denied_with_words_before_that() -> None:
    assert read(
        "The spokesperson denied reports circulating online that dozens had been detained.", publisher="cec"
    ) == ([], [])


def test_people_prevented_from_filming_and_the_foundation_that_counted_them() -> None:
    _, infractions = read(
        "The Kazakh Press Club foundation said it had documented 23 cases in which its reporters "
        "were prevented from filming at polling stations.",
        publisher="cec",
    )
    assert [infraction_row(c) for c in infractions] == [
        ("observer_obstruction", "violations", 23.0, "exact", "Kazakh Press Club foundation")
    ]


def test_at_least_a_dozen_keeps_its_bound() -> None:
    detentions, _ = read("Police in Taraz dragged at least a dozen young men into buses.", publisher="cec")
    assert [detention_row(c)[:3] for c in detentions] == [(12, None, "at least")]


@pytest.mark.parametrize(
    ("sentence", "language", "second"),
    [
        (
            "Голосование было оценено отрицательно в 9 процентах наблюдений, а подсчёт голосов — в 30 из 120 "
            "наблюдений.",
            "ru",
            ("counting_irregularity", "polling_stations", 30, 120.0),
        ),
        (
            "Voting was assessed negatively in 9 per cent of observations, and the count in 30 of the 120 counts "
            "observed.",
            "en",
            ("counting_irregularity", "polling_stations", 30, 120.0),
        ),
        (
            "Voting was assessed negatively in 9 per cent of observations, and the count in 25 per cent.",
            "en",
            ("counting_irregularity", "share_of_observations_pct", 25.0, None),
        ),
    ],
    ids=["ru-dash", "en-of-base", "en-per-cent"],
)
def test_an_assessment_said_once_for_two_processes(sentence: str, language: str, second: tuple) -> None:
    assert infraction_values(sentence, language) == [  # type: ignore[arg-type]
        ("mixed", "share_of_observations_pct", 9.0, None),
        second,
    ]


def test_a_second_process_without_an_assessment_before_is_no_share() -> None:
    values = infraction_values("Observers visited 9 per cent of polling stations, and the count in 30 of 120.")
    assert not any(v[0] == "counting_irregularity" for v in values)
