"""Whether a document speaks of a vote at all (lexicon/clauses.yaml, `electoral`).

A count of cases or offences that names no electoral kind ('mixed', 'other') is read as an electoral infraction
because the document is about an election ("18 violations were found", a prosecutor's election-day briefing). In a
document that speaks of other events (`other_events`: riots, terrorism, the January 2022 events) and never of a
vote, the same count is no infraction of the electoral law, and is dropped. A text that names neither keeps it:
a lone sentence is read as the election's.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.claims.lexicon import compile_forms, load
from sources.records import InfractionClaim

ELECTORAL_RE = compile_forms(load("clauses")["electoral"], whole_words=False, prefix=r"(?<![\w-])")
OTHER_EVENTS_RE = compile_forms(load("clauses")["other_events"], whole_words=False, prefix=r"(?<![\w-])")
_KINDLESS = frozenset({"mixed", "other"})


def speaks_of_a_vote(texts: Iterable[str]) -> bool:
    """The texts name an election, a vote, a ballot, a campaign or a referendum -- or no other event either."""
    texts = list(texts)
    if any(ELECTORAL_RE.search(text) for text in texts):
        return True
    return not any(OTHER_EVENTS_RE.search(text) for text in texts)


def electoral_only(infractions: list[InfractionClaim], electoral: bool) -> list[InfractionClaim]:
    """The infractions, without the kindless counts of a document that never speaks of a vote."""
    if electoral:
        return infractions
    return [c for c in infractions if c.category not in _KINDLESS]
