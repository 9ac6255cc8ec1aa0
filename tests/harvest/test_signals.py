"""Ctrl-C in the middle of a run: the terminal's SIGINT goes to the whole foreground process group. The run
must stop within seconds, exit 130, say so in one line and leave the previous warehouse byte for byte, with
no temporary copy beside it and no temporary Prefect server left behind."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import threading
import time
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from kzelect.mirror import MirrorHandler
from tests.conftest import KZELECT, SNAPSHOT

DOCUMENT_DELAY_S = 3.0  # each release or report answers slowly: the run is mid-fetch for a long while


class SlowMirror(MirrorHandler):
    seen = threading.Event()

    def do_GET(self) -> None:
        if "ID=" in self.path or self.path.endswith(".pdf"):
            SlowMirror.seen.set()
            time.sleep(DOCUMENT_DELAY_S)
        super().do_GET()


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SlowMirror, root=root))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def prefect_servers(home: Path) -> set[int]:
    """Temporary Prefect servers running on `home` (other runs on this machine have their own)."""
    out = subprocess.run(["pgrep", "-f", "prefect.server.api.server:create_app"], capture_output=True, text=True)
    found = set()
    for pid in map(int, out.stdout.split()):
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:  # ended meanwhile
            continue
        if f"PREFECT_HOME={home}".encode() in environ:
            found.add(pid)
    return found


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("prefect")  # shared: a cold Prefect home costs its migrations once


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["sigint", "sigterm"])
def test_a_signal_mid_fetch_stops_the_run_and_keeps_the_warehouse(tmp_path: Path, prefect_home: Path,
                                                                   sig: signal.Signals, code: int) -> None:
    warehouse, archive = tmp_path / "kzelect.duckdb", tmp_path / "archive"
    home = prefect_home
    env = {**os.environ, "PREFECT_HOME": str(home)}
    migrated = subprocess.run([str(KZELECT), "migrate", "--warehouse", str(warehouse)], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
    assert migrated.returncode == 0, migrated.stderr
    before = digest(warehouse)
    cec, cec_url = serve(SNAPSHOT / "cec")
    osce, osce_url = serve(SNAPSHOT / "osce")
    SlowMirror.seen.clear()
    try:
        run = subprocess.Popen([str(KZELECT), "run", "--cec-url", cec_url, "--osce-url", osce_url,
                                "--warehouse", str(warehouse), "--archive", str(archive)],
                               env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)  # its own group, as a terminal's foreground job
        assert SlowMirror.seen.wait(180), "the run never reached the documents"
        time.sleep(0.5)
        os.killpg(run.pid, sig)  # what the terminal does on Ctrl-C: the whole foreground group
        try:
            out, err = run.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            pytest.fail("the run did not stop within 10 s of the signal")
    finally:
        cec.shutdown()
        osce.shutdown()
    assert run.returncode == code, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines[-1].startswith("kzelect: interrupted"), err
    assert "Traceback" not in err, err
    assert digest(warehouse) == before  # the previous warehouse, byte for byte
    assert not list(tmp_path.glob(".kzelect.duckdb.building-*"))
    assert not list(archive.rglob(".tmp-*")) if archive.exists() else True
    assert "Ctrl-C" not in out
    time.sleep(1)
    assert not prefect_servers(home)  # the temporary Prefect server went with the run


PUBLISH_SLOWLY = """
import sys, time
from pathlib import Path
from kzelect import interrupts, pipeline
from kzelect.config import Settings
from warehouse import load

settings = Settings(warehouse=Path(sys.argv[1]), archive=Path(sys.argv[2]))
batch = pipeline.prepare(settings, pipeline.new_run_id(), [], []).batch
real = load.write_batch

def slow_write(con, batch):
    loaded = real(con, batch)
    print("building", flush=True)  # the copy holds the new state; os.replace has not happened
    time.sleep(60)
    return loaded

load.write_batch = slow_write
interrupts.install()
interrupts.watch(settings)
try:
    load.publish(settings.warehouse, batch, 5)
except interrupts.Interrupted as exc:
    interrupts.finish(exc.signum)
"""


def test_a_signal_mid_publish_leaves_the_previous_warehouse(tmp_path: Path) -> None:
    warehouse, archive = tmp_path / "kzelect.duckdb", tmp_path / "archive"
    migrated = subprocess.run([str(KZELECT), "migrate", "--warehouse", str(warehouse)], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
    assert migrated.returncode == 0, migrated.stderr
    before = digest(warehouse)
    script = tmp_path / "publish_slowly.py"
    script.write_text(PUBLISH_SLOWLY)
    run = subprocess.Popen([str(KZELECT.with_name("python")), str(script), str(warehouse), str(archive)],
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert run.stdout is not None and run.stdout.readline().strip() == "building"
    assert list(tmp_path.glob(".kzelect.duckdb.building-*"))  # mid-publish: the copy exists
    run.send_signal(signal.SIGINT)
    try:
        _out, err = run.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        run.kill()
        pytest.fail("publishing did not stop within 10 s of the signal")
    assert run.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert digest(warehouse) == before
    assert not list(tmp_path.glob(".kzelect.duckdb.building-*"))
