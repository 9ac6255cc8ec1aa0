"""Claims → staged polars frames, one per warehouse table, with fixed schemas.

The frames are what Great Expectations judges and what the loader writes; their columns are the
`core` tables' columns plus what the checks need (`election_type`, `published_on`, names as written).
This module only shapes data: records come in as plain dicts (see `flows/` and `sources/extract.py`).
"""

from __future__ import annotations

import polars as pl

# Columns every result and turnout claim carries: its election, and where it was read.
ELECTION_COLUMNS: dict[str, pl.DataType] = {
    "election_id": pl.String(),
    "election_type": pl.String(),
    "election_date": pl.Date(),
}
PROVENANCE_COLUMNS: dict[str, pl.DataType] = {
    "document_id": pl.String(),
    "page": pl.Int32(),
    "evidence": pl.String(),
    "source": pl.String(),
    "language": pl.String(),
    "doc_kind": pl.String(),
    "published_on": pl.Date(),
}
RESULTS_SCHEMA: dict[str, pl.DataType] = {
    **ELECTION_COLUMNS,
    "region_name": pl.String(),
    "contestant_name": pl.String(),
    "stage": pl.String(),
    "votes": pl.Int64(),
    "vote_share_pct": pl.Float64(),
    "seats": pl.Int32(),
    **PROVENANCE_COLUMNS,
}
TURNOUT_SCHEMA: dict[str, pl.DataType] = {
    **ELECTION_COLUMNS,
    "region_name": pl.String(),
    "stage": pl.String(),
    "as_of": pl.String(),
    "registered_voters": pl.Int64(),
    "ballots_cast": pl.Int64(),
    "turnout_pct": pl.Float64(),
    "invalid_ballots": pl.Int64(),
    "both_marked_ballots": pl.Int64(),
    "polling_stations": pl.Int32(),
    **PROVENANCE_COLUMNS,
}
DETENTIONS_SCHEMA: dict[str, pl.DataType] = {
    "detention_id": pl.String(),
    "election_id": pl.String(),
    "election_date": pl.Date(),
    "date_from": pl.Date(),
    "date_to": pl.Date(),
    "location": pl.String(),
    "detained_min": pl.Int64(),
    "detained_max": pl.Int64(),
    "qualifier": pl.String(),
    "subject": pl.String(),
    "subject_as_written": pl.String(),
    "reported_by": pl.String(),
    "document_id": pl.String(),
    "page": pl.Int32(),
    "evidence": pl.String(),
}
INFRACTIONS_SCHEMA: dict[str, pl.DataType] = {
    "infraction_id": pl.String(),
    "election_id": pl.String(),
    "election_date": pl.Date(),
    "category": pl.String(),
    "finding": pl.String(),
    "measure": pl.String(),
    "value": pl.Float64(),
    "base": pl.Float64(),
    "qualifier": pl.String(),
    "location": pl.String(),
    "reported_by": pl.String(),
    "document_id": pl.String(),
    "page": pl.Int32(),
    "evidence": pl.String(),
}
DOCUMENTS_SCHEMA: dict[str, pl.DataType] = {
    "document_id": pl.String(),
    "source": pl.String(),
    "url": pl.String(),
    "language": pl.String(),
    "title": pl.String(),
    "published_on": pl.Date(),
    "doc_kind": pl.String(),
    "election_id": pl.String(),
    "fetched_at": pl.Datetime("us"),
    "content_type": pl.String(),
    "byte_size": pl.Int64(),
    "archive_path": pl.String(),
    "extractor_version": pl.String(),
}
# Why a claim's figures could not be staged (a 40-digit count does not fit BIGINT): set by `staged_frame`, so the
# gate refuses the claim's set with that reason instead of the figure silently becoming null. Never loaded.
STAGING_ERROR = "staging_error"
for _claims in (RESULTS_SCHEMA, TURNOUT_SCHEMA, DETENTIONS_SCHEMA, INFRACTIONS_SCHEMA):
    _claims[STAGING_ERROR] = pl.String()
INTEGER_RANGES: dict[type[pl.DataType], tuple[int, int, str]] = {
    pl.Int64: (-(2**63), 2**63 - 1, "BIGINT"),
    pl.Int32: (-(2**31), 2**31 - 1, "INTEGER"),
}

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "results": RESULTS_SCHEMA,
    "turnout": TURNOUT_SCHEMA,
    "detentions": DETENTIONS_SCHEMA,
    "infractions": INFRACTIONS_SCHEMA,
    "documents": DOCUMENTS_SCHEMA,
}


def staged_frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts keyed by column) → a frame with the table's exact schema; missing keys are null."""
    schema = SCHEMAS[table]
    if STAGING_ERROR in schema:
        rows = [_with_staging_error(row, schema) for row in rows]
    columns = {name: [row.get(name) for row in rows] for name in schema}
    return pl.DataFrame(columns, schema=schema, strict=False)


def _unfit(name: str, dtype: pl.DataType, value: object) -> str | None:
    """Why `value` cannot be stored in an integer column, or None when it can."""
    limits = INTEGER_RANGES.get(type(dtype))
    if limits is None or value is None or isinstance(value, bool):
        return None
    low, high, sql_type = limits
    if isinstance(value, float):
        if not value.is_integer():
            return f"{name} {value!r} is not a whole number"
        value = int(value)
    if isinstance(value, int) and not low <= value <= high:
        digits = str(abs(value))
        shown = digits if len(digits) <= 24 else f"{digits[:12]}…{digits[-4:]}"
        return f"{name} {'-' if value < 0 else ''}{shown} ({len(digits)} digits) is too large for its {sql_type} column"
    return None


def _with_staging_error(row: dict, schema: dict[str, pl.DataType]) -> dict:
    problems = [p for name, dtype in schema.items() if (p := _unfit(name, dtype, row.get(name)))]
    if not problems:
        return row
    cleared = {name: None if _unfit(name, schema[name], row.get(name)) else row.get(name) for name in schema}
    return {**row, **cleared, STAGING_ERROR: "; ".join(problems)}
