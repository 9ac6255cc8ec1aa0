"""Claims read off the Cyrillic reading of a Latin-script Kazakh text (sources.text.latin_kazakh), with the text as
written as their evidence."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from sources.records import DetentionClaim, InfractionClaim
from sources.text.sentences import split_sentences

Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)


def as_written(claims: list[Claim], read: str, written: str) -> list[Claim]:
    """The claims read off the Cyrillic reading, their evidence the original sentence (sentences pair up one to one:
    the reading keeps every mark that ends one)."""
    pairs = dict(zip((s.text for s in split_sentences(read)), (s.text for s in split_sentences(written)), strict=False))
    return [replace(c, evidence=replace(c.evidence, text=pairs.get(c.evidence.text, c.evidence.text))) for c in claims]
