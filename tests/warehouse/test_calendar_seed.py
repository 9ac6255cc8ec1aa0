"""core.elections is the calendar (warehouse/seeds/elections.csv) plus only the votes a document stated;
audit.unread and the claim-set columns reach the warehouse with every publish."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import duckdb
import polars as pl

from kzelect.pipeline import AUDIT_SCHEMAS, ELECTIONS_SCHEMA
from warehouse.load import LoadBatch, read_state, write_batch
from warehouse.migrate import migrate, migration_files, sql_dir

SEED = sql_dir("seeds") / "elections.csv"


def _batch(elections: list[dict], unread: list[dict] | None = None) -> LoadBatch:
    audit = {table: pl.DataFrame(schema=schema) for table, schema in AUDIT_SCHEMAS.items()}
    if unread:
        audit["unread"] = pl.DataFrame(unread, schema=AUDIT_SCHEMAS["unread"])
    return LoadBatch(run_id="r1", documents=pl.DataFrame(), elections=pl.DataFrame(elections, schema=ELECTIONS_SCHEMA),
                     contestants=pl.DataFrame(), claims={}, replaced_documents=[], audit=audit)


def _elections(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    rows = con.sql("SELECT election_id, in_calendar, body, early, created_by_document FROM core.elections").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_the_seed_is_the_calendar_with_documented_columns() -> None:
    with SEED.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["election_id", "election_type", "election_date", "early", "body", "name_en", "name_ru",
                             "name_kk", "note"]
    for row in rows:
        assert row["election_id"] == f"kz-{row['election_date']}-{row['election_type']}"
    kurultai = next(r for r in rows if r["body"] == "Kurultai")
    assert kurultai["election_id"] == "kz-2026-08-23-parliamentary"


def test_publish_seeds_the_calendar_and_drops_votes_a_date_invented() -> None:
    con = duckdb.connect()
    # a warehouse as the first migration left it, holding a vote an older extractor derived from a date
    migrate_only_first(con)
    con.execute("INSERT INTO core.elections VALUES ('kz-2022-11-21-presidential', 'presidential', '2022-11-21', "
                "'early presidential election')")
    stated = {"election_id": "kz-2027-05-03-presidential", "election_type": "presidential",
              "election_date": dt.date(2027, 5, 3), "name_en": "presidential election", "early": False,
              "body": "President", "in_calendar": False, "created_by_document": "d" * 64}
    calendar_vote = {"election_id": "kz-2019-06-09-presidential", "election_type": "presidential",
                     "election_date": dt.date(2019, 6, 9), "name_en": "x", "in_calendar": True}
    unread = [{"run_id": "r1", "document_id": "d" * 64, "url": "https://cec/rus/1", "page": None,
               "clause": "- в Астане – 40,94%;", "figure": "40,94%", "reason": "no subject for the share"}]
    write_batch(con, _batch([stated, calendar_vote], unread))
    elections = _elections(con)
    assert "kz-2022-11-21-presidential" not in elections, "a vote no calendar and no text names is pruned"
    assert elections["kz-2026-08-23-parliamentary"] == (True, "Kurultai", False, None)
    assert elections["kz-2019-06-09-presidential"] == (True, "President", True, None)
    assert elections["kz-2027-05-03-presidential"] == (False, "President", False, "d" * 64)
    name = con.sql("SELECT name_en FROM core.elections WHERE election_id = 'kz-2019-06-09-presidential'").fetchall()
    assert name == [("Early presidential election",)], "the calendar's name, not a document's"
    assert con.sql("SELECT clause, figure, reason FROM audit.unread").fetchall() == [
        ("- в Астане – 40,94%;", "40,94%", "no subject for the share")]
    with SEED.open(encoding="utf-8") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) + 1 == len(elections)


def test_read_state_offers_only_calendar_and_stated_votes(tmp_path: Path) -> None:
    path = tmp_path / "kz.duckdb"
    con = duckdb.connect(str(path))
    migrate(con)
    con.execute("INSERT INTO core.elections (election_id, election_type, election_date, name_en) VALUES "
                "('kz-2023-03-27-parliamentary', 'parliamentary', '2023-03-27', 'parliamentary elections')")
    con.execute("INSERT INTO core.elections (election_id, election_type, election_date, in_calendar) VALUES "
                "('kz-2023-03-19-parliamentary', 'parliamentary', '2023-03-19', true)")
    con.close()
    _loaded, elections, _contestants = read_state(path)
    assert [e[0] for e in elections] == ["kz-2023-03-19-parliamentary"]


def migrate_only_first(con: duckdb.DuckDBPyConnection) -> None:
    """Apply 0001 alone (an older warehouse), then let publish upgrade it in place."""
    first = migration_files()[0]
    con.execute(first.read_text(encoding="utf-8"))
    con.execute("CREATE TABLE audit.schema_migrations (version VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, "
                "applied_at TIMESTAMP NOT NULL DEFAULT now())")
    con.execute("INSERT INTO audit.schema_migrations (version, name) VALUES ('0001', ?)", [first.name])
