"""A SIGKILL at every step of an incremental publish (warehouse/standby.py) leaves the live warehouse in the last
published state, readable, and the next runs correct: the first copies (no standby is trusted after a crash), the
one after replays again. Each publish is killed in its own process; a real `kzelect run` is killed mid-replay
too (which shows that the run took the incremental path).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzelect.mirror import serve_snapshot
from tests.conftest import ROOT, SNAPSHOT
from tests.integrity.publish_states import SEQUENCE, contents, full_copy_states, publish_paths
from tests.integrity.test_atomic_runs import Workspace, kill
from tests.integrity.test_incremental_publish import three_runs
from warehouse import load
from warehouse.load import publish
from warehouse.migrate import check_warehouse
from warehouse.standby import Standby

KILLED_PUBLISH = """
import os, signal, sys
from pathlib import Path
from tests.integrity.publish_states import SEQUENCE
from warehouse import load, standby

warehouse, step = Path(sys.argv[1]), sys.argv[2]
calls = []

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def wrap(owner, name, before=False, when=lambda *a: True):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        calls.append(name)
        if before and when(*args):
            die()
        out = real(*args, **kwargs)
        if not before and when(*args):
            die()
        return out
    setattr(owner, name, wrapper)

steps = {
    "manifest-consumed": lambda: wrap(standby.Standby, "consume"),
    "standby-taken": lambda: wrap(standby.Standby, "take"),
    "last-batch-replayed": lambda: wrap(load, "write_batch", when=lambda *a: calls.count("write_batch") == 1),
    "replay-verified": lambda: wrap(load, "verify_replay"),
    "new-batch-written": lambda: wrap(load, "write_batch", when=lambda *a: calls.count("write_batch") == 2),
    "old-standby-retired": lambda: wrap(standby.Standby, "retire"),
    "next-standby-kept": lambda: wrap(standby.Standby, "keep"),
    "swapped-in": lambda: wrap(standby.Standby, "commit", before=True),
    "manifest-staged": lambda: wrap(standby, "_write_synced", when=lambda path, data: path.name.endswith(".tmp")),
}
steps[step]()
load.INCREMENTAL_MIN_BYTES = 0
load.publish(warehouse, SEQUENCE[3], 5)
print("the publish was not killed at", step, calls)
"""
BEFORE_SWAP = ["manifest-consumed", "standby-taken", "last-batch-replayed", "replay-verified", "new-batch-written",
               "old-standby-retired", "next-standby-kept"]
AFTER_SWAP = ["swapped-in", "manifest-staged"]


@pytest.fixture(autouse=True)
def every_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "INCREMENTAL_MIN_BYTES", 0)


@pytest.fixture(scope="module")
def histories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, list[tuple]]]]:
    """The full-copy reference with the killed fourth run published, and without it."""
    tmp = tmp_path_factory.mktemp("crash-reference")
    return {"published": full_copy_states(SEQUENCE, tmp / "published"),
            "lost": full_copy_states([*SEQUENCE[:3], *SEQUENCE[4:]], tmp / "lost")}


@pytest.mark.parametrize("step", BEFORE_SWAP + AFTER_SWAP)
def test_a_sigkill_at_each_step_leaves_the_last_published_state_and_the_next_runs_correct(
        tmp_path: Path, histories: dict[str, list[dict[str, list[tuple]]]], step: str) -> None:
    warehouse = three_runs(tmp_path)
    done = subprocess.run([sys.executable, "-c", KILLED_PUBLISH, str(warehouse), step], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    check_warehouse(warehouse)  # opens, whole
    history = histories["published" if step in AFTER_SWAP else "lost"]
    state = 3 if step in AFTER_SWAP else 2  # the killed run's state once swapped in, else the one before
    assert contents(warehouse) == history[state]
    with publish_paths() as seen:
        for batch in SEQUENCE[4:]:
            state += 1
            publish(warehouse, batch, 5)
            assert contents(warehouse) == history[state]
    assert seen.taken[0] == ("full", "no standby kept by the previous publish")
    assert seen.paths[1:] == ["incremental"]
    leftovers = [p.name for p in tmp_path.iterdir() if "building" in p.name or p.name.endswith((".tmp", ".partial"))]
    assert leftovers == []
    assert len(list(tmp_path.glob(".kz.duckdb.replay-*"))) == 1


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """Two complete `kzelect run`s with every publish allowed to be incremental: a standby is kept."""
    with serve_snapshot(SNAPSHOT) as (cec_url, osce_url):
        ws = Workspace(tmp_path_factory.mktemp("incremental-runs"), cec_url, osce_url)
        for _ in range(2):
            done = ws.run(KZELECT_INCREMENTAL_PUBLISH_MIN_MB="0")
            assert done.returncode == 0, done.stdout + done.stderr
        yield ws


def test_a_run_killed_while_it_replays_onto_the_standby_leaves_the_previous_state(runs: Workspace) -> None:
    ws = runs
    first = ws.fingerprint()
    standby = Standby(ws.warehouse)
    assert standby.file.exists() and standby.manifest.exists()
    proc = ws.start("--reparse", KZELECT_INCREMENTAL_PUBLISH_MIN_MB="0")
    deadline, replaying = time.monotonic() + 300, False
    while time.monotonic() < deadline and proc.poll() is None:
        # the standby renamed to the working name: the replay (or the new batch) is being written into it
        replaying = bool(list(ws.root.glob(".kzelect.duckdb.building-*"))) and not standby.file.exists()
        if replaying:
            break
        time.sleep(0.005)
    kill(proc)
    assert replaying, "the run finished before it could be killed while publishing incrementally"
    assert ws.fingerprint() == first
    kept = os.stat(ws.warehouse).st_ino
    done = ws.run(KZELECT_INCREMENTAL_PUBLISH_MIN_MB="0")  # copies (no standby is trusted after a crash), keeps one
    assert done.returncode == 0, done.stdout + done.stderr
    assert ws.fingerprint() == first
    assert standby.manifest.exists() and os.stat(standby.file).st_ino == kept
    assert not list(ws.root.glob(".kzelect.duckdb.building-*"))
