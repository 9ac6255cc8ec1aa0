"""A detention count revised by a later one: the later figure stands (lexicon/detentions.yaml, `revisions`).

"The ministry initially informed the mission that 112 people had been detained; on 27 August it revised the figure to
164", "Позже МВД уточнило эти данные до 164", "... санын 164-ке дейін нақтылады": the revising count names no people
of its own -- they are the earlier count's, in its place -- and the earlier count is no longer a claim. The earlier
count is the one before it in its sentence (detentions.py), else the last detention reported before the sentence
(detentions.revision_of, paragraph.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.claims.lexicon import alternation, detention_words, forms_of
from sources.claims.quantities import Quantity
from sources.records import DetentionClaim

FLAGS = re.IGNORECASE
_REVISIONS = detention_words("revisions")
_BEFORE_RE = re.compile(rf"(?<![\w-]){alternation(forms_of(_REVISIONS['before']))}\s*$", FLAGS)
_AFTER_RE = re.compile(rf"^{alternation(forms_of(_REVISIONS['after']))}(?![\w-])", FLAGS)
_TO_RE = re.compile(r"^до\s|\sдейін$", FLAGS)  # the Russian and Kazakh "to" a count's reader takes for "up to"
REACH = 120  # characters before a count that its revising words may take


def revises(text: str, quantity: Quantity) -> bool:
    """The count is a revision of a count reported before it ("revised the figure to 164")."""
    if _BEFORE_RE.search(text, max(0, quantity.start - REACH), quantity.start) is not None:
        return True
    return _AFTER_RE.match(text[quantity.end :].lstrip()) is not None


def as_revision(claim: DetentionClaim, revised: DetentionClaim, written: str) -> DetentionClaim:
    """The revising count with the people and the place of the count it revises; a count revised "до 65" / "65-ке
    дейін" (`written`) is revised *to* 65, not up to it."""
    if claim.qualifier == "up to" and claim.detained_max is not None and _TO_RE.search(written):
        claim = replace(claim, detained_min=claim.detained_max, qualifier="exact")
    return replace(
        claim,
        subject=revised.subject if claim.subject == "people" else claim.subject,
        subject_as_written=claim.subject_as_written or revised.subject_as_written,
        location=claim.location or revised.location,
    )
