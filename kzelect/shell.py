"""`python -m kzelect.shell [--warehouse PATH] [-c SQL]`: a small SQL shell over the warehouse, read-only.

The registry's `duckdb-cli` package is a 1.x DuckDB, which cannot open the files the pinned DuckDB 2.0 writes,
so the project ships this REPL instead. Every statement runs on a fresh read-only connection, so the shell
always sees the latest published warehouse (a connection held open keeps the state it opened). Statements end
with `;`; `.tables` lists the relations, `.describe NAME` their columns, `.quit` leaves.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import duckdb

PROMPT, CONTINUE = "kzelect> ", "   ...> "
TABLES_SQL = ("SELECT schema_name || '.' || table_name AS name, 'table' AS kind, comment FROM duckdb_tables() "
              "WHERE NOT internal UNION ALL SELECT schema_name || '.' || view_name, 'view', comment "
              "FROM duckdb_views() WHERE NOT internal AND schema_name NOT IN ('information_schema', 'pg_catalog') "
              "ORDER BY name")


def run_statement(warehouse: Path, statement: str) -> str:
    """The result of one statement as DuckDB prints it; errors come back as text, never raise."""
    statement = statement.strip().rstrip(";").strip()
    if not statement:
        return ""
    if statement in (".tables", ".schema"):
        statement = TABLES_SQL
    elif statement.startswith(".describe "):
        statement = f"DESCRIBE {statement.split(maxsplit=1)[1]}"
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as exc:
        return f"cannot open {warehouse} read-only: {exc}"
    try:
        relation = con.sql(statement)
        return "OK" if relation is None else str(relation)
    except duckdb.Error as exc:
        return f"error: {exc}"
    finally:
        con.close()


def repl(warehouse: Path) -> int:
    print(f"kzelect SQL shell on {warehouse} (read-only). End statements with ';'. .tables, .describe NAME, .quit")
    buffer: list[str] = []
    while True:
        try:
            line = input(CONTINUE if buffer else PROMPT)
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        stripped = line.strip()
        if not buffer and stripped in (".quit", ".exit"):
            return 0
        if not buffer and stripped.startswith("."):
            print(run_statement(warehouse, stripped))
            continue
        buffer.append(line)
        if stripped.endswith(";"):
            print(run_statement(warehouse, "\n".join(buffer)))
            buffer = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kzelect.shell", description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse", type=Path,
                        default=Path(os.environ.get("KZELECT_WAREHOUSE", "data/kzelect.duckdb")),
                        help="DuckDB file [$KZELECT_WAREHOUSE, data/kzelect.duckdb]")
    parser.add_argument("-c", "--command", help="run one statement, print its result and exit")
    args = parser.parse_args(argv)
    if not args.warehouse.is_file():
        print(f"kzelect.shell: no warehouse at {args.warehouse}: build one with `make run`", file=sys.stderr)
        return 1
    if args.command:
        out = run_statement(args.warehouse, args.command)
        print(out)
        return 1 if out.startswith(("error:", "cannot open")) else 0
    return repl(args.warehouse)


if __name__ == "__main__":
    sys.exit(main())
