"""Incremental publishing: a standby file brought up to the live state by replaying the last batch, instead of
copying the whole live file on every publish (at 1 GB, copying and syncing it is half a publish or more).

Files beside the live warehouse `W` (all hidden, all in the same directory so renames are atomic):
- `.W.standby` — the previous live file: a hard link made just before `os.replace` swapped the new file in;
- `.W.replay-<token>/` — the batch that publish wrote (Arrow IPC frames and a JSON header, complete or absent);
- `.W.standby.json` — the manifest: the identity (device, inode, size, mtime) of the live file and of the standby,
  the replay folder, the schema version and a stamp of the warehouse code (migrations, marts, seeds, load code).

The next publish (holding the writer lock) takes the incremental path only when every cheap check holds: not a
rebuild, a manifest written by this code at the current schema, the live file still the one it names (not
written in place, restored or replaced since), the standby unchanged and the replay folder complete. It then
renames the standby to the working name, checks nothing reads it, replays the last batch with the same
`write_batch`, and verifies the result *against the live file itself*: the catalog (columns, types, comments,
views, constraints, indexes, sequences, macros), the row count of every table, an order-free sum of row hashes of
every table up to a million rows, and of the rows the replayed batch wrote (its documents and runs) in larger
ones — see `state_fingerprint` for why that suffices. Only then is the new batch written. Any failed check, error
or difference ⇒ the working file is dropped and the live file is copied as before; the log says which path was taken
and why. What is published is therefore always the live state plus the new batch, whichever path built it. Where
the filesystem shares extents (`ioctl FICLONE`: btrfs, XFS), a reflink of the live file is taken before any of
this: it costs nothing and needs no replay. Below `min_bytes` (64 MB) of live file a copy is cheaper than a replay
and is taken, the standby still kept for when the file grows. The standby doubles the disk the warehouse takes.

Why writing into the standby cannot disturb a reader (a reader opens only the published name, read-only):
- the standby's inode was live until the previous publish; a reader that opened it then still sees that inode.
  New readers cannot reach it: its name is no longer the published one, and we rename it to our working name
  before writing, so the only way to it is an open file descriptor;
- DuckDB's read-only connections hold a shared `fcntl` lock for their whole life, so a reader in another process
  makes our exclusive lock test (and DuckDB's own read-write open) fail ⇒ the standby is dropped (its reader keeps
  it: an unlinked inode lives until closed) and the copy path is taken;
- POSIX locks do not conflict inside one process, so `/proc/self/fd` is searched for the inode as well (no /proc:
  the copy path is taken); a reader in this process also makes us drop the standby;
- the inode that becomes the new standby is the one readers hold right now; it is never written during this
  publish — at the earliest in the next one, after the same checks;
- the live file is never written in place, so its readers keep their snapshot as before.
A reader that takes no lock (a `cp` of the live file, say) must be done within one run's interval: by the publish
after next its inode may be written.
A crash at any step leaves the live file untouched or already replaced whole: the manifest is removed before
anything else happens, so the next publish trusts no leftover standby, cleans it up and takes the copy path once.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import polars as pl

from warehouse.migrate import code_version, sql_dir

if TYPE_CHECKING:
    from warehouse.load import LoadBatch

log = logging.getLogger(__name__)

FORMAT = 1  # of the manifest and of a replay folder
FICLONE = 0x40049409  # linux/fs.h: share the source's extents (btrfs, XFS, bcachefs); copy-on-write afterwards
NO_REFLINK = {errno.EOPNOTSUPP, errno.ENOTTY, errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EPERM}
ROW_ALIAS = "kz_row_"
FULL_HASH_ROWS = 1_000_000  # tables up to this size are hashed whole when a replay is verified


class StandbyUnusable(RuntimeError):
    """The standby cannot give the live state: the message is the reason, logged with the copy path."""


@dataclass(frozen=True)
class Identity:
    """What distinguishes one version of a file from another without reading it."""

    dev: int
    ino: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Identity | None:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return None
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def code_stamp() -> str:
    """A hash of everything `write_batch` depends on besides its input: if it changed, a replay could give
    another state than the one the live file holds."""
    digest = hashlib.sha256(f"duckdb {duckdb.__version__} polars {pl.__version__}".encode())
    root = sql_dir(".")
    files = sorted([*root.glob("*.py"), *(root / "migrations").glob("*.sql"), *(root / "marts").glob("*.sql"),
                    *(root / "seeds").glob("*.csv")])
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class Standby:
    """The standby file, its manifest and replay folders beside one warehouse file."""

    def __init__(self, warehouse: Path) -> None:
        self.warehouse = Path(warehouse)
        hidden = f".{self.warehouse.name}"
        self.file = self.warehouse.with_name(f"{hidden}.standby")
        self.manifest = self.warehouse.with_name(f"{hidden}.standby.json")
        self.replay_prefix = f"{hidden}.replay-"

    def consume(self) -> dict | None:
        """Read the manifest and remove it at once: from here until a publish completes, no standby is trusted."""
        try:
            manifest = json.loads(self.manifest.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            manifest = {"unreadable": True}
        self.manifest.unlink(missing_ok=True)
        _sync_dir(self.warehouse.parent)
        return manifest if isinstance(manifest, dict) else {"unreadable": True}

    def unusable_because(self, manifest: dict | None) -> str | None:
        """Why the standby cannot be used (cheap checks only), or None."""
        if manifest is None:
            return "no standby kept by the previous publish"
        if manifest.get("unreadable") or manifest.get("format") != FORMAT:
            return "standby manifest unreadable or of another format"
        if manifest.get("schema") != code_version():
            return f"migrations to apply (standby at schema {manifest.get('schema')}, code at {code_version()})"
        if manifest.get("code") != code_stamp():
            return "warehouse code, seeds or libraries changed since the standby was kept"
        if asdict(Identity.of(self.warehouse) or Identity(0, 0, 0, 0)) != manifest.get("live"):
            return ("the live file is not the one the standby's batch leads to (standby older than one publish, "
                    "or the live file was written, restored or replaced since)")
        standby = Identity.of(self.file)
        if standby is None:
            return "standby file missing"
        if asdict(standby) != manifest.get("standby"):
            return "standby file changed since it was kept"
        folder = self.warehouse.with_name(str(manifest.get("batch", "")))
        if not folder.name.startswith(self.replay_prefix) or not (folder / "batch.json").is_file():
            return "replay batch missing or partial"
        return None

    def take(self, work: Path) -> None:
        """Move the standby to the working name (nobody opens that name) and check that nothing reads it."""
        os.rename(self.file, work)
        held = held_by_this_process(work)
        if held is None:
            raise StandbyUnusable("cannot tell whether this process reads the standby (no /proc/self/fd)")
        if held:
            raise StandbyUnusable("this process still reads the standby (a connection opened before the last "
                                  "publish)")
        if held_by_another_process(work):
            raise StandbyUnusable("another process still reads the standby (a connection opened before the last "
                                  "publish)")

    def replay_folder(self, manifest: dict) -> Path:
        return self.warehouse.with_name(manifest["batch"])

    def retire(self) -> None:
        """Remove the old standby and every replay folder (the manifest is already gone; a killed publish may have
        left a staged one)."""
        self.file.unlink(missing_ok=True)
        self.manifest.with_name(self.manifest.name + ".tmp").unlink(missing_ok=True)
        for folder in self.warehouse.parent.glob(f"{self.replay_prefix}*"):
            shutil.rmtree(folder, ignore_errors=True)

    def keep(self, batch: LoadBatch) -> tuple[Path, Identity] | None:
        """Before the swap: save the batch being published and hard-link the live file as the next standby."""
        if not self.warehouse.exists():
            return None
        folder = save_batch(batch, self.warehouse.with_name(f"{self.replay_prefix}{uuid.uuid4().hex}"))
        try:
            os.link(self.warehouse, self.file)
        except OSError as exc:  # a filesystem without hard links: every publish copies
            log.warning("no standby kept for %s (cannot hard-link it: %s)", self.warehouse, exc.strerror or exc)
            shutil.rmtree(folder, ignore_errors=True)
            return None
        standby = Identity.of(self.file)
        assert standby is not None
        return folder, standby

    def commit(self, kept: tuple[Path, Identity], run_id: str) -> None:
        """After the swap: the manifest that lets the next publish replay onto the standby."""
        folder, standby = kept
        live = Identity.of(self.warehouse)
        assert live is not None
        manifest = {"format": FORMAT, "run_id": run_id, "batch": folder.name, "schema": code_version(),
                    "code": code_stamp(), "live": asdict(live), "standby": asdict(standby)}
        staged = self.manifest.with_name(self.manifest.name + ".tmp")
        _write_synced(staged, json.dumps(manifest, indent=1).encode())
        os.replace(staged, self.manifest)
        _sync_dir(self.warehouse.parent)


def verify_replay(con: duckdb.DuckDBPyConnection, live: Path, replayed: LoadBatch) -> None:
    """The replayed working file must hold what the live file holds; raises StandbyUnusable if not."""
    work_db = con.sql("SELECT current_database()").fetchall()[0][0]
    documents, runs = touched_by(replayed)
    con.register("kz_touched_documents", pl.DataFrame({"document_id": documents}, schema={"document_id": pl.String}))
    con.register("kz_touched_runs", pl.DataFrame({"run_id": runs}, schema={"run_id": pl.String}))
    con.execute(f"ATTACH '{live}' AS kz_live_state (READ_ONLY)")
    try:
        ours = state_fingerprint(con, work_db, FULL_HASH_ROWS)
        theirs = state_fingerprint(con, "kz_live_state", FULL_HASH_ROWS)
    finally:
        con.execute("DETACH kz_live_state")
        con.unregister("kz_touched_documents")
        con.unregister("kz_touched_runs")
    if ours != theirs:
        differ = sorted(k for k in ours.keys() | theirs.keys() if ours.get(k) != theirs.get(k))
        raise StandbyUnusable(f"replay did not reproduce the live state (differs: {', '.join(differ[:5])})")


def touched_by(batch: LoadBatch) -> tuple[list[str], list[str]]:
    """The documents and runs whose rows a batch writes (claims, documents and their versions, replaced documents,
    audit rows): `write_batch` changes no other row of a table that has either column."""
    documents = set(batch.replaced_documents)
    runs = {batch.run_id}
    versions = [] if batch.versions is None else [batch.versions]
    for frame in [batch.documents, *batch.claims.values(), *batch.audit.values(), *versions]:
        if "document_id" in frame.columns:
            documents.update(frame["document_id"].drop_nulls().cast(pl.String).to_list())
        if "run_id" in frame.columns:
            runs.update(frame["run_id"].drop_nulls().cast(pl.String).to_list())
    return sorted(documents), sorted(runs)


def state_fingerprint(con: duckdb.DuckDBPyConnection, database: str, full_rows: int = FULL_HASH_ROWS) -> dict[str, str]:
    """Per table `rows:sum of row hashes` (order-free, computed inside DuckDB), plus one entry for the catalog.

    Every row of a table up to `full_rows` rows is hashed (fetch times and audit rows included). In a larger one
    only its row count and the rows of the documents and runs the replayed batch writes are (views
    `kz_touched_documents`, `kz_touched_runs` on the connection): the standby is the live file's predecessor
    (identified by inode, size and mtime, never written since) and the live file is that predecessor plus the same
    batch, so the two can differ only where the batch writes — and hashing every row of a gigabyte costs more than
    copying it. A large table with neither column is compared by its row count."""
    catalog = [
        "SELECT schema_name, table_name, column_index, column_name, data_type, is_nullable, column_default, "
        "comment FROM duckdb_columns() WHERE database_name = $db",
        "SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE database_name = $db",
        "SELECT schema_name, view_name, sql, comment FROM duckdb_views() WHERE database_name = $db AND NOT internal",
        "SELECT schema_name, table_name, constraint_type, constraint_text FROM duckdb_constraints() "
        "WHERE database_name = $db",
        "SELECT schema_name, index_name, sql FROM duckdb_indexes() WHERE database_name = $db",
        "SELECT schema_name, sequence_name, start_value, increment_by, last_value FROM duckdb_sequences() "
        "WHERE database_name = $db",
        "SELECT schema_name, function_name, function_type, macro_definition FROM duckdb_functions() "
        "WHERE database_name = $db AND NOT internal",
        "SELECT schema_name, comment FROM duckdb_schemas() WHERE database_name = $db AND NOT internal",
    ]
    digest = hashlib.sha256()
    for query in catalog:
        rows = con.sql(query, params={"db": database}).fetchall()
        digest.update(repr(sorted(rows, key=repr)).encode())
    out = {"(catalog)": digest.hexdigest()}
    columns: dict[tuple[str, str], set[str]] = {}
    for schema, table, column in con.sql("SELECT schema_name, table_name, column_name FROM duckdb_columns() "
                                         "WHERE database_name = ?", params=[database]).fetchall():
        columns.setdefault((schema, table), set()).add(column)
    tables = con.sql("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ? ORDER BY ALL",
                     params=[database]).fetchall()
    for schema, table in tables:
        name = f'"{database}"."{schema}"."{table}"'
        count = con.sql(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        where = ""
        if count > full_rows:
            keys = [f"{key} IN (SELECT {key} FROM kz_touched_{kind})" for key, kind in
                    (("document_id", "documents"), ("run_id", "runs")) if key in columns[(schema, table)]]
            where = f"WHERE {' OR '.join(keys)}" if keys else "WHERE false"
        total = con.sql(f"SELECT coalesce(sum(hash({ROW_ALIAS})::HUGEINT), 0) FROM {name} {ROW_ALIAS} "
                        f"{where}").fetchall()[0][0]
        out[f"{schema}.{table}"] = f"{count}:{total}"
    return out


def save_batch(batch: LoadBatch, folder: Path) -> Path:
    """Write the batch as Arrow IPC frames and a JSON header into `folder` (built aside, renamed when whole)."""
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    frames: dict[str, str] = {}
    named = {"documents": batch.documents, "elections": batch.elections, "contestants": batch.contestants,
             **{f"claims.{k}": v for k, v in batch.claims.items()}, **{f"audit.{k}": v for k, v in batch.audit.items()}}
    if batch.versions is not None:
        named["versions"] = batch.versions
    for i, (name, frame) in enumerate(named.items()):
        path = partial / f"{i:02d}.arrow"
        frame.write_ipc(path, compression="lz4")
        _sync_file(path)
        frames[name] = path.name
    header = {"format": FORMAT, "run_id": batch.run_id, "fresh": batch.fresh,
              "replaced_documents": list(batch.replaced_documents), "frames": frames}
    _write_synced(partial / "batch.json", json.dumps(header).encode())
    _sync_dir(partial)
    os.rename(partial, folder)
    _sync_dir(folder.parent)
    return folder


def read_batch(folder: Path) -> LoadBatch:
    """The batch `save_batch` wrote; StandbyUnusable when it is not whole."""
    from warehouse.load import LoadBatch  # load imports this module

    try:
        header = json.loads((folder / "batch.json").read_text(encoding="utf-8"))
        frames = {name: pl.read_ipc((folder / file).read_bytes()) for name, file in header["frames"].items()}
    except (OSError, ValueError, KeyError, pl.exceptions.PolarsError) as exc:
        raise StandbyUnusable(f"replay batch unreadable ({type(exc).__name__})") from None
    if header.get("format") != FORMAT:
        raise StandbyUnusable("replay batch of another format")
    return LoadBatch(
        run_id=header["run_id"], documents=frames["documents"], elections=frames["elections"],
        contestants=frames["contestants"],
        claims={k.removeprefix("claims."): v for k, v in frames.items() if k.startswith("claims.")},
        replaced_documents=list(header["replaced_documents"]),
        audit={k.removeprefix("audit."): v for k, v in frames.items() if k.startswith("audit.")},
        fresh=bool(header["fresh"]), versions=frames.get("versions"))


def held_by_this_process(path: Path) -> bool | None:
    """Whether one of this process's descriptors is open on `path`'s inode (None: no /proc to tell)."""
    st = os.stat(path)
    try:
        descriptors = os.listdir("/proc/self/fd")
    except OSError:
        return None
    for fd in descriptors:
        with contextlib.suppress(OSError):
            other = os.stat(f"/proc/self/fd/{fd}")
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                return True
    return False


def held_by_another_process(path: Path) -> bool:
    """Whether another process holds a lock on `path` (every DuckDB connection does, readers included).
    Call only when this process has no descriptor on it: closing ours drops this process's locks on it."""
    fd = os.open(path, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return True
            raise
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def reflink(source: Path, target: Path) -> bool:
    """Make `target` share `source`'s extents (copy-on-write): instant, and safe for the source's readers. False
    (and no `target`) where the filesystem cannot (ext4, tmpfs, across filesystems)."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        try:
            fcntl.ioctl(dst.fileno(), FICLONE, src.fileno())
        except OSError as exc:
            if exc.errno not in NO_REFLINK:
                raise
            cloned = False
        else:
            cloned = True
    if cloned:
        shutil.copystat(source, target)
    else:
        target.unlink(missing_ok=True)
    return cloned


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _sync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
