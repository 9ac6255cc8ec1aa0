"""Detention and infraction claims from narrative text (ODIHR reports, CEC releases)."""

from __future__ import annotations

from collections.abc import Sequence

from sources.records import ClaimContext, DetentionClaim, InfractionClaim, TextBlock


def extract_claims(
    blocks: Sequence[TextBlock], context: ClaimContext
) -> tuple[list[DetentionClaim], list[InfractionClaim]]:
    """Every detention and infraction the blocks report, each with its sentence as evidence."""
    return [], []
