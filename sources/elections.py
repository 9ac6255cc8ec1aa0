"""Which election a text is about: its date and type, from the words around them.

"9 июня 2019 года состоялись внеочередные выборы Президента" → kz-2019-06-09-presidential;
"09.06.2019 өткен ... Президентінің кезектен тыс сайлауы"; "early presidential election held on
9 June 2019"; "Kazakhstan, Early Parliamentary Elections, 20 March 2016".
"""

from __future__ import annotations

import datetime as dt
import re

from sources.numbers import find_dates
from sources.records import ElectionRef, ElectionType

# Checked in this order: a referendum text may mention parliament, a presidential one never a referendum.
TYPE_PATTERNS: list[tuple[ElectionType, re.Pattern[str]]] = [
    ("referendum", re.compile(r"референдум|referendum", re.I)),
    ("presidential", re.compile(r"президент\w*\s+(?:республики\s+казахстан\s+)?(?:\w+\s+)?"
                                r"(?:выбор|сайлау)|выбор\w*\s+президент|президентін\w*|"
                                r"presidential", re.I)),
    ("parliamentary", re.compile(r"мажилис|мәжіліс|mazhilis|majilis|парламент\w*|parliament\w*|"
                                 r"депутат\w*", re.I)),
]  # fmt: skip


def find_election(text: str, published_on: dt.date | None = None) -> ElectionRef | None:
    """The election a text names: a type word and the date nearest to it that precedes publication
    (voting precedes reporting; a date equal to publication is only a fallback: it is usually the
    release's own date line)."""
    found = next(((kind, m) for kind, pattern in TYPE_PATTERNS if (m := pattern.search(text))), None)
    if found is None:
        return None
    kind, match = found
    dates = find_dates(text)
    before = [d for d in dates if published_on is None or d[0] < published_on]
    same_day = [d for d in dates if published_on is not None and d[0] == published_on]
    pool = before or same_day
    if not pool:
        return None
    date = min(pool, key=lambda d: abs(d[1] - match.start()))[0]
    return ElectionRef(date, kind)


def nearest_election(
    published_on: dt.date | None, known: list[ElectionRef], max_days_after: int = 60
) -> ElectionRef | None:
    """For a release that names no election (an hourly turnout bulletin): the latest known election
    held on or before its publication date, within `max_days_after` days."""
    if published_on is None:
        return None
    candidates = [
        e for e in known if e.election_date <= published_on <= e.election_date + dt.timedelta(max_days_after)
    ]
    return max(candidates, key=lambda e: e.election_date, default=None)
