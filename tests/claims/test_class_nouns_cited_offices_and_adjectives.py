"""Shapes a sixth unseen batch showed: a citizen group named by its class noun as the subject of its finding, an
office an outlet cites ("со ссылкой на пресс-службу ..."), an outlet whose correspondent and region stand before the
source it cites, an adjective between a count and its noun ("18 serious violations", "18 күрделі заңбұзушылық"), the
Kazakh compound "заңбұзушылық" and "оқиға" (incident), ballots "grouped" into the box, and an indirect question
("whether", "были ли", "болды ма") that asks and asserts nothing.

Every sentence here is invented for this file, in the shapes such publications use.
"""

from __future__ import annotations

import pytest

from .documents import read


def _infractions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    _, infractions = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return sorted(((c.category, c.measure, c.value, c.reported_by) for c in infractions), key=str)


def _detention_reporters(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.reported_by) for c in detentions]


@pytest.mark.parametrize(
    ("paragraph", "language", "reporter"),
    [
        pytest.param("The Network of Student Monitors recorded 31 violations during the vote.", "en",
                     "Network of Student Monitors", id="en-network-recorded"),
        pytest.param("On polling day the Alliance of Rural Observers found 9 violations.", "en",
                     "Alliance of Rural Observers", id="en-observers-inside-the-name"),
        pytest.param("Коалиция честных выборов зафиксировала 14 нарушений в день голосования.", "ru",
                     "Коалиция честных выборов", id="ru-coalition-phrase"),
        pytest.param("На выборах общественный фонд «Ашық дауыс» выявил 7 нарушений.", "ru", "Ашық дауыс",
                     id="ru-foundation-quoted-name"),
    ],
)
def test_an_organisation_subject_of_its_finding_is_the_reporter(paragraph: str, language: str, reporter: str) -> None:
    assert [row[3] for row in _infractions(paragraph, language=language)] == [reporter]


def test_the_organisation_rule_leaves_listed_reporters_alone() -> None:
    rows = _infractions("Прокуратура выявила 6 нарушений на выборах.", language="ru")
    assert [row[3] for row in rows] == ["Prosecutor General's Office"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param(
            ("В области во время беспорядков задержали 1,2 тыс. человек.",
             "Об этом сообщает агентство «Вестник» со ссылкой на пресс-службу акимата области."),
            "ru", [(1200, "пресс-службу акимата области")], id="ru-cited-press-service-next-sentence"),
        pytest.param(
            ("About 140 people were detained in the city, the agency Steppe Wire reported, citing the press service "
             "of the regional akimat.",),
            "en", [(140, "press service of the regional akimat")], id="en-cited-press-service"),
    ],
)
def test_an_office_an_outlet_cites_is_the_reporter(
    paragraphs: tuple[str, ...], language: str, expected: list[tuple[object, ...]]
) -> None:
    assert _detention_reporters(*paragraphs, language=language) == expected


def test_an_outlet_with_its_correspondent_and_region_passes_its_source_on() -> None:
    paragraph = ("Корреспондент Радио Степь в Северо-Казахстанской области со ссылкой на департамент полиции "
                 "сообщает, что за два дня в регионе задержано около 300 человек.")
    assert _detention_reporters(paragraph, language="ru") == [(300, "police")]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param("Observers of the platform found 18 serious violations on election day.", "en",
                     ("mixed", "violations", 18.0), id="en-serious"),
        pytest.param("Наблюдатели платформы выявили 11 серьёзных нарушений на выборах.", "ru",
                     ("mixed", "violations", 11.0), id="ru-serious"),
        pytest.param("Сайлау күні платформа 18 күрделі заңбұзушылық анықтады.", "kk", ("mixed", "violations", 18.0),
                     id="kk-serious-compound"),
        pytest.param("Сайлау күні бақылаушылар 4 өрескел бұзушылық тіркеді.", "kk", ("mixed", "violations", 4.0),
                     id="kk-gross"),
    ],
)
def test_an_adjective_between_count_and_measure(paragraph: str, language: str, expected: tuple[object, ...]) -> None:
    assert [row[:3] for row in _infractions(paragraph, language=language)] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param("Сайлау күні бюлетеньдерді топтаған 5 оқиға тіркелді.", ("ballot_box_stuffing", 5.0),
                     id="kk-grouped-ballots-incidents"),
        pytest.param("Бақылаушылар бюллетеньдерді топтап тастаған 3 оқиғаны тіркеді.", ("ballot_box_stuffing", 3.0),
                     id="kk-grouped-ballots-thrown"),
    ],
)
def test_kazakh_incidents_of_grouped_ballots(paragraph: str, expected: tuple[object, ...]) -> None:
    assert [(row[0], row[2]) for row in _infractions(paragraph, language="kk")] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("Without the opening figures it will be hard to tell whether ballots were stuffed.", "en",
                     id="en-whether"),
        pytest.param("Без цифр на начало дня будет трудно понять, были ли вбросы на участке.", "ru", id="ru-li"),
        pytest.param("Бастапқы деректерсіз бюллетеньдерді заңсыз салу болды ма, білу қиын.", "kk", id="kk-ma"),
    ],
)
def test_an_indirect_question_asserts_no_finding(paragraph: str, language: str) -> None:
    assert _infractions(paragraph, language=language) == []


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("Observers saw ballot box stuffing at the polling station.", "en", id="en-asserted"),
        pytest.param("Наблюдатели видели вбросы на участке лишь однажды.", "ru", id="ru-lish-is-not-li"),
        pytest.param("Тілші учаскеде бюллетеньдерді заңсыз салуды байқады.", "kk", id="kk-bai-is-not-ba"),
    ],
)
def test_the_question_particles_are_whole_words(paragraph: str, language: str) -> None:
    assert [row[0] for row in _infractions(paragraph, language=language)] == ["ballot_box_stuffing"]


@pytest.mark.parametrize(
    ("paragraph", "language", "reporter"),
    [
        pytest.param("Мелкие нарушения на выборах выявили наблюдатели от «Честный голос».", "ru", "Честный голос",
                     id="ru-violations-first-observers-of-a-group"),
        pytest.param("On election day observers from «Fair Count» recorded violations in the capital.", "en",
                     "Fair Count", id="en-observers-of-a-group"),
        pytest.param("Сайлау күні «Адал дауыс» бақылаушылары бұзушылықтар анықтады.", "kk", "Адал дауыс",
                     id="kk-observers-of-a-group"),
    ],
)
def test_observers_of_a_named_group_speak_for_it(paragraph: str, language: str, reporter: str) -> None:
    assert [row[3] for row in _infractions(paragraph, language=language)] == [reporter]


def test_one_observer_of_a_party_named_in_person_speaks_for_herself() -> None:
    paragraph = ("Наблюдатель от партии «Жаңа жол» в Таразе Айгерим Нурланова сообщила, что наблюдателей не "
                 "допускали на избирательный участок.")
    reporters = [str(row[3]) for row in _infractions(paragraph, language="ru")]
    assert len(reporters) == 1 and reporters[0].endswith("Айгерим Нурланова"), reporters


@pytest.mark.parametrize(
    ("paragraphs", "language", "reporter"),
    [
        pytest.param(("Платформа жетекшісі Ерлан Оспанов сайлауда 700 бақылаушы жұмыс істегенін айтады. "
                      "\"Биыл сайлау қызық өтті. 9 күрделі заңбұзушылық анықтадық\", - дейді ол.",),
                     "kk", "Ерлан Оспанов", id="kk-deidi-ol"),
        pytest.param(("Координатор лиги Анна Ким рассказала журналистам о дне голосования. «Мы видели многое. "
                      "Всего на выборах зафиксировано 15 нарушений», — сказала она.",),
                     "ru", "Анна Ким", id="ru-skazala-ona"),
        pytest.param(("The league's coordinator Dana Bekova spoke to reporters after the vote. \"It was a long "
                      "day. Our people recorded 6 violations at the polling stations,\" she said.",),
                     "en", "Dana Bekova", id="en-she-said"),
    ],
)
def test_a_quotation_closed_by_a_pronoun_is_the_person_named_before_it(
    paragraphs: tuple[str, ...], language: str, reporter: str
) -> None:
    assert {row[3] for row in _infractions(*paragraphs, language=language)} == {reporter}


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param("На выборах выяснилось, что на четырёх участках наблюдателям не выдали копию протокола.", "ru",
                     ("observer_obstruction", "polling_stations", 4.0), id="ru-stations-lead-after-chto"),
        pytest.param("At 7 polling stations ballot box stuffing was seen by the observers.", "en",
                     ("ballot_box_stuffing", "polling_stations", 7.0), id="en-stations-lead"),
    ],
)
def test_stations_that_open_their_statement_count_the_finding_after_them(
    paragraph: str, language: str, expected: tuple[object, ...]
) -> None:
    assert [row[:3] for row in _infractions(paragraph, language=language)] == [expected]


def test_stations_opening_a_calm_statement_are_no_finding() -> None:
    assert _infractions("На 14 участках голосование на выборах прошло спокойно.", language="ru") == []


SHARE = "Voting went calmly, but the count was viewed as bad or very bad in one out of five counts observed."
LATER = "Observers also saw tampering with result protocols during the count."


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param((f"{SHARE} {LATER}",), "en",
                     [("counting_irregularity", "observed", None),
                      ("counting_irregularity", "share_of_observations_pct", 20.0)],
                     id="en-later-sentence-of-its-paragraph-kept"),
        pytest.param((LATER, SHARE), "en", [("counting_irregularity", "share_of_observations_pct", 20.0)],
                     id="en-another-paragraph-restates-folded"),
        pytest.param((f"{LATER} {SHARE}",), "en", [("counting_irregularity", "share_of_observations_pct", 20.0)],
                     id="en-earlier-sentence-folded"),
        pytest.param(
            ("The count was assessed negatively in 30 per cent of counts observed, mainly due to procedural "
             "errors during the count.",),
            "en", [("counting_irregularity", "share_of_observations_pct", 30.0)], id="en-own-reason-folded"),
        pytest.param(
            ("Подсчет голосов был оценен отрицательно на каждом четвертом наблюдавшемся участке. Наблюдатели "
             "отметили серьезные нарушения при подсчете голосов.",),
            "ru", [("counting_irregularity", "observed", None), ("counting_irregularity", "share_of_observations_pct",
                                                              25.0)], id="ru-later-sentence-kept"),
        pytest.param(
            ("Дауыстарды санау байқалған учаскелердің 30 пайызында теріс бағаланды. Бақылаушылар дауыс санау "
             "кезінде елеулі бұзушылықтар байқады.",),
            "kk", [("counting_irregularity", "observed", None), ("counting_irregularity", "share_of_observations_pct",
                                                              30.0)], id="kk-later-sentence-kept"),
    ],
)
def test_a_share_of_observations_keeps_apart_what_its_paragraph_goes_on_to_report(
    paragraphs: tuple[str, ...], language: str, expected: list[tuple[object, ...]]
) -> None:
    assert [row[:3] for row in _infractions(*paragraphs, language=language)] == expected


def _detentions(*paragraphs: str, language: str = "en") -> list[tuple[object, ...]]:
    detentions, _ = read(*paragraphs, language=language)  # type: ignore[arg-type]
    return [(c.detained_min, c.qualifier, c.reported_by) for c in detentions]


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        pytest.param("Police later carried about 40 of them into police vans outside the akimat.", "en",
                     [(40, "approximately")], id="en-carried-into-vans"),
        pytest.param("By noon more than 60 activists were already in detention at two police stations.", "en",
                     [(60, "more than")], id="en-were-in-detention"),
        pytest.param("После беспорядков под арестом находятся 140 человек.", "ru", [(140, "exact")],
                     id="ru-pod-arestom-nakhodyatsya"),
        pytest.param("Ауыр қылмыс жасаған 95 күдікті қамауда отыр.", "kk", [(95, "exact")], id="kk-qamauda-otyr"),
    ],
)
def test_people_held_in_custody_are_detained(paragraph: str, language: str, expected: list[tuple[object, ...]]) -> None:
    assert [row[:2] for row in _detentions(paragraph, language=language)] == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("More than 300 suspects were questioned and 40 were sentenced by the courts.", "en",
                     id="en-questioned-sentenced"),
        pytest.param("Тергеу барысында 900 адамнан жауап алынды, 30 адам сотталды.", "kk",
                     id="kk-questioned-sentenced"),
    ],
)
def test_questioned_or_sentenced_are_not_detained(paragraph: str, language: str) -> None:
    assert _detentions(paragraph, language=language) == []


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        pytest.param(("Around 70 activists were arrested in the city on Sunday.",
                      "The police moved in at noon and arrested around 70 people, according to the Ministry of "
                      "Internal Affairs."),
                     "en", [(70, "Ministry of Internal Affairs"), (70, "Ministry of Internal Affairs")],
                     id="en-headline-takes-the-body-source"),
        pytest.param(("В городе задержаны 45 человек.",
                      "По данным МВД, полиция задержала 45 человек у здания акимата."),
                     "ru", [(45, "Ministry of Internal Affairs"), (45, "Ministry of Internal Affairs")],
                     id="ru-headline-takes-the-body-source"),
        pytest.param(("В Алматы задержаны 12 человек.", "В Шымкенте, по данным полиции, задержаны 12 человек."),
                     "ru", [(12, "ODIHR"), (12, "police")], id="ru-another-place-keeps-its-own"),
    ],
)
def test_a_count_said_again_with_its_source_gives_it_the_source(
    paragraphs: tuple[str, ...], language: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(row[0], row[2]) for row in _detentions(*paragraphs, language=language)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param("Ішкі істер министрі кеше бірнеше қалада өткен митингілерде 41 адамның ұсталғанын мәлім етті.",
                     [(41, "Minister of Internal Affairs")], id="kk-minister-verb-last"),
        pytest.param("Бас прокуратура сайлау күні 8 заң бұзушылық тіркелгенін хабарлады.",
                     [(8.0, "Prosecutor General's Office")], id="kk-prosecutors-verb-last"),
    ],
)
def test_a_kazakh_source_with_its_verb_at_the_end(paragraph: str, expected: list[tuple[object, ...]]) -> None:
    detentions, infractions = read(paragraph, language="kk")
    rows = [(c.detained_min, c.reported_by) for c in detentions] + [(c.value, c.reported_by) for c in infractions]
    assert rows == expected


def test_a_quotation_closed_by_a_bare_role_is_the_person_named_before() -> None:
    paragraph = ("Ішкі істер министрі Серік Әлімов Мәжіліс отырысында қаңтар оқиғасы туралы айтты. «Қазір 120 "
                 "күдікті қамауда отыр», - деді министр.")
    assert [(row[0], row[2]) for row in _detentions(paragraph, language="kk")] == [
        (120, "Minister of Internal Affairs")
    ]
