"""Prefect flow for election night: the `kzelect watch` loop under a worker (deployment `election-night-watch`).

Thin on purpose: the loop and each change's processing are plain Python (kzelect.watch), so an idle cycle costs
one conditional request per listing page whether it runs here or from the CLI. The flow run is the whole night:
one log line per cycle; cancel the run (or stop the worker) to end it — a running cycle is atomic when it
publishes, so the warehouse stays whole.
"""

from __future__ import annotations

import threading
from pathlib import Path

from prefect import flow

from kzelect import watch
from kzelect.config import load_settings


@flow(name="kzelect-watch", log_prints=True)
def election_night(cec_url: str | None = None, osce_url: str | None = None, warehouse: str | None = None,
                   archive: str | None = None, interval_s: float | None = None, cycles: int | None = None) -> int:
    """Poll the CEC listings every `interval_s` (Settings.watch_interval_s) and publish each new release, until
    cancelled or after `cycles` cycles; returns the cycles run."""
    settings = load_settings().replace(cec_url=cec_url, osce_url=osce_url, watch_interval_s=interval_s,
                                       warehouse=Path(warehouse) if warehouse else None,
                                       archive=Path(archive) if archive else None)
    watcher, stop = watch.Watcher(settings), threading.Event()

    def report(cycle: watch.Cycle) -> None:
        print(cycle.line())  # log_prints: the flow run's log
        if cycles is not None and watcher.cycles >= cycles:
            stop.set()

    return watch.run(watcher, settings.watch_interval_s, report, stop)
