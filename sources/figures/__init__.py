"""Figures bound to their subjects by meaning, confirmed by the publication's arithmetic.

    text_layer  the text layer (`sources/text/`) as the binder uses it: figures, sentences, clauses, cells
    names       the contestant registry (warehouse/seeds/contestants.csv) and the names met in a document
    regions     every spelling of warehouse/seeds/regions.csv, inflected as prose inflects it
    roles       names in roles that take no figure: speakers, nominators in brackets, datelines, clock zones
    mentions    what a clause names: contestants, indicators, regions, lead-ins, pronouns, vote and seat words
    binder      each figure of a clause → its subject by the words between them (`Binder.bind`)
    arithmetic  share ≈ votes ÷ base, shares ≈ 100, turnout ≈ cast ÷ registered
    claims      readings → `ResultClaim` / `TurnoutClaim` (`assemble`), arithmetic settling open readings

Words come from `sources/lexicon/` (ru/kk/en YAML); the code is language-free. Page layout (paragraphs,
tables) is the caller's: `sources/cec/` hands its clauses and table rows to a `Binder`.
"""

from __future__ import annotations

from sources.figures.binder import Binder, ClauseReading, Reading
from sources.figures.claims import Assembled, Located, assemble

__all__ = ["Assembled", "Binder", "ClauseReading", "Located", "Reading", "assemble"]
