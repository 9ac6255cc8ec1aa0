"""The scope of negation, modality and hedges: the sub-clause a finding stands in, not the sentence.

A sentence's clauses (the text layer's) are cut further at the words that open a new statement (the
`boundaries` of lexicon/clauses.yaml: "; ", ", but", " that ", " where ", ", которые", ...). A negator, a modal or
a blocker cancels only the findings of its own sub-clause, and never the words of the finding itself: "an honest
count could not be guaranteed" carries its own "not"; "ballot box stuffing was observed where the chairperson did
not intervene" keeps its finding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sources.claims.spans import Coverage
from sources.claims.vocabulary import (
    ALLEGATION_RE,
    BACK_REFERENCE_RE,
    BLOCKER_RE,
    BOUNDARY_RE,
    EMBEDDED_CLAUSE_RE,
    FRONTED_CLAUSE_RE,
    MODAL_RE,
    NOMINAL_NEGATION_RE,
    PRIVATIVE_RE,
    VERBAL_NEGATION_RE,
)


@lru_cache(maxsize=512)
def sub_clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sub-clauses of text[start:end], as spans of text."""
    spans: list[tuple[int, int]] = []
    cuts = [m.span() for m in BOUNDARY_RE.finditer(text, start, end)]
    # an embedded clause (", which did not ...,") closes at its next comma: the main clause resumes after it
    for m in EMBEDDED_CLAUSE_RE.finditer(text, start, end):
        close = text.find(",", m.end(), end)
        if close > 0:
            cuts.append((m.start(), m.end()))
            cuts.append((close, close + 1 + len(text[close + 1 : end]) - len(text[close + 1 : end].lstrip())))
    # an aside in brackets is a clause of its own: "… more than 100 complaints (the law does not oblige commissions to
    # register them) …" -- its negation stays inside
    for m in _BRACKETED_RE.finditer(text, start, end):
        cuts.append((m.start(), m.start() + 1))
        cuts.append((m.end() - 1, m.end()))
    fronted = fronted_clause(text, start, end)
    if fronted is not None:  # "Although …, observers reported …": the subordinate clause closes at its comma
        close = fronted[1]
        cuts.append((close, close + 1 + len(text[close + 1 : end]) - len(text[close + 1 : end].lstrip())))
    cut = start
    for s, e in sorted(set(cuts)):
        if s < cut:
            cut = max(cut, e)
            continue
        if s > cut:
            spans.append((cut, s))
        cut = e
    spans.append((cut, end))
    return tuple(s for s in spans if s[1] > s[0])


_BRACKETED_RE = re.compile(r"\([^()]{12,}\)")  # an aside, not a short figure's gloss ("(12 per cent)")


# what a fronted clause's comma may open inside it: its own complement ("Хотя ЦИК заявил, что нарушений не было, …")
_COMPLEMENT_RE = re.compile(r",\s*(?:что|чтобы|как|that)\s", re.IGNORECASE)


@lru_cache(maxsize=512)
def fronted_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subordinate clause that opens text[start:end] ("Although the CEC said no violations had been registered,"),
    as (start, its closing comma); None when none opens it, or when the main clause refers back to it ("Although
    stuffing was reported, it could not be confirmed": the main clause's negation is about the subordinate's
    finding)."""
    lead = start + len(text[start:end]) - len(text[start:end].lstrip(" \"«“"))
    fronted = FRONTED_CLAUSE_RE.match(text, lead, end)
    if fronted is None:
        return None
    close = text.find(",", fronted.end(), end)
    while close > 0 and _COMPLEMENT_RE.match(text, close):
        close = text.find(",", close + 1, end)
    if close < 0 or BACK_REFERENCE_RE.match(text, close + 1, end):
        return None
    return lead, close


def sub_clause_of(text: str, clause: tuple[int, int], position: int) -> tuple[int, int]:
    for span in sub_clauses(text, *clause):
        if span[0] <= position < span[1]:
            return span
    return clause


def _outside(pattern_matches: list[tuple[int, int]], own: Coverage) -> bool:
    return any(own.free(s, max(e, s + 1)) for s, e in pattern_matches)


def governed(
    text: str, scope: tuple[int, int], own: list[tuple[int, int]], *, modality: bool = True, blockers: bool = True
) -> bool:
    """Whether a negator (or, if asked, a modal or a blocker) in the scope governs what it holds; a nominal negator
    ("lack of", "without") governs only the findings after it.

    `own` are the spans of the findings themselves, whose words never count against them.
    """
    taken = Coverage(len(text), own)
    checks = [VERBAL_NEGATION_RE, *([MODAL_RE] if modality else []), *([BLOCKER_RE] if blockers else [])]
    if any(_outside([m.span() for m in pattern.finditer(text, *scope)], taken) for pattern in checks):
        return True
    # "lack of", "без": only what comes after them ("... in 40 per cent, due to a lack of transparency" stands).
    nominal = [m.span() for m in NOMINAL_NEGATION_RE.finditer(text, *scope)]
    if any(_outside([span], taken) and any(s >= span[1] for s, _ in own) for span in nominal):
        return True
    # "бюллетень салу жағдайларынсыз": the Kazakh privative ends the noun right after the finding it negates
    return any(0 <= m.start() - e <= 1 or s <= m.start() < e <= m.end() for m in PRIVATIVE_RE.finditer(text, *scope)
               for s, e in own)


def hedged(text: str, scope: tuple[int, int]) -> bool:
    """The scope reports an allegation, not a finding: "allegations of coercion"."""
    return ALLEGATION_RE.search(text, *scope) is not None


# Where a clause goes on with a new statement: "..., and ballot box stuffing was seen in 20 polling stations".
_STATEMENT_BREAK_RE = re.compile(
    r",\s+(?:and|but|while|whereas|а|но|ал|бірақ)\s+|\s+and\s+(?=found|noted|saw)", re.IGNORECASE
)


def statement_of(text: str, clause: tuple[int, int], position: int) -> tuple[int, int]:
    """The part of the clause between ", and"-breaks that holds the position."""
    start, end = clause
    for m in _STATEMENT_BREAK_RE.finditer(text, clause[0], clause[1]):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


def denied_apart(text: str, clause: tuple[int, int], kind: tuple[int, int, str], position: int) -> bool:
    """A kind named in a sub-clause of its own, not the one of the figure at `position`, that a negation governs:
    "While no ballot box stuffing was seen, observers were restricted in 9 stations" -- the 9 are no stuffing."""
    scope = sub_clause_of(text, clause, kind[0])
    return not scope[0] <= position < scope[1] and governed(text, scope, [kind[:2]], modality=False, blockers=False)
