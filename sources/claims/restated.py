"""Claims said twice: a figure a headline or lead gives with no source, and the body gives again with one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from sources.records import DetentionClaim, InfractionClaim

Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)


def source_of_restated(
    claims: list[Claim], default: str, key: Callable[[Claim], tuple[object, ...] | None]
) -> list[Claim]:
    """A count said again with its source ("Around 80 activists were arrested." / "... arrested around 80 people,
    according to the Ministry of Interior") is that source's where first said with none: the headline or lead that
    names no one takes the reporter the body gives the same figure (one source only; the same place and days, when
    both say them)."""
    out = []
    for c in claims:
        k = key(c)
        if k is None or c.reported_by not in (None, default):
            out.append(c)
            continue
        others = [
            o
            for o in claims
            if key(o) == k
            and o.reported_by not in (None, default)
            and _agree(o.location, c.location)
            and _agree(_days(o), _days(c))
        ]
        sources = {o.reported_by for o in others}
        if len(sources) > 1:  # two sources of one figure: the one that says it for the same days, if only one does
            sources = {o.reported_by for o in others if _days(c) is not None and _days(o) == _days(c)}
        if len(sources) == 1:
            c = replace(c, reported_by=next(iter(sources)))
        out.append(c)
    return out


def _agree(a: object, b: object) -> bool:
    """Two mentions of one figure agree on a place or days when they are the same or one does not say."""
    return a is None or b is None or a == b


def _days(c: DetentionClaim | InfractionClaim) -> tuple[object, object] | None:
    days = (getattr(c, "date_from", None), getattr(c, "date_to", None))
    return None if days == (None, None) else days


def count_key(c: DetentionClaim) -> tuple[object, ...] | None:
    if c.detained_min is not None and c.detained_max is None and c.qualifier in ("more than", "at least", "over"):
        return (c.detained_min, "open")  # a written bound said twice: "Свыше десяти ..." / "Более десяти ..."
    if c.detained_min is None or c.detained_min != c.detained_max:
        return None  # exact counts and written bounds only: "dozens" said twice may be two waves
    return (c.detained_min,)  # the days must agree where both say them (a headline often says none)


def value_key(c: InfractionClaim) -> tuple[object, ...] | None:
    return None if c.value is None else (c.value, c.measure, c.category)
