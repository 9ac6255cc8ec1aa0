"""Two shapes of the wires: a grouped count followed by a comma, and a year before a noun in the singular."""

from __future__ import annotations

import pytest

from sources.text import read_numbers


def kinds(text: str, language: str | None = None) -> list[tuple[str, float]]:
    return [(n.kind, n.value) for n in read_numbers(text, language)]


GROUPED_BEFORE_A_COMMA = [
    (
        "Out of 9,412,730 people on the rolls, 5,206,118, or 55.31%, came to vote.",
        [("count", 9_412_730), ("count", 5_206_118), ("share", 55.31)],
    ),
    ("Ballots cast: 3,004,517, a record.", [("count", 3_004_517)]),
    (
        "The tally was 1,250,000, 980,400 and 77,015 votes.",
        [("count", 1_250_000), ("count", 980_400), ("count", 77_015)],
    ),
    ("Из 8,117,302, или 61,2 %, пришли", [("count", 8_117_302), ("share", 61.2)]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPED_BEFORE_A_COMMA, ids=["or-share", "apposition", "list", "ru"])
def test_a_grouped_count_followed_by_a_comma_is_one_count(text: str, expected: list[tuple[str, float]]) -> None:
    assert kinds(text) == expected


def test_a_comma_between_groups_still_groups_them() -> None:
    assert kinds("7,820,204 voters", "en") == [("count", 7_820_204)]


YEAR_BEFORE_SINGULAR = [
    ("Compared with the 2016 vote, turnout fell to 61.5%.", [("year", 2016), ("share", 61.5)]),
    ("Unlike the 2019 poll, 12 candidates ran.", [("year", 2019), ("count", 12)]),
    ("Ahead of the 2022 referendum the CEC met.", [("year", 2022)]),
    ("after the 2021 ballot count", [("year", 2021)]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_BEFORE_SINGULAR, ids=["vote", "poll", "referendum", "ballot"])
def test_a_year_before_a_singular_event_noun_is_a_year(text: str, expected: list[tuple[str, float]]) -> None:
    assert kinds(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2016 votes were void", 2016), ("only 2019 ballots arrived", 2019), ("2020 voters came", 2020)],
    ids=["votes", "ballots", "voters"],
)
def test_a_four_digit_count_before_a_plural_noun_stays_a_count(text: str, expected: int) -> None:
    assert kinds(text, "en") == [("count", expected)]


def test_a_year_sized_count_before_people_named_by_their_role_is_a_count() -> None:
    numbers = read_numbers("1900 human rights defenders and 1950 сторонников were detained", "en")
    assert [(n.kind, n.value) for n in numbers] == [("count", 1900.0), ("count", 1950.0)]
