"""Claims said twice: a figure a headline or lead gives with no source, and the body gives again with one; a vague
count restated with the same words; a title line's claim the body tells again."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from sources.claims.count_words import VAGUE_RANGES
from sources.claims.story_lead import ends_a_sentence
from sources.records import DetentionClaim, InfractionClaim, TextBlock

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


NARRATIVE_KINDS = frozenset({"body", "footnote"})  # the blocks a document tells its claims in
VAGUE_QUALIFIERS = frozenset(q for q, _, _ in VAGUE_RANGES.values())
# A vague count word and the two words it counts: "dozens of peaceful activists" (the phrase that identifies it).
_VAGUE_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(VAGUE_RANGES, key=len, reverse=True)) + r")\s+(?:of\s+)?"
    r"(\w+(?:\s+\w+)?)",
    re.IGNORECASE,
)


def restated_once(detentions: list[DetentionClaim]) -> list[DetentionClaim]:
    """A vague count said again with the same counted words ("dozens of peaceful activists ... were detained", then
    "detaining dozens of peaceful activists and protestors") for the same days is the same event restated (an
    overview's summary, then its detail), not a second wave: kept once. Other words ("Сотни людей были арестованы",
    then "задержали сотни человек") may be another event and are kept; exact counts are never merged here."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in detentions:
        phrase = _VAGUE_PHRASE_RE.search(c.evidence.text) if c.qualifier in VAGUE_QUALIFIERS else None
        if phrase is None:
            out.append(c)
            continue
        key = (c.qualifier, c.detained_min, c.detained_max, c.subject, c.date_from, c.date_to, phrase.group(1).lower())
        if key not in seen and not _headline_of(c, detentions):
            seen.add(key)
            out.append(c)
    return out


def told_again(claims: list[Claim], blocks: Sequence[TextBlock]) -> list[Claim]:
    """A page's title line (its first block, no full stop: "В Алматы задержаны участники акций") whose uncounted claim
    the body tells with its count is the body's: kept where the body tells it (a detention by any of the body's in its
    place, a finding by its kind), and so is a count the body gives again in its place (the same count, or for a
    rounded or vague title the body's figure inside its range: "почти четыре тысячи" over "3 956 человек")."""
    title = next((b.text for b in blocks if b.kind in NARRATIVE_KINDS and b.text.strip()), None)
    if title is None or ends_a_sentence(title):
        return claims
    body = [c for c in claims if c.evidence.text != title]

    def same_place(a: str | None, b: str | None) -> bool:  # "в Нур-Султане и Алматы" holds "Алматы"
        return a is None or b is None or a in b or b in a

    def told(c: Claim) -> bool:
        if isinstance(c, DetentionClaim):
            bodies = [b for b in body if isinstance(b, DetentionClaim)]
            if c.detained_min is None:
                return any(same_place(c.location, b.location) for b in bodies)
            # "Алматыда 9 адам ұсталды" over "… 9 адам полиция бөліміне жеткізілді", "почти четыре тысячи" over
            # "3 956 человек", "Hundreds detained" over "around 500 … a further 200": the body's own count
            return any(_restates(c, b) and same_place(c.location, b.location) for b in bodies)
        return isinstance(c, InfractionClaim) and c.value is None and any(
            isinstance(b, InfractionClaim) and b.category == c.category for b in body)

    return [c for c in claims if c.evidence.text != title or not told(c)]


def _restates(title: DetentionClaim, body: DetentionClaim) -> bool:
    """A title's count that the body's count falls in (its range, or within a tenth of a rounded figure)."""
    if body.detained_min is None or title.detained_min is None:
        return False
    figure = body.detained_max if body.detained_max is not None else body.detained_min
    high = title.detained_max if title.detained_max is not None else title.detained_min
    if title.qualifier == "exact":
        return (body.detained_min, body.detained_max) == (title.detained_min, title.detained_max)
    return title.detained_min * 0.9 <= figure <= high * 1.1


def _headline_of(claim: DetentionClaim, detentions: list[DetentionClaim]) -> bool:
    """A title line's vague count ("Dozens of party activists arrested in Almaty protests", no full stop) that a later
    sentence gives again with the same count word, people, place and days (one of them may not say the place or
    days) is the lead's, said once where the lead says it."""
    if ends_a_sentence(claim.evidence.text):
        return False
    return any(
        o is not claim
        and ends_a_sentence(o.evidence.text)
        and (o.qualifier, o.detained_min, o.detained_max, o.subject)
        == (claim.qualifier, claim.detained_min, claim.detained_max, claim.subject)
        and _agrees(o.location, claim.location)
        and _agrees(o.date_from, claim.date_from)
        for o in detentions[detentions.index(claim) + 1 :]
    )


def _agrees(a: object, b: object) -> bool:
    return a is None or b is None or a == b
