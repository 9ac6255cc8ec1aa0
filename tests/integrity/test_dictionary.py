"""The documented contract: every table and column carries a COMMENT, and the committed dictionary is current."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import duckdb
import pytest

from warehouse.dictionary import DEFAULT_OUTPUT, fresh_warehouse, render_dictionary, undocumented

CONTRACT = ("raw", "core", "audit")


def _init_script_only() -> duckdb.DuckDBPyConnection:
    """0001_init.sql executed as one script, without any runner: the contract as first written."""
    con = duckdb.connect(":memory:")
    con.execute((resources.files("warehouse") / "migrations" / "0001_init.sql").read_text(encoding="utf-8"))
    return con


@pytest.fixture(params=["init_script", "migrations"])
def warehouse(request: pytest.FixtureRequest) -> Iterator[duckdb.DuckDBPyConnection]:
    con = _init_script_only() if request.param == "init_script" else fresh_warehouse()
    yield con
    con.close()


def test_every_contract_table_and_column_has_a_comment(warehouse: duckdb.DuckDBPyConnection) -> None:
    assert undocumented(warehouse, CONTRACT) == []


def test_every_mart_view_has_a_comment() -> None:
    with fresh_warehouse() as con:
        views = con.sql("SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'marts'").fetchall()
    assert [name for name, comment in views if not comment] == []


def test_a_missing_comment_is_caught(warehouse: duckdb.DuckDBPyConnection) -> None:
    warehouse.execute("CREATE TABLE core.undocumented (figure BIGINT)")
    warehouse.execute("ALTER TABLE audit.runs ADD COLUMN note VARCHAR")
    assert undocumented(warehouse, CONTRACT) == ["audit.runs.note", "core.undocumented", "core.undocumented.figure"]


def test_committed_dictionary_is_current() -> None:
    with fresh_warehouse() as con:
        expected = render_dictionary(con)
    committed = DEFAULT_OUTPUT.read_text(encoding="utf-8") if DEFAULT_OUTPUT.exists() else ""
    assert committed == expected, "docs/data_dictionary.md is stale: run `make dictionary`"


def test_dictionary_names_every_table_and_column(warehouse: duckdb.DuckDBPyConnection) -> None:
    text = render_dictionary(warehouse)
    columns = warehouse.sql(
        "SELECT schema_name, table_name, column_name FROM duckdb_columns() "
        "WHERE schema_name IN ('raw', 'core', 'marts', 'audit')"
    ).fetchall()
    assert columns
    for schema, table, column in columns:
        assert f"### {schema}.{table}" in text
        assert f"| `{column}` |" in text
