"""Load benchmarks, each against a baseline measured in the same run:

- publishing N result claims into a fresh warehouse through the Arrow path that `warehouse.load` uses, against
  the naive baseline: the same rows inserted one by one with `executemany`;
- `load_vs_native`: the same publish at 1M and 10M rows against DuckDB's own Arrow ingest of the same rows
  (`CREATE TABLE AS SELECT` from the Arrow table into a new file, checkpointed): native time ÷ our time;
- `publish_1gb_s`: a small run's publish (one document's claims) into a warehouse grown to about 1 GB through the
  incremental path (warehouse/standby.py: the previous batch replayed onto a standby), against the full copy of
  the same file measured in the same run (and the copy and fsync alone), and the same publish into a small one.
Run: `.venv/bin/python -m bench.load [--rows N] [--native-rows 1000000 10000000] [--warehouse-gb 1]`.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import polars as pl

from bench.report import record
from warehouse.load import CORE_COLUMNS, LoadBatch, publish
from warehouse.migrate import migrate

DEFAULT_ROWS = 2_000  # the row-by-row baseline takes 2–10 ms a row on a shared 2-core machine
NATIVE_ROWS = (1_000_000, 10_000_000)
SMALL_BATCH = 1_000  # claims of a run that adds one document's results
PUBLISH_PAIRS = 3  # full copy, then incremental, alternated on the 1 GB file
PAD_ROWS_PER_GB = 70_000_000  # rows of two random doubles that weigh about 1 GB on disk (~14 bytes a row)


def claims(n: int, document_prefix: str = "d") -> pl.DataFrame:
    """`n` result claims of one vote, built column-wise (10M rows in seconds)."""
    i = pl.int_range(0, n, eager=True, dtype=pl.Int64)
    return pl.DataFrame({"i": i}).select(
        pl.lit("kz-2019-06-09-presidential").alias("election_id"),
        pl.lit("KZ").alias("region_code"),
        pl.format("c{}", pl.col("i") % 7).alias("contestant_id"),
        pl.lit("final").alias("stage"),
        pl.col("i").alias("votes"),
        (pl.col("i") % 100).cast(pl.Float64).alias("vote_share_pct"),
        pl.lit(None, pl.Int32).alias("seats"),
        pl.format(document_prefix + "{}", pl.col("i") // 7).alias("document_id"),
        pl.lit(None, pl.Int32).alias("page"),
        pl.format("Candidate {} – {} votes", pl.col("i") % 7, pl.col("i")).alias("evidence"),
        pl.lit("cec").alias("source"),
        pl.lit("ru").alias("language"),
        pl.format("Candidate {}", pl.col("i") % 7).alias("name_as_written"),
        pl.lit(None, pl.String).alias("region_as_written"),
        pl.lit(False).alias("incomplete"),
    )


def _batch(rows: pl.DataFrame, fresh: bool, run_id: str = "bench") -> LoadBatch:
    return LoadBatch(run_id=run_id, documents=pl.DataFrame(), elections=pl.DataFrame(), contestants=pl.DataFrame(),
                     claims={"results": rows}, replaced_documents=[], fresh=fresh)


def arrow_publish(rows: pl.DataFrame, path: Path, fresh: bool = True) -> float:
    started = time.perf_counter()
    publish(path, _batch(rows, fresh), lock_timeout_s=10)
    return time.perf_counter() - started


def native_ingest(rows: pl.DataFrame, path: Path) -> float:
    """DuckDB's own fast path for the same rows: a new file, CREATE TABLE AS from Arrow, checkpoint, close."""
    table = rows.select(CORE_COLUMNS["results"]).to_arrow()
    started = time.perf_counter()
    con = duckdb.connect(str(path))
    con.register("staged_rows", table)
    con.execute("CREATE TABLE results AS SELECT * FROM staged_rows")
    con.execute("CHECKPOINT")
    con.close()
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


def vs_row_by_row(n: int, tmp: Path) -> None:
    rows = claims(n)
    fast = arrow_publish(rows, tmp / "arrow.duckdb")
    slow = row_by_row(rows, tmp / "rows.duckdb")
    print(f"load {n} result claims")
    print(f"  publish (Arrow, copy + migrate + checkpoint + replace): {fast:7.2f} s")
    print(f"  baseline (executemany, row by row):                    {slow:7.2f} s")
    print(f"  ratio publish / baseline: {fast / slow:.3f}  (lower is better)", flush=True)


def vs_native(sizes: list[int], tmp: Path) -> None:
    print("load path against DuckDB's native Arrow ingest (same rows, new file each)")
    detail: dict[str, float | int | str] = {}
    ratios = []
    for n in sizes:
        rows = claims(n)
        ours = arrow_publish(rows, tmp / f"ours-{n}.duckdb")
        native = native_ingest(rows, tmp / f"native-{n}.duckdb")
        ratios.append(native / ours)
        detail.update({f"ours_{n}_s": round(ours, 3), f"native_{n}_s": round(native, 3),
                       f"ratio_{n}": round(native / ours, 3)})
        print(f"  {n:>11,} rows: publish {ours:7.2f} s, native {native:7.2f} s, native / ours {native / ours:.2f}",
              flush=True)
        for p in tmp.glob(f"*-{n}.duckdb*"):
            p.unlink()
        del rows
    record("load_vs_native", min(ratios), "≥ 0.5 (the smaller ratio of the sizes measured)", detail)


def grow(warehouse: Path, gigabytes: float) -> int:
    """Grow the warehouse file to about `gigabytes` with a table of incompressible numbers (schema
    bench_padding): the whole-file costs of a publish (copy, sync) depend on the bytes, not on what they hold,
    and DuckDB fills a gigabyte of random doubles in seconds where claims would take minutes."""
    con = duckdb.connect(str(warehouse))
    con.execute("SET enable_progress_bar = false")
    con.execute("CREATE SCHEMA IF NOT EXISTS bench_padding")
    con.execute(f"""CREATE TABLE bench_padding.rows AS SELECT random() AS a, random() AS b
                    FROM range({int(PAD_ROWS_PER_GB * gigabytes)})""")
    con.execute("CHECKPOINT")
    con.close()
    return warehouse.stat().st_size


class _PathLog(logging.Handler):
    """Which path each publish took (warehouse.load logs it), so the benchmark knows what it measured."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.paths: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        path = getattr(record, "publish_path", None)
        if path:
            self.paths.append(path + (f" ({record.publish_reason})" if getattr(record, "publish_reason", "") else ""))


def _timed_publish(rows: pl.DataFrame, path: Path, seen: _PathLog, min_bytes: int) -> tuple[float, str]:
    started = time.perf_counter()
    publish(path, _batch(rows, False, run_id=f"bench-{len(seen.paths)}"), lock_timeout_s=10, min_bytes=min_bytes)
    return time.perf_counter() - started, seen.paths[-1] if seen.paths else "?"


def publish_growth(gigabytes: float, tmp: Path, pairs: int = PUBLISH_PAIRS) -> None:
    """A small run's publish into a ~1 GB warehouse: the full copy against the incremental path (the standby
    brought up by replaying the previous batch), alternated on the same file; the best of each is kept, since
    other processes share the disk. Both keep a standby (`min_bytes` above the file's size forces the copy), so
    each incremental publish replays the batch of the full one before it."""
    print(f"publish of a small run ({SMALL_BATCH} claims) as the warehouse grows", flush=True)
    seen = _PathLog()
    logger = logging.getLogger("warehouse.load")
    logger.addHandler(seen)
    level = logger.level
    logger.setLevel(logging.INFO)
    always_copy = sys.maxsize
    try:
        small, large = tmp / "small.duckdb", tmp / "large.duckdb"
        arrow_publish(claims(SMALL_BATCH, "first"), small)
        arrow_publish(claims(SMALL_BATCH, "first"), large)
        size = grow(large, gigabytes)
        print(f"  grown warehouse: {size / 1e9:.2f} GB", flush=True)
        small_s, _ = _timed_publish(claims(SMALL_BATCH, "next"), small, seen, always_copy)
        _timed_publish(claims(SMALL_BATCH, "keep"), large, seen, always_copy)  # keeps the first standby
        full, incremental = [], []
        for i in range(pairs):
            full.append(_timed_publish(claims(SMALL_BATCH, f"full{i}"), large, seen, always_copy))
            incremental.append(_timed_publish(claims(SMALL_BATCH, f"incr{i}"), large, seen, 0))
    finally:
        logger.removeHandler(seen)
        logger.setLevel(level)
    full_s, incremental_s = min(t for t, _ in full), min(t for t, _ in incremental)
    paths = sorted({p for _, p in incremental})
    if paths != ["incremental"]:
        print(f"  WARNING: a publish meant to be incremental took another path: {paths}")
    started = time.perf_counter()
    copy = tmp / "copy.duckdb"
    shutil.copy2(large, copy)
    with open(copy, "rb") as fh:
        os.fsync(fh.fileno())
    copy_s = time.perf_counter() - started
    copy.unlink()
    gb = large.stat().st_size / 1e9
    print(f"  small warehouse ({small.stat().st_size / 1e6:.1f} MB), full copy: {small_s:6.2f} s")
    print(f"  {gb:.2f} GB warehouse, full copy:   {full_s:6.2f} s  (runs {', '.join(f'{t:.2f}' for t, _ in full)}; "
          f"copying the file and syncing it alone: {copy_s:.2f} s = {copy_s / full_s:.0%} of the best)")
    print(f"  {gb:.2f} GB warehouse, incremental: {incremental_s:6.2f} s  (runs "
          f"{', '.join(f'{t:.2f}' for t, _ in incremental)}; speed-up {full_s / incremental_s:.1f}x)")
    record("publish_1gb_s", incremental_s,
           "small batch on ~1 GB ≈ small batch on a small warehouse (no whole-file cost)",
           {"path": "; ".join(paths), "full_copy_s": round(full_s, 3), "copy_and_fsync_s": round(copy_s, 3),
            "copy_share_of_full": round(copy_s / full_s, 3), "speedup_vs_full": round(full_s / incremental_s, 2),
            "full_median_s": round(statistics.median(t for t, _ in full), 3),
            "incremental_median_s": round(statistics.median(t for t, _ in incremental), 3),
            "full_runs_s": ", ".join(f"{t:.3f}" for t, _ in full),
            "incremental_runs_s": ", ".join(f"{t:.3f}" for t, _ in incremental),
            "small_warehouse_s": round(small_s, 3), "ratio_to_small": round(incremental_s / small_s, 2),
            "warehouse_bytes": large.stat().st_size})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="rows for the row-by-row comparison")
    parser.add_argument("--native-rows", type=int, nargs="+", default=list(NATIVE_ROWS))
    parser.add_argument("--warehouse-gb", type=float, default=1.0, help="size the warehouse grows to")
    parser.add_argument("--only", choices=("rows", "native", "growth"), nargs="+",
                        default=["rows", "native", "growth"])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kzelect-load-") as name:
        tmp = Path(name)
        if "rows" in args.only:
            vs_row_by_row(args.rows, tmp)
        if "native" in args.only:
            vs_native(args.native_rows, tmp)
        if "growth" in args.only:
            publish_growth(args.warehouse_gb, tmp)


if __name__ == "__main__":
    main()
