"""Numbered, forward-only migrations: idempotent, in place, one transaction each."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.conftest import KZELECT
from warehouse.migrate import migrate, migration_files


def versions(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [v for (v,) in con.sql("SELECT version FROM audit.schema_migrations ORDER BY version").fetchall()]


def test_migrate_twice_applies_nothing_the_second_time() -> None:
    con = duckdb.connect()
    assert migrate(con) == [p.name for p in migration_files()]
    assert migrate(con) == []
    assert versions(con) == [p.name[:4] for p in migration_files()]


def test_an_older_warehouse_upgrades_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con)
    con.execute("INSERT INTO core.elections (election_id, election_type, election_date, name_en) VALUES "
                "('kz-2019-06-09-presidential', 'presidential', '2019-06-09', 'early presidential election')")
    newer = tmp_path / "migrations"
    newer.mkdir()
    for p in migration_files():
        shutil.copy(p, newer / p.name)
    (newer / "0999_election_round.sql").write_text(
        "ALTER TABLE core.elections ADD COLUMN round INTEGER DEFAULT 1;\n"
        "COMMENT ON COLUMN core.elections.round IS 'Round of voting.';\n")
    assert migrate(con, newer) == ["0999_election_round.sql"]
    assert con.sql("SELECT election_id, round FROM core.elections").fetchall() == [
        ("kz-2019-06-09-presidential", 1)]
    assert versions(con)[-1] == "0999"


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    con = duckdb.connect()
    migrate(con)
    broken = tmp_path / "migrations"
    broken.mkdir()
    for p in migration_files():
        shutil.copy(p, broken / p.name)
    (broken / "0999_broken.sql").write_text("CREATE TABLE core.half_done (x INTEGER);\nSELECT * FROM nowhere;\n")
    with pytest.raises(duckdb.Error):
        migrate(con, broken)
    assert "0999" not in versions(con)
    tables = con.sql("SELECT table_name FROM duckdb_tables() WHERE table_name = 'half_done'").fetchall()
    assert tables == []


def test_cli_migrate_is_idempotent(tmp_path: Path) -> None:
    warehouse = tmp_path / "kz.duckdb"
    first = subprocess.run([str(KZELECT), "migrate", "--warehouse", str(warehouse)], capture_output=True, text=True)
    second = subprocess.run([str(KZELECT), "migrate", "--warehouse", str(warehouse)], capture_output=True, text=True)
    assert first.returncode == 0 and "applied 0001_init.sql" in first.stdout, first.stderr
    assert second.returncode == 0 and "up to date" in second.stdout


def test_cli_migrate_swaps_a_new_file_in_and_a_reader_keeps_its_view(tmp_path: Path) -> None:
    """An older warehouse (its newest migration undone) upgraded by `kzelect migrate`: the live file is replaced,
    never written in place, so a reader holding it keeps the schema it opened."""
    warehouse, older = tmp_path / "kz.duckdb", tmp_path / "older"
    older.mkdir()
    *earlier, last = migration_files()
    for p in earlier:
        shutil.copy(p, older / p.name)
    con = duckdb.connect(str(warehouse))
    migrate(con, older)
    con.execute("CHECKPOINT")
    con.close()
    shutil.rmtree(older)
    newest = last.name
    before = warehouse.stat().st_ino
    with warehouse.open("rb") as held:  # a reader's open file: its bytes must stay what they were
        held_bytes = held.read()
        done = subprocess.run([str(KZELECT), "migrate", "--warehouse", str(warehouse)], capture_output=True,
                              text=True)
        held.seek(0)
        assert held.read() == held_bytes
    assert done.returncode == 0 and f"applied {newest}" in done.stdout, done.stderr
    assert warehouse.stat().st_ino != before
    after = duckdb.connect(str(warehouse), read_only=True)
    assert versions(after)[-1] == newest[:4]
    after.close()
    assert not list(tmp_path.glob(".kz.duckdb.building-*"))  # no working file left behind
