"""Numbered, forward-only SQL migrations, each applied with its bookkeeping row in one transaction."""

from __future__ import annotations

import logging
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


def sql_dir(name: str) -> Path:
    return Path(str(resources.files("warehouse") / name))


def migration_files(directory: Path | None = None) -> list[Path]:
    files = sorted(p for p in (directory or sql_dir("migrations")).glob("*.sql") if MIGRATION_RE.match(p.name))
    versions = [MIGRATION_RE.match(p.name).group(1) for p in files]  # type: ignore[union-attr]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return files


def migrate(con: duckdb.DuckDBPyConnection, directory: Path | None = None) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied (idempotent).

    An older warehouse upgrades in place: only the migrations it lacks run, each in its own transaction
    with its bookkeeping row, so a failing one leaves the file at the previous version."""
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
