"""The one place `sources/figures` and `sources/cec` reach the text layer (`sources/text/`).

Every number and every sentence comes from `sources.text`; this module only adapts its spans to the
plain strings the binder works on and keeps the figures (counts and shares) apart from clock times,
dates, years and list numbers.
"""

from __future__ import annotations

import re

from sources import text as text_layer
from sources.text import Number


def read_numbers(text: str, language: str) -> list[Number]:
    """Every number of the text, classified (count, share, clock, date, year, ...), in text order."""
    return sorted(text_layer.read_numbers(text, language), key=lambda n: n.start)  # type: ignore[arg-type]


def figures(text: str, language: str) -> list[Number]:
    """Only the counts and shares: the numbers a claim may take."""
    # "(GMT+4)", "UTC+5": a time zone, never a figure
    return [n for n in read_numbers(text, language) if n.is_figure
            and not re.search(r"(?:GMT|UTC)\s*[+−-]\s*$", text[max(0, n.start - 6): n.start])]


def split_sentences(text: str) -> list[str]:
    # the sentence as written (no-break spaces kept), so that evidence is a verbatim piece of the page
    return [text[s.start: s.end].strip() for s in text_layer.split_sentences(text) if s.text.strip()]


def split_clauses(sentence: str) -> list[str]:
    """A sentence's clauses (semicolon parts): the unit a figure is bound in."""
    return [sentence[s.start: s.end].strip() for s in text_layer.split_clauses(sentence) if s.text.strip()]


def parse_count(cell: str, language: str) -> int:
    return text_layer.parse_count(cell, language)  # type: ignore[arg-type]


def parse_percent_cell(cell: str) -> float:
    return text_layer.parse_percent_cell(cell)


def find_clock(text: str) -> str | None:
    return text_layer.find_clock(text)


def stated_clock(paragraph: str) -> str | None:
    """The hour a paragraph's figures are "as of": its first clock time, a wire timestamp opening the
    paragraph ("09:55 (GMT+4) … as of 10.00") passed over when another clock follows."""
    clocks = [n for n in read_numbers(paragraph, "ru") if n.kind == "clock" and n.clock]
    if len(clocks) > 1 and not paragraph[: clocks[0].start].strip():
        clocks = clocks[1:]
    return clocks[0].clock if clocks else None
