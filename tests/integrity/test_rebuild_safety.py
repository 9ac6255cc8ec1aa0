"""`rebuild` never destroys a good warehouse (issue 10): it groups archive records by canonical URL and body,
verifies every object, names what is missing or corrupt, and refuses to publish — previous warehouse untouched,
one line why — over an empty, missing or mistyped archive, damaged objects, or a result that would drop more
than `rebuild_max_shrink_pct` of a claim table, unless `--allow-shrink`; `--dry-run` says what would change."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzelect.config import Settings
from sources.archive import Archive
from tests.conftest import KZELECT
from tests.integrity.site_states import fingerprint, harvest_site, query, rebuild, settings_for, site_copy

CLAIMS = "SELECT (SELECT count(*) FROM core.results) + (SELECT count(*) FROM core.turnout)"


@pytest.fixture(scope="module")
def harvested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One harvest of the snapshot: its archive and warehouse, copied by each test."""
    tmp = tmp_path_factory.mktemp("harvested")
    harvest_site(site_copy(tmp), settings_for(tmp))
    return tmp


@pytest.fixture
def workspace(harvested: Path, tmp_path: Path) -> Iterator[Settings]:
    shutil.copytree(harvested / "archive", tmp_path / "archive")
    shutil.copy2(harvested / "kz.duckdb", tmp_path / "kz.duckdb")
    yield settings_for(tmp_path)


def results_document_ids(settings: Settings) -> list[tuple[str, str]]:
    return query(settings.warehouse, "SELECT DISTINCT r.document_id, d.url FROM core.results r JOIN raw.documents d "
                 "USING (document_id) ORDER BY 1")


def test_a_rebuild_over_a_good_archive_equals_the_run(workspace: Settings) -> None:
    before = fingerprint(workspace.warehouse)
    summary = rebuild(workspace)
    assert summary.ok, summary.lines()
    assert fingerprint(workspace.warehouse) == before


def test_duplicate_records_from_two_ports_are_one_document(workspace: Settings) -> None:
    """An archive written by an older kzelect on two pairs of random ports: two URL records per body."""
    archive = Archive(workspace.archive)
    for record in list(archive.records()):
        for port in (8401, 39123):
            loopback = record.url.replace("https://www.election.gov.kz", f"http://127.0.0.1:{port}").replace(
                "https://www.osce.org", f"http://127.0.0.1:{port + 1}")
            old = {k: v for k, v in dataclasses.asdict(record).items() if k not in {"versions", "gone_since",
                                                                                   "fetched_url"}}
            path = archive._url_path(loopback)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({**old, "url": loopback}))
    before = fingerprint(workspace.warehouse)
    summary = rebuild(workspace)
    assert summary.ok, summary.reason
    assert fingerprint(workspace.warehouse) == before  # same documents, same claims, canonical URLs


@pytest.mark.parametrize("archive", ["missing", "empty", "mistyped"], ids=["missing", "empty", "mistyped"])
def test_no_archive_no_rebuild(workspace: Settings, archive: str, tmp_path: Path) -> None:
    target = {"missing": tmp_path / "nowhere", "empty": tmp_path / "empty",
              "mistyped": workspace.archive.with_name("archvie")}[archive]
    if archive == "empty":
        (target / "urls").mkdir(parents=True)
    before = workspace.warehouse.read_bytes()
    summary = rebuild(workspace.replace(archive=target))
    assert not summary.ok and "nothing to rebuild from" in summary.reason and "\n" not in summary.reason
    assert workspace.warehouse.read_bytes() == before


@pytest.mark.parametrize("damage", ["deleted", "corrupted"])
def test_a_damaged_object_is_named_and_nothing_is_published(workspace: Settings, damage: str) -> None:
    doc, url = results_document_ids(workspace)[0]
    path = Archive(workspace.archive).object_path(doc)
    if damage == "deleted":
        path.unlink()
    else:
        data = bytearray(path.read_bytes())
        data[100:164] = bytes(b ^ 0xFF for b in data[100:164])  # 64 flipped bytes
        path.write_bytes(bytes(data))
    before = workspace.warehouse.read_bytes()
    summary = rebuild(workspace)
    state = "missing" if damage == "deleted" else "corrupt"
    assert not summary.ok and f"{state} {doc}" in summary.reason and url in summary.reason
    assert f"DAMAGED {state} object {doc} ({url})" in summary.lines()
    assert workspace.warehouse.read_bytes() == before


def test_a_shrinking_result_is_refused_unless_allowed(workspace: Settings) -> None:
    archive = Archive(workspace.archive)
    results = {doc for doc, _ in results_document_ids(workspace)}
    for record in list(archive.records()):  # the archive forgets the documents that carry results
        if record.document_id in results:
            archive._url_path(record.url).unlink()
    before = workspace.warehouse.read_bytes()
    claims = query(workspace.warehouse, CLAIMS)
    refused = rebuild(workspace)
    assert not refused.ok and "core.results" in refused.reason and "--allow-shrink" in refused.reason
    assert workspace.warehouse.read_bytes() == before
    dry = rebuild(workspace, dry_run=True, allow_shrink=True)
    assert dry.error is None and "dry run: nothing was published" in dry.lines()
    assert any(line.startswith("would change core.results:") for line in dry.lines())
    assert workspace.warehouse.read_bytes() == before
    allowed = rebuild(workspace, allow_shrink=True)
    assert allowed.error is None, allowed.lines()
    assert query(workspace.warehouse, CLAIMS) < claims


def test_a_rebuild_keeps_the_run_history(workspace: Settings) -> None:
    runs = query(workspace.warehouse, "SELECT run_id FROM audit.runs")
    fetches = query(workspace.warehouse, "SELECT count(*) FROM audit.fetches")
    assert rebuild(workspace).ok
    assert set(runs) < set(query(workspace.warehouse, "SELECT run_id FROM audit.runs"))
    assert query(workspace.warehouse, "SELECT count(*) FROM audit.fetches") == fetches


def test_cli_refuses_a_mistyped_archive_in_one_line(workspace: Settings) -> None:
    before = workspace.warehouse.read_bytes()
    done = subprocess.run([str(KZELECT), "rebuild", "--warehouse", str(workspace.warehouse), "--archive",
                           str(workspace.archive.with_name("arhive"))], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "does not exist" in done.stderr and "left as it was" in done.stderr
    assert workspace.warehouse.read_bytes() == before


def test_a_rebuild_replaces_an_unreadable_warehouse(workspace: Settings) -> None:
    """The one command an unreadable warehouse does not stop: it is what the refusal of the others points to."""
    good = fingerprint(workspace.warehouse)
    with workspace.warehouse.open("r+b") as fh:
        fh.truncate(workspace.warehouse.stat().st_size // 2)
    summary = rebuild(workspace)
    assert summary.ok, summary.lines()
    assert fingerprint(workspace.warehouse) == good
