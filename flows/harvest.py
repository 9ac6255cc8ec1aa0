"""Prefect flows: harvest both sites into the warehouse, or rebuild it from the archive.

Thin on purpose: every task calls one plain function of `kzelect.pipeline`.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from pathlib import Path
from typing import TypeVar

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed, State
from prefect.tasks import exponential_backoff

from flows.runner import TASK_WORKERS, ParseRunner, RunnerUnavailable, open_parse_runner, thread_runner
from kzelect import pipeline
from kzelect.config import Settings, load_settings
from kzelect.publishing import validate_and_publish
from kzelect.rebuild import RebuildSummary, run_rebuild
from kzelect.summary import RunSummary
from kzelect.versions import Target
from sources.archive import Archive
from sources.crawl import FetchRecord
from sources.progress import Progress

log = logging.getLogger(__name__)

# Task retries cover unexpected crashes of a whole task; HTTP retries live in the HTTP client.
RETRYING = {"retries": 2, "retry_delay_seconds": exponential_backoff(backoff_factor=1),
            "retry_jitter_factor": 0.5, "cache_policy": NO_CACHE}


@task(name="discover-and-fetch", cache_policy=NO_CACHE)
def harvest_task(settings: Settings) -> pipeline.Harvest:
    """The listings walked and the documents fetched as one pipeline (kzelect.discovery.harvest), in this
    thread: it waits in short steps, so Ctrl-C is handled at once while fetching threads sit in a read."""
    with Progress() as progress:  # the terminal line: documents done / found so far
        return pipeline.harvest(settings, progress)


T = TypeVar("T")
MAX_BATCH = 50  # documents per task: N documents make about N / 50 tasks (never one per document)


def batches(items: list[T], workers: int = TASK_WORKERS, most: int = MAX_BATCH) -> list[list[T]]:
    """`items` in consecutive batches: enough to keep every worker busy, none larger than `most`."""
    size = max(1, min(most, math.ceil(len(items) / workers)))
    return [items[i:i + size] for i in range(0, len(items), size)]


def dealt(items: list[T], workers: int = TASK_WORKERS, most: int = MAX_BATCH) -> list[list[T]]:
    """As many batches as `batches` makes, the items dealt round-robin: neighbours (a vote's heavy PDFs, listed
    together) land in different batches, so parallel workers finish together. `undealt` restores the order."""
    count = len(batches(items, workers, most))
    return [items[i::count] for i in range(count)]


def undealt(per_batch: list[list[T]]) -> list[T]:
    out: list[T] = [None] * sum(len(b) for b in per_batch)  # type: ignore[list-item]
    for i, batch in enumerate(per_batch):
        out[i::len(per_batch)] = batch
    return out


@task(name="extract-documents", **RETRYING)
def extract_task(settings: Settings, urls: list[str]) -> list[pipeline.Parsed]:
    return [pipeline.extract(settings, url) for url in urls]


@task(name="extract-versions", **RETRYING)
def extract_version_task(settings: Settings, targets: list[Target]) -> list[pipeline.Parsed]:
    archive, limits = Archive(settings.archive), pipeline.parse_budget(settings)
    return [pipeline.parse_record(archive, target.record, limits) for target in targets]


@flow(name="kzelect-parse", validate_parameters=False, log_prints=True)
def parse_flow(settings: Settings, url_batches: list[list[str]],
               target_batches: list[list[Target]]) -> tuple[list[list[pipeline.Parsed]], list[list[pipeline.Parsed]]]:
    """Parsing on a task runner other than the flow's threads (Dask): a nested flow run. In Prefect 3 a flow run's
    task runner is the one its flow was given when the run started, and the outer flow's must stay threads (see
    flows/runner.py); `parse_flow.with_options(task_runner=…)` is Prefect's documented way to run one step
    elsewhere: the runner starts and stops with this run, whose task runs show as its children in the UI. It costs
    one more flow run (~1 s), paid only when parsing leaves the flow process."""
    return _parse_batches(settings, url_batches, target_batches)


def _parse_batches(settings: Settings, url_batches: list[list[str]], target_batches: list[list[Target]]
                   ) -> tuple[list[list[pipeline.Parsed]], list[list[pipeline.Parsed]]]:
    current, superseded = extract_task.map(settings, url_batches), extract_version_task.map(settings, target_batches)
    return current.result(), superseded.result()  # both submitted before either is waited for


def parse(runner: ParseRunner, urls: list[str], targets: list[Target]) -> list[pipeline.Parsed]:
    """Every document of `urls` and every superseded version of `targets`, parsed where `runner` says."""
    url_batches, target_batches = dealt(urls, runner.batch_count), dealt(targets, runner.batch_count)
    started = time.perf_counter()
    try:
        if runner.task_runner is None:
            current, superseded = _parse_batches(runner.settings, url_batches, target_batches)
            return undealt(current) + undealt(superseded)
        try:
            current, superseded = parse_flow.with_options(task_runner=runner.task_runner)(
                runner.settings, url_batches, target_batches)
            return undealt(current) + undealt(superseded)
        except Exception as exc:  # parsers never raise (pipeline.parse_record): a worker died, the scheduler left
            log.info("parsing on %s failed", runner.where, exc_info=True)
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise RunnerUnavailable(f"parsing on {runner.where} failed: {type(exc).__name__}: {first}") from exc
    finally:
        log.info("parsed %d document(s) on %s in %.1f s", len(urls) + len(targets), runner.where,
                 time.perf_counter() - started)


@task(name="validate-and-publish", cache_policy=NO_CACHE)
def publish_task(settings: Settings, run_id: str, started: dt.datetime, parsed: list[pipeline.Parsed],
                 fetches: list[FetchRecord], fresh: bool,
                 summary: RunSummary | None = None) -> tuple[dict[str, int], dict, str | None, dict]:
    """Rows loaded, documents refused, and why nothing was published (another run holds the warehouse)."""
    done = validate_and_publish(settings, run_id, started, parsed, fetches, fresh=fresh, summary=summary)
    return done.loaded, done.refused, done.reason, done.notes


def _settings(cec_url: str | None, osce_url: str | None, warehouse: str | None, archive: str | None,
              task_runner: str | None = None) -> Settings:
    return load_settings().replace(cec_url=cec_url, osce_url=osce_url,
                                   warehouse=Path(warehouse) if warehouse else None,
                                   archive=Path(archive) if archive else None, task_runner=task_runner)


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


def _unavailable(settings: Settings, exc: RunnerUnavailable, kind: type[RunSummary] = RunSummary,
                 **fields: bool) -> State:
    """A task runner that cannot be had ends the run in one line (the CLI's reason), nothing published."""
    return final_state(kind(pipeline.new_run_id(), str(settings.warehouse), error=str(exc), **fields))


@flow(name="kzelect-harvest", task_runner=thread_runner(), log_prints=True)
def harvest(cec_url: str | None = None, osce_url: str | None = None, warehouse: str | None = None,
            archive: str | None = None, reparse: bool = False, task_runner: str | None = None) -> State:
    """Crawl the CEC and OSCE sites, archive every body, extract, validate and publish the warehouse.
    `task_runner` ("threads" | "dask") overrides the setting of that name for where parsing runs."""
    settings = _settings(cec_url, osce_url, warehouse, archive, task_runner)
    try:  # before anything is fetched: a scheduler that cannot be reached costs no traffic
        runner = open_parse_runner(settings)
    except RunnerUnavailable as exc:
        return _unavailable(settings, exc)
    with runner:
        try:
            return _harvest(settings, runner, reparse)
        except RunnerUnavailable as exc:
            return _unavailable(settings, exc)


def _harvest(settings: Settings, runner: ParseRunner, reparse: bool) -> State:
    run_id, started = pipeline.new_run_id(), dt.datetime.now(dt.UTC)
    harvested = harvest_task(settings)
    discovery, fetches = harvested.discovery, harvested.fetches
    log.info("discovered %d document(s) to fetch (%d deferred to the next run, %d link(s) outside the origins)",
             len(discovery.documents), len(discovery.deferred), len(set(discovery.refused_links)))
    urls = pipeline.to_parse(settings, fetches, reparse=reparse)
    superseded = pipeline.superseded_to_parse(settings, reparse)
    log.info("fetched %d, of which %d new or changed; parsing %d document(s) and %d superseded version(s)",
             sum(1 for f in fetches if f.ok), sum(1 for f in fetches if f.ok and f.changed), len(urls),
             len(superseded))
    parsed = parse(runner, urls, superseded)
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


@flow(name="kzelect-rebuild", task_runner=thread_runner(), log_prints=True)
def rebuild(warehouse: str | None = None, archive: str | None = None, allow_shrink: bool = False,
            dry_run: bool = False, task_runner: str | None = None) -> State:
    """Rebuild the warehouse from the raw archive alone (no network), only when that is safe."""
    settings = _settings(None, None, warehouse, archive, task_runner)
    try:
        runner = open_parse_runner(settings)
    except RunnerUnavailable as exc:
        return _unavailable(settings, exc, RebuildSummary, dry_run=dry_run)
    with runner:
        try:
            summary: RebuildSummary = run_rebuild(settings, allow_shrink=allow_shrink, dry_run=dry_run,
                                                  parse_all=lambda chosen: parse(runner, [], chosen))
        except RunnerUnavailable as exc:
            return _unavailable(settings, exc, RebuildSummary, dry_run=dry_run)
    create_markdown_artifact(summary.markdown(), key="kzelect-rebuild-summary", description="kzelect rebuild")
    return final_state(summary)
