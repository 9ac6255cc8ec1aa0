"""Runs are idempotent and atomic: identical tables twice over, a SIGKILL part-way leaves the previous
state readable, and a second run while one holds the warehouse waits or refuses clearly.

Each run is the real CLI in a subprocess, harvesting the bundled snapshot served on loopback by the test.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from kzelect.mirror import serve_snapshot
from tests.conftest import KZELECT, SNAPSHOT
from warehouse.fingerprint import content_hash


@dataclass
class Workspace:
    root: Path
    cec_url: str
    osce_url: str

    @property
    def warehouse(self) -> Path:
        return self.root / "kzelect.duckdb"

    def env(self, prefect_home: str = "prefect", **extra: str) -> dict[str, str]:
        home = str(self.root / prefect_home)
        return {**os.environ, "PREFECT_HOME": home, "KZELECT_PREFECT_HOME": home, **extra}

    def args(self, *more: str) -> list[str]:
        return [str(KZELECT), "run", "--cec-url", self.cec_url, "--osce-url", self.osce_url,
                "--warehouse", str(self.warehouse),
                "--archive", str(self.root / "archive"), *more]

    def run(self, *more: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.args(*more), capture_output=True, text=True, env=self.env(**env), timeout=600)

    def start(self, *more: str, prefect_home: str = "prefect", **env: str) -> subprocess.Popen[str]:
        """In its own process group: the run's ephemeral Prefect server is a child that outlives a SIGKILL."""
        log = (self.root / f"{prefect_home}.log").open("w")
        return subprocess.Popen(self.args(*more), stdout=log, stderr=subprocess.STDOUT, text=True,
                                env=self.env(prefect_home, **env), start_new_session=True)

    def fingerprint(self) -> str:
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return content_hash(con)
        finally:
            con.close()


def kill(proc: subprocess.Popen[str]) -> None:
    """SIGKILL the run, then whatever it started (its Prefect server), as a crash would leave them."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, str]]:
    """A workspace after one complete run, and its content hash."""
    with serve_snapshot(SNAPSHOT) as (cec_url, osce_url):
        ws = Workspace(tmp_path_factory.mktemp("atomic"), cec_url, osce_url)
        done = ws.run()
        assert done.returncode == 0, done.stdout + done.stderr
        yield ws, ws.fingerprint()


def test_two_consecutive_runs_give_identical_tables(clean: tuple[Workspace, str]) -> None:
    ws, first = clean
    assert ws.run().returncode == 0
    assert ws.fingerprint() == first


def test_reparsing_replaces_exactly_the_claims_of_the_reparsed_documents(clean: tuple[Workspace, str]) -> None:
    ws, first = clean
    done = ws.run("--reparse")
    assert done.returncode == 0, done.stderr
    assert "25 parsed" in done.stdout
    assert ws.fingerprint() == first


def test_sigkill_while_publishing_leaves_the_previous_state_and_the_next_run_completes(
        clean: tuple[Workspace, str]) -> None:
    ws, first = clean
    proc = ws.start("--reparse")
    deadline = time.monotonic() + 300
    building = []
    while time.monotonic() < deadline and proc.poll() is None:
        building = list(ws.root.glob(".kzelect.duckdb.building-*"))
        if building:
            break
        time.sleep(0.01)
    kill(proc)
    assert building, "the run finished before it could be killed while publishing"
    assert ws.fingerprint() == first  # the live file was never written in place
    done = ws.run("--reparse")
    assert done.returncode == 0, done.stderr
    assert ws.fingerprint() == first
    assert not list(ws.root.glob(".kzelect.duckdb.building-*"))


def test_sigkill_early_in_a_run_leaves_a_warehouse_that_opens(clean: tuple[Workspace, str]) -> None:
    ws, first = clean
    proc = ws.start("--reparse")
    time.sleep(3)
    kill(proc)
    assert ws.fingerprint() == first


def test_a_run_refuses_clearly_while_another_holds_the_warehouse(clean: tuple[Workspace, str]) -> None:
    ws, first = clean
    lock = ws.warehouse.with_name(ws.warehouse.name + ".lock")
    with lock.open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        done = ws.run("--reparse", KZELECT_LOCK_TIMEOUT="1")
        fcntl.flock(fh, fcntl.LOCK_UN)
    assert done.returncode != 0
    assert "another kzelect run is writing" in done.stderr
    assert ws.fingerprint() == first


def test_two_concurrent_runs_both_finish_and_agree(clean: tuple[Workspace, str]) -> None:
    ws, first = clean
    procs = [ws.start("--reparse", prefect_home=f"prefect-{i}") for i in range(2)]
    codes = [p.wait(timeout=600) for p in procs]
    assert codes == [0, 0], [(ws.root / f"prefect-{i}.log").read_text()[-2000:] for i in range(2)]
    assert ws.fingerprint() == first
