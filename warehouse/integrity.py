"""Checks and steps of a publish that keep data from being lost quietly (issue 10).

- `assert_fits`: a staged value the target column cannot hold is refused with its reason, never stored as NULL.
- `apply_versions`: every document's place in its URL's history (version, current or superseded, gone).
- `keep_history`: a rebuild keeps the previous warehouse's audit history (runs, fetches, refusals).
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
import polars as pl

log = logging.getLogger(__name__)

VERSION_COLUMNS = ("url", "fetched_at", "version", "is_current", "superseded_at", "superseded_by", "gone_since")
CHECKED_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                 "UBIGINT", "DOUBLE", "FLOAT", "DATE", "TIMESTAMP", "BOOLEAN")


class LoadRefused(ValueError):
    """A value the warehouse cannot store as it is: the load stops rather than write a NULL."""


def assert_fits(con: duckdb.DuckDBPyConnection, table: str, relation: str) -> None:
    """Every non-null staged value must survive the cast to its column's type (DECIMAL, too large, ...)."""
    schema, name = table.split(".")
    targets = dict(con.sql("SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = ? "
                           "AND table_name = ?", params=[schema, name]).fetchall())
    rel = con.sql(f"SELECT * FROM {relation} LIMIT 0")
    staged = dict(zip(rel.columns, (str(t) for t in rel.types), strict=True))
    for column, staged_type in staged.items():
        target = targets.get(column)
        if target is None or str(staged_type).upper() == target.upper():
            continue
        if not (target.upper().startswith(CHECKED_TYPES) or target.upper().startswith("DECIMAL")):
            continue
        lost = con.sql(f'SELECT "{column}"::VARCHAR FROM {relation} WHERE "{column}" IS NOT NULL '
                       f'AND TRY_CAST("{column}" AS {target}) IS NULL LIMIT 1').fetchall()
        if lost:
            raise LoadRefused(f"{table}.{column} cannot hold {lost[0][0]!r} ({target}): "
                              "refusing to store it as NULL")


def apply_versions(con: duckdb.DuckDBPyConnection, versions: pl.DataFrame) -> None:
    """Set each archived document's canonical URL and version fields (the whole archive's view, so a
    warehouse updated run by run and one rebuilt from the archive agree)."""
    if versions.is_empty():
        return
    counts = versions.group_by("document_id").len().filter(pl.col("len") > 1)
    if not counts.is_empty():
        raise LoadRefused(f"document {counts['document_id'][0]} has two version rows")
    con.register("staged_versions", versions.select("document_id", *VERSION_COLUMNS).to_arrow())
    try:
        sets = ", ".join(f"{c} = v.{c}" for c in VERSION_COLUMNS)
        con.execute(f"UPDATE raw.documents SET {sets} FROM staged_versions v "
                    "WHERE raw.documents.document_id = v.document_id")
    finally:
        con.unregister("staged_versions")


AUDIT_HISTORY = ("runs", "fetches", "validations", "quarantine", "unread")


def keep_history(con: duckdb.DuckDBPyConnection, previous: Path) -> int:
    """Copy the audit rows of the warehouse a rebuild replaces (columns matched by name); returns rows."""
    con.execute(f"ATTACH '{previous}' AS previous_state (READ_ONLY)")
    copied = 0
    try:
        old = {t for (t,) in con.sql("SELECT table_name FROM duckdb_tables() WHERE database_name = "
                                     "'previous_state' AND schema_name = 'audit'").fetchall()}
        new = {t for (t,) in con.sql("SELECT table_name FROM duckdb_tables() WHERE database_name <> "
                                     "'previous_state' AND schema_name = 'audit'").fetchall()}
        for table in AUDIT_HISTORY:
            if table not in old or table not in new:
                continue
            ours = {c for (c,) in con.sql("SELECT column_name FROM duckdb_columns() WHERE database_name <> "
                                          "'previous_state' AND schema_name = 'audit' AND table_name = ?",
                                          params=[table]).fetchall()}
            theirs = [c for (c,) in con.sql("SELECT column_name FROM duckdb_columns() WHERE database_name = "
                                            "'previous_state' AND schema_name = 'audit' AND table_name = ? "
                                            "ORDER BY column_index", params=[table]).fetchall() if c in ours]
            cols = ", ".join(f'"{c}"' for c in theirs)
            before = con.sql(f"SELECT count(*) FROM audit.{table}").fetchall()[0][0]
            con.execute(f"INSERT INTO audit.{table} ({cols}) SELECT {cols} FROM previous_state.audit.{table}"
                        + (" WHERE run_id NOT IN (SELECT run_id FROM audit.runs)" if table == "runs" else ""))
            copied += con.sql(f"SELECT count(*) FROM audit.{table}").fetchall()[0][0] - before
    finally:
        con.execute("DETACH previous_state")
    log.info("kept %d audit rows of %s", copied, previous)
    return copied
