"""A content hash of the warehouse's data, to show that two runs left identical tables.

Audit tables are excluded (each run adds its own rows), and so are the columns that record when a
body was fetched: what is compared is what analysts read.
"""

from __future__ import annotations

import hashlib

import duckdb

SCHEMAS = ("raw", "core", "marts")
VOLATILE_COLUMNS = {("raw", "documents", "fetched_at")}


def table_fingerprints(con: duckdb.DuckDBPyConnection, schemas: tuple[str, ...] = SCHEMAS) -> dict[str, str]:
    """schema.table → sha256 of its rows, sorted, with volatile columns left out."""
    relations = con.sql(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ? "
        "UNION ALL SELECT schema_name, view_name FROM duckdb_views() WHERE schema_name IN ? AND NOT internal "
        "ORDER BY ALL", params=[list(schemas), list(schemas)]).fetchall()
    out: dict[str, str] = {}
    for schema, table in relations:
        columns = [c for (c,) in con.sql(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
            params=[schema, table]).fetchall() if (schema, table, c) not in VOLATILE_COLUMNS]
        select = ", ".join(f'"{c}"' for c in columns)
        digest = hashlib.sha256()
        for row in con.sql(f'SELECT {select} FROM "{schema}"."{table}" ORDER BY ALL').fetchall():
            digest.update(repr(row).encode())
        out[f"{schema}.{table}"] = digest.hexdigest()
    return out


def content_hash(con: duckdb.DuckDBPyConnection) -> str:
    return hashlib.sha256(repr(sorted(table_fingerprints(con).items())).encode()).hexdigest()
