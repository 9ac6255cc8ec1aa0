"""One document, one contestant, one field, one area: two different values are reconciled or both refused.

A press copy often leads with a rounded figure ("won 81 percent") and quotes the commission's exact one
later ("80.99 percent"). The rounded value agrees with the exact one when rounding the exact one to the
rounded one's decimals gives it back (within a misprint of the last digit): the more precise is kept. Two
values that do not agree ("88,05" in one item of a page, "88,5 %" in another) leave no way to tell which is
the commission's, so both are recorded unread — a wrong figure is worse than a missed one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

from sources.figures.arithmetic import rounded_count
from sources.figures.readings import Reading
from sources.lexicon import all_lexicons
from sources.records import Unread

T = TypeVar("T")


def decimals(reading: Reading) -> int:
    """The decimals the figure is written with ("88,5 %" → 1, "81 percent" → 0)."""
    match = re.search(r"\d[.,](\d+)(?!.*\d[.,]\d)", reading.figure.text)
    return len(match.group(1)) if match and reading.figure.kind == "share" else 0


def agrees(rounded: Reading, precise: Reading) -> bool:
    """True when `rounded` is `precise` written with fewer digits."""
    if rounded.field == "vote_share_pct":
        half = 0.5 * 10 ** -decimals(rounded)
        return decimals(rounded) < decimals(precise) and abs(precise.value - rounded.value) <= half + 1e-9
    if rounded.field == "votes":
        return rounded_count(rounded.value, precise.value)  # a count given in thousands
    return False


def _seats_in_all(readings: list[Reading]) -> Reading | None:
    """"По партийным спискам: «X» – 40 … Всего партия «X» получила 62 мандата": the one seats figure stated as the
    party's seats in all, larger than each other it was given (its list's, its districts'), which are its parts."""
    if readings[0].field != "seats":
        return None
    totals = [r for r in readings if any(lx.has("seat_totals", r.clause[: max(r.figure.start, 0)] or r.clause)
                                         for lx in all_lexicons())]
    if len({r.value for r in totals}) != 1:
        return None
    whole = totals[0]
    return whole if all(r.value < whole.value for r in readings if r.value != whole.value) else None


def reconcile(items: list[T], reading_of: Callable[[T], Reading], stage_of: Callable[[T], object],
              page_of: Callable[[T], int | None]) -> tuple[list[T], list[Unread]]:
    """The items left once each contestant × area × stage × field holds one value (see the module doc)."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        r = reading_of(item)
        if r.subject == "contestant":
            groups[(r.name, r.region_code or r.region_name, stage_of(item), r.field)].append(i)
    dropped: set[int] = set()
    unread: list[Unread] = []
    for indices in groups.values():
        values = {reading_of(items[i]).value for i in indices}
        if len(values) < 2:
            continue
        readings = [reading_of(items[i]) for i in indices]
        if (whole := _seats_in_all(readings)) is not None:
            for i, r in zip(indices, readings, strict=True):
                if r.value != whole.value:
                    dropped.add(i)
                    unread.append(Unread(r.clause, f"{r.figure.text}: a part of {r.name}'s {whole.figure.text} "
                                                   "seats in all", r.figure.text, page_of(items[i])))
            continue
        precise = max(readings, key=lambda r: (decimals(r), r.value != round(r.value, -3)))
        exact = {r.value for r in readings if not agrees(r, precise)}
        if len(exact) == 1:  # every other value is a rounding of the precise one
            for i, r in zip(indices, readings, strict=True):
                if r.value != precise.value:
                    dropped.add(i)
                    unread.append(Unread(r.clause, f"{r.figure.text}: a rounding of {r.name}'s "
                                                   f"{precise.figure.text} given elsewhere", r.figure.text,
                                         page_of(items[i])))
            continue
        for i, r in zip(indices, readings, strict=True):
            dropped.add(i)
            unread.append(Unread(r.clause, f"{r.figure.text}: {r.name} has another {r.field} in this document "
                                           f"({', '.join(sorted({x.figure.text for x in readings} - {r.figure.text}))})"
                                           ", neither a rounding of the other", r.figure.text, page_of(items[i])))
    return [item for i, item in enumerate(items) if i not in dropped], unread
