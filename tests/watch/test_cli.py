"""`kzelect watch` as a process: a cycle line each poll, SIGTERM ends it between cycles with the warehouse whole,
no Prefect server is ever started; `--once` reports a dead site in one line and exits non-zero. And the flow."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from pathlib import Path

from tests.conftest import KZELECT
from tests.watch.conftest import Night


def _env(night: Night) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KZELECT_", "PREFECT_"))}
    return {**env, "KZELECT_CEC_URL": night.site.base_url, "KZELECT_WAREHOUSE": str(night.warehouse),
            "KZELECT_ARCHIVE": str(night.root / "archive"), "KZELECT_HTTP_MAX_ATTEMPTS": "1",
            "PREFECT_HOME": str(night.root / "prefect")}


def _lines_until(proc: subprocess.Popen[str], n: int, timeout_s: float) -> list[str]:
    lines: list[str] = []
    done = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if len(lines) >= n:
                done.set()
        done.set()

    threading.Thread(target=read, daemon=True).start()
    done.wait(timeout_s)
    return lines


def test_sigterm_ends_the_watch_between_cycles_and_no_prefect_server_is_started(night: Night) -> None:
    before = night.fingerprint()
    proc = subprocess.Popen([str(KZELECT), "watch", "--interval", "0.5"], env=_env(night), cwd=night.root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = _lines_until(proc, 2, timeout_s=120)
        assert len(lines) >= 2, (lines, proc.poll())
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    stderr = proc.stderr.read() if proc.stderr else ""
    assert code == 0, stderr
    assert "watch stopped (SIGTERM)" in stderr and "the warehouse is whole" in stderr
    assert all(line.startswith("watch cycle ") and "changed 0, loaded 0 rows" in line for line in lines), lines
    assert night.fingerprint() == before
    assert not list((night.root / "prefect").rglob("*.db")), "a Prefect server (its SQLite) was started"


def test_once_against_a_dead_site_says_so_in_one_line_and_exits_non_zero(night: Night) -> None:
    night.site.stop()
    done = subprocess.run([str(KZELECT), "watch", "--once"], env=_env(night), cwd=night.root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("watch cycle 1:") and "connection refused" in lines[0]


def test_the_flow_runs_the_same_cycles(night: Night) -> None:
    from flows.watch import election_night

    url = night.add("eng", 9438)
    cycles = election_night.fn(cec_url=night.site.base_url, warehouse=str(night.warehouse),
                               archive=str(Path(night.root / "archive")), interval_s=0.2, cycles=2)
    assert cycles == 2
    assert night.query("SELECT count(*) FROM marts.results WHERE url = ?", url) == [(2,)]
