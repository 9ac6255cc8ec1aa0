"""The temporary Prefect API server, started so that Ctrl-C reaches kzelect and not the server.

Without `PREFECT_API_URL` Prefect 3.9 starts a uvicorn subprocess (`SubprocessASGIServer`) in the terminal's
process group: Ctrl-C killed the server first and the run went on against a dead API. Started here instead,
it runs in its own session (the terminal's SIGINT does not reach it) and dies with kzelect (PDEATHSIG), and
`stop_server` ends it explicitly when a run is interrupted.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import types
from collections.abc import Callable
from typing import Any, NoReturn

from prefect.server.api import server as server_module
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_ALLOW_EPHEMERAL_MODE
from prefect.utilities import engine as engine_utils

PR_SET_PDEATHSIG = 1


def _own_session() -> None:  # runs in the child between fork and exec
    os.setsid()
    with contextlib.suppress(OSError, AttributeError):  # not Linux: it still stops via atexit / stop_server
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class _IsolatedPopen(subprocess.Popen):  # type: ignore[type-arg]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, preexec_fn=_own_session, **kwargs)


def _isolated_command(self: SubprocessASGIServer) -> subprocess.Popen[Any]:
    shim = types.SimpleNamespace(**{**vars(subprocess), "Popen": _IsolatedPopen})
    original = server_module.subprocess
    server_module.subprocess = shim  # type: ignore[assignment]
    try:
        return SubprocessASGIServer._run_uvicorn_command(self)
    finally:
        server_module.subprocess = original


def start_server() -> SubprocessASGIServer | None:
    """Start the temporary server now, from the main thread, isolated from terminal signals.
    None when a real server is configured (`PREFECT_API_URL`) or ephemeral mode is off."""
    if PREFECT_API_URL.value() or not PREFECT_SERVER_ALLOW_EPHEMERAL_MODE.value():
        return None
    server = SubprocessASGIServer()
    if not server.running:
        server._run_uvicorn_command = types.MethodType(_isolated_command, server)  # type: ignore[method-assign]
        server.start()
    return server


def stop_server(wait_s: float = 1.0) -> None:
    """Stop the temporary server if this process started one (an interrupted run exits without atexit).
    The process is exiting: the server gets `wait_s` to end on SIGTERM, then SIGKILL, not Prefect's 5 s."""
    for key, server in list(SubprocessASGIServer._instances.items()):
        process = server.server_process
        if process is None:
            continue
        process.terminate()
        try:
            process.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            process.kill()
        server.server_process = None
        SubprocessASGIServer._instances.pop(key, None)


def chain_sigterm(first: Callable[[int], None]) -> None:
    """While a flow runs, Prefect replaces the SIGTERM handler with its own (it raises TerminationSignal, and
    re-sends the signal only after the flow has unwound, which waits for running tasks). Call `first` (the
    CLI's stop timer) before Prefect's handler, so SIGTERM ends the run as promptly as Ctrl-C."""
    prefect_handler = engine_utils._prefect_sigterm_handler
    if getattr(prefect_handler, "chained", False):
        return

    def handler(sig_num: int, *args: object) -> NoReturn:
        first(sig_num)
        prefect_handler(sig_num, *args)

    handler.chained = True  # type: ignore[attr-defined]
    engine_utils._prefect_sigterm_handler = handler  # every use in that module reads this global
