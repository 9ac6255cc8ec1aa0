"""Load benchmark: publishing N result claims into a fresh warehouse through the Arrow path that
`warehouse.load` uses, against the naive baseline measured in the same run: the same rows inserted one
by one with `executemany`. Run: `.venv/bin/python -m bench.load [--rows N]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import duckdb
import polars as pl

from warehouse.load import CORE_COLUMNS, LoadBatch, publish
from warehouse.migrate import migrate

DEFAULT_ROWS = 10_000  # the row-by-row baseline takes ~2 ms a row


def claims(n: int) -> pl.DataFrame:
    return pl.DataFrame({
        "election_id": ["kz-2019-06-09-presidential"] * n,
        "region_code": ["KZ"] * n,
        "contestant_id": [f"c{i % 7}" for i in range(n)],
        "stage": ["final"] * n,
        "votes": list(range(n)),
        "vote_share_pct": [float(i % 100) for i in range(n)],
        "seats": [None] * n,
        "document_id": [f"d{i // 7}" for i in range(n)],
        "page": [None] * n,
        "evidence": [f"Candidate {i % 7} – {i} votes" for i in range(n)],
        "source": ["cec"] * n,
        "language": ["ru"] * n,
        "name_as_written": [f"Candidate {i % 7}" for i in range(n)],
        "region_as_written": [None] * n,
    }, schema_overrides={"seats": pl.Int32, "page": pl.Int32, "region_as_written": pl.String})





def arrow_publish(rows: pl.DataFrame, path: Path) -> float:
    batch = LoadBatch(
        run_id="bench", documents=pl.DataFrame(), elections=pl.DataFrame(), contestants=pl.DataFrame(),
        claims={"results": rows}, replaced_documents=[], fresh=True)
    started = time.perf_counter()
    publish(path, batch, lock_timeout_s=10)
    return time.perf_counter() - started


def row_by_row(rows: pl.DataFrame, path: Path) -> float:
    started = time.perf_counter()
    con = duckdb.connect(str(path))
    migrate(con)
    columns = CORE_COLUMNS["results"]
    placeholders = ", ".join("?" for _ in columns)
    con.executemany(f"INSERT INTO core.results ({', '.join(columns)}) VALUES ({placeholders})",
                    rows.select(columns).rows())
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    args = parser.parse_args()
    rows = claims(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        fast = arrow_publish(rows, Path(tmp) / "arrow.duckdb")
        slow = row_by_row(rows, Path(tmp) / "rows.duckdb")
    print(f"load {args.rows} result claims")
    print(f"  publish (Arrow, copy + migrate + checkpoint + replace): {fast:7.2f} s")
    print(f"  baseline (executemany, row by row):                    {slow:7.2f} s")
    print(f"  ratio publish / baseline: {fast / slow:.3f}  (lower is better)")


if __name__ == "__main__":
    main()
