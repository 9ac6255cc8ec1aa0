"""What the dashboard reads: the published warehouse, read-only, through a new connection for every page load.

A connection held open keeps the snapshot it opened (a run publishes by `os.replace`), so every render opens
its own and closes it: a newly published warehouse shows on the next load, without a restart. Tables that
other work adds (audit.unread, marts.revisions, core.elections' calendar columns) are looked up in the catalog
first, so the pages work on warehouses with or without them.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import polars as pl

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
CALENDAR_SEED = ROOT / "warehouse" / "seeds" / "elections.csv"
DEFAULT_WAREHOUSE = Path("data/kzelect.duckdb")
DEFAULT_ARCHIVE = Path("data/archive")


class WarehouseUnavailable(RuntimeError):
    """No warehouse file yet, or another process holds it read-write (a `migrate`)."""


def warehouse_path() -> Path:
    return Path(os.environ.get("KZELECT_WAREHOUSE", DEFAULT_WAREHOUSE))


def archive_path() -> Path:
    return Path(os.environ.get("KZELECT_ARCHIVE", DEFAULT_ARCHIVE))


@contextlib.contextmanager
def connect(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A fresh read-only connection to the published warehouse, closed when the block ends."""
    path = path or warehouse_path()
    if not path.is_file():
        raise WarehouseUnavailable(f"no warehouse at {path}: build one with `make run`")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:  # locked by a writer, or not a DuckDB file
        raise WarehouseUnavailable(f"cannot open {path} read-only: {exc}") from exc
    try:
        yield con
    finally:
        con.close()


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> pl.DataFrame:
    """A query's rows as a polars frame (DuckDB 2.0: `sql()` relations read to the end, no cursor left open)."""
    return con.sql(sql, params=params).pl() if params else con.sql(sql).pl()


def has_relation(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> bool:
    found = con.sql(
        "SELECT count(*) FROM (SELECT schema_name, table_name AS name FROM duckdb_tables() UNION ALL "
        "SELECT schema_name, view_name FROM duckdb_views()) WHERE schema_name = ? AND name = ?",
        params=[schema, name],
    ).fetchall()
    return found[0][0] > 0


def columns(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> list[str]:
    rows = con.sql(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
        params=[schema, name],
    ).fetchall()
    return [r[0] for r in rows]


def _calendar_source(con: duckdb.DuckDBPyConnection) -> str:
    """core.elections, completed by the calendar seed when the warehouse was built before it was seeded."""
    in_calendar = "in_calendar" if "in_calendar" in columns(con, "core", "elections") else "NULL::BOOLEAN"
    base = (f"SELECT election_id, election_type, election_date, name_en, {in_calendar} AS in_calendar "
            "FROM core.elections")
    if CALENDAR_SEED.is_file():
        seed = str(CALENDAR_SEED).replace("'", "''")
        return (f"{base} UNION ALL SELECT election_id, election_type, election_date::DATE, name_en, true "
                f"FROM read_csv('{seed}', header = true, all_varchar = true) "
                f"WHERE election_id NOT IN (SELECT election_id FROM core.elections)")
    return base


def elections(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every election of the calendar with what the warehouse holds for it; `status` says 'not yet harvested'."""
    return frame(con, f"""
        WITH calendar AS ({_calendar_source(con)}),
        docs AS (SELECT election_id, count(*) AS documents, count(*) FILTER (WHERE source = 'osce') AS odihr_documents
                 FROM raw.documents WHERE election_id IS NOT NULL GROUP BY ALL),
        res AS (SELECT election_id, count(*) AS result_claims FROM core.results GROUP BY ALL),
        tur AS (SELECT election_id, count(*) AS turnout_claims FROM core.turnout GROUP BY ALL),
        det AS (SELECT election_id, count(*) AS detention_claims FROM core.detentions GROUP BY ALL),
        inf AS (SELECT election_id, count(*) AS infraction_claims FROM core.infractions GROUP BY ALL)
        SELECT c.election_id, c.election_date, c.election_type, c.name_en, c.in_calendar,
               coalesce(documents, 0) AS documents, coalesce(odihr_documents, 0) AS odihr_documents,
               coalesce(result_claims, 0) AS result_claims, coalesce(turnout_claims, 0) AS turnout_claims,
               coalesce(detention_claims, 0) AS detention_claims,
               coalesce(infraction_claims, 0) AS infraction_claims,
               CASE WHEN coalesce(documents, 0) + coalesce(result_claims, 0) + coalesce(turnout_claims, 0)
                         + coalesce(detention_claims, 0) + coalesce(infraction_claims, 0) = 0
                    THEN 'not yet harvested' ELSE 'harvested' END AS status
        FROM calendar c
        LEFT JOIN docs USING (election_id) LEFT JOIN res USING (election_id) LEFT JOIN tur USING (election_id)
        LEFT JOIN det USING (election_id) LEFT JOIN inf USING (election_id)
        ORDER BY c.election_date DESC, c.election_id
    """)


def harvested_elections(con: duckdb.DuckDBPyConnection) -> list[str]:
    table = elections(con)
    return table.filter(pl.col("status") == "harvested")["election_id"].to_list()


def national_results_by_stage(con: duckdb.DuckDBPyConnection, election_id: str) -> pl.DataFrame:
    """One row per contestant x stage at the national level: the best claim of that stage and its source;
    `incomplete` (a set whose shares sum clearly below 100) when the warehouse records it."""
    incomplete = ("bool_or(incomplete)" if "incomplete" in columns(con, "core", "results") else "NULL::BOOLEAN")
    # superseded versions of a corrected release keep their claims in core; like the marts, read current ones
    current = "AND d.is_current" if "is_current" in columns(con, "raw", "documents") else ""
    return frame(con, f"""
        WITH ranked AS (
            SELECT r.*, d.title AS document_title, d.url, d.content_type,
                   marts.claim_rank(r.stage, r.source, r.language, d.published_on) AS claim_rank
            FROM core.results r JOIN raw.documents d USING (document_id)
            WHERE r.election_id = ? AND r.region_code = 'KZ' {current}
        )
        SELECT contestant_id, c.name_en AS contestant, stage,
               arg_max(votes, claim_rank) FILTER (WHERE votes IS NOT NULL) AS votes,
               arg_max(vote_share_pct, claim_rank) FILTER (WHERE vote_share_pct IS NOT NULL) AS vote_share_pct,
               arg_max(seats, claim_rank) FILTER (WHERE seats IS NOT NULL) AS seats,
               arg_max({{'document_id': document_id, 'source': source, 'language': language, 'page': page,
                        'title': document_title, 'url': url, 'evidence': evidence}},
                       (claim_rank, document_id, evidence)) AS pick,
               {incomplete} AS incomplete,
               count(*) AS claims
        FROM ranked JOIN core.contestants c USING (contestant_id)
        GROUP BY ALL
        ORDER BY stage DESC, votes DESC NULLS LAST, vote_share_pct DESC NULLS LAST
    """, [election_id]).unnest("pick")


def authoritative_results(con: duckdb.DuckDBPyConnection, election_id: str) -> pl.DataFrame:
    return frame(con, "SELECT * FROM marts.results WHERE election_id = ? "
                      "ORDER BY region_code, votes DESC NULLS LAST, vote_share_pct DESC NULLS LAST", [election_id])


def turnout(con: duckdb.DuckDBPyConnection, election_id: str) -> pl.DataFrame:
    return frame(con, "SELECT * FROM marts.turnout WHERE election_id = ? ORDER BY region_code, stage, as_of",
                 [election_id])


def regional_turnout_at_close(con: duckdb.DuckDBPyConnection, election_id: str) -> pl.DataFrame:
    """Turnout per region from the latest figure each region has: final results, else the last bulletin."""
    return frame(con, """
        SELECT region_code, region_name_en, region_name_ru, region_name_kk, stage, as_of, turnout_pct,
               document_id, document_title, url, page, coalesce(turnout_evidence, evidence) AS evidence
        FROM marts.turnout
        WHERE election_id = ? AND region_code <> 'KZ' AND turnout_pct IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY region_code
                                   ORDER BY stage = 'final' DESC, as_of DESC NULLS FIRST) = 1
        ORDER BY turnout_pct DESC
    """, [election_id])


def discrepancies(con: duckdb.DuckDBPyConnection, election_id: str | None = None) -> pl.DataFrame:
    where = "WHERE election_id = ?" if election_id else ""
    return frame(con, f"SELECT * FROM marts.discrepancies {where} ORDER BY region_code, subject, figure",
                 [election_id] if election_id else None)


def revisions(con: duckdb.DuckDBPyConnection, election_id: str) -> pl.DataFrame | None:
    """marts.revisions when this warehouse has it (None otherwise); filtered by election when it can be."""
    if not has_relation(con, "marts", "revisions"):
        return None
    if "election_id" in columns(con, "marts", "revisions"):
        return frame(con, "SELECT * FROM marts.revisions WHERE election_id = ?", [election_id])
    return frame(con, "SELECT * FROM marts.revisions")


def detentions(con: duckdb.DuckDBPyConnection, election_id: str | None = None) -> pl.DataFrame:
    where = "WHERE d.election_id = ?" if election_id else ""
    return frame(con, f"""
        SELECT d.*, doc.content_type FROM marts.detentions d JOIN raw.documents doc USING (document_id) {where}
        ORDER BY d.date_from, d.detained_min DESC NULLS LAST
    """, [election_id] if election_id else None)


def infractions(con: duckdb.DuckDBPyConnection, election_id: str | None = None) -> pl.DataFrame:
    where = "WHERE i.election_id = ?" if election_id else ""
    return frame(con, f"""
        SELECT i.*, doc.content_type FROM marts.infractions i JOIN raw.documents doc USING (document_id) {where}
        ORDER BY i.election_date, i.category, i.measure
    """, [election_id] if election_id else None)


def runs(con: duckdb.DuckDBPyConnection, limit: int = 20) -> pl.DataFrame:
    return frame(con, f"SELECT * FROM audit.runs ORDER BY started_at DESC LIMIT {int(limit)}")


def failed_fetches(con: duckdb.DuckDBPyConnection, limit: int = 200) -> pl.DataFrame:
    return frame(con, f"""
        SELECT run_id, url, source, role, status, attempts, error FROM audit.fetches
        WHERE error IS NOT NULL OR status IS NULL OR status >= 400
        ORDER BY run_id DESC, url LIMIT {int(limit)}
    """)


def quarantine(con: duckdb.DuckDBPyConnection, limit: int = 200) -> pl.DataFrame:
    return frame(con, f"SELECT * FROM audit.quarantine ORDER BY quarantined_at DESC LIMIT {int(limit)}")


def failed_validations(con: duckdb.DuckDBPyConnection, limit: int = 200) -> pl.DataFrame:
    return frame(con, f"SELECT * FROM audit.validations WHERE NOT success ORDER BY run_id DESC LIMIT {int(limit)}")


def unread(con: duckdb.DuckDBPyConnection, limit: int = 200) -> pl.DataFrame | None:
    """audit.unread (what the parsers saw and could not read) of the latest run, when the warehouse has it."""
    if not has_relation(con, "audit", "unread"):
        return None
    return frame(con, f"""
        SELECT u.* FROM audit.unread u
        WHERE u.run_id = (SELECT max(run_id) FROM audit.unread)
        ORDER BY u.document_id, u.page NULLS FIRST LIMIT {int(limit)}
    """)


def document(con: duckdb.DuckDBPyConnection, document_id: str) -> tuple[str, str | None] | None:
    """(archive_path, content_type) of one archived document, or None when the warehouse does not know it."""
    rows = con.sql("SELECT archive_path, content_type FROM raw.documents WHERE document_id = ?",
                   params=[document_id]).fetchall()
    return (rows[0][0], rows[0][1]) if rows else None
