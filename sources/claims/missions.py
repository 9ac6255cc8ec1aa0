"""An observer mission that is not the OSCE's speaking for itself (lexicon/missions.yaml).

The reporter list reads the bare "Mission", "Миссия", "the mission's observers" as ODIHR's, which is right in an
ODIHR text. A document that names another observer mission (the CIS's, the SCO's) and no OSCE body is that
mission's: the claims given to ODIHR there are that mission's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from sources.claims.lexicon import compile_forms, load
from sources.records import DetentionClaim, InfractionClaim

Claim = TypeVar("Claim", DetentionClaim, InfractionClaim)

_LEXICON = load("missions")
_MISSIONS = tuple((entry["name"], compile_forms(entry)) for entry in _LEXICON["missions"])
_OSCE_RE = compile_forms(_LEXICON["osce"])
OSCE_READING = "ODIHR"


def other_mission(texts: Iterable[str], language: str) -> str | None:
    """The name (in the document's language) of the one non-OSCE mission the texts name, if they name no OSCE body."""
    joined = "\n".join(texts)
    if _OSCE_RE.search(joined):
        return None
    named = [names for names, pattern in _MISSIONS if pattern.search(joined)]
    if len(named) != 1:
        return None
    return str(named[0].get(language) or named[0]["en"])


def as_mission(claims: list[Claim], mission: str | None) -> list[Claim]:
    """The claims read as ODIHR's given to the mission the document is from."""
    if mission is None:
        return claims
    return [replace(c, reported_by=mission) if c.reported_by == OSCE_READING else c for c in claims]
