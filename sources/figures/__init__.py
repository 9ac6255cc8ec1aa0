"""Figures bound to their subjects by meaning, confirmed by the publication's arithmetic.

    text_layer  the text layer (`sources/text/`) as the binder uses it: figures, sentences, clauses, cells
    names       the contestant registry (warehouse/seeds/contestants.csv) and the names met in a document
    regions     every spelling of warehouse/seeds/regions.csv, inflected as prose inflects it
    roles       names in roles that take no figure: speakers, nominators in brackets, datelines, clock zones
    persons     whether a capitalised run is a person's name; a Kazakh surname back to the nominative
    abbreviations  parties named bare: by initials ("НПК – 10"), glossed "(НПК)", registry names unquoted
    parties     parties named in words: quoted, beside a party word, in English; back to the nominative
    mentions    what a clause names: contestants, indicators, regions, lead-ins, pronouns, vote and seat words
    asides      figures of no claim of this vote: an earlier vote, an exit or opinion poll, another body's
                results, a bound ("более 8,3 млн"), a threshold, the whole (100 %)
    relations   a part of a whole ("N out of M eligible"), one figure for each of joined subjects ("по 7")
    readings    `Reading` / `ClauseReading`, what the binder yields
    pairing     "respectively" lists, a figure given to each joined subject, one value per contestant and clause
    subjects    for one figure: its field (count, share, seats), its indicator, its region, linking words
    binder      each figure of a clause → its subject by the words between them (`Binder.bind`)
    arithmetic  share ≈ votes ÷ base, shares ≈ 100, turnout ≈ cast ÷ registered
    claims      readings → `ResultClaim` / `TurnoutClaim` (`assemble`), arithmetic settling open readings
    by_arithmetic  the fallback after the shape readers: the lines, list items and table rows they left, each naming
                one subject, their number columns typed by the publication's sums (`read_by_arithmetic`); its parts:
    table_rows  a unit as a `Row` of cells in position (plain-text tables, runs of items, dashes for empty cells)
    columns     a block's columns typed: seats, seat shares, votes ∥ shares, shares ≈ 100, votes = the ballots
    transposed  contestants as columns; a merged run of digit groups cut where the shares say
    seat_series "95, 16, 14, 12 и 8 мандатов соответственно": seats given to the parties their shares rank

Words come from `sources/lexicon/` (ru/kk/en YAML); the code is language-free. Page layout (paragraphs,
tables) is the caller's: `sources/cec/` hands its clauses and table rows to a `Binder`.
"""

from __future__ import annotations

from sources.figures.binder import Binder
from sources.figures.claims import Assembled, Located, assemble
from sources.figures.readings import ClauseReading, Reading

__all__ = ["Assembled", "Binder", "ClauseReading", "Located", "Reading", "assemble"]
