"""What ties a text to a calendar vote when its date does not: who stood, the day of the year, a history of votes.

Used by `sources.elections` (which owns the calendar and the type words): each function takes the calendar's
entries and the types the text names, and returns the one vote the clue points to, or nothing.
- `stood_together`: the contestants a text names (`election_contestants.yaml`) all stood in one vote of its type;
- `held_that_day`: a day and month without a year ("10 января", "October 10") is the day of one vote of its type;
- `recounts_history`: the years of several earlier votes written in one text make it a history, about none.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from sources.datafiles import parse_yaml
from sources.records import ElectionRef
from sources.text import read_numbers

CONTESTANTS_FILE = Path(__file__).with_name("election_contestants.yaml")
FEWEST_NAMED = 2  # one name alone (the incumbent) stands in many votes: it tells none apart
HISTORY_VOTES = 3  # a text recounting this many earlier votes of the calendar, by their years, is a history


class Entry(Protocol):
    """A calendar vote as `sources.elections.CalendarEntry` gives it."""

    @property
    def ref(self) -> ElectionRef: ...

    @property
    def election_id(self) -> str: ...


def _alternation(fragments: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(fragments) + r")(?!\w)", re.I)


@functools.cache
def _fields() -> tuple[dict[str, re.Pattern[str]], dict[str, frozenset[str]]]:
    """Each contestant's spellings (`election_contestants.yaml`), in the file's order, and who stood in each vote."""
    data = parse_yaml(CONTESTANTS_FILE.read_text(encoding="utf-8"))
    spellings = {str(key): _alternation(fragments) for key, fragments in data["contestants"].items()}
    return spellings, {str(vote): frozenset(keys) for vote, keys in data["votes"].items()}


def contestants_named(text: str) -> set[str]:
    """The keys of the contestants a text names; where spellings overlap, the key listed first takes the words."""
    spellings, _votes = _fields()
    taken: list[tuple[int, int]] = []
    named: set[str] = set()
    for key, pattern in spellings.items():
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                named.add(key)
    return named


def stood_together(text: str, types: set[str], entries: Sequence[Entry]) -> tuple[ElectionRef, str] | None:
    """The one vote of `types` in which every contestant the text names stood ("«Nur Otan» … «Ак жол» …
    "Адал"" is the 2021 Mazhilis vote), and why; None when none or several fit, or fewer than two are named."""
    named = contestants_named(text)
    if not types or len(named) < FEWEST_NAMED:
        return None
    _spellings, votes = _fields()
    matching = [e.ref for e in entries if e.ref.election_type in types and named <= votes.get(e.election_id, set())]
    if len(matching) != 1:
        return None
    return matching[0], f"names {len(named)} contestants who stood together only in it"


def held_that_day(text: str, types: set[str], entries: Sequence[Entry]) -> tuple[ElectionRef, str] | None:
    """The one vote of `types` held on a day and month the text gives without a year ("10 января в Казахстане
    прошли выборы в мажилис", "the parliamentary elections (held on October 10)"), and why."""
    if not types:
        return None
    days = {(n.day, n.month) for n in read_numbers(text) if n.kind == "date" and n.date is None and n.day and n.month}
    matching = {e.ref for e in entries if e.ref.election_type in types
                and (e.ref.election_date.day, e.ref.election_date.month) in days}
    if len(matching) != 1:
        return None
    ref = matching.pop()
    return ref, f"states {ref.election_date.day:02d}.{ref.election_date.month:02d} and the type"


def recounts_history(text: str, published_on: dt.date | None, entries: Sequence[Entry]) -> bool:
    """The text recounts several earlier votes ("in 1991 … A referendum in April 1995 … In January 1999 he was
    re-elected"): the years of `HISTORY_VOTES` calendar votes held before its publication are written in it. Such a
    history box or background paragraph is about no single vote of the calendar."""
    years = {n.date.year if n.date else int(n.value) for n in read_numbers(text)
             if n.kind in {"year", "date"} and (n.date or 1900 < n.value < 2100)}
    held = {e.ref.election_date.year for e in entries if published_on is None or e.ref.election_date < published_on}
    return len(years & held) >= HISTORY_VOTES
