"""Numbers in every format the CEC publishes (SOURCES.md)."""

from __future__ import annotations

import pytest

from sources.numbers import find_amounts, find_clock, find_dates, find_percents, parse_count

COUNTS = [
    ("11 960 364", 11_960_364),
    ("6\u00a0539\u00a0715", 6_539_715),
    ("8,300,046", 8_300_046),
    ("6 миллионов 163 тысячи 863", 6_163_863),
    ("11 миллионов 734 тысячи 642", 11_734_642),
    ("7 млн 062 тыс. 358", 7_062_358),
    ("540 тысяч 406", 540_406),
    ("21 тысяча 484", 21_484),
    ("1 миллион 2 тысячи 3", 1_002_003),
    ("9 мың 968", 9_968),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=[c[0] for c in COUNTS])
def test_counts(text: str, expected: int) -> None:
    assert parse_count(text) == expected


PERCENTS = [("70,96 %", 70.96), ("77,4%", 77.4), ("77,5 процента", 77.5), ("77,50 пайыз", 77.5),
            ("69.44%", 69.44), ("12,8 per cent", 12.8)]


@pytest.mark.parametrize(("text", "expected"), PERCENTS, ids=[p[0] for p in PERCENTS])
def test_percents(text: str, expected: float) -> None:
    assert [p.value for p in find_percents(text)] == [expected]


def test_dates_clock_times_and_percentages_are_not_counts() -> None:
    text = "9 июня 2019 года по состоянию на 20 часов бюллетени получили 77,4% из 11 960 364"
    assert [a.value for a in find_amounts(text)] == [11_960_364]
    assert find_clock(text) == "20:00"


@pytest.mark.parametrize("text", ["9 июня 2019 года", "09.06.2019", "9 June 2019", "9 маусым 2019", "2019-06-09"])
def test_dates_in_three_languages(text: str) -> None:
    assert [d.isoformat() for d, _, _ in find_dates(text)] == ["2019-06-09"]


def test_two_counts_in_one_phrase_is_an_error() -> None:
    with pytest.raises(ValueError, match="expected one count"):
        parse_count("11 960 364 и 9 274 110")
