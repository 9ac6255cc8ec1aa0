"""Infraction claims: counted violations, shares of observations, and findings observed without a count.

A count becomes an infraction only in one of these shapes:

- a count of a measure noun: "16 reports of violations", "19 violations", "18 administrative
  cases", "45 complaints", "12 cases of ballot box stuffing", "16 сообщений о нарушениях",
  "18 административных дел" ("reports" only about violations: "3 interim reports" is not one);
- a count in a list under a measure: "Of the administrative offence cases ..., 12 concerned X,
  6 concerned Y, and 1 concerned Z" (the measure from the head, or from the previous sentence for
  "Of these, ...");
- a share of observations with a finding: "the count was assessed negatively in more than half of the
  polling stations observed" (value 50, 'more than');
- polling stations where a finding was made: "ballot box stuffing was observed in 15 polling stations";
- a total: "the number of complaints reached 45", "число жалоб составило 45".

The category comes from the words after the count (else before it, in its clause): one kind named
("16 reports of violations, including voter impersonation") gives that kind; a list of kinds or no
kind gives 'mixed'. Findings an observer reports without a count ("Cases of ballot box stuffing,
group voting and ... were observed") give one row per kind, value None, measure 'observed',
qualifier 'cases' ("cases of", "instances of") or 'observed'. Negated findings are not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from sources.claims.quantities import Quantity
from sources.claims.reading import Reading, distinct, place_for, reporter_for
from sources.claims.reporters import reports_observation
from sources.claims.spans import leftmost_longest
from sources.claims.vocabulary import (
    CASES_RE,
    CATEGORY_PATTERNS,
    ENUMERATION_RE,
    GENERIC_VIOLATION_RE,
    MEASURE_PATTERNS,
    NEGATION_RE,
    OBSERVATION_RE,
    OBSERVATIONS_RE,
    POLLING_STATIONS_RE,
)
from sources.records import InfractionClaim

FLAGS = re.IGNORECASE

# Words allowed between a count and its measure noun: "12 new complaints", "45 письменных жалоб".
_MEASURE_FILLER_RE = re.compile(
    r"\s*(?:(?:more|new|further|additional|other|separate|formal|official|written|election[- ]related|electoral"
    r"|alleged|such|individual|recorded|registered|нов\w+|официальн\w+|письменн\w+|такого\s+рода)\s+){0,2}",
    FLAGS,
)
_COORDINATION_RE = re.compile(
    r"^(?:\s*(?:,|and|or|as\s+well\s+as|и|или|және|немесе|series\s+of|cases\s+of|instances\s+of|seemingly"
    r"|apparently|the|of|a|случа\w*|факт\w*)\s*)+$",
    FLAGS,
)
_HEAD_RE = re.compile(
    r"^\s*(?:of|among|out\s+of|from|из|среди|из\s+числа)\s+(?:the\s+|these\s+|those\s+|all\s+)?", FLAGS
)
_TOTAL_RE = re.compile(
    r"(?:(?:number|total)\s+of\s+(?P<m>[\w\s-]{3,40}?)(?:\s+\w+){0,3}?\s+(?:reached|rose\s+to|was|stood\s+at"
    r"|totall?ed|amounted\s+to|exceeded|climbed\s+to)|(?:число|количество)\s+(?P<r>[\w\s]{3,40}?)\s+"
    r"(?:составил\w*|достиг\w*|превысил\w*))\s*$",
    FLAGS,
)
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|from|on|в|на|по)\s+(?:the\s+)?$", FLAGS)
_NEGATIVE_ASSESSMENT_RE = re.compile(
    r"\bnegativ\w*|\bнегатив\w*|\bтеріс\w*|\bpoor(?:ly)?\b|\bassessed\s+as\s+bad", FLAGS
)
_CATEGORY_SEGMENT = 160  # how far after a count its kind may be named
_DENOMINATOR_RE = re.compile(r"\s+(?:(?:of|out\s+of|из)\s+(?:the\s+)?\d[\d,. ]*\s+)?", FLAGS)
# Where a clause goes on with a new statement: "..., and ballot box stuffing was seen in 20 polling stations".
_STATEMENT_BREAK_RE = re.compile(r",\s+(?:and|but|while|whereas|а|но|ал|бірақ)\s+", FLAGS)


@dataclass(frozen=True)
class _Counted:
    quantity: Quantity
    measure: str
    category: str


def _categories(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Kinds of infraction named between start and end, in order, without overlaps."""
    found = [
        (m.start(), m.end(), category)
        for category, pattern in CATEGORY_PATTERNS
        for m in pattern.finditer(text, start, end)
    ]
    return leftmost_longest(found, lambda f: (f[0], f[1]))


def _category_of(text: str, matches: list[tuple[int, int, str]]) -> str | None:
    """One kind, 'mixed' for a list of kinds, None when none is named."""
    if not matches:
        return None
    kinds = [matches[0]]
    for previous, current in pairwise(matches):
        if _COORDINATION_RE.match(text[previous[1] : current[0]]):
            kinds.append(current)
        else:
            break
    distinct = {k[2] for k in kinds}
    return kinds[0][2] if len(distinct) == 1 else "mixed"


def _measure_at(text: str, position: int) -> tuple[str, int] | None:
    filler = _MEASURE_FILLER_RE.match(text, position)
    pos = filler.end() if filler else position
    for measure, pattern in MEASURE_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return measure, m.end()
    return None


def _head_measure(reading: Reading) -> str | None:
    """The measure a list counts: "Of the administrative offence cases reported later, 12 ..."."""
    head = _HEAD_RE.match(reading.text)
    if head:
        for _ in range(4):  # a few words may come first: "Of the 40 formal complaints"
            found = _measure_at(reading.text, head.end())
            if found and found[0] != "cases":
                return found[0]
            head = re.compile(r"\S+\s+").match(reading.text, head.end())
            if head is None:
                break
    return reading.account.measure if reading.continues else None


def _segment_category(reading: Reading, q: Quantity, after: int, next_start: int, prev_end: int) -> str | None:
    text = reading.text
    clause = reading.clause_of(q.start)
    end = min(next_start, clause[1], after + _CATEGORY_SEGMENT)
    found = _category_of(text, _categories(text, after, end))
    if found is None:
        found = _category_of(text, _categories(text, max(prev_end, clause[0], q.start - _CATEGORY_SEGMENT), q.start))
    return found


def _statement(text: str, clause: tuple[int, int], position: int) -> tuple[int, int]:
    """The part of the clause between ", and"-breaks that holds the position."""
    start, end = clause
    for m in _STATEMENT_BREAK_RE.finditer(text, clause[0], clause[1]):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


def _violation_context(reading: Reading, q: Quantity) -> bool:
    return _clause_speaks_of_violations(reading.text, *reading.clause_of(q.start))


@lru_cache(maxsize=256)
def _clause_speaks_of_violations(text: str, start: int, end: int) -> bool:
    return bool(GENERIC_VIOLATION_RE.search(text, start, end) or _categories(text, start, end))


def _counted_one(
    reading: Reading, q: Quantity, next_start: int, prev_end: int, head: str | None, last: str | None
) -> _Counted | None:
    text = reading.text
    clause = reading.clause_of(q.start)
    part = _statement(text, clause, q.start)
    if q.share:
        tail = text[q.end : clause[1]]
        if not OBSERVATIONS_RE.match(tail.lstrip()):
            return None
        category = _category_of(text, _categories(text, *part))
        if category is None:
            if not (GENERIC_VIOLATION_RE.search(text, *part) or _NEGATIVE_ASSESSMENT_RE.search(text, *part)):
                return None
            category = "mixed"
        return _Counted(q, "share_of_observations_pct", category)
    if not q.written:
        return None
    found = _measure_at(text, q.end)
    if found:
        measure, after = found
        if measure == "reports" and not _violation_context(reading, q):
            return None
        category = _segment_category(reading, q, after, next_start, prev_end)
        if measure == "cases":
            if category is None:
                return None
            observed = reports_observation(text) or reporter_for(reading, q.start) == "ODIHR"
            measure = "observed" if observed else "violations"
        return _Counted(q, measure, category or "mixed")
    enumeration = ENUMERATION_RE.match(text, q.end)
    if enumeration and (head or last):
        category = _segment_category(reading, q, enumeration.end(), next_start, next_start)
        if category is not None:
            return _Counted(q, head or last or "violations", category)
    denominator = _DENOMINATOR_RE.match(text, q.end)  # "in 29 of the 119 polling stations"
    station = POLLING_STATIONS_RE.match(text, denominator.end()) if denominator else None
    before = max(clause[0], q.start - 40)
    if station and _LOCATIVE_BEFORE_RE.search(text, before, q.start) and _violation_context(reading, q):
        category = _category_of(text, _categories(text, *part)) or "mixed"
        return _Counted(q, "polling_stations", category)
    total = _TOTAL_RE.search(text, max(clause[0], q.start - _CATEGORY_SEGMENT), q.start)
    if total:
        named = _measure_at(total.group("m") or total.group("r") or "", 0)
        if named and named[0] != "cases":
            return _Counted(q, named[0], "mixed")
    return None


def _observed(reading: Reading, used: set[str]) -> list[InfractionClaim]:
    """Kinds observers saw, without a count: one row per kind."""
    claims = []
    for start, end in reading.clauses:
        clause = reading.text[start:end]
        if not OBSERVATION_RE.search(clause) or NEGATION_RE.search(clause):
            continue
        matches = _categories(reading.text, start, end)
        cases = CASES_RE.search(clause)
        qualifier = "cases" if cases and matches and start + cases.start() <= matches[0][0] else "observed"
        for position, _, category in matches:
            if category in used:
                continue
            used.add(category)
            claims.append(
                InfractionClaim(
                    evidence=reading.evidence,
                    category=category,
                    measure="observed",
                    value=None,
                    qualifier=qualifier,
                    reported_by=reporter_for(reading, position),
                    location=place_for(reading, position),
                )
            )
    return claims


def infractions_in(reading: Reading) -> tuple[list[InfractionClaim], str | None]:
    """Every infraction the sentence reports, and the measure later sentences may continue with."""
    head = _head_measure(reading)
    quantities = list(reading.quantities)
    claims: list[InfractionClaim] = []
    used: set[str] = set()
    last: str | None = None
    for i, q in enumerate(quantities):
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(reading.text)
        prev_end = quantities[i - 1].end if i > 0 else 0
        counted = _counted_one(reading, q, next_start, prev_end, head, last)
        if counted is None:
            continue
        last = counted.measure if counted.measure != "share_of_observations_pct" else last
        used.add(counted.category)
        claims.append(
            InfractionClaim(
                evidence=reading.evidence,
                category=counted.category,
                measure=counted.measure,
                value=q.figure,
                qualifier=q.qualifier,
                reported_by=reporter_for(reading, q.start),
                location=place_for(reading, q.start),
            )
        )
    claims += _observed(reading, used)
    return distinct(claims, lambda c: (c.category, c.measure, c.value, c.qualifier)), last or head
