"""Seats told by the document's own arithmetic: a tally of handfuls that adds up to the seats it states in all.

"Final tally: A 95, B 16, C 14, D 12, E 8." names no seat word, but the page said "145 seats" before (a title, a
lead: "Құрылтай: 145 орын", "145 мандатов", "All 145 seats"): when a clause gives two or more contestants a handful
each and the handfuls add up exactly to a seat total the document stated, they are the seats; any other handful stays
unread (too few for votes), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.figures.mentions import Mention
from sources.text import Number

MOST_SEATS = 150  # more seats than any Kazakh chamber has
SEAT_REACH = 25  # characters after a count within which its seat word stands ("145 Kurultai seats")


def stated_totals(clause: str, numbers: Iterable[Number], mentions: list[Mention]) -> set[float]:
    """The seat counts a clause states with a seat word right after ("145 seats", "145 орын", "143 мандата")."""
    seats = [m for m in mentions if m.kind == "seats"]
    return {n.value for n in numbers if n.kind == "count" and 2 <= n.value <= MOST_SEATS and any(
        0 <= m.start - n.end <= SEAT_REACH and not re.search(r"[\d,;.]", clause[n.end: m.start]) for m in seats)}


def tallied(numbers: list[Number], contestants: list[Mention], totals: set[float]) -> set[int]:
    """The starts of the clause's handful counts when there are two or more, each after a contestant, as many as the
    contestants at most, and they add up to a stated seat total; else none."""
    handfuls = [n for n in numbers if n.kind == "count" and n.value <= MOST_SEATS and float(n.value).is_integer()]
    if len(handfuls) < 2 or len(handfuls) > len(contestants) or not totals:
        return set()
    if any(not any(c.end <= n.start for c in contestants) for n in handfuls):
        return set()
    return {n.start for n in handfuls} if sum(n.value for n in handfuls) in totals else set()
