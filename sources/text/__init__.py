"""One text layer for every parser: sentences and clauses, and every number classified.

CEC releases, ODIHR reports and the claims extractor all read text through this package, so that a
clock time, a date or a year is never a count anywhere, and an abbreviation never ends a sentence.

    sentences   text → sentences → clauses (abbreviations, initials, "г.", "тыс.", numbers, list items)
    items       the items of a list (bullets, "1)", "…: за A – …; за B – …", "в A – …, в B – …")
    numbers     text → `Number`s, each classified (count, share, clock, date, year, ordinal, ...)
    times       dates and clock times, read before anything else so they are never counts
    words       number words in Russian, Kazakh and English ("12 миллионов 284 тысячи 487", "forty")
    language    ru / kk / en from the letters
    scripts     Kazakh in the Arabic script (tote jazu) → Cyrillic (`from_arabic_kazakh`, `is_arabic_script`)
    latin_kazakh  Kazakh in a Latin alphabet → Cyrillic (`cyrillic_reading`), or the 2021 alphabet and an older ad-hoc
                spelling in the 2018 one (`from_latin_2021`, `from_latin_older`), and which texts are written so
                (`is_latin_kazakh`, `is_latin_2021`, `is_latin_older`)
    letters     the capitals of the three alphabets, and a capitalised word, for telling names from common words
    data/       the vocabularies (YAML, documented in data/README.md); the code is language-free

The API (all importable from `sources.text`):

    read_numbers(text, language=None) -> list[Number]     every number, classified, offsets into `text`
    split_sentences(text, *, lines=False) -> list[Span]  sentences; `lines=True`: every line break ends one
    split_clauses(sentence) -> list[Span]                clauses at ";" and ", but / а / бірақ / while"
    list_items(text) -> list[Span]                       list items, [] when the text holds no list
    clean(text) -> str                                   one line, glued footnote markers dropped
    guess_language(text, default="ru") -> Language
    find_dates(text) -> list[(date, start, end)]         dates that state their year
    find_clock(text) -> "HH:MM" | None                   the first clock time
    find_percents(text, language=None) -> list[Number]   the shares;  find_amounts(...) the counts
    parse_count(cell, language=None) -> int              the one count of a cell/phrase (ValueError otherwise)
    parse_percent_cell(cell) -> float                    "70,96", "5,2 %", "12,3 пайыз" (ValueError otherwise)
    month_number(word) -> int | None, EN_MONTHS, parse_decimal(text) -> float

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
    # for a count followed by a unit of measure: 'duration' ("15 days", "на 10 суток", "5 лет", "10 күн") or
    # 'money' ("100 MCI", "50 000 тенге"): a count still, but of days or tenge, not of people or votes
    measure: str | None = None

    @property
    def is_figure(self) -> bool:
        """A count or a share: the only numbers a claim may take as its figure."""
        return self.kind in ("count", "share")


# The public API (imported after the contract above, which the modules import).
from sources.text.language import guess_language  # noqa: E402
from sources.text.numbers import (  # noqa: E402
    EN_MONTHS,
    find_amounts,
    find_clock,
    find_dates,
    find_percents,
    month_number,
    parse_count,
    parse_decimal,
    parse_percent_cell,
    read_numbers,
)
from sources.text.sentences import clean, list_items, split_clauses, split_sentences  # noqa: E402

__all__ = [
    "EN_MONTHS",
    "Number",
    "NumberKind",
    "Span",
    "clean",
    "find_amounts",
    "find_clock",
    "find_dates",
    "find_percents",
    "guess_language",
    "list_items",
    "month_number",
    "parse_count",
    "parse_decimal",
    "parse_percent_cell",
    "read_numbers",
    "split_clauses",
    "split_sentences",
]
