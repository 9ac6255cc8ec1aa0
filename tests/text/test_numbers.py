"""The number reader: every written form in Russian, Kazakh and English, classified and valued."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.text import (
    Number,
    find_amounts,
    find_clock,
    find_dates,
    find_percents,
    parse_count,
    parse_percent_cell,
    read_numbers,
)


def kinds(text: str, language=None) -> list[tuple[str, float]]:
    return [(n.kind, n.value) for n in read_numbers(text, language)]


def only(text: str, language=None) -> Number:
    numbers = read_numbers(text, language)
    assert len(numbers) == 1, numbers
    return numbers[0]


COUNTS = [
    ("11 960 364", 11_960_364),
    ("6\u00a0539\u00a0715", 6_539_715),
    ("6\u202f539\u202f715", 6_539_715),
    ("6\u2009539\u2009715", 6_539_715),
    ("8,300,046", 8_300_046),
    ("8.300.046", 8_300_046),
    ("6 миллионов 163 тысячи 863", 6_163_863),
    ("11 миллионов 734 тысячи 642", 11_734_642),
    ("12 миллионов 284 тысячи 487", 12_284_487),
    ("7 млн 062 тыс. 358", 7_062_358),
    ("540 тысяч 406", 540_406),
    ("21 тысяча 484", 21_484),
    ("1 миллион 2 тысячи 3", 1_002_003),
    ("9 мың 968", 9_968),
    ("6,98 млн", 6_980_000),
    ("6 980 тыс.", 6_980_000),
    ("11 млн", 11_000_000),
    ("1,5 млн", 1_500_000),
    ("двести", 200),
    ("двести пятьдесят три", 253),
    ("три тысячи двести", 3_200),
    ("три миллиона четыреста пятьдесят шесть тысяч семьсот восемьдесят девять", 3_456_789),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=[c[0] for c in COUNTS])
def test_counts_in_russian_forms(text: str, expected: int) -> None:
    assert parse_count(text) == expected
    assert kinds(text, "ru") == [("count", expected)]


ENGLISH_COUNTS = [
    ("6,980 thousand", 6_980_000),
    ("6.98 million", 6_980_000),
    ("two million", 2_000_000),
    ("forty-two", 42),
    ("two hundred and five", 205),
    ("one hundred thousand", 100_000),
    ("8,300,046", 8_300_046),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_COUNTS, ids=[c[0] for c in ENGLISH_COUNTS])
def test_counts_in_english_forms(text: str, expected: int) -> None:
    assert kinds(f"{text} people voted", "en") == [("count", expected)]


KAZAKH_COUNTS = [
    ("бір миллион", 1_000_000),
    ("екі жүз елу", 250),
    ("он бес", 15),
    ("мың", None),
    ("12 миллион 284 мың 487", 12_284_487),
    ("812 334", 812_334),
]


@pytest.mark.parametrize(("text", "expected"), KAZAKH_COUNTS, ids=[c[0] for c in KAZAKH_COUNTS])
def test_counts_in_kazakh_forms(text: str, expected: int | None) -> None:
    found = kinds(f"{text} адам дауыс берді", "kk")
    assert found == ([("count", expected)] if expected else [])


SHARES = [
    ("70,96 %", 70.96),
    ("77,4%", 77.4),
    ("77,5 процента", 77.5),
    ("81 процент", 81.0),
    ("12,3 процентов", 12.3),
    ("77,50 пайыз", 77.5),
    ("63,3 пайызы", 63.3),
    ("75,16%-ы", 75.16),
    ("69.44%", 69.44),
    ("12,8 per cent", 12.8),
    ("55.3 percent", 55.3),
    ("4.2 pct", 4.2),
    ("семьдесят процентов", 70.0),
]


@pytest.mark.parametrize(("text", "expected"), SHARES, ids=[p[0] for p in SHARES])
def test_shares(text: str, expected: float) -> None:
    assert [p.value for p in find_percents(text)] == [expected]
    assert only(text).text == text


CLOCKS = [
    ("по состоянию на 18 часов", "18:00"),
    ("на 18.00", "18:00"),
    ("на 18.10", "18:10"),
    ("Явка на 10.00 составила", "10:00"),
    ("сағат 18.00-дегі жағдай бойынша", "18:00"),
    ("сағат 10-да", "10:00"),
    ("Turnout as of 6 p.m.", "18:00"),
    ("at 10 a.m. the polls opened", "10:00"),
    ("на 13:00", "13:00"),
    ("в 20 ч.", "20:00"),
    ("as of 18.00", "18:00"),
]


@pytest.mark.parametrize(("text", "expected"), CLOCKS, ids=[c[0] for c in CLOCKS])
def test_clock_times_are_never_counts(text: str, expected: str) -> None:
    numbers = read_numbers(text)
    assert [n.kind for n in numbers] == ["clock"]
    assert numbers[0].clock == expected
    assert find_clock(text) == expected
    assert find_amounts(text) == []


DATES = [
    ("9 июня 2019 года", dt.date(2019, 6, 9)),
    ("9 June 2019", dt.date(2019, 6, 9)),
    ("June 9, 2019", dt.date(2019, 6, 9)),
    ("09.06.2019", dt.date(2019, 6, 9)),
    ("2019-06-09", dt.date(2019, 6, 9)),
    ("9 маусым 2019", dt.date(2019, 6, 9)),
    ("2022 жылғы 20 қарашада", dt.date(2022, 11, 20)),
    ("20 ноября 2022 г.", dt.date(2022, 11, 20)),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[d[0] for d in DATES])
def test_full_dates(text: str, expected: dt.date) -> None:
    n = only(text)
    assert (n.kind, n.date, n.day, n.month) == ("date", expected, expected.day, expected.month)
    assert [d for d, _, _ in find_dates(text)] == [expected]


PARTIAL_DATES = [("10 қаңтар", [(10, 1)]), ("20 ноября", [(20, 11)]), ("on 13 June", [(13, 6)]),
                 ("9 и 10 июня", [(9, 6), (10, 6)]), ("9 and 10 June", [(9, 6), (10, 6)]),
                 ("с 9 по 13 июня", [(9, 6), (13, 6)]), ("June 9-10", [(9, 6), (10, 6)])]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTIAL_DATES, ids=[d[0] for d in PARTIAL_DATES])
def test_partial_dates_are_dates_without_a_year(text: str, expected: list[tuple[int, int]]) -> None:
    numbers = read_numbers(text)
    assert [(n.kind, n.day, n.month, n.date) for n in numbers] == [("date", d, m, None) for d, m in expected]


YEARS = [("2019", 2019), ("в 2019 году", 2019), ("2019 года", 2019), ("2019 жылы", 2019), ("in 2019", 2019),
         ("2019 г.", 2019)]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), YEARS, ids=[y[0] for y in YEARS])
def test_years(text: str, expected: int) -> None:
    assert kinds(text) == [("year", expected)]


def test_a_four_digit_count_before_its_noun_is_a_count() -> None:
    assert kinds("в 2000 избирательных участках") == [("count", 2000)]
    assert kinds("более 2015 человек") == [("count", 2015)]


LIST_NUMBERS = [("статья 44", 44), ("ст. 44", 44), ("Article 69", 69), ("пункт 3", 3), ("п. 3", 3), ("No. 5", 5),
                ("№ 5", 5), ("44-бабы", 44), ("1) за Арманову", 1)]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LIST_NUMBERS, ids=[x[0] for x in LIST_NUMBERS])
def test_list_numbers(text: str, expected: int) -> None:
    assert kinds(text)[0] == ("list_number", expected)


def test_a_list_of_articles_is_all_list_numbers() -> None:
    assert kinds("согласно статьям 44, 45 и 46 Закона") == [("list_number", n) for n in (44, 45, 46)]


def test_glued_footnote_markers_are_list_numbers() -> None:
    assert kinds("including voter impersonation.12 On election day") == [("list_number", 12)]


ORDINALS = [("1-й", 1), ("2-го тура", 2), ("3rd", 3), ("5-ші", 5), ("the second round", 2), ("екінші тур", 2)]


@pytest.mark.parametrize(("text", "expected"), ORDINALS, ids=[o[0] for o in ORDINALS])
def test_ordinals(text: str, expected: int) -> None:
    assert kinds(text) == [("ordinal", expected)]


def test_ratios_are_decimals_not_counts() -> None:
    assert kinds("в 1,5 раза больше") == [("decimal", 1.5)]
    assert kinds("2.5 times more", "en") == [("decimal", 2.5)]


def test_dates_clock_times_and_percentages_are_not_counts() -> None:
    text = "9 июня 2019 года по состоянию на 20 часов бюллетени получили 77,4% из 11 960 364"
    assert [a.value for a in find_amounts(text)] == [11_960_364]
    assert find_clock(text) == "20:00"


def test_offsets_point_into_the_text() -> None:
    text = "На 18.10 проголосовали 6 980 тыс. избирателей (53,11 %), 10 қаңтар."
    for n in read_numbers(text):
        assert text[n.start : n.end] == n.text


def test_a_comma_group_is_a_decimal_in_russian_only_before_a_scale_or_share() -> None:
    assert kinds("6,980 тыс. человек", "ru") == [("count", 6980)]
    assert kinds("6,980 thousand", "en") == [("count", 6_980_000)]
    assert kinds("1,234 голосов", "ru") == [("count", 1234)]


def test_two_counts_in_one_phrase_is_an_error() -> None:
    with pytest.raises(ValueError, match="expected one count"):
        parse_count("11 960 364 и 9 274 110")


@pytest.mark.parametrize(("cell", "expected"), [("2019", 2019), ("8,300,046", 8_300_046), (" 6 539 715 ", 6_539_715)])
def test_a_table_cell_of_digits_is_a_count(cell: str, expected: int) -> None:
    assert parse_count(cell) == expected


PERCENT_CELLS = [("70,96", 70.96), ("77.50", 77.5), ("5,2 %", 5.2), ("12,3 пайыз", 12.3)]


@pytest.mark.parametrize(("cell", "expected"), PERCENT_CELLS, ids=[c[0] for c in PERCENT_CELLS])
def test_percent_cells(cell: str, expected: float) -> None:
    assert parse_percent_cell(cell) == expected


@pytest.mark.parametrize("cell", ["", "abc", "1 234 567", "70,96 голосов"])
def test_not_percent_cells(cell: str) -> None:
    with pytest.raises(ValueError, match="not a percentage"):
        parse_percent_cell(cell)


@pytest.mark.parametrize("language", ["rus", "eng", "kaz", "xx", ""])
def test_an_unknown_language_is_guessed_and_never_raises(language: str) -> None:
    assert kinds("Всего 6 539 715 избирателей, или 70,96 %", language) == [("count", 6_539_715), ("share", 70.96)]


@pytest.mark.parametrize("text", ["", " ", "нет чисел", "—", "%", "12.", ".5", "1e5", "\u00a0\u00a0"])
def test_nothing_found_never_raises(text: str) -> None:
    assert isinstance(read_numbers(text), list)
