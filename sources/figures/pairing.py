"""Figures paired with several subjects at once: "respectively" lists, one figure for each of joined subjects, and
one value per contestant and clause. Used by `sources.figures.binder`."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from sources.figures.mentions import Mention
from sources.figures.readings import FEWEST_VOTES, UNPAIRED, ClauseReading, Reading
from sources.figures.relations import coordinated
from sources.lexicon import Lexicon
from sources.records import Unread
from sources.text import Number

MOST_SEATS = 150  # more seats than any Kazakh chamber has (as in the binder)
SEAT_REACH = 25  # characters after a count within which a seat word makes it seats
# between two figures of a joined run: a comma or "and", after at most one unit word ("seats", "процента")
RUN_JOIN_RE = re.compile(r"\s*(?:[^\W\d]+\s*)?(?:,\s*)?(?:and|и|және|мен|,)\s*", re.I)


def each(clause: str, reading: Reading, mentions: list[Mention]) -> list[Reading]:
    """"У «А» и «Б» – по 7", "Kostanai and Zhambyl with 65.00 percent each": the subjects joined to the
    one the figure was bound to take the same figure."""
    kind = "contestant" if reading.subject == "contestant" else "region"
    subjects = [m for m in mentions if m.kind == kind and m.end <= reading.figure.start]
    bound_to = reading.name if kind == "contestant" else reading.region_name
    at = next((i for i in range(len(subjects) - 1, -1, -1) if subjects[i].name == bound_to), None)
    if at is None:
        return []
    spans = [(m.start, m.end) for m in subjects]
    out = []
    for i in coordinated(clause, spans, at):
        m = subjects[i]
        if i == at:
            continue
        if kind == "contestant" and m.contestant is not None:
            out.append(replace(reading, name=m.contestant.name, contestant_type=m.contestant.contestant_type))
        elif kind == "region":
            out.append(replace(reading, region_name=m.name, region_code=m.key))
    return out


def one_value_each(out: ClauseReading, contestants: list[Mention], page: int | None) -> None:
    """A contestant has one value of a field per area in a clause: when two figures bind to the same one
    ("A (7,18 %) и B (7,14 %)" with A not recognised), the figure nearer to the name keeps it and the other
    is recorded, never loaded under the wrong name."""
    groups: dict[tuple[str | None, str, str | None], list[Reading]] = {}
    for reading in out.readings:
        if reading.subject == "contestant" and reading.name:
            groups.setdefault((reading.name, reading.field, reading.region_name), []).append(reading)
    for (name, _field, _region), readings in groups.items():
        if len({r.value for r in readings}) < 2:
            continue
        spans = [(m.start, m.end) for m in contestants if m.name == name]
        if not spans:
            continue

        def distance(r: Reading, spans: list[tuple[int, int]] = spans) -> int:
            return min(max(start - r.figure.end, r.figure.start - end, 0) for start, end in spans)

        keep = min(readings, key=distance)
        for reading in readings:
            if reading is not keep:
                out.readings.remove(reading)
                out.unread.append(Unread(out.clause, f"{reading.figure.text}: {name} already has "
                                         f"{keep.figure.text} in this clause; the figure's own subject was not "
                                         "recognised", reading.figure.text, page))


# a party named as a candidate's: "Gani Kassymov of the Party of Patriots", "Communist People's Party candidate X"
_AFFILIATION_BEFORE_RE = re.compile(r"(?:\bof(?:\s+the)?|\bот|\bfrom(?:\s+the)?)\s*$", re.I)
_AFFILIATION_AFTER_RE = re.compile(r"^\s*(?:candidate|nominee|кандидат\w*)\b", re.I)


def _without_affiliations(clause: str, contestants: list[Mention]) -> list[Mention]:
    """The candidates of a run, without the parties named as theirs: a party is a candidate's when candidates are
    named too and it stands right after one ("of the Party of Patriots") or right before "candidate"."""
    kinds = {m.contestant.contestant_type for m in contestants if m.contestant is not None}
    if not {"candidate", "party"} <= kinds:
        return contestants
    return [m for m in contestants if not (
        m.contestant is not None and m.contestant.contestant_type == "party"
        and (_AFFILIATION_BEFORE_RE.search(clause, 0, m.start) or _AFFILIATION_AFTER_RE.match(clause[m.end:])))]


def respectively(lexicon: Lexicon, mode: str, clause: str, numbers: list[Number],
                 mentions: list[Mention]) -> dict[int, Reading | str]:
    """"A and B received 1.6 % and 0.7 % respectively": as many figures of one kind as subjects, in order.
    Subjects are the clause's contestants (results) or its regions (a turnout bulletin). With figures and
    contestants read in different numbers, the pairing is unknown: the figures are unread, not guessed."""
    contestants = [m for m in mentions if m.kind == "contestant" and m.contestant is not None]
    contestants = _without_affiliations(clause, contestants)
    regions = [m for m in mentions if m.kind == "region"]
    stated = lexicon.has("respectively_words", clause)
    if not stated and not contestants:
        return {}
    out: dict[int, Reading | str] = {}
    for kind in ("share", "count"):
        same = [n for n in numbers
                if n.kind == kind or (kind == "share" and share_in_run(clause, n, numbers))]
        after = [n for n in same if contestants and n.start > contestants[-1].end]
        if stated and len(after) >= 2:  # "His three rivals – A, B and C – received 1.94, 1.46 and 0.95": the run
            same = after                 # follows its contestants; a count before them counts something else
        if not stated and not joined_run(clause, same, contestants, regions):
            out.update(local_runs(clause, kind, same, numbers, contestants, regions))
            continue
        if contestants and len(same) >= 2 and len(same) != len(contestants) and not regions:
            for number in same:
                out.setdefault(number.start, f"{number.text}: one of {len(same)} {UNPAIRED} "
                                             f"to {len(contestants)} contestant(s) read")
            continue
        # one area named before the run gives every figure of it its area ("В Нур-Султане — 62,10% и 25,77%
        # соответственно")
        area = regions[0] if stated and len(regions) == 1 and same and regions[0].end <= same[0].start else None
        if len(contestants) >= 2 and len(same) == len(contestants) and (not regions or area is not None):
            # "16, 14, 12, 8 — seats for A, B, C and D, in that order": a seat word right after the run's last
            # count makes the whole run seats
            run_seats = kind == "count" and seats_after(clause, same, mentions)
            for number, m in zip(same, contestants, strict=True):
                field = "vote_share_pct" if kind == "share" else "votes"
                if field == "votes" and number.value < FEWEST_VOTES:
                    # "would each gain eight seats and seven seats": a handful paired is seats when a seat word follows
                    if not (number.value <= MOST_SEATS and (run_seats or any(
                            m.kind == "seats" and 0 <= m.start - number.end <= SEAT_REACH for m in mentions))):
                        continue
                    field = "seats"
                out[number.start] = Reading(number, "contestant", field, number.value, m.contestant.name,
                                            m.contestant.contestant_type, area.name if area else None,
                                            area.key if area else None, clause=clause)
        elif mode == "turnout" and kind == "share" and len(regions) >= 2 and len(same) == len(regions) \
                and not contestants:
            for number, m in zip(same, regions, strict=True):
                out[number.start] = Reading(number, "indicator", "turnout_pct", number.value,
                                            region_name=m.name, region_code=m.key, clause=clause)
    return out


def seats_after(clause: str, run: list[Number], mentions: list[Mention]) -> bool:
    """A run of counts joined by commas and "and" (nothing else between them), each a handful, that a seat word
    follows right after its last."""
    if len(run) < 2 or any(n.value > MOST_SEATS for n in run):
        return False
    if not all(RUN_JOIN_RE.fullmatch(clause[a.end: b.start]) for a, b in itertools.pairwise(run)):
        return False
    return any(m.kind == "seats" and 0 <= m.start - run[-1].end <= SEAT_REACH for m in mentions)


def joined_run(clause: str, same: list[Number], contestants: list[Mention], regions: list[Mention]) -> bool:
    """"X и Y получили 1,6 % и 0,7 %", "A and B … eight seats and seven seats": with no "respectively", two or more
    subjects joined before a run of as many figures joined by "and" (nothing else between them but a unit word)
    are paired in order all the same — the run names no subject of its own."""
    if len(same) < 2 or len(same) != len(contestants) or regions:
        return False
    if any(m.end > same[0].start for m in contestants):
        return False
    between = (clause[a.end: b.start] for a, b in itertools.pairwise(same))
    return all(RUN_JOIN_RE.fullmatch(text) for text in between)


def local_runs(clause: str, kind: str, same: list[Number], numbers: list[Number], contestants: list[Mention],
               regions: list[Mention]) -> dict[int, Reading | str]:
    """"… that Nur Otan's 82.20 percent gives it 84 seats, and that A and B, with 7.18 and 7.14 percent, won …":
    in a clause of more subjects, a run of k figures joined by "and" right after k subjects joined by "and" (no
    figure between them) pairs in order, as `joined_run` pairs a whole clause."""
    if regions or kind != "share" or len(contestants) < 2:
        return {}
    out: dict[int, Reading | str] = {}
    runs: list[list[Number]] = []
    for number in same:
        if runs and RUN_JOIN_RE.fullmatch(clause[runs[-1][-1].end: number.start]):
            runs[-1].append(number)
        else:
            runs.append([number])
    spans = [(m.start, m.end) for m in contestants]
    for run in runs:
        before = [i for i, m in enumerate(contestants) if m.end <= run[0].start]
        if len(run) < 2 or not before:
            continue
        last = before[-1]
        joined = coordinated(clause, spans, last)
        gap = clause[contestants[last].end: run[0].start]
        if len(joined) != len(run) or len(gap) > 30 or any(
                contestants[last].end <= n.start < run[0].start for n in numbers):
            continue
        for number, i in zip(run, joined, strict=True):
            c = contestants[i].contestant
            if c is not None:
                out[number.start] = Reading(number, "contestant", "vote_share_pct", number.value, c.name,
                                            c.contestant_type, clause=clause)
    return out


def share_in_run(clause: str, number: Number, numbers: list[Number]) -> bool:
    """"40.94 and 43.89 percent": a bare number joined to the share after it takes its per cent."""
    after = [n for n in numbers if n.start > number.start]
    return bool(number.kind == "count" and number.value <= 100 and after and after[0].kind == "share"
                and re.fullmatch(r"[\s,]*(?:and|и|және|,)?[\s,]*", clause[number.end: after[0].start]))
