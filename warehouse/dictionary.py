"""The data dictionary: Markdown generated from a warehouse's own catalog (COMMENT ON everywhere).

`render_dictionary(con)` reads duckdb_tables(), duckdb_views() and duckdb_columns() of any connection;
`fresh_warehouse()` builds the contract in memory from the migrations (and the marts views), which is what
the committed docs/data_dictionary.md is generated from:

    .venv/bin/python -m warehouse.dictionary > docs/data_dictionary.md    # what `make dictionary` runs
    .venv/bin/python -m warehouse.dictionary --check                      # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

import duckdb

CONTRACT_SCHEMAS = ("raw", "core", "marts", "audit")  # in reading order; other user schemas follow
SYSTEM_SCHEMAS = ("main", "information_schema", "pg_catalog")
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "data_dictionary.md"
MISSING = "**(no comment)**"

HEADER = """\
# kzelect data dictionary

Generated from the warehouse catalog by `make dictionary` (a fresh in-memory warehouse built by
the migrations in `warehouse/migrations/` and the views in `warehouse/marts/`). Do not edit by hand: change
the `COMMENT ON` statements and regenerate; `tests/integrity/test_dictionary.py` fails when this file is stale.
"""


def _apply_migrations(con: duckdb.DuckDBPyConnection) -> None:
    """The project's migration runner when present; otherwise each migration file as one script, in order."""
    try:
        from warehouse.migrate import migrate
    except ImportError:
        folder = resources.files("warehouse") / "migrations"
        for script in sorted(p for p in folder.iterdir() if p.name.endswith(".sql")):
            con.execute(script.read_text(encoding="utf-8"))
    else:
        migrate(con)
    try:
        from warehouse.migrate import apply_marts
    except ImportError:
        return
    apply_marts(con)


def fresh_warehouse() -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse holding the whole contract and no data."""
    con = duckdb.connect(":memory:")
    _apply_migrations(con)
    return con


def _schema_order(schema: str) -> tuple[int, str]:
    return (CONTRACT_SCHEMAS.index(schema) if schema in CONTRACT_SCHEMAS else len(CONTRACT_SCHEMAS), schema)


def _relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str, str | None]]:
    """(schema, name, kind, comment) of every user table and view, in reading order."""
    excluded = ", ".join(f"'{s}'" for s in SYSTEM_SCHEMAS)
    rows = con.sql(
        f"""
        SELECT schema_name, table_name, 'table', comment FROM duckdb_tables()
        WHERE NOT internal AND NOT temporary AND schema_name NOT IN ({excluded})
        UNION ALL
        SELECT schema_name, view_name, 'view', comment FROM duckdb_views()
        WHERE NOT internal AND NOT temporary AND schema_name NOT IN ({excluded})
        """
    ).fetchall()
    return sorted(rows, key=lambda r: (_schema_order(r[0]), r[1]))


def _columns(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], list[tuple[str, str, bool, str | None]]]:
    """(schema, relation) → [(column, type, nullable, comment)] in column order."""
    rows = con.sql(
        """
        SELECT schema_name, table_name, column_name, data_type, is_nullable, comment
        FROM duckdb_columns() WHERE NOT internal ORDER BY schema_name, table_name, column_index
        """
    ).fetchall()
    columns: dict[tuple[str, str], list[tuple[str, str, bool, str | None]]] = {}
    for schema, relation, name, data_type, nullable, comment in rows:
        columns.setdefault((schema, relation), []).append((name, data_type, nullable, comment))
    return columns


def _cell(text: str | None) -> str:
    if not text:
        return MISSING
    # Markdown table cell: pipes would split it, and <sha256> would vanish as an HTML tag.
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def render_dictionary(con: duckdb.DuckDBPyConnection) -> str:
    """Markdown: one section per schema, one table of columns (type, null, comment) per table or view."""
    relations = _relations(con)
    columns = _columns(con)
    lines = [HEADER]
    lines += ["## Contents", ""]
    for schema, name, kind, _ in relations:
        lines.append(f"- [`{schema}.{name}`](#{schema}{name}) ({kind})")
    current_schema = None
    for schema, name, kind, comment in relations:
        if schema != current_schema:
            lines += ["", f"## Schema `{schema}`"]
            current_schema = schema
        lines += ["", f"### {schema}.{name}", "", f"*{kind}* — {_cell(comment)}", ""]
        lines += ["| column | type | null | description |", "|---|---|---|---|"]
        for column, data_type, nullable, column_comment in columns.get((schema, name), []):
            null = "yes" if nullable else "no"
            lines.append(f"| `{column}` | {data_type} | {null} | {_cell(column_comment)} |")
    return "\n".join(lines) + "\n"


def undocumented(con: duckdb.DuckDBPyConnection, schemas: tuple[str, ...] = CONTRACT_SCHEMAS) -> list[str]:
    """Tables, views and columns in `schemas` without a comment, as schema.table[.column]."""
    missing = [f"{s}.{n}" for s, n, _, comment in _relations(con) if s in schemas and not comment]
    for (schema, relation), cols in _columns(con).items():
        if schema in schemas:
            missing += [f"{schema}.{relation}.{c}" for c, _, _, comment in cols if not comment]
    return sorted(missing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print (or write, or check) the Markdown data dictionary.")
    parser.add_argument("--output", type=Path, help=f"write to this file (e.g. {DEFAULT_OUTPUT.name})")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when docs/data_dictionary.md (or --output) is stale"
    )
    args = parser.parse_args(argv)
    with fresh_warehouse() as con:
        text = render_dictionary(con)
    if args.check:
        target = args.output or DEFAULT_OUTPUT
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is stale: run `make dictionary`", file=sys.stderr)
            return 1
        return 0
    if args.output is None:
        sys.stdout.write(text)
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
