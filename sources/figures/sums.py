"""The release's own sums as the last word on a binding: turnout ≈ cast ÷ registered within one block, a region's
part never near the nation's whole. The words bind first; a binding these sums contradict is
re-bound when exactly one other reading fits, else recorded unread rather than loaded."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from sources.figures.arithmetic import SUM_TOLERANCE, turnout_fits
from sources.figures.text_layer import find_clock
from sources.records import Unread

if TYPE_CHECKING:
    from sources.figures.claims import Located

log = logging.getLogger(__name__)
COUNTS = ("registered_voters", "ballots_cast")
# No region holds half the country's voters (the largest of Kazakhstan's 20 holds under a sixth): a "regional"
# count that large is the national one, or another figure, bound to a region named nearby (a dateline, a list of
# the commissions that reported).
REGION_PART_MAX = 0.5
INVALID_MAX = 0.1  # invalid ballots are a few percent of the cast: the valid ones at least 90 % of them


def _slot(x: Located) -> tuple:
    return (x.reading.region_code or x.reading.region_name, x.as_of, x.evidence, x.stage)


def _fitting(counts: list[float], pct: float) -> list[tuple[float, float]]:
    """(registered, cast) pairs among a block's counts that its turnout share confirms."""
    return [(r, c) for r in counts for c in counts if r > c and turnout_fits(c, r, pct)]


def turnout_sums(located: list[Located]) -> tuple[list[Located], list[Unread]]:
    """"Of 12,305,400 citizens entitled to take part, 8,671,002 voted, a turnout of 70.47 percent.": the words
    may give both counts one field; the share says which count is the base. Within one block (area × hour ×
    paragraph × stage) with a turnout share and two counts: the counts are re-bound to the one (registered, cast)
    pair the share confirms. A pair the words gave that no reading fits stays as written: publications misprint
    ("7,966,000 of 9,810,000, or 77.12 percent") and round ("8,88 млн … 6,85 млн, 77 %"); the load's gate judges it."""
    slots: dict[tuple, list[int]] = {}
    for i, x in enumerate(located):
        if x.reading.subject == "indicator" and x.reading.field in (*COUNTS, "turnout_pct"):
            slots.setdefault(_slot(x), []).append(i)
    out: list[Located] = list(located)
    for indices in slots.values():
        shares = {out[i].reading.value for i in indices if out[i].reading.field == "turnout_pct"}
        counts = sorted({out[i].reading.value for i in indices if out[i].reading.field in COUNTS})
        if len(shares) != 1 or len(counts) < 2:
            continue
        pct = shares.pop()
        by_words = {f: next((out[i].reading.value for i in indices if out[i].reading.field == f), None)
                    for f in COUNTS}
        registered, cast = by_words["registered_voters"], by_words["ballots_cast"]
        if registered is not None and cast is not None and turnout_fits(cast, registered, pct):
            continue
        fitting = _fitting(counts, pct)
        if len(fitting) == 1:
            base, part = fitting[0]
            for i in indices:
                r = out[i].reading
                field = "registered_voters" if r.value == base else "ballots_cast" if r.value == part else None
                if r.field in COUNTS and field and field != r.field:
                    log.info("%s re-bound from %s to %s by turnout = cast / registered", r.value, r.field, field)
                    out[i] = replace(out[i], reading=replace(r, field=field))
    return out, []


def parts_of_the_whole(located: list[Located]) -> tuple[list[Located], list[Unread]]:
    """A region's count against the nation's (the same field and stage): at least half of it is no region's.
    A contestant's votes above the ballots cast stay as written: with no other reading to move them to, that is an
    impossible result set, which the load's gate refuses with its reason (issue 8: refuse the set, load the rest)."""
    national: dict[tuple, float] = {}
    for x in located:
        r = x.reading
        if r.subject == "indicator" and r.region_name is None and r.field in COUNTS:
            national.setdefault((r.field, x.stage, x.as_of), r.value)
    out, unread = [], []
    for x in located:
        r = x.reading
        regional = r.subject == "indicator" and r.region_name is not None and r.field in COUNTS
        whole = national.get((r.field, x.stage, x.as_of)) if regional else None
        if whole is not None and r.value >= whole * REGION_PART_MAX:
            why = f"a region's {r.field} at least half the national {whole:,.0f}"
            unread.append(Unread(r.clause, f"{r.figure.text}: {why}", r.figure.text, x.evidence.page))
            continue
        out.append(x)
    return out, unread


def _over_by_one(values: dict[str, float], whole: float, below: float, above: float) -> str | None:
    """The one member whose value, left out, brings a total that overshoots `whole` back to it (to within `below`
    under it and `above` over it)."""
    total = sum(values.values())
    if total <= whole + above:
        return None
    fitting = [n for n, v in values.items() if whole - below <= total - v <= whole + above]
    return fitting[0] if len(fitting) == 1 else None


def result_sums(located: list[Located]) -> tuple[list[Located], list[Unread]]:
    """One area's result set at one stage against its own totals: shares that add up to clearly more than 100,
    or votes to more than the ballots cast, hold a figure bound to the wrong set (another vote's, a second
    reading of one contestant). When leaving out exactly one contestant's figure restores the total, that figure
    is unread; otherwise the set stays as written for the load's gate to judge."""
    cast = {(x.reading.region_code or x.reading.region_name, x.stage): x.reading.value for x in located
            if x.reading.subject == "indicator" and x.reading.field == "ballots_cast" and x.as_of is None}
    groups: dict[tuple, list[int]] = {}
    for i, x in enumerate(located):
        if x.reading.subject == "contestant" and x.reading.field in {"votes", "vote_share_pct"}:
            groups.setdefault((x.reading.region_code or x.reading.region_name, x.stage, x.reading.field), []).append(i)
    dropped: set[int] = set()
    unread: list[Unread] = []
    for (area, stage, field), indices in groups.items():
        values: dict[str, float] = {}
        for i in indices:
            values.setdefault(str(located[i].reading.name), located[i].reading.value)
        if field == "vote_share_pct":
            culprit = _over_by_one(values, 100.0, SUM_TOLERANCE, SUM_TOLERANCE)
            why = "the shares add up to 100 without it"
        elif (whole := cast.get((area, stage))) is not None:
            # every contestant's votes (and "against all") add up to the valid ballots: the cast less the invalid,
            # a few percent at most
            culprit = _over_by_one(values, whole, whole * INVALID_MAX, 0.0)
            why = f"the votes fit the {whole:,.0f} ballots cast without it"
        else:
            culprit = None
        if culprit is None:
            continue
        for i in indices:
            r = located[i].reading
            if str(r.name) == culprit:
                dropped.add(i)
                unread.append(Unread(r.clause, f"{r.figure.text}: {r.name}'s {field} overshoots its set ({why})",
                                     r.figure.text, located[i].evidence.page))
    return [x for i, x in enumerate(located) if i not in dropped], unread


def cumulative_hours(located: list[Located]) -> tuple[list[Located], list[Unread]]:
    """Turnout only grows through election day: one area's share at an earlier hour above its share at a later
    hour of the same release means one of the two took a wrong hour (a page's stamp, a hour carried from the
    paragraph before); so do two shares of one area at one hour in two paragraphs. When one of the two has its
    hour written in its own clause, the other is unread."""
    by_area: dict[tuple, list[int]] = {}
    for i, x in enumerate(located):
        if x.reading.subject == "indicator" and x.reading.field == "turnout_pct" and x.as_of is not None:
            by_area.setdefault((x.reading.region_code or x.reading.region_name, x.stage), []).append(i)
    dropped: set[int] = set()
    unread: list[Unread] = []
    for indices in by_area.values():
        for i in indices:
            for j in indices:
                a, b = located[i], located[j]
                earlier_higher = a.as_of < b.as_of and a.reading.value > b.reading.value + 0.05  # type: ignore[operator]
                # one area's two shares at one hour from two paragraphs: one took the hour of the paragraph before
                twice = i < j and a.as_of == b.as_of and a.evidence != b.evidence and a.reading.value != b.reading.value
                if not (earlier_higher or twice):
                    continue
                stated = {k: _hour_stated(x) for k, x in ((i, a), (j, b))}
                if len(set(stated.values())) != 2:
                    continue  # both hours written, or neither: the words cannot tell which is wrong
                for k, x in ((i, a), (j, b)):
                    if k not in dropped and not stated[k]:
                        dropped.add(k)
                        why = "a second share of the area at that hour" if twice else \
                            "breaks the day's growing turnout"
                        unread.append(Unread(x.reading.clause, f"{x.reading.figure.text}: the turnout at {x.as_of} "
                                                               f"{why} (its hour is not its own text's)",
                                             x.reading.figure.text, x.evidence.page))
    return [x for i, x in enumerate(located) if i not in dropped], unread


def _hour_stated(x: Located) -> bool:
    """The figure's hour written in its own clause ("к 12:00 – 30,1 %"), not carried from elsewhere."""
    return find_clock(x.reading.clause) == x.as_of
