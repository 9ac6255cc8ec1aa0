"""What the scale benchmarks share: serving a generated corpus, and the pipeline's run without Prefect.

`plain_harvest` does what the `kzelect-harvest` flow does (discover, fetch with the flow's worker count,
parse, stage and gate, publish), as plain calls of `kzelect.pipeline`, and times each step: it is both the
check that a generated corpus loads and the baseline that shows what Prefect itself costs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kzelect import pipeline
from kzelect.config import Settings, load_settings
from kzelect.mirror import serve_tree
from kzelect.versions import version_frame
from warehouse.load import publish

FETCH_WORKERS = 4  # flows/harvest.py's TASK_WORKERS: threads that fetch, each waiting for a per-origin slot


@dataclass
class HarvestTimes:
    """Seconds per step of one run, and what it did."""

    discover_s: float = 0.0
    fetch_s: float = 0.0
    parse_s: float = 0.0
    prepare_s: float = 0.0
    publish_s: float = 0.0
    requests: int = 0  # listing pages, election pages and documents requested (robots.txt not counted)
    documents: int = 0  # documents parsed
    refused: dict[str, list] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def wall_s(self) -> float:
        return self.discover_s + self.fetch_s + self.parse_s + self.prepare_s + self.publish_s


@contextlib.contextmanager
def served(root: Path, latency_s: float = 0.0) -> Iterator[tuple[str, str]]:
    """A mirror tree's cec/ and osce/ on two loopback ports: (cec_url, osce_url)."""
    with serve_tree(Path(root) / "cec", latency_s=latency_s) as cec, \
            serve_tree(Path(root) / "osce", latency_s=latency_s) as osce:
        yield cec, osce


def settings_for(cec_url: str, osce_url: str, home: Path) -> Settings:
    """The run's settings with the served base URLs and a warehouse and archive of its own under `home`."""
    return load_settings().replace(cec_url=cec_url, osce_url=osce_url, warehouse=home / "kzelect.duckdb",
                                   archive=home / "archive")


def plain_harvest(settings: Settings, workers: int = FETCH_WORKERS) -> HarvestTimes:
    """One harvest as the flow runs it, without Prefect; each step timed."""
    times, clock = HarvestTimes(), time.perf_counter()
    run_id, started = pipeline.new_run_id(), dt.datetime.now(dt.UTC)
    discovery = pipeline.discover(settings)
    times.discover_s, clock = time.perf_counter() - clock, time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        fetched = list(pool.map(lambda ref: pipeline.fetch(settings, ref), discovery.documents))
    times.fetch_s, clock = time.perf_counter() - clock, time.perf_counter()
    fetches = discovery.fetches + fetched
    times.requests = sum(1 for f in fetches if not f.deferred)
    parsed = [pipeline.extract(settings, url) for url in pipeline.to_parse(settings, fetches)]
    parsed += [pipeline.parse_record(pipeline.Archive(settings.archive), t.record, pipeline.parse_budget(settings))
               for t in pipeline.superseded_to_parse(settings)]
    times.documents = len(parsed)
    times.parse_s, clock = time.perf_counter() - clock, time.perf_counter()
    prepared = pipeline.prepare(settings, run_id, parsed, fetches)
    prepared.batch.versions = version_frame(settings)
    loaded = {t: f.height for t, f in prepared.batch.claims.items()}
    prepared.batch.audit["runs"] = pipeline.run_row(run_id, started, fetches, len(parsed), prepared, loaded, None)
    times.prepare_s, clock = time.perf_counter() - clock, time.perf_counter()
    publish(settings.warehouse, prepared.batch, settings.lock_timeout_s)
    times.publish_s = time.perf_counter() - clock
    times.refused, times.rows = prepared.refused, loaded
    return times
