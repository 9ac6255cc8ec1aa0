"""`kzelect export`: every mart to Parquet (partitioned by election) or CSV, with a data dictionary beside it.

    DIR/results/election_id=kz-2019-06-09-presidential/data_0.parquet   (Parquet: one folder per mart)
    DIR/results.csv                                                     (CSV: one file per mart)
    DIR/data_dictionary.md, DIR/data_dictionary.csv                     (every exported column, described)

Read back: `SELECT * FROM read_parquet('DIR/results/**/*.parquet', hive_partitioning = true)` in DuckDB,
`pl.read_parquet('DIR/results/', hive_partitioning=True)` in polars, `pd.read_parquet('DIR/results')` in pandas.
The warehouse is opened read-only; nothing in it changes.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

log = logging.getLogger(__name__)

Format = Literal["parquet", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "csv")
PARTITION_COLUMN = "election_id"


@dataclass(frozen=True)
class ExportedMart:
    mart: str
    rows: int
    path: Path
    partitioned: bool


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def marts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str | None]]:
    """(view name, comment) of every view in schema marts, by name."""
    return con.sql("SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'marts' AND NOT internal "
                   "ORDER BY view_name").fetchall()


def mart_columns(con: duckdb.DuckDBPyConnection, mart: str) -> list[tuple[str, str, str | None]]:
    """(column, type, comment) of one mart, in column order."""
    return con.sql("SELECT column_name, data_type, comment FROM duckdb_columns() WHERE schema_name = 'marts' "
                   "AND table_name = ? ORDER BY column_index", params=[mart]).fetchall()


def _export_one(con: duckdb.DuckDBPyConnection, mart: str, out: Path, fmt: Format) -> ExportedMart:
    rows = con.sql(f'SELECT count(*) FROM marts."{mart}"').fetchall()[0][0]
    names = [c[0] for c in mart_columns(con, mart)]
    source = f'(SELECT * FROM marts."{mart}")'
    if fmt == "csv":
        path = out / f"{mart}.csv"
        con.execute(f"COPY {source} TO '{_sql_path(path)}' (FORMAT csv, HEADER true)")
        return ExportedMart(mart, rows, path, partitioned=False)
    path = out / mart
    if PARTITION_COLUMN in names and rows > 0:
        # hive layout, one folder per election; OVERWRITE replaces an earlier export of this mart only
        con.execute(f"COPY {source} TO '{_sql_path(path)}' "
                    f"(FORMAT parquet, PARTITION_BY ({PARTITION_COLUMN}), OVERWRITE true)")
        return ExportedMart(mart, rows, path, partitioned=True)
    # no election column, or no rows (a partitioned COPY of nothing writes no file): one file with the schema
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.rglob("*.parquet"):
        stale.unlink()
    con.execute(f"COPY {source} TO '{_sql_path(path / 'data_0.parquet')}' (FORMAT parquet)")
    return ExportedMart(mart, rows, path, partitioned=False)


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def write_dictionary(con: duckdb.DuckDBPyConnection, exported: list[ExportedMart], out: Path, fmt: Format) -> None:
    """data_dictionary.md (for people) and data_dictionary.csv (for programs) of the exported marts."""
    comments = dict(marts(con))
    lines = ["# kzelect export: data dictionary", "",
             f"Every mart of the warehouse as {fmt.upper()}"
             + (", partitioned by election (hive folders `election_id=...`)." if fmt == "parquet" else "."),
             "Descriptions come from the warehouse's own `COMMENT ON` statements.", ""]
    table_rows: list[list[str]] = []
    for item in exported:
        where = item.path.relative_to(out)
        lines += [f"## {item.mart}", "", f"`{where}` — {item.rows} rows. {_cell(comments.get(item.mart))}", "",
                  "| column | type | description |", "|---|---|---|"]
        for column, data_type, comment in mart_columns(con, item.mart):
            lines.append(f"| `{column}` | {data_type} | {_cell(comment)} |")
            table_rows.append([item.mart, column, data_type, comment or ""])
        lines.append("")
    (out / "data_dictionary.md").write_text("\n".join(lines), encoding="utf-8")
    with (out / "data_dictionary.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mart", "column", "type", "description"])
        writer.writerows(table_rows)


def export_marts(warehouse: Path, out: Path, fmt: Format = "parquet") -> list[ExportedMart]:
    """Write every mart of `warehouse` under `out` in `fmt`, plus the data dictionary; returns what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose {' or '.join(FORMATS)}")
    if not warehouse.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}: build one with `kzelect run`")
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        exported = [_export_one(con, mart, out, fmt) for mart, _ in marts(con)]
        write_dictionary(con, exported, out, fmt)
    finally:
        con.close()
    for item in exported:
        log.info("exported marts.%s: %d rows → %s", item.mart, item.rows, item.path)
    return exported
