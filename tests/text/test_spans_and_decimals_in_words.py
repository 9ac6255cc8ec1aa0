"""A span of hours is no hour of the day, and a decimal written in words is one number (sentences invented)."""

from __future__ import annotations

import pytest

from sources.text import find_clock, read_numbers

SPANS = [
    ("ru", "Явка за пять часов составила 30,6%."),
    ("ru", "За первые три часа голосования проголосовали 15,2% избирателей."),
    ("ru", "В течение 2 часов участки работали в обычном режиме."),
    ("en", "Turnout in the first five hours was 20.4 percent."),
    ("kk", "Алғашқы үш сағатта сайлаушылардың 15,2 пайызы дауыс берді."),
]


@pytest.mark.parametrize(("language", "text"), SPANS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SPANS)])
def test_a_span_of_hours_is_a_duration_not_a_clock(language: str, text: str) -> None:
    assert find_clock(text) is None
    spans = [n for n in read_numbers(text, language) if n.measure == "duration"]
    assert len(spans) == 1 and spans[0].kind == "count"


@pytest.mark.parametrize(("language", "text", "clock"), [
    ("ru", "К пяти часам вечера явка составила 50%.", "05:00"),
    ("ru", "На 18 часов проголосовали 60% избирателей.", "18:00"),
    ("en", "As of 6 p.m. turnout stood at 63 percent.", "18:00"),
], ids=["ru-by-five", "ru-at-18", "en-6pm"])
def test_an_hour_of_the_day_is_still_a_clock(language: str, text: str, clock: str) -> None:
    assert find_clock(text) == clock


DECIMALS = [
    ("ru", "Это двенадцать целых тридцать девять сотых процента от числа избирателей.", 12.39),
    ("ru", "Партия получила семь целых две десятых процента голосов.", 7.2),
    ("kk", "Сайлаушылардың он екі бүтін жүзден отыз тоғыз пайызы дауыс берді.", 12.39),
    ("en", "Turnout reached sixty-two point five percent.", 62.5),
    ("en", "The party won twelve point three nine percent.", 12.39),
]


@pytest.mark.parametrize(("language", "text", "value"), DECIMALS, ids=[f"{c[0]}-{c[2]}" for c in DECIMALS])
def test_a_decimal_written_in_words_is_one_share(language: str, text: str, value: float) -> None:
    shares = [n for n in read_numbers(text, language) if n.kind == "share"]
    assert [round(n.value, 2) for n in shares] == [value]
    assert not [n for n in read_numbers(text, language) if n.kind == "count"]


@pytest.mark.parametrize(("language", "text", "values"), [
    ("ru", "целых три дня шли подсчёты", [3]),
    ("en", "a point of order raised by three observers", [3]),
], ids=["ru-whole-days", "en-point-of-order"])
def test_a_point_word_without_a_number_before_it_starts_none(language: str, text: str, values: list[int]) -> None:
    assert [n.value for n in read_numbers(text, language) if n.kind == "count"] == values
