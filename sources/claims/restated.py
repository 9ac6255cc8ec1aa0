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
    names no one takes the reporter the body gives the same figure (one source only; the same place, when both
    have one)."""
    named: dict[tuple[object, ...], set[str]] = {}
    for c in claims:
        k = key(c)
        if k is not None and c.reported_by and c.reported_by != default:
            named.setdefault(k, set()).add(c.reported_by)
    out = []
    for c in claims:
        k = key(c)
        sources = named.get(k, set()) if k is not None else set()
        if c.reported_by in (None, default) and len(sources) == 1:
            others = [o for o in claims if key(o) == k and o.reported_by in sources]
            if any(o.location is None or c.location is None or o.location == c.location for o in others):
                c = replace(c, reported_by=next(iter(sources)))
        out.append(c)
    return out


def count_key(c: DetentionClaim) -> tuple[object, ...] | None:
    if c.detained_min is None or c.detained_min != c.detained_max:
        return None  # exact counts only: "dozens" said twice may be two waves
    return (c.detained_min, c.date_from, c.date_to)


def value_key(c: InfractionClaim) -> tuple[object, ...] | None:
    return None if c.value is None else (c.value, c.measure, c.category)
