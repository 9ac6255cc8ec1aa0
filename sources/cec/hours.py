"""The hour a release's figures are of: the one hour a page states, the hours a clause writes, and the page's own
time stamps (a dateline), which are never a figure's hour."""

from __future__ import annotations

import re

from sources.figures.text_layer import figure_hour, find_clock, other_zone, read_numbers, stated_clock
from sources.html_text import HtmlPage


def one_hour(page: HtmlPage) -> str | None:
    """The hour of a release that states one hour only, wherever: a figure stated without it is of that hour."""
    hours = {c for p in page.paragraphs if not is_dateline(p) and (c := stated_clock(p))}
    return hours.pop() if len(hours) == 1 else None


def any_hour(page: HtmlPage) -> str | None:
    """The one clock time the release writes, whatever it times (see `one_hour` for the figures' hour)."""
    hours = {c for p in page.paragraphs if not is_dateline(p) and (c := find_clock(p))}
    return hours.pop() if len(hours) == 1 else None


def written_clock(paragraph: str) -> str | None:
    """A paragraph's written clock time, none when its only one stamps the page ("Zakon.kz 15.03.2026 16:22")."""
    return stated_clock(paragraph) if find_clock(paragraph) else None


RUBRIC_STAMP_CHARS, RUBRIC_STAMP_WORDS = 70, 5


def is_dateline(paragraph: str) -> bool:
    """"20 Қараша 2022, 14:14 1319", "12:38, 16 January 2012", "Бүгін, 11:48 · Референдум · 07 қазан 2024" (a news
    page's stamp with its rubric): the page's own time, never the figures' hour nor a vote's date."""
    line = paragraph.strip()
    if bool(re.fullmatch(r"[\d\s.,:/-]*(?:[^\W\d_]+[\s.,]*){0,2}[\d\s.,:/-]*", line)) and bool(find_clock(line)):
        return True
    # a stamp whose parts a rubric's dots or bars separate: a clock, a year and a few words
    return len(line) <= RUBRIC_STAMP_CHARS and bool(re.search(r"\s[·•|]\s", line)) and bool(
        re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)) and bool(find_clock(line)) and len(
        re.findall(r"[^\W\d_]+", line)) <= RUBRIC_STAMP_WORDS


def dates_itself(sentence: str, language: str) -> bool:
    return any(n.kind in {"year", "date"} for n in read_numbers(sentence, language))


def clocks_of(clause: str, language: str) -> list[tuple[int, str]]:
    """The hours a clause writes, where: only when it writes two or more ("на 10:00 – 15,2 %, на 12:00 – 31,4 %")."""
    # a clock in brackets is the same hour in another zone ("к 14:00 (11:00 мск)"), never a figure's own
    found = [(n.start, figure_hour(n) or "") for n in read_numbers(clause, language) if n.kind == "clock" and n.clock
             and clause[: n.start].count("(") <= clause[: n.start].count(")") and not other_zone(clause, n)]
    return found if len({c for _, c in found}) > 1 else []


def hour_before(clocks: list[tuple[int, str]], start: int) -> str | None:
    """The last hour written before a figure of a clause that writes several: that figure's hour."""
    return next((c for at, c in reversed(clocks) if at < start), None)
