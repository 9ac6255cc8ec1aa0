"""The unit of refusal: a claim set, never a whole document.

A check refuses the set of claims it concerns and nothing else (DESIGN.md, "Refuse claims, not documents"):
- results: one document × election × region × stage ("results kz-2019-06-09-presidential KZ final");
- turnout: one document × election × region × stage × bulletin time ("turnout kz-… KZ-75 preliminary 20:00";
  `-` when the figure is not an hourly one);
- detentions and infractions: each claim row ("detention <id>", "infraction <id>");
- a document whose own metadata fails the documents suite, or that could not be parsed, is refused whole
  (`WHOLE_DOCUMENT`): then none of its claims can be trusted to be what they say.

`claim_set(table)` names each row's set; `withhold` drops the rows of refused sets; `flag` marks the rows of
sets a warning-level check flagged (e.g. `core.results.incomplete`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

import polars as pl

WHOLE_DOCUMENT = "document"
CLAIM_SET = "_claim_set"  # the column `checked_frames` adds, so a failing row names its set


class Refusal(NamedTuple):
    """One refused claim set of a document: the table it is in, why, and which set."""

    table: str
    reason: str
    claim_set: str = WHOLE_DOCUMENT


def _part(name: str, fallback: pl.Expr | None = None) -> pl.Expr:
    column = pl.col(name).cast(pl.String)
    return pl.coalesce([column, fallback, pl.lit("?")]) if fallback is not None else column.fill_null("?")


def claim_set(table: str) -> pl.Expr:
    """The name of each row's claim set (see the module docstring)."""
    region = _part("region_code", pl.lit("?") + pl.col("region_name")) if table in ("results", "turnout") else None
    parts: list[pl.Expr]
    if table == "results":
        parts = [pl.lit("results"), _part("election_id"), region, _part("stage")]  # type: ignore[list-item]
    elif table == "turnout":
        parts = [pl.lit("turnout"), _part("election_id"), region, _part("stage"),  # type: ignore[list-item]
                 pl.col("as_of").cast(pl.String).fill_null("-")]
    elif table == "detentions":
        parts = [pl.lit("detention"), _part("detention_id")]
    elif table == "infractions":
        parts = [pl.lit("infraction"), _part("infraction_id")]
    else:
        return pl.lit(WHOLE_DOCUMENT)
    return pl.concat_str(parts, separator=" ")


def _refused_pairs(refused: Mapping[str, Iterable[Refusal | tuple]] | Collection[str]) -> tuple[set[str], set]:
    """(documents refused whole, {(document, table, claim set)} refused)."""
    whole: set[str] = set()
    sets: set[tuple[str, str, str]] = set()
    if not isinstance(refused, Mapping):
        return set(refused), sets
    for document, refusals in refused.items():
        for refusal in refusals:
            item = Refusal(*refusal)
            if item.claim_set == WHOLE_DOCUMENT:
                whole.add(document)
            else:
                sets.add((document, item.table, item.claim_set))
    return whole, sets


def withhold(
    frames: Mapping[str, pl.DataFrame],
    refused: Mapping[str, Iterable[Refusal | tuple]] | Collection[str],
    keep: Collection[str] = (),
) -> dict[str, pl.DataFrame]:
    """Frames without the rows of refused claim sets, of documents refused whole, and of rows naming no
    document. `refused` maps a document to its refusals (a plain collection of ids refuses them whole).

    Tables named in `keep` pass through whole (e.g. `documents`, when refused bodies stay in raw.documents).
    """
    whole, sets = _refused_pairs(refused)
    out: dict[str, pl.DataFrame] = {}
    for table, frame in frames.items():
        if table in keep:
            out[table] = frame
            continue
        kept = frame.filter(pl.col("document_id").is_not_null() & ~pl.col("document_id").is_in(sorted(whole)))
        refused_here = sorted(f"{d}\x1f{s}" for d, t, s in sets if t == table)
        if refused_here and not kept.is_empty():
            key = pl.concat_str([pl.col("document_id"), pl.lit("\x1f"), claim_set(table)])
            kept = kept.filter(~key.is_in(refused_here))
        out[table] = kept
    return out


def flag(frame: pl.DataFrame, table: str, flagged: Iterable[tuple[str, str]], column: str) -> pl.DataFrame:
    """`frame` with a boolean `column`: true on the rows of the (document, claim set) pairs flagged."""
    keys = sorted(f"{d}\x1f{s}" for d, s in flagged)
    key = pl.concat_str([pl.col("document_id"), pl.lit("\x1f"), claim_set(table)])
    return frame.with_columns(key.is_in(keys).fill_null(False).alias(column))
