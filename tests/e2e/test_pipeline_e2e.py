"""End to end: serve the bundled snapshot on loopback, run the CLI twice, compare the warehouse with
the reference facts (tests/fixtures/reference_facts.yaml, a copy of shared/reference/facts.yaml)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from kzelect.mirror import serve_snapshot
from tests.conftest import KZELECT, SNAPSHOT

# Figures of facts.yaml that no bundled publication states (checked below, so the exception stays honest).
NOT_IN_SNAPSHOT = {("kz-2024-10-06-referendum", "polling_stations"): ["10 323", "10323", "10,323"]}


@dataclass
class Runs:
    warehouse: Path
    archive: Path
    first: subprocess.CompletedProcess[str]
    second: subprocess.CompletedProcess[str]


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KZELECT), *args], capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    tmp = tmp_path_factory.mktemp("e2e")
    warehouse, archive = tmp / "kzelect.duckdb", tmp / "archive"
    env = {**os.environ, "KZELECT_PREFECT_HOME": str(tmp / "prefect"), "PREFECT_HOME": str(tmp / "prefect")}
    with serve_snapshot(SNAPSHOT) as (cec_url, osce_url):
        args = ("run", "--cec-url", cec_url, "--osce-url", osce_url, "--warehouse", str(warehouse),
                "--archive", str(archive))
        first = run_cli(*args, env=env)
        second = run_cli(*args, env=env)
    yield Runs(warehouse, archive, first, second)


@pytest.fixture(scope="module")
def con(runs: Runs) -> Iterator[duckdb.DuckDBPyConnection]:
    assert runs.first.returncode == 0, runs.first.stdout + runs.first.stderr
    c = duckdb.connect(str(runs.warehouse), read_only=True)
    yield c
    c.close()


def one(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def test_first_run_prints_a_summary(runs: Runs) -> None:
    out = runs.first.stdout
    assert "documents: 25 found, 25 fetched" in out, out
    assert "rows loaded: results" in out


def test_results_match_the_reference(con: duckdb.DuckDBPyConnection, reference_facts: list[dict]) -> None:
    for election in reference_facts:
        eid = election["election_id"]
        for fact in election["results"]:
            cid = one(con, "SELECT contestant_id FROM core.contestants WHERE name_en = ?", fact["name_en"])
            assert cid, f"{eid}: no contestant {fact['name_en']}"
            cid = cid[0][0]
            claims = one(con, "SELECT stage, votes, vote_share_pct, seats FROM core.results "
                              "WHERE election_id = ? AND contestant_id = ? AND region_code = 'KZ'", eid, cid)
            for key, stage, col in [("prelim_pct", "preliminary", 2), ("prelim_votes", "preliminary", 1),
                                    ("final_votes", "final", 1), ("final_pct", "final", 2), ("seats", "final", 3)]:
                if key in fact:
                    values = {c[col] for c in claims if c[0] == stage and c[col] is not None}
                    assert values == {fact[key]}, f"{eid} {fact['name_en']} {key}: {values}"
            mart = one(con, "SELECT votes, vote_share_pct FROM marts.results WHERE election_id = ? "
                            "AND contestant_id = ? AND region_code = 'KZ'", eid, cid)
            if "final_votes" in fact:
                assert mart == [(fact["final_votes"], fact["final_pct"])]


def test_national_turnout_matches_the_reference(con: duckdb.DuckDBPyConnection,
                                                reference_facts: list[dict]) -> None:
    columns = {"registered": ("registered_voters", None), "prelim_cast": ("ballots_cast", "preliminary"),
               "prelim_turnout": ("turnout_pct", "preliminary"), "final_cast": ("ballots_cast", "final"),
               "final_turnout": ("turnout_pct", "final"), "invalid": ("invalid_ballots", None),
               "polling_stations": ("polling_stations", None), "both_marked": ("both_marked_ballots", None)}
    for election in reference_facts:
        eid = election["election_id"]
        for key, value in election["national"].items():
            column, stage = columns[key]
            if (eid, key) in NOT_IN_SNAPSHOT:
                text = "".join(p.read_text(errors="ignore") for p in (SNAPSHOT / "cec").rglob("*@*"))
                assert not any(s in text for s in NOT_IN_SNAPSHOT[(eid, key)])
                continue
            published = {r[0] for r in one(con, f"SELECT {column} FROM core.turnout WHERE election_id = ? "
                                                f"AND region_code = 'KZ' AND (? IS NULL OR stage = ?) "
                                                f"AND {column} IS NOT NULL", eid, stage, stage)}
            if value in published:
                continue
            # The CEC rounded the referendum's turnout (63,7 %); the mart derives 63.66 from cast/registered.
            derived = {r[0] for r in one(con, "SELECT turnout_pct_computed FROM marts.turnout WHERE "
                                              "election_id = ? AND region_code = 'KZ' AND stage = ?", eid, stage)}
            assert column == "turnout_pct" and value in derived, f"{eid} {key}={value}: {published} {derived}"


def test_turnout_by_region_matches_the_bulletin(con: duckdb.DuckDBPyConnection,
                                                reference_facts: list[dict]) -> None:
    for election in reference_facts:
        for fact in election.get("turnout_by_region", []):
            values = {r[0] for r in one(con, "SELECT turnout_pct FROM core.turnout WHERE election_id = ? "
                                             "AND region_code = ?", election["election_id"], fact["region_code"])}
            assert fact["turnout_pct"] in values, fact


def test_every_claim_has_its_document_and_evidence(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("results", "turnout", "detentions", "infractions"):
        orphans = one(con, f"SELECT count(*) FROM core.{table} c LEFT JOIN raw.documents d USING (document_id) "
                           f"WHERE d.document_id IS NULL OR c.evidence IS NULL OR length(trim(c.evidence)) = 0")
        assert orphans == [(0,)], table
    pdf_rows = one(con, "SELECT count(*) FROM core.results r JOIN raw.documents d USING (document_id) "
                        "WHERE d.content_type LIKE 'application/pdf%' AND r.page IS NULL")
    assert pdf_rows == [(0,)]


def test_every_fetched_body_is_archived_and_recorded(con: duckdb.DuckDBPyConnection, runs: Runs) -> None:
    docs = one(con, "SELECT document_id, archive_path FROM raw.documents")
    assert len(docs) >= 20
    for document_id, path in docs:
        assert (runs.archive / path).stat().st_size > 0, document_id
    fetched = one(con, "SELECT count(DISTINCT url) FROM audit.fetches WHERE document_id IS NOT NULL")
    assert fetched[0][0] >= 25


def test_second_run_is_conditional_and_changes_nothing(runs: Runs, con: duckdb.DuckDBPyConnection) -> None:
    assert runs.second.returncode == 0, runs.second.stdout + runs.second.stderr
    assert "(25 unchanged)" in runs.second.stdout and "0 parsed" in runs.second.stdout
    statuses = one(con, "SELECT status, count(*) FROM audit.fetches WHERE run_id = "
                        "(SELECT max(run_id) FROM audit.runs) GROUP BY status")
    assert dict(statuses) == {304: 25}


def test_rebuild_from_the_archive_gives_the_same_claims(runs: Runs, con: duckdb.DuckDBPyConnection,
                                                         tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.duckdb"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    done = run_cli("rebuild", "--archive", str(runs.archive), "--warehouse", str(rebuilt), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    query = "SELECT * FROM core.{t} ORDER BY ALL"
    other = duckdb.connect(str(rebuilt), read_only=True)
    try:
        for table in ("results", "turnout", "detentions", "infractions"):
            assert other.sql(query.format(t=table)).fetchall() == con.sql(query.format(t=table)).fetchall()
    finally:
        other.close()


def test_detentions_match_the_reference(con: duckdb.DuckDBPyConnection, reference_facts: list[dict]) -> None:
    for election in reference_facts:
        rows = one(con, "SELECT detained_min, detained_max, qualifier, subject, reported_by, date_from, date_to, "
                        "location, page, evidence FROM marts.detentions WHERE election_id = ?",
                   election["election_id"])
        wanted = [(f["min"], f["max"], f["qualifier"], f["who"], f["reported_by"], f["date_from"], f["date_to"],
                   f["where"]) for f in election["detentions"]]
        got = [(r[0], r[1], r[2], r[3], r[4], r[5].isoformat(), r[6].isoformat(), r[7]) for r in rows]
        for fact in wanted:
            assert fact in got, f"{election['election_id']}: missing {fact}"
        assert len(got) - len(wanted) <= 2, got
        assert all(r[8] is not None and r[9] for r in rows)  # ODIHR PDFs: a page and the sentence


def test_infractions_match_the_reference(con: duckdb.DuckDBPyConnection, reference_facts: list[dict]) -> None:
    for election in reference_facts:
        rows = one(con, "SELECT category, measure, value, qualifier, reported_by, evidence FROM marts.infractions "
                        "WHERE election_id = ?", election["election_id"])
        got = [(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        for f in election["infractions"]:
            fact = (f["category"], f["measure"], f["value"], f["qualifier"], f["reported_by"])
            assert fact in got, f"{election['election_id']}: missing {fact}"
        assert len(got) - len(election["infractions"]) <= 2, got
        assert all(r[5] for r in rows)
