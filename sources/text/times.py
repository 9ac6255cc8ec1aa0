"""Dates and clock times in running text: the numbers that must never be read as counts.

Dates: "9 июня 2019 года", "9 June 2019", "June 9, 2019", "09.06.2019", "2019-06-09", "2022 жылғы 20 қарашада",
partial "10 қаңтар", "20 ноября", "on 13 June", and lists/ranges "9 и 10 июня", "9 and 10 June", "с 9 по 13 июня"
(each day its own date). Clock times: "13:00", "на 18.10", "сағат 18.00-дегі", "на 18 часов", "as of 6 p.m.", "10
a.m.", "с 7 до 20 часов", "к 20 часам", "18-00-дегі", "сағат 18-00"; "18.10" is a time after "на"/"as of"/"сағат" or
before "часов"/"-дегі", and a bare one only when it reads HH.00 ("10.00"; see `_dot_is_clock`). Telephone numbers
("8 (7172) 74-00-00") and footnote markers glued to a word ("impersonation.1") are read here too, as list numbers.

The reading is driven by the runs of digits: at each one a single gate pattern says whether a date or a time can
start there, and which reading to try first, so the work stays linear in the text and cheap for counts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from sources.text import Number
from sources.text.patterns import (
    CLOCK_AFTER_RE,
    CLOCK_BEFORE_RE,
    CLOCK_CONTEXT_ENDINGS,
    CLOCK_RANGE_BEFORE_RE,
    CLOCK_RANGE_RE,
    CLOCK_WORD_AFTER_RE,
    COLON_CLOCK_RE,
    DATE_OR_CLOCK_GATE_RE,
    DAY_IN_LIST_RE,
    DAY_MONTH_RE,
    DAY_PART_CLOCK_RE,
    DECIMAL_AFTER_RE,
    DOT_CLOCK_RE,
    DURATION_BEFORE_RE,
    EN_MONTH_FORMS,
    GLUED_AFTER_RE,
    GLUED_BEFORE_RE,
    GLUED_PUNCT,
    HOUR_WORD_CLOCK_RE,
    HYPHEN_CLOCK_RE,
    ISO_DATE_RE,
    KK_DATE_RE,
    KK_DAY_PART_BEFORE_RE,
    KK_MONTH_STEMS,
    MERIDIEM_CLOCK_RE,
    MONTH_DAY_RE,
    MONTH_FORMS,
    NUMERIC_DATE_RE,
    PHONE_RE,
    SAGAT_BEFORE_RE,
    SAGAT_CLOCK_RE,
    SHARE_AFTER_RE,
)
from sources.text.vocab import alternation, load
from sources.text.words import all_scale_words, bare_word, endings, vocabulary

_DIGIT_RUN_RE = re.compile(r"\d+")
_SCALE_AFTER_RE = re.compile(r"[ \u00a0\u202f\u2009]*" + alternation(all_scale_words()), re.IGNORECASE)


class Coverage:
    """Which characters of the text a number already took (so a later reading cannot take them again)."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def taken_at(self, pos: int) -> int:
        return self._taken[pos]

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) == -1

    def first(self, start: int, end: int) -> int:
        """The first taken position in [start, end), `end` if none."""
        found = self._taken.find(1, start, end)
        return end if found == -1 else found

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def month_number(word: str) -> int | None:
    """1-12 for a month name in any of the three languages and their forms ("июня", "қарашада", "Jun."), else None."""
    w = word.strip().rstrip(".")
    if w in EN_MONTH_FORMS or w.capitalize() in EN_MONTH_FORMS:
        return EN_MONTH_FORMS.get(w, EN_MONTH_FORMS.get(w.capitalize()))
    lower = w.lower()
    if lower in MONTH_FORMS:
        return MONTH_FORMS[lower]
    return next((n for stem, n in KK_MONTH_STEMS.items() if lower.startswith(stem)), None)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_numbers(text: str, m: re.Match[str]) -> list[Number]:
    """The dates one match states: one, or one per day of a list or range ("9 и 10 июня")."""
    groups = m.groupdict()
    month = int(groups["mo"]) if groups.get("mo") else month_number(groups["mon"])
    if month is None:
        return []
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("days") is None:  # numeric and ISO forms: one day
        day = int(groups["d"])
        date = _safe_date(year, month, day) if year else None
        if date is None:
            return []
        return [Number("date", day, m.start(), m.end(), m.group(0), date=date, day=day, month=month)]
    days = list(DAY_IN_LIST_RE.finditer(text, m.start("days"), m.end("days")))
    numbers = []
    for i, d in enumerate(days):
        day = int(d.group(0))
        date = _safe_date(year, month, day) if year else None
        if (year and date is None) or not 1 <= day <= 31:
            continue
        # each day its own span; the first starts the match, the last carries the month and year words
        start = m.start() if i == 0 else d.start()
        end = m.end() if i == len(days) - 1 else d.end()
        numbers.append(Number("date", day, start, end, text[start:end], date=date, day=day, month=month))
    return numbers


def _clock(h: int, minute: int, start: int, end: int, text: str) -> Number:
    return Number("clock", h + minute / 60, start, end, text[start:end], clock=f"{h:02d}:{minute:02d}")


def _hour(groups: dict[str, str | None]) -> tuple[int, int]:
    h = int(groups["h"] or 0)
    minute = int(groups.get("m") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return h, minute


def _dot_is_clock(text: str, m: re.Match[str], language: str) -> bool:
    """ "18.10" is a time after "на", "по состоянию на", "сағат", "as of", before "часов"/"-дегі"; bare only when it
    reads HH.00 ("10.00") -- never a share, a scaled number ("18.10 млн") or a ratio ("1.50 раза")."""
    end = m.end()
    if SHARE_AFTER_RE.match(text, end) or _SCALE_AFTER_RE.match(text, end) or DECIMAL_AFTER_RE.match(text, end):
        return False
    if CLOCK_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
        return True
    if text.startswith("-", end) or CLOCK_WORD_AFTER_RE.match(text, end):
        return True
    return m.group("m") == "00"  # a bare "10.00" is a time; a bare "12.30" in a table may be a share


def _at(pattern: re.Pattern[str], text: str, pos: int, taken: Coverage) -> re.Match[str] | None:
    """`pattern` matched at `pos`, cut short before anything already taken."""
    m = pattern.match(text, pos)
    if m is None or taken.free(m.start(), m.end()):
        return m
    short = pattern.match(text, pos, taken.first(pos, m.end()))
    return short if short is not None and short.end() > short.start() else None


def _phone(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    m = _at(PHONE_RE, text, pos, taken)
    return [Number("list_number", 0, m.start(), m.end(), m.group(0))] if m else []


def _colon(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    m = _at(COLON_CLOCK_RE, text, pos, taken)
    return [_clock(*_hour(m.groupdict()), m.start(), m.end(), text)] if m else []


def _date_reader(pattern: re.Pattern[str]) -> Callable[[str, int, Coverage, str], list[Number]]:
    def read(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
        m = _at(pattern, text, pos, taken)
        return _date_numbers(text, m) if m else []

    return read


def _meridiem(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    m = _at(MERIDIEM_CLOCK_RE, text, pos, taken)
    return [_clock(*_hour(m.groupdict()), m.start(), m.end(), text)] if m else []


def _day_part(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    """"к 10 утра", "в 2 часа дня", "к 6 вечера": an hour with its part of the day (number_contexts.yaml)."""
    m = _at(DAY_PART_CLOCK_RE, text, pos, taken)
    if m is None:
        return []
    h = int(m.group("h"))
    if m.group("day") and not m.group("word") and h != 12:
        return []  # "через 2 дня": two days, no hour
    if (m.group("pm") and h < 12) or (m.group("day") and h < 7):
        h += 12
    return [_clock(h, 0, m.start(), m.end(), text)]


def _dot(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    m = _at(DOT_CLOCK_RE, text, pos, taken)
    if m is None or not _dot_is_clock(text, m, language):
        return []
    after = CLOCK_AFTER_RE.match(text, m.end())
    end = after.end() if after else m.end()
    return [_clock(int(m.group("h")), int(m.group("m")), m.start(), end, text)] if taken.free(m.start(), end) else []


def _range(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    if not CLOCK_RANGE_BEFORE_RE.search(text, max(0, pos - 12), pos):
        return []
    m = _at(CLOCK_RANGE_RE, text, pos, taken)
    if m is None:
        return []
    h, minute = _hour(m.groupdict())  # "с 7 до 20 часов": the 7 now, the 20 at its own turn
    return [_clock(h, minute, m.start("h"), m.end("m") if m.group("m") else m.end("h"), text)]


def _hour_word(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    m = _at(HOUR_WORD_CLOCK_RE, text, pos, taken)
    if m is not None and DURATION_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
        return []  # "за 5 часов": hours counted (a duration), no hour of the day
    return [_clock(int(m.group("h")), 0, m.start(), m.end(), text)] if m else []


# a military hour of another zone, "(0900 GMT)": four digits, the zone right after them (number_contexts.yaml)
_ZONED_CLOCK_RE = re.compile(
    r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)[ \u00a0]+(?:"
    + alternation(str(w) for w in load("number_contexts")["clock"]["other_zone_after"]) + r")(?!\w)",
    re.IGNORECASE,
)


def _zoned(text: str, pos: int, taken: Coverage) -> list[Number]:
    m = _at(_ZONED_CLOCK_RE, text, pos, taken)
    return [_clock(int(m.group("h")), int(m.group("m")), m.start(), m.start("m") + 2, text)] if m else []


def _sagat(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    part = None
    if not SAGAT_BEFORE_RE.search(text, max(0, pos - 12), pos) and not (
            part := KK_DAY_PART_BEFORE_RE.search(text, max(0, pos - 16), pos)):
        return []
    m = _at(SAGAT_CLOCK_RE, text, pos, taken)
    if m is None or (part is not None and not text.startswith("-", m.end("m") if m.group("m") else m.end("h"))):
        return []  # after a part of the day only the hour's case ending makes a clock ("таңғы 5 шақырым" is a count)
    hour = _twelve_hour(int(m.group("h")), part) if part is not None else int(m.group("h"))
    return [_clock(hour, int(m.group("m") or 0), m.start(), m.end(), text)]


def _hyphen(text: str, pos: int, taken: Coverage, language: str) -> list[Number]:
    m = _at(HYPHEN_CLOCK_RE, text, pos, taken)
    return [_clock(int(m.group("h")), int(m.group("m")), m.start(), m.end(), text)] if m else []


# In order of precedence; the gate's alternatives (patterns.DATE_OR_CLOCK_GATE_RE) are the first ten, in the
# same order, so the gate's matching alternative says where to start.
_READERS = (
    _phone,
    _colon,
    _hyphen,
    _date_reader(KK_DATE_RE),
    _date_reader(NUMERIC_DATE_RE),
    _date_reader(ISO_DATE_RE),
    _date_reader(DAY_MONTH_RE),
    _meridiem,
    _day_part,
    _dot,
    _range,
    _hour_word,
    _sagat,
)
_CONTEXT_READERS = _READERS.index(_range)


def _time_at(text: str, pos: int, taken: Coverage, language: str, first: int) -> list[Number]:
    """The date(s) or clock time starting at `pos` (a run of digits), [] if none."""
    for reader in _READERS[first:]:
        if numbers := reader(text, pos, taken, language):
            return numbers
    return []


def _glued_marker(text: str, pos: int) -> Number | None:
    """A footnote marker glued to the word before it: "impersonation.1", "observers1"."""
    if not GLUED_BEFORE_RE.search(text, max(0, pos - 8), pos):
        return None
    m = GLUED_AFTER_RE.match(text, pos)
    return Number("list_number", int(m.group(0)), pos, m.end(), m.group(0)) if m else None


_DAY_PARTS = ("am", "noon", "pm")
_WORDED_HOUR_GATE_RE = re.compile("ағат|таң|түс|кеш|түн|Таң|Түс|Кеш|Түн")


@cache
def _worded_hour_re() -> re.Pattern[str]:
    """"сағат он екіде", "таңғы сағат онда", "кешкі алтыда": a Kazakh hour in number words (case ending and all)
    after "сағат" or a part of the day (number_contexts.yaml `day_part_*`, a 12-hour clock)."""
    data = load("number_words")["kk"]
    words = [str(w) for kind in ("units", "tens") for w in data.get(kind) or {}]
    word = rf"(?:{'|'.join(sorted(words, key=len, reverse=True))})(?:{'|'.join(endings('kk'))})?"
    clock = load("number_contexts")["clock"]
    parts = "|".join(
        rf"(?P<{part}>{alternation(clock.get(f'day_part_{part}') or [])})[ \u00a0]+(?P<{part}_sagat>сағат[ \u00a0]+)?"
        for part in _DAY_PARTS
    )
    return re.compile(
        rf"(?<!\w)(?:{parts}|сағат[ \u00a0]+)(?P<w>{word}(?:[ \u00a0]+{word})?)(?!\w)", re.IGNORECASE
    )


def _twelve_hour(hour: int, m: re.Match[str]) -> int:
    """The 24-hour reading of an hour said with its part of the day ("түстен кейін екіде" = 14)."""
    if m.group("pm") and hour < 12:
        return hour + 12
    if m.group("noon") and hour < 7:
        return hour + 12
    return hour


def _worded_hours(text: str, taken: Coverage) -> list[Number]:
    found: list[Number] = []
    for m in _worded_hour_re().finditer(text):
        parts = [bare_word(w, "kk") for w in m.group("w").split()]
        values = [vocabulary("kk")[p[0]][1] for p in parts if p is not None]
        hour = _twelve_hour(int(sum(values)), m)
        # "таңғы бес шақырым" is a morning's five kilometres: a part of the day alone needs the hour's case ending
        spoken = any(m.group(part) for part in _DAY_PARTS) and not any(m.group(f"{p}_sagat") for p in _DAY_PARTS)
        if spoken and not (parts[-1] and parts[-1][1]):
            continue
        if len(values) == len(parts) and 0 <= hour <= 24 and taken.free(m.start("w"), m.end("w")):
            found.append(_clock(hour, 0, m.start("w"), m.end("w"), text))
            taken.take(m.start("w"), m.end("w"))
    return found


def read_fixed(text: str, taken: Coverage, language: str) -> list[Number]:
    """Every date, clock time and glued footnote marker of the text (the numbers read before any count),
    taking their spans in `taken`."""
    found: list[Number] = []
    gate, taken_at = DATE_OR_CLOCK_GATE_RE.match, taken.taken_at
    for run in _DIGIT_RUN_RE.finditer(text):  # the hot loop: one C call per run of digits that is a count
        pos, end = run.span()
        if taken_at(pos):
            continue
        before = text[pos - 1] if pos else " "
        if (before.isalpha() or (before in GLUED_PUNCT and pos > 1 and not text[pos - 2].isdigit())) and (
            marker := _glued_marker(text, pos)
        ):
            found.append(marker)
            taken.take(marker.start, marker.end)
            continue
        if end - pos == 3 or end - pos > 4:
            continue  # a day, an hour or a year has 1, 2 or 4 digits
        if (opened := gate(text, pos)) is not None:
            first = int(opened.lastgroup[1:])  # type: ignore[index]
        elif end - pos <= 2 and text.endswith(CLOCK_CONTEXT_ENDINGS, max(0, pos - 8), pos):
            first = _CONTEXT_READERS
        elif end - pos == 4 and (zoned := _zoned(text, pos, taken)):
            found.extend(zoned)  # "(0900 GMT)": no year, no count
            taken.take(zoned[0].start, zoned[0].end)
            continue
        else:
            continue
        numbers = _time_at(text, pos, taken, language, first)
        if numbers:
            found.extend(numbers)
            taken.take(min(n.start for n in numbers), max(n.end for n in numbers))
    # Kazakh hours in words, in any page's language: a Russian page quotes "сағат онда", and the binder reads a
    # paragraph's hour with the Russian reading
    if _WORDED_HOUR_GATE_RE.search(text):
        found.extend(_worded_hours(text, taken))
    for m in MONTH_DAY_RE.finditer(text):  # "June 9, 2019": the only form that starts with a word
        numbers = _date_numbers(text, m)
        if numbers and taken.free(m.start(), m.end()):
            found.extend(numbers)
            taken.take(m.start(), m.end())
    return found
