"""A share of the stations or commissions observed ("in 48 of the 160 polling stations observed"), its base kept, in
English, Russian and Kazakh; per cents whose unit only a table's caption gives ("Table 2 ... (% of observations)"),
rating rows ("Bad or very bad") under a caption that names the process, and two tables in one block, each with its
own caption.

Every sentence and table here is invented for this file, in the shapes mission reports use.
"""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


def _shares(*paragraphs: str, language: Language = "en") -> list[tuple[object, ...]]:
    return [(c.category, c.measure, c.value, c.base) for c in read(*paragraphs, language=language)[1]]


@pytest.mark.parametrize(
    ("text", "language", "row"),
    [
        ("The count was assessed negatively in 27 of the 90 polling stations observed.", "en",
         ("counting_irregularity", "polling_stations", 27, 90)),
        ("Counting was judged bad or very bad in 14 out of 70 stations where it was observed.", "en",
         ("counting_irregularity", "polling_stations", 14, 70)),
        ("The tabulation was not assessed positively in 9 of the 36 TECs visited.", "en",
         ("counting_irregularity", "polling_stations", 9, 36)),
        ("Подсчёт голосов был оценён отрицательно на 15 из 60 посещённых участков.", "ru",
         ("counting_irregularity", "polling_stations", 15, 60)),
        ("Сведение итогов было оценено как непрозрачное в 6 из 48 окружных комиссий, где велось наблюдение.", "ru",
         ("counting_irregularity", "polling_stations", 6, 48)),
        ("Бақылау жүргізілген 150 учаскенің 30-ында бюллетеньдерді топтап салу дерегі тіркелді.", "kk",
         ("ballot_box_stuffing", "polling_stations", 30, 150)),
    ],
    ids=["en-observed", "en-where-observed", "en-tecs-visited", "ru-visited", "ru-commissions-where-observed",
         "kk-base-first-genitive"],
)  # fmt: skip
def test_n_of_the_m_observed_is_a_share_with_its_base(text: str, language: Language, row: tuple[object, ...]) -> None:
    assert _shares(text, language=language) == [row]


@pytest.mark.parametrize(
    ("text", "language", "row"),
    [
        # no sample of observations said: the stations as written, with their base
        ("Ballot box stuffing was found in 4 of the 30 polling stations in the town.", "en",
         ("ballot_box_stuffing", "polling_stations", 4, 30)),
        # the publication's own bracketed share disagrees with N / M: the stations as written
        ("The count was assessed negatively in 12 of the 60 polling stations observed (35 per cent).", "en",
         ("counting_irregularity", "polling_stations", 12, 60)),
        ("Вбросы бюллетеней выявлены на 3 из 25 участков района.", "ru",
         ("ballot_box_stuffing", "polling_stations", 3, 25)),
    ],
    ids=["en-no-sample", "en-bracket-disagrees", "ru-no-sample"],
)  # fmt: skip
def test_n_of_m_without_a_sample_stays_a_count_of_stations(
    text: str, language: Language, row: tuple[object, ...]
) -> None:
    assert _shares(text, language=language) == [row]


def test_coverage_of_the_stations_observed_is_no_share() -> None:
    assert _shares("The observers reported from 980 of the 9,900 polling stations observed nationwide.") == []


def test_a_kazakh_base_without_a_sample_word_is_no_share() -> None:
    rows = _shares("Облыстағы 150 учаскенің 30-ында бюллетеньдерді топтап салу дерегі тіркелді.", language="kk")
    assert all(measure != "share_of_observations_pct" for _, measure, _, _ in rows)


ANNEX = """Election day findings

Table 4. Opening and voting – problems noted (% of observations)

| Indicator | % |
|---|---|
| Seemingly identical signatures on voter lists | 9 |
| Indications of ballot box stuffing | 4 |

Table 5. Vote count – overall assessment (% of observations)

| Assessment | % |
|---|---|
| Very good or good | 78 |
| Bad or very bad | 22 |
"""


def test_a_caption_gives_the_unit_of_a_per_cent_column_and_each_table_its_own_caption() -> None:
    assert sorted(_shares(ANNEX)) == [
        ("ballot_box_stuffing", "share_of_observations_pct", 4.0, None),
        ("counting_irregularity", "share_of_observations_pct", 22.0, None),
        ("identical_signatures", "share_of_observations_pct", 9.0, None),
    ]


def test_tables_read_line_by_line_keep_their_captions() -> None:
    assert sorted(_shares(*[line for line in ANNEX.splitlines() if line.strip()])) == sorted(_shares(ANNEX))


@pytest.mark.parametrize(
    ("table", "language", "rows"),
    [
        ("Таблица 3. Подсчёт голосов – общая оценка (% наблюдений)\n\n| Оценка | % |\n|---|---|\n"
         "| Хорошо или очень хорошо | 81 |\n| Плохо или очень плохо | 19 |", "ru",
         [("counting_irregularity", "share_of_observations_pct", 19.0, None)]),
        ("3-кесте. Дауыс санау – жалпы баға (бақылаулардың %)\n\n| Баға | % |\n|---|---|\n"
         "| Жақсы немесе өте жақсы | 85 |\n| Нашар немесе өте нашар | 15 |", "kk",
         [("counting_irregularity", "share_of_observations_pct", 15.0, None)]),
    ],
    ids=["ru-ratings", "kk-ratings"],
)  # fmt: skip
def test_a_negative_rating_row_is_a_finding_of_the_captions_process(
    table: str, language: Language, rows: list[tuple[object, ...]]
) -> None:
    assert _shares(table, language=language) == rows


def test_a_per_cent_column_without_observations_named_is_not_read() -> None:
    table = "Table 1. Turnout by region\n\n| Region | % |\n|---|---|\n| Almaty | 41 |\n| Shymkent | 63 |"
    assert _shares(table) == []


# Kazakh "M учаскенің N-інде" with no participle of observation: the stations as written with their base, or the
# observers' sample when observers are the sentence's subject.
KAZAKH_PLAIN_BASES = [
    ("Ауданда 120 учаскенің 30-ында бюллетеньдерді жәшікке тастау фактілері тіркелді.",
     ("ballot_box_stuffing", "polling_stations", 30.0, 120)),
    ("Байқаушылар 120 учаскенің 30-ында дауыс санау рәсімдерінің бұзылғанын атап өтті.",
     ("counting_irregularity", "polling_stations", 30, 120)),
    ("Бақылаушылар барған 120 учаскенің 30-ында топтасып дауыс беру байқалды.",
     ("group_voting", "polling_stations", 30, 120)),
]


@pytest.mark.parametrize(("text", "row"), KAZAKH_PLAIN_BASES, ids=["stations", "observers-sample", "visited"])
def test_kazakh_stations_in_the_genitive_keep_their_base(text: str, row: tuple[object, ...]) -> None:
    assert _shares(text, language="kk") == [row]


def test_kazakh_stations_in_the_genitive_without_a_finding_are_no_claim() -> None:
    assert _shares("Байқаушылар 120 учаскенің 30-ында болды.", language="kk") == []
