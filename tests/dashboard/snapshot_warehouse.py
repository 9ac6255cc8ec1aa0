"""A warehouse built from the bundled snapshot, once per test session (as the end-to-end test builds it):
the snapshot served on loopback, `kzelect run` into a temporary folder. Shared by tests/dashboard and tests/docs."""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kzelect.mirror import serve_snapshot
from tests.conftest import KZELECT, SNAPSHOT


@dataclass(frozen=True)
class Built:
    warehouse: Path
    archive: Path


_built: Built | None = None


def snapshot_warehouse() -> Built:
    """The session's snapshot warehouse, built on first use; fails with the run's output if the run fails."""
    global _built
    if _built is None:
        tmp = Path(tempfile.mkdtemp(prefix="kzelect-snapshot-warehouse-"))
        warehouse, archive = tmp / "kzelect.duckdb", tmp / "archive"
        env = {**os.environ, "KZELECT_PREFECT_HOME": str(tmp / "prefect"), "PREFECT_HOME": str(tmp / "prefect")}
        with serve_snapshot(SNAPSHOT) as (cec_url, osce_url):
            done = subprocess.run([str(KZELECT), "run", "--cec-url", cec_url, "--osce-url", osce_url,
                                   "--warehouse", str(warehouse), "--archive", str(archive)],
                                  capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
        _built = Built(warehouse, archive)
    return _built
