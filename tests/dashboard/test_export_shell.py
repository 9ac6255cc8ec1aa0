"""`kzelect export` (Parquet by election, CSV, the dictionary beside it) and the read-only SQL shell."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import polars as pl
import pytest

from kzelect.export import export_marts
from kzelect.shell import run_statement
from tests.dashboard import synthetic


@pytest.fixture
def built(tmp_path: Path) -> synthetic.Synthetic:
    return synthetic.build(tmp_path / "wh")


def test_parquet_export_is_partitioned_by_election_and_reads_back(built: synthetic.Synthetic, tmp_path: Path) -> None:
    out = tmp_path / "export"
    exported = {e.mart: e for e in export_marts(built.warehouse, out, "parquet")}
    assert {"results", "turnout", "detentions", "infractions", "discrepancies"} <= set(exported)
    folder = out / "results" / f"election_id={synthetic.ELECTION}"
    assert folder.is_dir() and exported["results"].partitioned
    back = pl.read_parquet(out / "results", hive_partitioning=True)
    winner = back.filter(pl.col("contestant_id") == "arsen-primerov").row(0, named=True)
    assert (winner["election_id"], winner["votes"], winner["evidence"]) == (
        synthetic.ELECTION, 812440, synthetic.WINNER_SENTENCE)
    glob = str(out / "turnout" / "**" / "*.parquet")
    hours = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true) "
                       "WHERE region_code = 'KZ-39'").fetchall()
    assert hours == [(2,)]


def test_an_empty_mart_still_gets_a_readable_file(built: synthetic.Synthetic, tmp_path: Path) -> None:
    out = tmp_path / "export"
    exported = {e.mart: e for e in export_marts(built.warehouse, out, "parquet")}
    assert exported["discrepancies"].rows == 0
    assert pl.read_parquet(out / "discrepancies" / "data_0.parquet").columns[0] == "election_id"


def test_csv_export_and_dictionary_describe_every_column(built: synthetic.Synthetic, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_marts(built.warehouse, out, "csv")
    assert pl.read_csv(out / "detentions.csv")["evidence"].to_list() == [synthetic.DETENTION_SENTENCE]
    with (out / "data_dictionary.csv").open() as handle:
        described = list(csv.DictReader(handle))
    assert {"mart": "turnout", "column": "as_of", "type": "TIME"}.items() <= next(
        r for r in described if r["mart"] == "turnout" and r["column"] == "as_of").items()
    assert all(r["description"] for r in described), [r for r in described if not r["description"]]
    assert "## results" in (out / "data_dictionary.md").read_text()


def test_export_refuses_a_missing_warehouse_and_an_unknown_format(tmp_path: Path, built: synthetic.Synthetic) -> None:
    with pytest.raises(FileNotFoundError):
        export_marts(tmp_path / "absent.duckdb", tmp_path / "out")
    with pytest.raises(ValueError, match="parquet or csv"):
        export_marts(built.warehouse, tmp_path / "out", "xlsx")  # type: ignore[arg-type]


def test_the_shell_reads_and_never_writes(built: synthetic.Synthetic) -> None:
    assert "812440" in run_statement(built.warehouse, "SELECT votes FROM marts.results ORDER BY votes DESC LIMIT 1;")
    assert "marts.results" in run_statement(built.warehouse, ".tables")
    refused = run_statement(built.warehouse, "DELETE FROM core.results")
    assert refused.startswith("error:") and "read-only" in refused.lower()
    assert "812440" in run_statement(built.warehouse, "SELECT max(votes) FROM core.results")
