"""One text layer for every parser: sentences and clauses, and every number classified.

CEC releases, ODIHR reports and the claims extractor all read text through this package, so that a
clock time, a date or a year is never a count anywhere, and an abbreviation never ends a sentence.

    sentences   text → sentences → clauses (abbreviations, initials, "г.", "тыс.", numbers, list items)
    numbers     text → `Number`s, each classified (count, share, clock, date, year, ordinal, ...)
    words       number words in Russian, Kazakh and English ("12 миллионов 284 тысячи 487", "forty")

The public names below are the contract the parsers rely on; see each module for the rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

# What a number in running text is. Only 'count' and 'share' can be a figure of a claim.
NumberKind = Literal[
    "count",  # people, votes, ballots, stations: "6 539 715", "6,98 млн", "12 миллионов 284 тысячи 487"
    "share",  # a percentage: "70,96 %", "77,5 процента", "63,3 пайызы", "75,16%-ы", "42.1 per cent"
    "clock",  # a time of day: "на 18 часов", "на 18.10", "10.00", "сағат 18.00-дегі", "6 p.m.", "13:00"
    "date",  # a calendar date, full or partial: "9 июня 2019", "10 қаңтар", "09.06.2019", "13 June"
    "year",  # "2019", "2019 года", "2022 жылғы"
    "ordinal",  # "1-й", "2-го", "3rd", "бірінші" ... "the second round"
    "list_number",  # an article, paragraph, point or list-item number: "статья 44", "Article 69", "1)", "п. 3"
    "decimal",  # a non-share decimal that is not a count ("1,5 раза")
]


@dataclass(frozen=True)
class Span:
    """A piece of a text: its offsets in the text it was cut from, and the piece itself."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Number:
    """One number as written, classified.

    `value` is the number itself: the integer of a count (6.98 млн → 6_980_000), the per cent of a share,
    the year of a year, hours + minutes/60 of a clock time, the day of a date. `clock` ('HH:MM') is set for
    clock times, `date` for dates that name their year (a partial date "10 қаңтар" has `date` None and
    `day`/`month` set). `start`/`end` are offsets into the text given to `read_numbers`.
    """

    kind: NumberKind
    value: float
    start: int
    end: int
    text: str
    clock: str | None = None
    date: dt.date | None = None
    day: int | None = None
    month: int | None = None
    worded: bool = False  # written (partly) in words: "12 миллионов 284 тысячи", "forty", "млн"

    @property
    def is_figure(self) -> bool:
        """A count or a share: the only numbers a claim may take as its figure."""
        return self.kind in ("count", "share")
