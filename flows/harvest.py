"""Prefect flows: harvest both sites into the warehouse, or rebuild it from the archive.

Thin on purpose: every task calls one plain function of `kzelect.pipeline`.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from pathlib import Path
from typing import TypeVar

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from kzelect import pipeline
from kzelect.config import Settings, load_settings
from kzelect.rebuild import RebuildSummary, run_rebuild
from kzelect.summary import RunSummary
from kzelect.versions import Target, version_frame
from sources.archive import Archive
from sources.crawl import Discovery, DocumentRef, FetchRecord
from sources.progress import Progress
from warehouse.integrity import LoadRefused
from warehouse.load import WarehouseBusy, publish
from warehouse.migrate import WarehouseRefused

log = logging.getLogger(__name__)
TASK_WORKERS = 4  # threads: fetching is I/O, politeness is enforced per origin by the HTTP client

# Task retries cover unexpected crashes of a whole task; HTTP retries live in the HTTP client.
RETRYING = {"retries": 2, "retry_delay_seconds": exponential_backoff(backoff_factor=1),
            "retry_jitter_factor": 0.5, "cache_policy": NO_CACHE}


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(settings: Settings) -> Discovery:
    return pipeline.discover(settings)


# The terminal progress line of the current harvest (tasks run as threads of this process).
_progress: Progress | None = None
T = TypeVar("T")
MAX_BATCH = 50  # documents per task: N documents make about N / 50 tasks (never one per document)


def batches(items: list[T], workers: int = TASK_WORKERS, most: int = MAX_BATCH) -> list[list[T]]:
    """`items` in consecutive batches: enough to keep every worker busy, none larger than `most`."""
    size = max(1, min(most, math.ceil(len(items) / workers)))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _flat(per_batch: list[list[T]]) -> list[T]:
    return [item for batch in per_batch for item in batch]


@task(name="fetch-documents", **RETRYING)
def fetch_task(settings: Settings, refs: list[DocumentRef]) -> list[FetchRecord]:
    records = []
    for ref in refs:
        records.append(record := pipeline.fetch(settings, ref))
        if _progress is not None:
            _progress.done(ok=record.ok)
    return records


@task(name="extract-documents", **RETRYING)
def extract_task(settings: Settings, urls: list[str]) -> list[pipeline.Parsed]:
    return [pipeline.extract(settings, url) for url in urls]


@task(name="extract-versions", **RETRYING)
def extract_version_task(settings: Settings, targets: list[Target]) -> list[pipeline.Parsed]:
    archive, limits = Archive(settings.archive), pipeline.parse_budget(settings)
    return [pipeline.parse_record(archive, target.record, limits) for target in targets]


@task(name="validate-and-publish", cache_policy=NO_CACHE)
def publish_task(settings: Settings, run_id: str, started: dt.datetime, parsed: list[pipeline.Parsed],
                 fetches: list[FetchRecord], fresh: bool,
                 summary: RunSummary | None = None) -> tuple[dict[str, int], dict, str | None, dict]:
    """Rows loaded, documents refused, and why nothing was published (another run holds the warehouse)."""
    prepared = pipeline.prepare(settings, run_id, parsed, fetches, fresh=fresh)
    loaded = {t: f.height for t, f in prepared.batch.claims.items()}
    prepared.batch.versions = version_frame(settings)  # every archived document's place in its URL's history
    message = None
    if summary is not None:  # audit.runs.message says what happened, as the summary would
        summary.rows_loaded, summary.refused = loaded, prepared.refused
        message = summary.message()
    prepared.batch.audit["runs"] = pipeline.run_row(run_id, started, fetches, len(parsed), prepared, loaded, message)
    try:
        publish(settings.warehouse, prepared.batch, settings.lock_timeout_s)
    except (WarehouseBusy, WarehouseRefused, LoadRefused) as exc:  # said in one line, nothing published
        return {}, prepared.refused, str(exc), pipeline.notes(prepared)
    pipeline.keep_staged(settings, prepared.frames)
    return loaded, prepared.refused, None, pipeline.notes(prepared)


def _settings(cec_url: str | None, osce_url: str | None, warehouse: str | None, archive: str | None) -> Settings:
    return load_settings().replace(cec_url=cec_url, osce_url=osce_url,
                                   warehouse=Path(warehouse) if warehouse else None,
                                   archive=Path(archive) if archive else None)


def _finish(summary: RunSummary, settings: Settings, run_id: str, started: dt.datetime,
            parsed: list[pipeline.Parsed], fetches: list[FetchRecord], fresh: bool) -> State:
    summary.parsed = len(parsed)
    summary.rows_loaded, summary.refused, summary.error, notes = publish_task(settings, run_id, started, parsed,
                                                                              fetches, fresh, summary)
    summary.unread, summary.elections_created = notes["unread"], notes["elections_created"]
    create_markdown_artifact(summary.markdown(), key="kzelect-run-summary", description="kzelect run summary")
    return final_state(summary)


def final_state(summary: RunSummary) -> State:
    """Failed whenever `kzelect` would exit non-zero, so Prefect automations and notifications fire; the
    summary is the state's message and its data either way (`state.result(raise_on_failure=False)`)."""
    if summary.ok:
        return Completed(message=summary.message(), data=summary)
    return Failed(message=summary.message(), data=summary)


def summary_of(state: State) -> RunSummary:
    """The RunSummary a harvest or rebuild flow run ended with; a crash's exception is raised again."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


@flow(name="kzelect-harvest", task_runner=ThreadPoolTaskRunner(max_workers=TASK_WORKERS), log_prints=True)
def harvest(cec_url: str | None = None, osce_url: str | None = None, warehouse: str | None = None,
            archive: str | None = None, reparse: bool = False) -> State:
    """Crawl the CEC and OSCE sites, archive every body, extract, validate and publish the warehouse."""
    settings = _settings(cec_url, osce_url, warehouse, archive)
    run_id, started = pipeline.new_run_id(), dt.datetime.now(dt.UTC)
    global _progress
    discovery = discover_task(settings)
    log.info("discovered %d document(s) to fetch (%d deferred to the next run, %d link(s) outside the origins)",
             len(discovery.documents), len(discovery.deferred), len(set(discovery.refused_links)))
    with Progress(len(discovery.documents)) as _progress:
        fetched = _flat(fetch_task.map(settings, batches(discovery.documents)).result())
    _progress = None
    fetches = discovery.fetches + list(fetched)
    urls = pipeline.to_parse(settings, fetches, reparse=reparse)
    superseded = pipeline.superseded_to_parse(settings, reparse)
    log.info("fetched %d, of which %d new or changed; parsing %d document(s) and %d superseded version(s)",
             sum(1 for f in fetches if f.ok), sum(1 for f in fetches if f.ok and f.changed), len(urls),
             len(superseded))
    parsed = _flat(extract_task.map(settings, batches(urls)).result())
    parsed += _flat(extract_version_task.map(settings, batches(superseded)).result())
    for p in parsed:
        if p.error:
            log.info("not loaded: %s: %s", p.record.url, p.error)
    summary = RunSummary(run_id, str(settings.warehouse), documents_found=len(fetches),
                         fetched=sum(1 for f in fetches if f.ok),
                         unchanged=sum(1 for f in fetches if f.ok and not f.changed),
                         fetch_failures=[(f.url, f.error or "") for f in fetches if not f.ok and not f.deferred],
                         deferred=sum(1 for f in fetches if f.deferred),
                         refused_links=len(set(discovery.refused_links)))
    return _finish(summary, settings, run_id, started, parsed, fetches, fresh=False)


@flow(name="kzelect-rebuild", task_runner=ThreadPoolTaskRunner(max_workers=TASK_WORKERS), log_prints=True)
def rebuild(warehouse: str | None = None, archive: str | None = None, allow_shrink: bool = False,
            dry_run: bool = False) -> State:
    """Rebuild the warehouse from the raw archive alone (no network), only when that is safe."""
    settings = _settings(None, None, warehouse, archive)
    summary: RebuildSummary = run_rebuild(
        settings, allow_shrink=allow_shrink, dry_run=dry_run,
        parse_all=lambda chosen: _flat(extract_version_task.map(settings, batches(chosen)).result()))
    create_markdown_artifact(summary.markdown(), key="kzelect-rebuild-summary", description="kzelect rebuild")
    return final_state(summary)
