"""`kzelect dashboard`: the archived-document server on a second port, and Streamlit on the first, both on
loopback by default, both reading the warehouse read-only."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
from pathlib import Path

from dashboard.documents import DocumentServer

log = logging.getLogger(__name__)

APP = Path(__file__).resolve().parent / "app.py"
DEFAULT_PORT = 8501
PORT_ENV = "KZELECT_DASHBOARD_PORT"
DEFAULT_ADDRESS = "127.0.0.1"


def dashboard_port(flag: int | None, env: dict[str, str] | None = None) -> int:
    """--port, else $KZELECT_DASHBOARD_PORT, else 8501."""
    env = os.environ if env is None else env
    if flag is not None:
        return flag
    raw = env.get(PORT_ENV)
    if raw is None or raw == "":
        return DEFAULT_PORT
    try:
        port = int(raw)
    except ValueError:
        raise ValueError(f"{PORT_ENV}={raw!r} is not a port number") from None
    if not 0 < port < 65536:
        raise ValueError(f"{PORT_ENV}={raw!r} is not a port number")
    return port


def streamlit_command(port: int, address: str) -> list[str]:
    # headless: no browser opened, no e-mail prompt; no usage statistics; no file watcher (nothing is edited)
    return [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
            "--server.address", address, "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none", "--global.developmentMode", "false",
            "--client.toolbarMode", "viewer"]


def serve(warehouse: Path, archive: Path, port: int, address: str = DEFAULT_ADDRESS,
          documents_port: int = 0) -> int:
    """Serve until Ctrl-C (or until Streamlit exits); returns Streamlit's exit code."""
    documents = DocumentServer(warehouse.resolve(), archive.resolve(), host=address, port=documents_port).start()
    env = {**os.environ, "KZELECT_WAREHOUSE": str(warehouse.resolve()), "KZELECT_ARCHIVE": str(archive.resolve()),
           "KZELECT_DOCUMENTS_URL": documents.url}
    print(f"dashboard: http://{address}:{port}  (warehouse {warehouse}, read-only; archived documents at "
          f"{documents.url})", flush=True)
    if not warehouse.is_file():
        print(f"note: no warehouse at {warehouse} yet; the pages say so until `make run` publishes one", flush=True)
    child = subprocess.Popen(streamlit_command(port, address), env=env)
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=10)
        if child.poll() is None:
            child.kill()
        return 130
    finally:
        documents.stop()
