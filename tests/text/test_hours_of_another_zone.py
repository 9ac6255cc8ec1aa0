"""A military hour with its zone ("0900 GMT", "2030 UTC") is a clock time, never a count or a year; four digits with
no zone after them stay what they were."""

from __future__ import annotations

import pytest

from sources.text.numbers import read_numbers


@pytest.mark.parametrize(("text", "clock"), [
    ("had voted by 2 p.m. (0900 GMT) in Sunday's vote", "09:00"),
    ("polls closed at 1500 GMT", "15:00"),
    ("results due by 2030 UTC", "20:30"),
])
def test_a_zoned_military_hour_is_a_clock(text: str, clock: str) -> None:
    zoned = [n for n in read_numbers(text) if n.text.isdigit() and len(n.text) == 4]
    assert [(n.kind, n.clock) for n in zoned] == [("clock", clock)]


@pytest.mark.parametrize(("text", "kind"), [("1500 people voted", "count"), ("in 2019 the turnout", "year")])
def test_four_digits_without_a_zone_keep_their_kind(text: str, kind: str) -> None:
    assert [n.kind for n in read_numbers(text)] == [kind]
