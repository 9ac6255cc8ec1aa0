"""Publishing a run into the DuckDB warehouse: all or nothing, and never in front of readers.

A run builds the next state in a working file that holds the live state — the standby file with the previous
run's batch replayed and verified against the live file (warehouse/standby.py), or else a copy of the live file —
applies migrations, replaces the claims of the documents it re-parsed, appends its audit rows, checkpoints, closes
and `os.replace`s the working file over the live one (STACK.md: open readers keep their snapshot, new readers see
the new state). A lock file serialises writers; a second run waits `lock_timeout_s`, then refuses clearly.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from warehouse.integrity import apply_versions, assert_fits, keep_history
from warehouse.migrate import WarehouseUnreadable, apply_marts, check_warehouse, migrate, sql_dir
from warehouse.standby import Standby, StandbyUnusable, read_batch, reflink, verify_replay

log = logging.getLogger(__name__)

INCREMENTAL_MIN_BYTES = 64_000_000  # below this a copy costs less than a replay and its verification
CLAIM_TABLES = ("results", "turnout", "detentions", "infractions")
CORE_COLUMNS = {
    "results": ["election_id", "region_code", "contestant_id", "stage", "votes", "vote_share_pct", "seats",
                "document_id", "page", "evidence", "source", "language", "name_as_written",
                "region_as_written", "incomplete"],
    "turnout": ["election_id", "region_code", "stage", "as_of", "registered_voters", "ballots_cast",
                "turnout_pct", "invalid_ballots", "both_marked_ballots", "polling_stations", "document_id",
                "page", "evidence", "source", "language", "region_as_written"],
    "detentions": ["detention_id", "election_id", "date_from", "date_to", "location", "region_code",
                   "detained_min", "detained_max", "qualifier", "subject", "reported_by", "document_id",
                   "page", "evidence", "subject_as_written"],
    "infractions": ["infraction_id", "election_id", "category", "measure", "value", "qualifier", "location",
                    "region_code", "reported_by", "document_id", "page", "evidence", "base", "finding"],
}


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse lock."""


@dataclass
class LoadBatch:
    run_id: str
    documents: pl.DataFrame
    elections: pl.DataFrame
    contestants: pl.DataFrame
    claims: dict[str, pl.DataFrame]  # accepted rows per claim table
    replaced_documents: list[str]  # documents whose claims this run replaces (accepted re-parses)
    audit: dict[str, pl.DataFrame] = field(default_factory=dict)  # runs, fetches, validations, quarantine
    fresh: bool = False  # start from an empty warehouse (rebuild)
    versions: pl.DataFrame | None = None  # every archived document's URL version fields (kzelect.versions)


@contextlib.contextmanager
def warehouse_lock(warehouse: Path, timeout_s: float) -> Iterator[None]:
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    with lock_path.open("a+") as fh:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another kzelect run is writing {warehouse} (lock {lock_path}); "
                        f"gave up after {timeout_s:.0f} s"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _seed_regions(con: duckdb.DuckDBPyConnection) -> None:
    path = sql_dir("seeds") / "regions.csv"
    regions = pl.read_csv(path, infer_schema=False).select(
        "region_code", "name_en", "name_ru", "name_kk",
        pl.col("valid_from").str.to_date(strict=False), pl.col("valid_to").str.to_date(strict=False),
    )
    con.register("seed_regions", regions.to_arrow())
    con.execute("INSERT OR REPLACE INTO core.regions BY NAME SELECT * FROM seed_regions")
    con.unregister("seed_regions")


def _seed_contestants(con: duckdb.DuckDBPyConnection) -> None:
    """Known contestants with their names in three languages; new ones are added by the runs."""
    seed = pl.read_csv(sql_dir("seeds") / "contestants.csv", infer_schema=False).drop("aliases")
    con.register("seed_contestants", seed.to_arrow())
    con.execute("INSERT OR REPLACE INTO core.contestants BY NAME SELECT * FROM seed_contestants")
    con.unregister("seed_contestants")


def _seed_elections(con: duckdb.DuckDBPyConnection) -> None:
    """The election calendar (seeds/elections.csv: election_id, election_type, election_date, early, body,
    name_en, name_ru, name_kk, note) upserted into core.elections on every publish, marked in_calendar."""
    seed = pl.read_csv(sql_dir("seeds") / "elections.csv", infer_schema=False).select(
        "election_id", "election_type", pl.col("election_date").str.to_date(),
        (pl.col("early").str.to_lowercase() == "true").alias("early"),
        pl.col("body"), "name_en", "name_ru", "name_kk",
        pl.lit(True).alias("in_calendar"), pl.lit(None, pl.String).alias("created_by_document"),
    )
    con.register("seed_elections", seed.to_arrow())
    con.execute("INSERT OR REPLACE INTO core.elections BY NAME SELECT * FROM seed_elections")
    con.unregister("seed_elections")


def _prune_elections(con: duckdb.DuckDBPyConnection) -> None:
    """Drop votes neither in the calendar nor stated by any document that no claim names any more (e.g. one an
    older extractor derived from a publication date, before the calendar)."""
    used = " UNION ".join(f"SELECT election_id FROM core.{t}" for t in CLAIM_TABLES)
    con.execute(f"""DELETE FROM core.elections WHERE NOT coalesce(in_calendar, false)
                    AND created_by_document IS NULL AND election_id NOT IN ({used})""")


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, columns: list[str]) -> int:
    if frame.is_empty():
        return 0
    con.register("staged_rows", frame.select(columns).to_arrow())
    try:
        assert_fits(con, table, "staged_rows")  # never a silent NULL from a cast
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM staged_rows")
    finally:
        con.unregister("staged_rows")
    return frame.height


def _upsert(con: duckdb.DuckDBPyConnection, table: str, key: str, frame: pl.DataFrame) -> None:
    """Replace rows by key (keys de-duplicated first: DuckDB collapses duplicate keys silently)."""
    if frame.is_empty():
        return
    frame = frame.unique(subset=[key], keep="last", maintain_order=True)
    con.register("staged_rows", frame.to_arrow())
    try:
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM staged_rows)")
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM staged_rows")
    finally:
        con.unregister("staged_rows")


def write_batch(con: duckdb.DuckDBPyConnection, batch: LoadBatch) -> dict[str, int]:
    """Everything a run changes, in one transaction on an open (working-copy) connection."""
    migrate(con)
    _seed_regions(con)
    _seed_contestants(con)
    _seed_elections(con)
    apply_marts(con)
    loaded: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        _upsert(con, "raw.documents", "document_id", batch.documents)
        if batch.versions is not None:
            apply_versions(con, batch.versions)
        # Calendar votes are seeded; a document adds only a vote the calendar lacks.
        created = batch.elections.filter(~pl.col("in_calendar").fill_null(False)) if "in_calendar" in \
            batch.elections.columns else batch.elections
        if not created.is_empty():
            # the most specific name wins ("early presidential election" over "presidential election")
            elections = created.sort(pl.col("name_en").str.len_chars(), descending=True)
            con.register("staged_elections", elections.unique("election_id", keep="first").to_arrow())
            con.execute("""INSERT INTO core.elections BY NAME SELECT * FROM staged_elections
                           ON CONFLICT (election_id) DO UPDATE SET name_en = CASE
                             WHEN length(excluded.name_en) > length(coalesce(name_en, ''))
                             THEN excluded.name_en ELSE name_en END""")
            con.unregister("staged_elections")
        if not batch.contestants.is_empty():
            con.register("staged_contestants", batch.contestants.unique("contestant_id").to_arrow())
            # New contestants, and earlier ones whose names this run's publications give better (a nominative
            # for a declined form, a published name for a derived one): transforms.contestants decides which.
            con.execute("INSERT OR REPLACE INTO core.contestants BY NAME SELECT * FROM staged_contestants")
            con.unregister("staged_contestants")
        if batch.replaced_documents:
            ids = pl.DataFrame({"document_id": batch.replaced_documents}).to_arrow()
            con.register("replaced_documents", ids)
            for table in CLAIM_TABLES:
                con.execute(f"DELETE FROM core.{table} WHERE document_id IN "
                            "(SELECT document_id FROM replaced_documents)")
            con.unregister("replaced_documents")
        for table in CLAIM_TABLES:
            frame = batch.claims.get(table, pl.DataFrame())
            loaded[table] = _insert(con, f"core.{table}", frame, CORE_COLUMNS[table])
        _prune_elections(con)
        for table, frame in batch.audit.items():
            _insert(con, f"audit.{table}", frame, frame.columns)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return loaded


def publish(warehouse: Path, batch: LoadBatch, lock_timeout_s: float, *, incremental: bool = True,
            min_bytes: int | None = None) -> dict[str, int]:
    """Build the next state in a working file and swap it in atomically; the live file is never written in place.

    The working file is the standby brought up to the live state (warehouse/standby.py) when it can be, else
    a copy of the live file; `incremental=False` always copies and keeps no standby. Below `min_bytes` of live
    file (default `INCREMENTAL_MIN_BYTES`) a copy is cheaper than a replay and is taken, the standby still kept."""
    warehouse = Path(warehouse)
    min_bytes = INCREMENTAL_MIN_BYTES if min_bytes is None else min_bytes
    with warehouse_lock(warehouse, lock_timeout_s):
        # Holding the lock, no other writer is alive: any building copy is a killed run's leftover.
        for stale in warehouse.parent.glob(f".{warehouse.name}.building-*"):
            stale.unlink(missing_ok=True)
        work = _working_file(warehouse)
        previous = _previous_state(warehouse, batch.fresh)
        standby = Standby(warehouse)
        manifest = standby.consume()  # gone before anything else: a crash from here on trusts no standby
        try:
            con = _working_copy(warehouse, work, batch, standby, manifest, incremental, min_bytes)
            try:
                loaded = write_batch(con, batch)
                if previous is not None:  # a rebuild keeps the run history of the warehouse it replaces
                    keep_history(con, previous)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            _sync(work)
            standby.retire()
            # the live file, about to be replaced, becomes the next standby (never written while it may be read)
            kept = standby.keep(batch) if incremental and not batch.fresh else None
            _swap_in(work, warehouse)
            if kept is not None:
                standby.commit(kept, batch.run_id)
        finally:
            _discard(work)
    log.info("published %s: %s", warehouse, loaded)
    return loaded


def _working_file(warehouse: Path) -> Path:
    """Where this process builds the next state (hidden, beside the live file, so `os.replace` stays atomic)."""
    return warehouse.with_name(f".{warehouse.name}.building-{os.getpid()}")


def _discard(work: Path) -> None:
    """A working file and its write-ahead log, gone (a failed build, or a finished one already swapped in)."""
    work.unlink(missing_ok=True)
    Path(f"{work}.wal").unlink(missing_ok=True)


def _sync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _swap_in(work: Path, warehouse: Path) -> None:
    """`work` becomes the live file in one rename, made durable (open readers keep the file they hold)."""
    os.replace(work, warehouse)
    dir_fd = os.open(warehouse.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def migrate_published(warehouse: Path, lock_timeout_s: float) -> list[str]:
    """`kzelect migrate`: the pending migrations and the marts (views, re-created each time) applied to a copy,
    swapped in like a publish, so readers of the live file never see it change under them. Returns the
    migrations applied (a new file gets them all)."""
    warehouse = Path(warehouse)
    with warehouse_lock(warehouse, lock_timeout_s):
        check_warehouse(warehouse)  # read-only: an unreadable or newer file is refused untouched
        work = _working_file(warehouse)
        try:
            if warehouse.exists():
                shutil.copy2(warehouse, work)
            con = duckdb.connect(str(work))
            try:
                done = migrate(con)
                apply_marts(con)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            _sync(work)
            Standby(warehouse).retire()  # built on the old schema: the next publish copies
            _swap_in(work, warehouse)
        finally:
            _discard(work)
    log.info("migrated %s: %s", warehouse, ", ".join(done) or "nothing pending")
    return done


def _working_copy(warehouse: Path, work: Path, batch: LoadBatch, standby: Standby, manifest: dict | None,
                  incremental: bool, min_bytes: int) -> duckdb.DuckDBPyConnection:
    """An open connection on `work` holding the live state: the standby with the last batch replayed and
    verified, or a copy of the live file (a new file for a rebuild or a first publish)."""
    if batch.fresh:
        reason = "a rebuild starts from an empty warehouse"
    elif not warehouse.exists():
        reason = "first publish"
    elif not incremental:
        reason = "incremental publishing is off"
    elif warehouse.stat().st_size < min_bytes:
        reason = (f"the live file is small ({warehouse.stat().st_size / 1e6:.1f} MB < {min_bytes / 1e6:.0f} MB): "
                  "a copy is cheaper")
    elif reflink(warehouse, work):
        log.info("publish %s: full (reflink): the filesystem shares extents", warehouse,
                 extra={"publish_path": "full", "publish_reason": "reflink", "publish_method": "reflink"})
        return duckdb.connect(str(work))
    else:
        reason = standby.unusable_because(manifest)
    if reason is None and manifest is not None:
        try:
            con = _replayed_standby(warehouse, work, standby, manifest)
            log.info("publish %s: incremental (replayed run %s onto the standby)", warehouse, manifest["run_id"],
                     extra={"publish_path": "incremental", "publish_reason": ""})
            return con
        except StandbyUnusable as exc:
            reason = str(exc)
            _discard(work)
    standby.retire()  # before the copy: the old standby is of no use now, and its disk is needed
    method = "new file"
    if warehouse.exists() and not batch.fresh:
        method = "reflink" if reflink(warehouse, work) else "copy"
        if method == "copy":
            shutil.copy2(warehouse, work)
    log.info("publish %s: full (%s): %s", warehouse, method, reason,
             extra={"publish_path": "full", "publish_reason": reason, "publish_method": method})
    return duckdb.connect(str(work))


def _replayed_standby(warehouse: Path, work: Path, standby: Standby, manifest: dict) -> duckdb.DuckDBPyConnection:
    last = read_batch(standby.replay_folder(manifest))
    standby.take(work)
    try:
        con = duckdb.connect(str(work))
    except duckdb.IOException as exc:  # DuckDB's own lock: a reader took the file after our check
        raise StandbyUnusable(f"the standby cannot be opened for writing ({str(exc).splitlines()[0][:120]})") from None
    try:
        try:
            write_batch(con, last)
        except Exception as exc:  # any failure of the replay only means: copy instead
            raise StandbyUnusable(f"replaying the last batch failed ({type(exc).__name__}: {exc})"[:300]) from None
        verify_replay(con, warehouse, last)
    except BaseException:
        con.close()
        raise
    return con


def _previous_state(warehouse: Path, fresh: bool) -> Path | None:
    """Refuse a live file this code must not build on (unreadable, or migrated by a newer kzelect); a rebuild
    may replace an unreadable one. Returns the readable file a rebuild replaces."""
    try:
        check_warehouse(warehouse)
    except WarehouseUnreadable:
        if not fresh:
            raise
        return None
    return warehouse if fresh and warehouse.exists() else None


def read_state(warehouse: Path) -> tuple[set[tuple[str, str]], list[tuple[str, str, object]], pl.DataFrame]:
    """What the live warehouse already holds: (document, extractor version) pairs, elections, contestants."""
    empty = pl.DataFrame(schema={c: pl.String for c in
                                 ["contestant_id", "contestant_type", "name_en", "name_ru", "name_kk"]})
    if not Path(warehouse).exists():
        return set(), [], empty
    check_warehouse(warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {r[0] for r in con.sql("SELECT schema_name || '.' || table_name FROM duckdb_tables()").fetchall()}
        if "raw.documents" not in tables:
            return set(), [], empty
        loaded = {(r[0], r[1]) for r in con.sql(
            "SELECT document_id, extractor_version FROM raw.documents").fetchall()}
        columns = {r[0] for r in con.sql("SELECT column_name FROM duckdb_columns() WHERE schema_name = 'core' "
                                         "AND table_name = 'elections'").fetchall()}
        # Only votes the calendar has or a document stated: not those an older extractor derived from a date.
        stated = "WHERE in_calendar OR created_by_document IS NOT NULL" if "in_calendar" in columns else "WHERE false"
        elections = con.sql(f"SELECT election_id, election_type, election_date FROM core.elections {stated}").fetchall()
        contestants = con.sql("SELECT * FROM core.contestants").pl()
        return loaded, elections, contestants
    finally:
        con.close()
