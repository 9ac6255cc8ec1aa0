"""Date resolution against the election date and the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.claims.dates import find_dates, infer_year, resolve_span

E = dt.date(2019, 6, 9)
D = dt.date

CASES = [
    ("on election day", D(2019, 6, 9), D(2019, 6, 9)),
    ("on election night", D(2019, 6, 9), D(2019, 6, 9)),
    ("on 10 June", D(2019, 6, 10), D(2019, 6, 10)),
    ("On 10 June 2019,", D(2019, 6, 10), D(2019, 6, 10)),
    ("on June 10", D(2019, 6, 10), D(2019, 6, 10)),
    ("between 9 and 13 June", D(2019, 6, 9), D(2019, 6, 13)),
    ("from 9 to 13 June", D(2019, 6, 9), D(2019, 6, 13)),
    ("9–13 June", D(2019, 6, 9), D(2019, 6, 13)),
    ("9-13 June 2019", D(2019, 6, 9), D(2019, 6, 13)),
    ("June 9-13", D(2019, 6, 9), D(2019, 6, 13)),
    ("between 30 May and 2 June", D(2019, 5, 30), D(2019, 6, 2)),
    ("the day after the election", D(2019, 6, 10), D(2019, 6, 10)),
    ("on the eve of the election", D(2019, 6, 8), D(2019, 6, 8)),
    ("the following day", D(2019, 6, 10), D(2019, 6, 10)),
    ("в день голосования", D(2019, 6, 9), D(2019, 6, 9)),
    ("10 июня", D(2019, 6, 10), D(2019, 6, 10)),
    ("10 июня 2019 года", D(2019, 6, 10), D(2019, 6, 10)),
    ("с 9 по 13 июня", D(2019, 6, 9), D(2019, 6, 13)),
    ("на следующий день", D(2019, 6, 10), D(2019, 6, 10)),
    ("накануне голосования", D(2019, 6, 8), D(2019, 6, 8)),
    ("дауыс беру күні", D(2019, 6, 9), D(2019, 6, 9)),
    ("2019 жылғы 10 маусым", D(2019, 6, 10), D(2019, 6, 10)),
    ("10.06.2019", D(2019, 6, 10), D(2019, 6, 10)),
]


@pytest.mark.parametrize(("text", "date_from", "date_to"), CASES, ids=[c[0] for c in CASES])
def test_resolution(text: str, date_from: dt.date, date_to: dt.date) -> None:
    assert resolve_span(text, E, D(2019, 10, 4)) == (date_from, date_to)


def test_following_day_counts_from_the_date_named_before_it() -> None:
    mentions = find_dates("On 10 June police dispersed a rally; the following day 100 were detained.", E)
    assert [(m.date_from, m.date_to) for m in mentions] == [(D(2019, 6, 10),) * 2, (D(2019, 6, 11),) * 2]


def test_following_day_counts_from_the_paragraph_anchor() -> None:
    assert resolve_span("The following day, 100 more were detained.", E, anchor=D(2019, 6, 12)) == (
        D(2019, 6, 13),
        D(2019, 6, 13),
    )


def test_year_is_the_one_nearest_the_election() -> None:
    assert infer_year(1, 2, D(2021, 12, 20), None) == D(2022, 1, 2)
    assert infer_year(12, 30, D(2022, 1, 10), None) == D(2021, 12, 30)


def test_without_an_election_date_the_publication_date_bounds_the_year() -> None:
    assert infer_year(6, 10, None, D(2019, 10, 4)) == D(2019, 6, 10)
    assert infer_year(11, 10, None, D(2019, 10, 4)) == D(2018, 11, 10)


def test_unresolvable_dates_are_still_recognised() -> None:
    (mention,) = find_dates("on 10 June")
    assert (mention.date_from, mention.date_to) == (None, None)
    assert resolve_span("on election day") == (None, None)


@pytest.mark.parametrize(
    "text", ["may 10 people", "a march of 500 people", "31 June", "between 13 and 9 June", "in 2019"]
)
def test_no_false_dates(text: str) -> None:
    assert resolve_span(text, E) == (None, None)


def test_a_day_reported_is_on_or_before_its_publication() -> None:
    # an election in November, a statement the day after: "10 January" is that year's, not the next
    assert infer_year(1, 10, D(2022, 11, 20), D(2022, 11, 21)) == D(2022, 1, 10)
    assert infer_year(1, 2, D(2021, 12, 20), D(2022, 3, 1)) == D(2022, 1, 2)


@pytest.mark.parametrize(("text", "day"), [
    ("On 21 March the ministry said that 14 people had been detained two days earlier.", D(2019, 3, 19)),
    ("On 21 March the ministry said 14 people were detained 3 days before.", D(2019, 3, 18)),
    ("21 марта МВД сообщило, что за два дня до этого задержали 12 человек.", D(2019, 3, 19)),
    ("21 марта МВД сообщило, что двумя днями ранее задержали 12 человек.", D(2019, 3, 19)),
    ("21 наурызда ІІМ екі күн бұрын 12 адам ұсталғанын хабарлады.", D(2019, 3, 19)),
    ("On 8 June a rally was held; three days later 20 activists were detained.", D(2019, 6, 11)),
], ids=["en-words", "en-digits", "ru-za-do-etogo", "ru-ranee", "kk-buryn", "en-later"])
def test_days_before_or_after_the_date_just_named(text: str, day: dt.date) -> None:
    *_, last = find_dates(text, E, D(2019, 10, 4))
    assert (last.date_from, last.date_to) == (day, day)
