"""Building blocks for claim tests: paragraphs as the PDF and HTML layers hand them over."""

from __future__ import annotations

import datetime as dt

from sources.claims import extract_claims
from sources.records import ClaimContext, DetentionClaim, InfractionClaim, Language, Source, TextBlock

ELECTION_2019 = dt.date(2019, 6, 9)


def context(
    publisher: Source = "osce",
    language: Language = "en",
    election: dt.date | None = ELECTION_2019,
    published: dt.date | None = dt.date(2019, 10, 4),
) -> ClaimContext:
    return ClaimContext("doc-under-test", publisher, language, election, published)


def read(
    *paragraphs: str, publisher: Source = "osce", language: Language = "en", page: int | None = 3
) -> tuple[list[DetentionClaim], list[InfractionClaim]]:
    """Claims of body paragraphs (each its own block, all on one page)."""
    blocks = [TextBlock(p, page) for p in paragraphs]
    return extract_claims(blocks, context(publisher, language))


def detention_row(c: DetentionClaim) -> tuple[object, ...]:
    return (c.detained_min, c.detained_max, c.qualifier, c.subject, c.reported_by, c.date_from, c.date_to, c.location)


def infraction_row(c: InfractionClaim) -> tuple[object, ...]:
    return (c.category, c.measure, c.value, c.qualifier, c.reported_by)


def finding_rows(text: str, language: Language = "en") -> set[tuple[object, ...]]:
    """(category, measure, value) of every infraction one paragraph reports."""
    _, infractions = read(text, language=language)
    return {(i.category, i.measure, i.value) for i in infractions}


def infraction_values(text: str, language: Language = "en", publisher: Source = "osce") -> list[tuple[object, ...]]:
    """(category, measure, value, base) of every infraction one paragraph reports, in order."""
    _, infractions = read(text, publisher=publisher, language=language)
    return [(c.category, c.measure, c.value, c.base) for c in infractions]


def headed(heading: str, body: str, language: Language = "en", publisher: Source = "osce") -> list[InfractionClaim]:
    """The infractions of one paragraph under its heading (a group's report headed by its name)."""
    blocks = [TextBlock(heading, 1, kind="heading"), TextBlock(body, 1)]
    return extract_claims(blocks, context(publisher, language))[1]
