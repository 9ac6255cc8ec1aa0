"""Incremental publishing (warehouse/standby.py): a warehouse published run by run through the standby holds, after
every run, exactly what the full-copy path gives for the same batches (compared by queries); every reason to
copy instead is taken and said; a reader holding a published file keeps its view, and its file is never written.
Real DuckDB files throughout; small files take the incremental path here (`INCREMENTAL_MIN_BYTES` = 0)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.integrity import site_states
from tests.integrity.publish_states import (
    SEQUENCE,
    Reader,
    contents,
    full_copy_states,
    publish_paths,
    release_batch,
    view_hash,
)
from warehouse import load, standby
from warehouse.load import publish
from warehouse.migrate import check_warehouse, code_version
from warehouse.standby import Standby


@pytest.fixture(autouse=True)
def every_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "INCREMENTAL_MIN_BYTES", 0)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, list[tuple]]]:
    return full_copy_states(SEQUENCE, tmp_path_factory.mktemp("reference"))


def three_runs(tmp_path: Path) -> Path:
    """A warehouse after three runs (the third incremental): a standby and its batch are ready for the fourth."""
    warehouse = tmp_path / "kz.duckdb"
    with publish_paths() as seen:
        for batch in SEQUENCE[:3]:
            publish(warehouse, batch, 5)
    assert seen.paths == ["full", "full", "incremental"]
    return warehouse


def test_run_after_run_the_incremental_path_holds_what_the_full_copy_holds(
        tmp_path: Path, reference: list[dict[str, list[tuple]]]) -> None:
    warehouse = tmp_path / "kz.duckdb"
    standby = Standby(warehouse)
    with publish_paths() as seen:
        for i, batch in enumerate(SEQUENCE):
            kept = os.stat(standby.file).st_ino if standby.file.exists() else None
            publish(warehouse, batch, 5)
            assert contents(warehouse) == reference[i], f"after run {i + 1}"
            if i >= 2:  # the standby's own file was brought up and swapped in: nothing was copied
                assert os.stat(warehouse).st_ino == kept
    assert seen.taken[:2] == [("full", "first publish"), ("full", "no standby kept by the previous publish")]
    assert seen.paths[2:] == ["incremental"] * (len(SEQUENCE) - 2)
    assert not list(tmp_path.glob(".kz.duckdb.building-*"))
    assert len(list(tmp_path.glob(".kz.duckdb.replay-*"))) == 1  # only the last batch is kept


def test_real_runs_over_a_changing_site_publish_what_full_copies_publish(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.integrity.test_versions import TUGEL, add_release, correct_release, remove_release

    site = site_states.site_copy(tmp_path)
    settings = site_states.settings_for(tmp_path)
    full = tmp_path / "full.duckdb"

    def twin(warehouse: Path, batch: load.LoadBatch, lock_timeout_s: float) -> dict[str, int]:
        loaded = publish(warehouse, batch, lock_timeout_s)
        publish(full, batch, lock_timeout_s, incremental=False)
        return loaded

    monkeypatch.setattr(site_states, "publish", twin)
    corrected = ""
    with publish_paths() as seen:
        for step in ("first run", "unchanged", "new release", "corrected release", "removed release"):
            if step == "new release":
                add_release(site)
            elif step == "corrected release":
                correct_release(site, corrected)
            elif step == "removed release":
                remove_release(site)
            site_states.harvest_site(site, settings)
            corrected = corrected or site_states.query(settings.warehouse, TUGEL)[0][1]
            assert contents(settings.warehouse) == contents(full), step
    assert seen.paths[::2] == ["full", "full", "incremental", "incremental", "incremental"]
    assert site_states.query(settings.warehouse, TUGEL) == [(84583, corrected)]


@pytest.mark.parametrize("damage", ["none", "batch-altered"])
def test_large_tables_are_checked_by_their_counts_and_the_replayed_rows(
        tmp_path: Path, reference: list[dict[str, list[tuple]]], monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    """Every table above 5 rows counts as large here: only its row count and the rows of the replayed batch's
    documents and runs are hashed, and that still tells a faithful replay from an altered one."""
    monkeypatch.setattr(standby, "FULL_HASH_ROWS", 5)
    warehouse = three_runs(tmp_path)
    if damage != "none":
        _alter_votes(warehouse)
    with publish_paths() as seen:
        publish(warehouse, SEQUENCE[3], 5)
    assert contents(warehouse) == reference[3]
    assert seen.paths == ["incremental" if damage == "none" else "full"]
    if damage != "none":
        assert "replay did not reproduce the live state (differs: core.results" in seen.taken[0][1]


def _edit_manifest(warehouse: Path, **changes: object) -> None:
    path = Standby(warehouse).manifest
    path.write_text(json.dumps(json.loads(path.read_text()) | changes))


def _replace_live(warehouse: Path) -> None:
    """Restored from a copy: the same tables in another file."""
    copy = warehouse.with_name("restored.duckdb")
    shutil.copy2(warehouse, copy)
    os.replace(copy, warehouse)


def _touch(path: Path) -> None:
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _replay_file(warehouse: Path, frame: str) -> Path:
    manifest = json.loads(Standby(warehouse).manifest.read_text())
    folder = warehouse.with_name(manifest["batch"])
    return folder / json.loads((folder / "batch.json").read_text())["frames"][frame]


def _cut_short(warehouse: Path) -> None:
    path = _replay_file(warehouse, "claims.results")
    path.write_bytes(path.read_bytes()[:100])


def _alter_votes(warehouse: Path) -> None:
    """A replay batch that is whole but says something else than what was published."""
    path = _replay_file(warehouse, "claims.results")
    pl.read_ipc(path.read_bytes()).with_columns(pl.col("votes") + 1).write_ipc(path)


DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "manifest-removed": (lambda w: Standby(w).manifest.unlink(), "no standby kept by the previous publish"),
    "manifest-unreadable": (lambda w: Standby(w).manifest.write_text("{half a manif"), "manifest unreadable"),
    "migrations-to-apply": (lambda w: _edit_manifest(w, schema=code_version() - 1), "migrations to apply"),
    "code-changed": (lambda w: _edit_manifest(w, code="0" * 64), "warehouse code, seeds or libraries changed"),
    "live-restored": (_replace_live, "the live file is not the one the standby's batch leads to"),
    "live-written-in-place": (lambda w: _touch(w), "the live file is not the one the standby's batch leads to"),
    "standby-missing": (lambda w: Standby(w).file.unlink(), "standby file missing"),
    "standby-written": (lambda w: _touch(Standby(w).file), "standby file changed"),
    "batch-missing": (lambda w: shutil.rmtree(_replay_file(w, "documents").parent), "replay batch missing"),
    "batch-cut-short": (_cut_short, "replay batch unreadable"),
    "batch-altered": (_alter_votes, "replay did not reproduce the live state (differs: core.results"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_each_reason_to_copy_is_taken_and_the_next_publish_replays_again(
        tmp_path: Path, reference: list[dict[str, list[tuple]]], damage: str) -> None:
    warehouse = three_runs(tmp_path)
    spoil, reason = DAMAGES[damage]
    spoil(warehouse)
    with publish_paths() as seen:
        publish(warehouse, SEQUENCE[3], 5)
        assert contents(warehouse) == reference[3]
        publish(warehouse, SEQUENCE[4], 5)
        assert contents(warehouse) == reference[4]
    assert seen.paths == ["full", "incremental"]
    assert reason in seen.taken[0][1], seen.taken
    assert not list(tmp_path.glob(".kz.duckdb.building-*"))


@pytest.mark.parametrize(("options", "reason", "then"), [
    ({"incremental": False}, "incremental publishing is off", "full"),
    ({"min_bytes": 10**12}, "the live file is small", "incremental"),
], ids=["switched-off", "below-the-size"])
def test_the_copy_is_chosen_when_asked_or_cheaper(tmp_path: Path, reference: list[dict[str, list[tuple]]],
                                                  options: dict, reason: str, then: str) -> None:
    warehouse = three_runs(tmp_path)
    with publish_paths() as seen:
        publish(warehouse, SEQUENCE[3], 5, **options)
        publish(warehouse, SEQUENCE[4], 5)
    assert seen.paths == ["full", then]  # switched off, no standby is kept; below the size, it is
    assert reason in seen.taken[0][1]
    assert contents(warehouse) == reference[4]
    if "incremental" in options:
        assert [p for p in tmp_path.iterdir() if ".standby" in p.name] != []  # the run after kept one again


def test_a_rebuild_copies_nothing_and_keeps_no_standby(tmp_path: Path) -> None:
    warehouse = three_runs(tmp_path)
    rebuilt = release_batch(7, [1, 2, 3], fresh=True)
    expected = full_copy_states([*SEQUENCE[:3], rebuilt, SEQUENCE[4]], tmp_path / "expected")
    with publish_paths() as seen:
        publish(warehouse, rebuilt, 5)
        assert not Standby(warehouse).manifest.exists() and not Standby(warehouse).file.exists()
        publish(warehouse, SEQUENCE[4], 5)
    assert seen.taken[0] == ("full", "a rebuild starts from an empty warehouse")
    assert seen.taken[1] == ("full", "no standby kept by the previous publish")
    assert contents(warehouse) == expected[4]


def test_a_reader_in_another_process_keeps_its_view_and_its_file_is_not_written(
        tmp_path: Path, reference: list[dict[str, list[tuple]]]) -> None:
    warehouse = tmp_path / "kz.duckdb"
    for batch in SEQUENCE[:2]:
        publish(warehouse, batch, 5)
    reader = Reader(warehouse)  # opened on the second run's file: the standby of the fourth publish
    try:
        with publish_paths() as seen:
            for batch in SEQUENCE[2:5]:
                publish(warehouse, batch, 5)
                assert reader.look() == reader.first
        assert seen.paths == ["incremental", "full", "incremental"]
        assert "another process still reads the standby" in seen.taken[1][1]
    finally:
        reader.close()
    assert contents(warehouse) == reference[4]
    check_warehouse(warehouse)


def test_a_reader_in_this_process_keeps_its_view(tmp_path: Path, reference: list[dict[str, list[tuple]]]) -> None:
    warehouse = tmp_path / "kz.duckdb"
    for batch in SEQUENCE[:2]:
        publish(warehouse, batch, 5)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        before = view_hash(con)
        with publish_paths() as seen:
            for batch in SEQUENCE[2:4]:
                publish(warehouse, batch, 5)
                assert view_hash(con) == before
    finally:
        con.close()
    assert seen.paths == ["incremental", "full"]
    assert "this process still reads the standby" in seen.taken[1][1]
    with publish_paths() as seen:
        publish(warehouse, SEQUENCE[4], 5)
    assert seen.paths == ["incremental"]
    assert contents(warehouse) == reference[4]
