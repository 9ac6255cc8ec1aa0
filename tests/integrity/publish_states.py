"""Helpers for the incremental-publishing tests (warehouse/standby.py): small run batches in the warehouse's shapes
(a CEC release's results and turnout, its document row and audit rows), what a warehouse holds read by queries,
which path each publish took, and a reader in another process that holds a warehouse file open."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from kzelect.pipeline import AUDIT_SCHEMAS
from warehouse.load import CORE_COLUMNS, LoadBatch, publish

ELECTION = "kz-2019-06-09-presidential"
CANDIDATES = [("kassym-jomart-tokayev", "Токаев Касым-Жомарт Кемелевич"), ("amirzhan-kossanov", "Косанов Амиржан"),
              ("daniya-yespayeva", "Еспаева Дания")]
REGIONS = [("KZ-11", "Акмолинская область"), ("KZ-75", "г. Алматы"), ("KZ-71", "г. Нур-Султан")]
USER_SCHEMAS = ("raw", "core", "audit", "marts")


def doc(n: int) -> str:
    return hashlib.sha256(f"invented release {n}".encode()).hexdigest()


def release_batch(run: int, documents: list[int], replaced: list[int] | None = None, fresh: bool = False,
                  scale: int = 1) -> LoadBatch:
    """A run that publishes invented releases `documents` (each: results by region and a turnout line), its
    run row and fetch rows; `replaced` documents lose their earlier claims (a re-parse)."""
    run_id = f"2026-12-01T16:{run:02d}:00Z-test{run}"
    fetched = dt.datetime(2026, 12, 1, 16, run)
    docs, results, turnout, fetches = [], [], [], []
    for n in documents:
        url = f"https://www.election.gov.kz/rus/news/releases/index.php?ID={5000 + n}"
        docs.append({"document_id": doc(n), "source": "cec", "url": url, "language": "ru",
                     "title": f"О предварительных итогах голосования № {n}", "published_on": dt.date(2019, 6, 10),
                     "doc_kind": "results_preliminary", "election_id": ELECTION, "fetched_at": fetched,
                     "content_type": "text/html", "byte_size": 4000 + n, "archive_path": f"cec/{doc(n)[:2]}/{doc(n)}",
                     "extractor_version": f"cec-{run % 3}"})
        for r, (region, region_name) in enumerate(REGIONS * scale):
            for c, (contestant, name) in enumerate(CANDIDATES):
                votes = 1000 * (n + 1) + 100 * r + c * 7 + run
                results.append({"election_id": ELECTION, "region_code": region, "contestant_id": contestant,
                                "stage": "preliminary", "votes": votes, "vote_share_pct": round(votes / 500, 2),
                                "seats": None, "document_id": doc(n), "page": None,
                                "evidence": f"{region_name}: {name} – {votes} голосов", "source": "cec",
                                "language": "ru", "name_as_written": name, "region_as_written": region_name,
                                "incomplete": False})
        turnout.append({"election_id": ELECTION, "region_code": "KZ", "stage": "preliminary", "as_of": None,
                        "registered_voters": 11_950_000 + n, "ballots_cast": 9_000_000 + run,
                        "turnout_pct": 77.4, "invalid_ballots": None, "both_marked_ballots": None,
                        "polling_stations": 10_000 + n, "document_id": doc(n), "page": None,
                        "evidence": f"приняли участие {9_000_000 + run} избирателей", "source": "cec",
                        "language": "ru", "region_as_written": None})
        fetches.append({"run_id": run_id, "url": url, "source": "cec", "role": "release", "status": 200,
                        "attempts": 1, "error": None, "byte_size": 4000 + n, "document_id": doc(n), "changed": True,
                        "fetched_url": url, "note": None})
    audit = {table: pl.DataFrame(schema=schema) for table, schema in AUDIT_SCHEMAS.items()}
    audit["fetches"] = pl.DataFrame(fetches, schema=AUDIT_SCHEMAS["fetches"])
    audit["runs"] = pl.DataFrame([{"run_id": run_id, "started_at": fetched, "finished_at": fetched, "status": "ok",
                                   "documents_fetched": len(documents), "documents_parsed": len(documents)}])
    claims = {"results": pl.DataFrame(results).select(CORE_COLUMNS["results"]),
              "turnout": pl.DataFrame(turnout).select(CORE_COLUMNS["turnout"])} if documents else {}
    return LoadBatch(run_id=run_id, documents=pl.DataFrame(docs), elections=pl.DataFrame(), contestants=pl.DataFrame(),
                     claims=claims,
                     replaced_documents=[doc(n) for n in (replaced or [])], audit=audit, fresh=fresh)


# A sequence of runs: new releases, a re-parse of one, a run with nothing new, another release.
SEQUENCE = [release_batch(1, [1, 2]), release_batch(2, [3]), release_batch(3, [2], replaced=[2]),
            release_batch(4, []), release_batch(5, [4, 5]), release_batch(6, [1], replaced=[1])]


def contents(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table and view of the user schemas, its rows sorted: what two warehouses must agree on."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        relations = con.sql("SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ? UNION ALL "
                            "SELECT schema_name, view_name FROM duckdb_views() WHERE schema_name IN ? "
                            "AND NOT internal ORDER BY ALL", params=[list(USER_SCHEMAS), list(USER_SCHEMAS)]).fetchall()
        out = {}
        for schema, table in relations:
            rows = con.sql(f'SELECT * FROM "{schema}"."{table}"').fetchall()
            if (schema, table) == ("audit", "schema_migrations"):  # applied_at: when each file was migrated
                rows = [r[:2] for r in rows]
            out[f"{schema}.{table}"] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def full_copy_states(batches: list[LoadBatch], folder: Path) -> list[dict[str, list[tuple]]]:
    """The reference: the same batches published through the full-copy path, contents after each."""
    folder.mkdir(parents=True, exist_ok=True)
    path, states = folder / "full.duckdb", []
    for batch in batches:
        publish(path, batch, 5, incremental=False)
        states.append(contents(path))
    return states


class PathLog(logging.Handler):
    """The path (`incremental` or `full`) and reason of every publish, as warehouse.load logs them."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.taken: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "publish_path", None):
            self.taken.append((record.publish_path, record.publish_reason))  # type: ignore[attr-defined]

    @property
    def paths(self) -> list[str]:
        return [p for p, _ in self.taken]


@contextmanager
def publish_paths() -> Iterator[PathLog]:
    seen = PathLog()
    logger = logging.getLogger("warehouse.load")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(seen)
    try:
        yield seen
    finally:
        logger.removeHandler(seen)
        logger.setLevel(level)


READER = """
import hashlib, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    if line.strip() == "exit":
        break
    tables = con.sql("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY ALL").fetchall()
    rows = [sorted(con.sql(f'SELECT * FROM "{s}"."{t}"').fetchall(), key=repr) for s, t in tables]
    print(hashlib.sha256(repr(rows).encode()).hexdigest(), flush=True)
"""


class Reader:
    """A process that opened the warehouse read-only and keeps its connection: `look()` hashes what it sees."""

    def __init__(self, warehouse: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", READER, str(warehouse)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.first = self.look()  # the connection is open once this returns

    def look(self) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("look\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("exit\n")
        self.proc.stdin.flush()
        self.proc.wait(timeout=30)


def view_hash(con: duckdb.DuckDBPyConnection) -> str:
    """What an open connection sees, as the reader process hashes it."""
    tables = con.sql("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY ALL").fetchall()
    rows = [sorted(con.sql(f'SELECT * FROM "{s}"."{t}"').fetchall(), key=repr) for s, t in tables]
    return hashlib.sha256(repr(rows).encode()).hexdigest()
