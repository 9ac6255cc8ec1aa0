"""Numbered, forward-only SQL migrations, each applied with its bookkeeping row in one transaction."""

from __future__ import annotations

import logging
import os
import re
from importlib import resources
from pathlib import Path

import duckdb

log = logging.getLogger(__name__)

MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
BOOKKEEPING = """
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.schema_migrations (
    version    VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT now()
);
COMMENT ON TABLE audit.schema_migrations IS 'Migrations applied to this warehouse file, one row each.';
COMMENT ON COLUMN audit.schema_migrations.version IS 'Four-digit migration number.';
COMMENT ON COLUMN audit.schema_migrations.name IS 'File name of the migration.';
COMMENT ON COLUMN audit.schema_migrations.applied_at IS 'When it was applied.';
"""


REBUILD_HINT = "restore it from a copy or run `kzelect rebuild`"
HEADER_BYTES = 3 * 4096  # a DuckDB file: its main header and two database headers, then the blocks
REPLACED_RETRIES = 5  # looks at a warehouse that a concurrent publish keeps replacing


class WarehouseRefused(RuntimeError):
    """The warehouse file cannot safely be read or written by this kzelect; the message is one line."""


class WarehouseUnreadable(WarehouseRefused):
    """Not a readable DuckDB file (truncated, overwritten, empty)."""


class WarehouseTooNew(WarehouseRefused):
    """Migrated by a newer kzelect: writing it would lose what this code does not know."""


def sql_dir(name: str) -> Path:
    return Path(str(resources.files("warehouse") / name))


def migration_files(directory: Path | None = None) -> list[Path]:
    files = sorted(p for p in (directory or sql_dir("migrations")).glob("*.sql") if MIGRATION_RE.match(p.name))
    versions = [MIGRATION_RE.match(p.name).group(1) for p in files]  # type: ignore[union-attr]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return files


def code_version(directory: Path | None = None) -> int:
    """The newest migration number this code knows."""
    files = migration_files(directory)
    return int(files[-1].name[:4]) if files else 0


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Migration numbers recorded in the warehouse (none for a new file)."""
    exists = con.sql("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'audit' "
                     "AND table_name = 'schema_migrations'").fetchall()[0][0]
    if not exists:
        return []
    return sorted(v for (v,) in con.sql("SELECT version FROM audit.schema_migrations").fetchall())


def check_schema(con: duckdb.DuckDBPyConnection, directory: Path | None = None) -> None:
    """Refuse a warehouse whose applied migrations are ahead of (or unknown to) this code."""
    known = {p.name[:4] for p in migration_files(directory)}
    unknown = [v for v in applied_versions(con) if v not in known]
    ours = code_version(directory)
    if unknown and int(max(unknown)) > ours:
        raise WarehouseTooNew(f"warehouse schema {int(max(unknown))} is newer than this kzelect ({ours}): "
                              "upgrade kzelect; the warehouse was not touched")
    if unknown:
        raise WarehouseTooNew(f"warehouse has migration(s) {', '.join(unknown)} this kzelect ({ours}) does not "
                              "know: the warehouse was not touched")


def check_warehouse(path: Path, directory: Path | None = None) -> None:
    """Read-only look at a warehouse file before anything writes it or builds on it: one-line refusals
    for a file DuckDB cannot read (truncated, empty, not a database) or one migrated by a newer kzelect.
    A missing file is fine (a first run creates it).

    A concurrent run may publish (os.replace) while we look: the size is only compared with the block count
    when the path still names the file we opened, otherwise the look is taken again on the new file."""
    path = Path(path)
    for _attempt in range(REPLACED_RETRIES):
        if not path.exists():
            return
        before = path.stat()
        if before.st_size == 0:
            raise WarehouseUnreadable(f"warehouse {path} is unreadable (an empty file): {REBUILD_HINT}")
        if _look(path, before, directory):
            return
    raise WarehouseRefused(f"warehouse {path} kept being replaced while it was checked: another run is publishing")


def _look(path: Path, before: os.stat_result, directory: Path | None) -> bool:
    """One read-only look; False when the file was replaced under us (look again)."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        if "could not set lock" in str(exc).lower():  # not "block": a corrupt block is unreadable
            raise WarehouseRefused(f"warehouse {path} is held by another process: {exc}") from None
        if _replaced(path, before):
            return False
        raise WarehouseUnreadable(f"warehouse {path} is unreadable ({_first_line(exc)}): {REBUILD_HINT}") from None
    try:
        # used_blocks, not total_blocks: DuckDB trims free blocks at the end of the file, so a whole file can be
        # shorter than its total block count; it can never be shorter than the blocks in use.
        block_size, blocks = con.sql("SELECT block_size, used_blocks FROM pragma_database_size() "
                                     "WHERE database_name = current_database()").fetchall()[0]
        if _replaced(path, before):
            return False
        needed = HEADER_BYTES + block_size * blocks
        if before.st_size < needed:  # the catalog may still open: its data blocks are what is cut off
            raise WarehouseUnreadable(f"warehouse {path} is unreadable (truncated: {before.st_size} bytes, its "
                                      f"{blocks} blocks need {needed}): {REBUILD_HINT}")
        for schema, table in con.sql("SELECT schema_name, table_name FROM duckdb_tables()").fetchall():
            con.sql(f'SELECT count(*) FROM "{schema}"."{table}"').fetchall()
        check_schema(con, directory)
    except duckdb.Error as exc:
        if _replaced(path, before):
            return False
        raise WarehouseUnreadable(f"warehouse {path} is unreadable ({_first_line(exc)}): {REBUILD_HINT}") from None
    finally:
        con.close()
    return True


def _replaced(path: Path, before: os.stat_result) -> bool:
    try:
        now = path.stat()
    except FileNotFoundError:
        return True
    return (now.st_ino, now.st_dev, now.st_size) != (before.st_ino, before.st_dev, before.st_size)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__


def migrate(con: duckdb.DuckDBPyConnection, directory: Path | None = None) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied (idempotent).

    An older warehouse upgrades in place: only the migrations it lacks run, each in its own transaction
    with its bookkeeping row, so a failing one leaves the file at the previous version. A warehouse ahead
    of this code is refused before anything is written (`WarehouseTooNew`)."""
    check_schema(con, directory)
    con.execute(BOOKKEEPING)
    done = {row[0] for row in con.sql("SELECT version FROM audit.schema_migrations").fetchall()}
    applied: list[str] = []
    for path in migration_files(directory):
        version = path.name[:4]
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text())
            con.execute("INSERT INTO audit.schema_migrations (version, name) VALUES (?, ?)", [version, path.name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        log.info("applied migration %s", path.name)
        applied.append(path.name)
    return applied


def apply_marts(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the analyst views; they hold no data, so they are rebuilt on every publish."""
    for path in sorted(sql_dir("marts").glob("*.sql")):
        con.execute(path.read_text())
