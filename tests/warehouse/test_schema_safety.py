"""Schema safety (issue 10): an unreadable or truncated warehouse, or one migrated by a newer kzelect, is refused
in one line by `migrate` and the other commands, and never modified; the loader never turns a value into NULL."""

from __future__ import annotations

import subprocess
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.conftest import KZELECT
from warehouse.integrity import LoadRefused
from warehouse.load import CORE_COLUMNS, LoadBatch, publish, read_state, write_batch
from warehouse.migrate import WarehouseTooNew, WarehouseUnreadable, check_warehouse, code_version, migrate


def kzelect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KZELECT), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "kz.duckdb"
    con = duckdb.connect(str(path))
    migrate(con)
    con.execute("CREATE TABLE core.padding AS SELECT range AS n, 'claim ' || range AS evidence FROM range(100000)")
    con.execute("CHECKPOINT")
    con.close()
    return path


def truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def newer(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE core.from_the_future (x INTEGER)")
    con.execute("INSERT INTO audit.schema_migrations (version, name) VALUES ('0999', '0999_future.sql')")
    con.execute("CHECKPOINT")
    con.close()


DAMAGES = {"truncated": (truncate, "is unreadable"), "emptied": (lambda p: p.write_bytes(b""), "is unreadable"),
           "newer-schema": (newer, f"warehouse schema 999 is newer than this kzelect ({code_version()})")}
# rebuild is the cure for an unreadable warehouse (it may replace it): only the newer schema stops it
CASES = [(c, d) for c in ("migrate", "run", "rebuild") for d in DAMAGES if c != "rebuild" or d == "newer-schema"]
CASES.append(("export", "truncated"))  # a reader: it may read a newer schema, not an unreadable file


@pytest.mark.parametrize(("command", "damage"), CASES, ids=[f"{c}-{d}" for c, d in CASES])
def test_commands_refuse_in_one_line_and_leave_the_file_untouched(warehouse: Path, command: str, damage: str,
                                                                   tmp_path: Path) -> None:
    spoil, message = DAMAGES[damage]
    spoil(warehouse)
    before = warehouse.read_bytes()
    extra = {"migrate": [], "run": ["--cec-url", "http://127.0.0.1:9", "--osce-url", "http://127.0.0.1:9",
                                    "--archive", str(tmp_path / "archive")],
             "rebuild": ["--archive", str(tmp_path / "archive")], "export": ["--out", str(tmp_path / "out")]}[command]
    done = kzelect(command, "--warehouse", str(warehouse), *extra)
    assert done.returncode == 1, done.stdout + done.stderr
    assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr
    if "unreadable" in message:
        assert "kzelect rebuild" in done.stderr
    assert warehouse.read_bytes() == before


def test_library_entry_points_refuse_too(warehouse: Path) -> None:
    newer(warehouse)
    before = warehouse.read_bytes()
    with pytest.raises(WarehouseTooNew):
        read_state(warehouse)
    batch = LoadBatch("r", pl.DataFrame(), pl.DataFrame(), pl.DataFrame(), {}, [])
    with pytest.raises(WarehouseTooNew):
        publish(warehouse, batch, 1.0)
    with pytest.raises(WarehouseTooNew):
        migrate(duckdb.connect(str(warehouse), read_only=True))
    assert warehouse.read_bytes() == before
    truncate(warehouse)
    with pytest.raises(WarehouseUnreadable, match="kzelect rebuild"):
        check_warehouse(warehouse)


def result_claim(votes: object) -> dict:
    return {c: None for c in CORE_COLUMNS["results"]} | {
        "election_id": "kz-2019-06-09-presidential", "region_code": "KZ", "contestant_id": "sadybek-tugel",
        "stage": "final", "votes": votes, "document_id": "d" * 64, "evidence": "Тугел Садыбек — голосов",
        "source": "cec", "language": "ru", "name_as_written": "Тугел Садыбек"}


@pytest.mark.parametrize(
    ("column", "value", "dtype"),
    [("votes", 10.0 ** 39, pl.Float64), ("votes", "1234567890123456789012345678901234567890", pl.String),
     ("seats", 2 ** 40, pl.Int64)],
    ids=["40-digit-float", "40-digit-text", "seats-past-integer"],
)
def test_the_loader_never_stores_a_value_as_null(column: str, value: object, dtype: pl.DataType) -> None:
    row = result_claim(None) | {column: value}
    frame = pl.DataFrame([row], schema_overrides={column: dtype}, infer_schema_length=None)
    con = duckdb.connect()
    batch = LoadBatch("r", pl.DataFrame(), pl.DataFrame(), pl.DataFrame(), {"results": frame}, [])
    with pytest.raises(LoadRefused, match=f"core.results.{column} cannot hold"):
        write_batch(con, batch)
    assert con.sql("SELECT count(*) FROM core.results").fetchall() == [(0,)]  # the transaction rolled back
