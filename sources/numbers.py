"""Deprecated: the number helpers now live in `sources.text` (the one text layer); this module re-exports them
so that callers not yet migrated keep working. Import from `sources.text` instead."""

from __future__ import annotations

from sources.text.numbers import (
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

__all__ = [
    "EN_MONTHS",
    "find_amounts",
    "find_clock",
    "find_dates",
    "find_percents",
    "month_number",
    "parse_count",
    "parse_decimal",
    "parse_percent_cell",
    "read_numbers",
]
