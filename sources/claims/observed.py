"""Findings said without a count: one row per kind, value None, measure 'observed' ("cases of ballot box stuffing
were observed", "signs of", "allegations of coercion"), and violations a named source speaks of without a kind
("наблюдатели заявляли о нарушениях"). A negator, modal or blocker cancels only the findings of its own sub-clause
(scope.py). `merge_observed` keeps one such row per kind (per lexicon entry for 'other') and reporter in a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sources.claims.cues import reports_observation
from sources.claims.kinds import categories as _categories
from sources.claims.kinds import elaborates, other_finding
from sources.claims.reading import Reading, place_for, reporter_for
from sources.claims.scope import governed, hedged, sub_clause_of
from sources.claims.vocabulary import (
    CASES_RE,
    ENUMERATION_RE,
    OBSERVATION_RE,
    SPOKE_OF_VIOLATIONS_RE,
    UNQUANTIFIED_SHARE_RE,
)
from sources.records import InfractionClaim


def _unbound_count_before(reading: Reading, scope: tuple[int, int], position: int) -> bool:
    return any(
        q.written and not q.share and scope[0] <= q.start < position and ENUMERATION_RE.match(reading.text, q.end)
        for q in reading.quantities
    )


# a part of the count before, said by a word, and what it concerned: "Most of them concerned campaign materials …",
# "Большинство из них касалось …", "Олардың көбі … қатысты"
_PART_TOLD_RE = re.compile(
    r"\b(?:most|many|the\s+majority|a\s+majority|half)\s+of\s+(?:them|these|those)\s+(?:had\s+)?(?:concerned|related\s+to"
    r"|were\s+about|were\s+related\s+to|involved|dealt\s+with|referred\s+to)"
    r"|(?<![\w-])(?:большинство|большая\s+(?:их\s+)?часть|половина)\s+(?:из\s+них\s+|их\s+)?(?:[–—-]\s+[^,;]{1,30}\s+[–—-]\s+)?"
    r"(?:касал\w*|связан\w*|относил\w*)"
    r"|(?<![\w-])олардың\s+(?:көбі|басым\s+бөлігі)\b",
    re.IGNORECASE,
)


def observed_in(reading: Reading, used: set[str]) -> list[InfractionClaim]:
    """Kinds named without a count, each asserted in its own sub-clause: one row per kind."""
    text = reading.text
    claims = []
    for start, end in reading.clauses:
        matches = _categories(text, start, end)
        if not matches:
            continue
        for index, (position, named_end, category) in enumerate(matches):
            if index and elaborates(text, matches[index - 1][1], position):
                continue  # "family voting, with one person casting ballots for …": the kind before, told again
            scope = sub_clause_of(text, (start, end), position)
            cases = CASES_RE.search(text, scope[0], position + 1)
            finding = other_finding(text, position, named_end) if category == "other" else None
            kind = finding or category  # two 'other' kinds are two findings
            if kind in used or category in used or category == "mixed" or governed(
                text, scope, [(s, e) for s, e, _ in matches]
            ):
                continue  # 'mixed' is an assessment of the whole process: a claim only with its share
            if _unbound_count_before(reading, scope, position):
                continue  # "Of these, 7 concerned ballot box stuffing": a count whose measure is not known here
            if _PART_TOLD_RE.search(text, max(start, position - 60), position):
                continue  # "Most of them concerned X": what a part of the count before was, no finding of its own
            if reading.context.publisher != "osce" and not (
                OBSERVATION_RE.search(text, start, end) or reports_observation(text)
            ):
                continue  # a CEC or press text speaks of a kind without saying anyone saw it
            if not (cases and cases.start() <= position) and UNQUANTIFIED_SHARE_RE.search(text, *scope):
                continue  # "problems ... in a significant number of observations": a share whose figure is not given
            if hedged(text, scope):
                qualifier = "allegations"
            elif cases and cases.start() <= position:
                qualifier = "cases"
            else:
                qualifier = "observed"
            used.add(kind)
            claims.append(
                InfractionClaim(
                    evidence=reading.evidence,
                    category=category,  # type: ignore[arg-type]
                    measure="observed",
                    value=None,
                    qualifier=qualifier,
                    reported_by=reporter_for(reading, position),
                    location=place_for(reading, position),
                    finding=finding,
                )
            )
    return claims


def spoken_of(reading: Reading, used: set[str]) -> list[InfractionClaim]:
    """Violations a named source speaks of, without a kind or a count: one 'mixed' row (allegations)."""
    if used or not reading.reporters:
        return []
    text = reading.text
    for m in SPOKE_OF_VIOLATIONS_RE.finditer(text):
        scope = sub_clause_of(text, reading.clause_of(m.start()), m.start())
        if governed(text, scope, [m.span()]) or _categories(text, *scope):
            continue
        return [
            InfractionClaim(
                evidence=reading.evidence,
                category="mixed",
                measure="observed",
                value=None,
                qualifier="allegations",
                reported_by=reporter_for(reading, m.start()),
                location=place_for(reading, m.start()),
            )
        ]
    return []


Place = Callable[[InfractionClaim], tuple[int, int] | None]  # a claim's paragraph and its sentence's offset in it


def merge_observed(claims: list[InfractionClaim], place: Place | None = None) -> list[InfractionClaim]:
    """One 'observed' row per kind and reporter in a document, and none where the same reporter counted that kind
    in the same place: a report's summary and its election-day section name the same findings twice.

    A count in one place does not stand for a finding observed in another ("stuffing was observed in Shymkent" beside
    "stuffing in 12 polling stations of Almaty"). A share of observations is an assessment: it takes in the findings
    of its kind said elsewhere (the summary restating the election-day section) and in its own sentence ("assessed
    negatively ..., mainly due to procedural problems"), but not a finding a LATER sentence of its own paragraph goes
    on to report ("... bad in one out of four counts observed. ... observers saw tampering with result protocols"),
    or the paragraph right after it does (a PDF's paragraphs are blocks; a heading between them ends the account):
    that is a row of its own. `place` says where a claim's sentence stands (read_claims knows the paragraphs)."""
    counted: dict[tuple[str, str | None], set[str | None]] = {}
    shares: dict[tuple[str, str | None], list[InfractionClaim]] = {}
    for c in claims:
        if c.measure != "observed" or c.value is not None:  # "38 cases of vote buying" the mission saw: a count
            counted.setdefault((c.category, c.reported_by), set()).add(c.location)
        if c.measure == "share_of_observations_pct":
            shares.setdefault((c.category, c.reported_by), []).append(c)

    def goes_on_from_share(claim: InfractionClaim, key: tuple[str, str | None]) -> bool:
        if place is None or (at := place(claim)) is None:
            return False
        others = [c for c in claims
                  if (c.measure != "observed" or c.value is not None) and (c.category, c.reported_by) == key]
        return all(
            c.measure == "share_of_observations_pct"
            and (share_at := place(c)) is not None
            and ((share_at[0] == at[0] and share_at[1] < at[1]) or at[0] == share_at[0] + 1)
            for c in others
        )

    out: list[InfractionClaim] = []
    index: dict[tuple[str, str | None, str | None], int] = {}
    for claim in claims:
        if claim.measure == "observed" and claim.value is None:
            key = (claim.category, claim.reported_by)
            places = counted.get(key)
            folded = places is not None and (claim.location is None or None in places or claim.location in places)
            if folded and not (key in shares and goes_on_from_share(claim, key)):
                continue
            said = (claim.category, claim.finding, claim.reported_by)  # two 'other' kinds stay two rows
            if said in index:
                if claim.qualifier == "cases" and out[index[said]].qualifier != "cases":
                    out[index[said]] = claim  # "cases of" is the more precise wording
                continue
            index[said] = len(out)
        out.append(claim)
    return out
