"""Ctrl-C and SIGTERM: stop the run within seconds, leave the warehouse whole, remove temporary files.

The first signal raises `Interrupted` in the main thread (the flow ends there, Prefect records it) and arms a
short grace timer; when the grace is over, or on a second signal, the process ends at once. Publishing is
atomic (a copy built, then `os.replace`), so the warehouse is either the previous one or the completed new
one; what is removed here is only the unfinished copy and this run's half-written archive files.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import NoReturn

from kzelect.config import Settings

log = logging.getLogger(__name__)
GRACE_S = 3.0  # after the first signal: time for the flow to unwind before the process is ended
SIGNALS = (signal.SIGINT, signal.SIGTERM)
_settings: Settings | None = None
_started = time.time()
_stopping = threading.Event()
_finishing = threading.Lock()


class Interrupted(KeyboardInterrupt):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def stopping() -> bool:
    """True once a stop was asked for: long loops may stop early."""
    return _stopping.is_set()


def install() -> None:
    """Handle SIGINT and SIGTERM in this (main) thread."""
    for sig in SIGNALS:
        signal.signal(sig, _handle)


def watch(settings: Settings) -> None:
    """The warehouse and archive whose temporary files an interrupted run removes."""
    global _settings
    _settings = settings


def arm(signum: int) -> None:
    """A stop was asked for: end the process after the grace period; at once on a second signal. Also called
    by the SIGTERM handler Prefect installs while a flow runs (flows.server.chain_sigterm)."""
    if _stopping.is_set():  # a second signal: no more waiting
        finish(signum)
    _stopping.set()
    timer = threading.Timer(GRACE_S, finish, (signum,))
    timer.daemon = True
    timer.start()


def _handle(signum: int, _frame: object) -> None:
    arm(signum)
    raise Interrupted(signum)


def remove_temporary_files(settings: Settings, since: float) -> list[Path]:
    """This process's unfinished warehouse copy, and archive files half-written since `since`."""
    warehouse = Path(settings.warehouse)
    work = warehouse.with_name(f".{warehouse.name}.building-{os.getpid()}")
    removed = [p for p in (work, Path(f"{work}.wal")) if p.exists()]
    archive = Path(settings.archive)
    if archive.is_dir():
        for tmp in archive.rglob(".tmp-*"):
            try:
                if tmp.stat().st_mtime >= since - 1:
                    removed.append(tmp)
            except FileNotFoundError:  # renamed into place meanwhile
                continue
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def finish(signum: int) -> NoReturn:
    """Clean up, stop the temporary Prefect server, say so in one line, exit 128 + signal (130, 143)."""
    with _finishing:  # the grace timer and the main thread may both get here: the first one ends it
        try:
            removed = remove_temporary_files(_settings, _started) if _settings is not None else []
            server = sys.modules.get("flows.server")  # imported only by commands that started Prefect
            if server is not None:
                server.stop_server()
            what = f"; {len(removed)} temporary file(s) removed" if removed else ""
            print(f"kzelect: interrupted ({signal.Signals(signum).name}); the warehouse is whole — the previous "
                  f"one, or the new one if publishing had finished{what}", file=sys.stderr)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(128 + signum)  # worker threads may sit in a network read: do not wait for them
