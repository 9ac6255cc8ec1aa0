"""Where the parsing tasks run, chosen by `Settings.task_runner`: the flow's own threads, or Dask worker processes
through prefect-dask (a local cluster of `dask_workers` processes, or the scheduler at `dask_address`).

Only parsing moves. Fetching stays on the flow's threads: it is I/O (threads suffice), it drives the terminal
progress line (a global of the flow process), and per-origin politeness lives in one HTTP client per process —
fetching on N workers would allow N times the concurrency per origin that the sites were promised.
Parsing tasks get settings and archive paths only, so any worker that sees the archive's filesystem (at the same
absolute path) can run them.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType

from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from kzelect.config import Settings

log = logging.getLogger(__name__)
TASK_WORKERS = 4  # threads of the flow process: fetching is I/O, politeness is enforced per origin by the client
CONNECT_TIMEOUT_S = 10.0  # reaching a scheduler, and its first worker
BATCHES_PER_SLOT = 2  # batches per Dask worker thread: each task costs Prefect ~0.3 s of worker CPU here
WARM_MODULE = "flows.harvest"  # what a worker imports to unpickle a parsing task (~5 s here): done while fetching
# In the flow process: the local scheduler's per-event INFO lines, and the nanny's warning that it killed a worker
# slower than 4 s to stop at the end of the run (seen here on a loaded machine; every result was in by then).
DASK_LOGGERS = {"distributed": logging.WARNING, "tornado": logging.WARNING, "distributed.nanny": logging.ERROR}


class RunnerUnavailable(RuntimeError):
    """The configured Dask cluster cannot be used: one line naming it and why."""


def thread_runner() -> ThreadPoolTaskRunner:
    return ThreadPoolTaskRunner(max_workers=TASK_WORKERS)


@dataclass
class ParseRunner:
    """Where this run parses. `task_runner` None: in the flow's own thread pool (no nested flow run)."""

    settings: Settings  # what parsing tasks receive: with absolute paths when they run in other processes
    where: str  # for logs and errors: "threads", "a local Dask cluster of 2 processes", "the Dask scheduler at …"
    slots: int = TASK_WORKERS  # parsing tasks that run at once
    task_runner: TaskRunner | None = None
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, repr=False)

    @property
    def batch_count(self) -> int:
        """How many batches to cut the documents into (see `flows.harvest.batches`)."""
        return self.slots if self.task_runner is None else self.slots * BATCHES_PER_SLOT

    def __enter__(self) -> ParseRunner:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stack.close()


def open_parse_runner(settings: Settings) -> ParseRunner:
    """The runner `settings` ask for, started: a local cluster is up and warming, a scheduler was reached and has
    a worker. Raises RunnerUnavailable (one line) when it cannot be had; close it with `with runner:`."""
    if settings.task_runner == "threads":
        return ParseRunner(settings, "threads")
    from prefect_dask import DaskTaskRunner

    for name, level in DASK_LOGGERS.items():
        logging.getLogger(name).setLevel(max(logging.getLogger(name).getEffectiveLevel(), level))
    # Workers resolve relative paths against their own working directory: send absolute ones.
    settings = settings.replace(archive=settings.archive.resolve(), warehouse=settings.warehouse.resolve())
    runner = ParseRunner(settings, "")
    try:
        if settings.dask_address:
            address, runner.where = settings.dask_address, f"the Dask scheduler at {settings.dask_address}"
        else:
            runner.where = f"a local Dask cluster of {settings.dask_workers} processes"
            address = runner._stack.enter_context(_local_cluster(settings.dask_workers, runner.where))
        runner.slots = _reach(address, runner.where, runner._stack)
        runner._stack.enter_context(_api_for_workers())
    except BaseException:
        runner._stack.close()
        raise
    # The scheduler's address, never a cluster object: Prefect duplicates the runner for each flow run, and a
    # duplicate keeps the address but would start a cluster of its own in place of a `cluster=` it was given.
    runner.task_runner = DaskTaskRunner(address=address, client_kwargs={"timeout": CONNECT_TIMEOUT_S})
    log.info("parsing on %s (%d worker thread(s))", runner.where, runner.slots)
    return runner


@contextlib.contextmanager
def _local_cluster(workers: int, where: str) -> Iterator[str]:
    """A LocalCluster of `workers` single-threaded processes (parsing holds the GIL); yields its address."""
    from distributed import LocalCluster

    # Worker processes read dask's logging level from the environment at start: their per-event INFO lines off.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    try:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR, scheduler_port=0)
    except Exception as exc:
        raise RunnerUnavailable(f"{where} could not be started: {_first_line(exc)}") from exc
    try:
        yield cluster.scheduler_address
    finally:
        with contextlib.suppress(Exception):  # a cluster that fails to stop must not hide the run's outcome
            cluster.close(timeout=CONNECT_TIMEOUT_S)


def _reach(address: str, where: str, stack: contextlib.ExitStack) -> int:
    """Connect to the scheduler and wait for a worker (else one line), start every worker importing the flow
    module in the background, and return the worker threads. The client stays open while the run lasts."""
    import distributed

    try:
        client = stack.enter_context(distributed.Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False))
    except Exception as exc:  # OSError (refused, unknown host, timed out), a bad address (ValueError)
        raise RunnerUnavailable(f"cannot reach {where}: {_first_line(exc)}") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
    except Exception:
        raise RunnerUnavailable(f"{where} has no worker (waited {CONNECT_TIMEOUT_S:g} s)") from None
    threads = client.nthreads()
    # `exec` returns None (nothing to keep); the futures stay referenced until the run ends, else Dask cancels them.
    warming = [client.submit(exec, f"import {WARM_MODULE}", {}, workers=[worker], pure=False)
               for worker in threads]
    stack.callback(warming.clear)
    return max(1, sum(threads.values()))


@contextlib.contextmanager
def _api_for_workers() -> Iterator[None]:
    """Dask workers report their task runs to this process's Prefect API. Without `PREFECT_API_URL` that is the
    temporary server of this process: name it in the settings the tasks carry to the workers, or each worker
    would start a temporary server of its own (seconds each, and task runs recorded nowhere the flow sees)."""
    if PREFECT_API_URL.value():
        yield
        return
    from flows.server import start_server

    server = start_server()  # this process's temporary server (already running in a flow run)
    if server is None:
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

