"""`kzelect watch`: election night. Poll the first pages of the CEC release listings, conditionally, every
`watch_interval_s`; publish each new or changed release at once.

An idle cycle costs one conditional request per listing page (`watch_listing_pages` × `cec_languages`, the
archive's ETag / Last-Modified; robots.txt is read once per HTTP client) and reads nothing else: no release,
no warehouse, no Prefect. Only a listing page that changed makes its linked releases be fetched (conditionally:
the unchanged ones answer 304), and only new or changed bodies are parsed, validated and published.

A change is processed by the plain pipeline functions (`kzelect.pipeline`), in this process, not by a Prefect
flow: a flow needs an API, and without a real server each flow run would first start the temporary one (~6 s
warm, ~12 s cold, STACK.md) — a tenth to a fifth of the minute election night allows, for a change of a few
documents that takes about a second to process. Keeping one temporary server up for the whole night instead
would hold a uvicorn process and its SQLite for hours to record a handful of runs. Every publish still writes
its `audit.runs` row, and under a worker the watch itself is one flow run (flows/watch.py) with one log line
per cycle.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import signal
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from kzelect import interrupts, pipeline
from kzelect.config import Settings
from kzelect.publishing import NOT_PUBLISHED, validate_and_publish
from kzelect.summary import RunSummary, fetch_cause
from sources.archive import Archive
from sources.crawl import HTML_TYPES, DocumentRef, FetchRecord, ListingPage, fetch_into_archive, poll_cec_listings
from sources.http import HttpClient
from warehouse.load import read_state

log = logging.getLogger(__name__)
# After SIGINT/SIGTERM a running cycle may finish (a first change also builds the GX suites: seconds); past this,
# or on a second signal, the process ends at once (kzelect.interrupts.finish: temporary files removed).
STOP_GRACE_S = 30.0


@dataclass
class Cycle:
    """What one poll did: the line the watch prints, and the numbers the benchmark reads."""

    number: int
    polled: int = 0  # listing pages requested
    not_modified: int = 0  # of which answered 304
    changed: int = 0  # of which served a new body
    fetched: int = 0  # releases requested (linked from a changed page, new, or left over from a failed cycle)
    parsed: int = 0
    requests: int = 0  # HTTP requests sent, retries included (robots.txt not counted)
    rows_loaded: dict[str, int] = field(default_factory=dict)
    run_id: str | None = None  # set when something was published
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def loaded(self) -> int:
        return sum(self.rows_loaded.values())

    def line(self) -> str:
        head = f"watch cycle {self.number}: polled {self.polled} ({self.not_modified} not modified), " \
               f"changed {self.changed}"
        if self.error:  # a refused claim set: the rest of the change was published (run_id set)
            published = f", loaded {self.loaded} rows" if self.run_id else ""
            return f"{head}{published}; failed: {self.error}"
        detail = ", ".join(f"{t} {n}" for t, n in self.rows_loaded.items() if n)
        rows = f"loaded {self.loaded} rows" + (f" ({detail})" if detail else "")
        releases = f", {self.fetched} release(s) fetched, {self.parsed} parsed" if self.fetched or self.parsed else ""
        return f"{head}{releases}, {rows}; {self.requests} request(s), {self.seconds:.2f} s"


class Watcher:
    """The state a watch keeps between cycles: its HTTP client and the releases still to process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.archive = Archive(settings.archive)
        self.cycles = 0
        # canonical URL → release whose fetch or publish failed: requested again next cycle even when its
        # listing answers 304 (the listing's new version is archived already).
        self.pending: dict[str, DocumentRef] = {}
        self._client: HttpClient | None = None
        self._loaded_ids: set[str] | None = None
        self._canonical = functools.partial(settings.canonical_url, source="cec")

    def _http(self) -> HttpClient:
        if self._client is None:
            s = self.settings
            self._client = HttpClient(s.http, [s.cec_url, s.osce_url])
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def cycle(self) -> Cycle:
        """One poll; never raises for a site that is down or a warehouse that refuses (said in `error`)."""
        self.cycles += 1
        cycle, started = Cycle(self.cycles), time.monotonic()
        try:
            self._poll(cycle)
        except NOT_PUBLISHED as exc:
            cycle.error = _first_line(exc)
        except Exception as exc:  # a bug in one cycle must not end election night: said, and the next one runs
            log.error("watch cycle %d crashed:\n%s", cycle.number, traceback.format_exc())
            cycle.error = f"unexpected {type(exc).__name__}: {_first_line(exc)}"
        if cycle.error:
            # robots.txt read while the site was down means "fetch nothing" for the client's life: start afresh.
            self.close()
        cycle.seconds = time.monotonic() - started
        return cycle

    def _poll(self, cycle: Cycle) -> None:
        s, client = self.settings, self._http()
        retry = dict(self.pending)  # left by a failed cycle: processed again whatever their listing says
        pages = poll_cec_listings(client, self.archive, s.cec_url, s.cec_languages, s.watch_listing_pages,
                                  canonical=self._canonical)
        cycle.polled = len(pages)
        cycle.not_modified = sum(1 for p in pages if p.record.status == 304)
        cycle.changed = sum(1 for p in pages if p.changed)
        refs = self._to_fetch(pages, retry)
        releases: list[FetchRecord] = []
        if refs:
            with ThreadPoolExecutor(max_workers=min(s.fetch_workers, len(refs))) as pool:
                releases = list(pool.map(functools.partial(self._fetch, client), refs))
        fetches = [p.record for p in pages] + releases
        cycle.fetched, cycle.requests = len(refs), sum(f.attempts for f in fetches)
        for ref, record in zip(refs, releases, strict=True):
            self.pending.pop(record.url, None)
            if not record.ok:
                self.pending[record.url] = ref
        try:
            self._publish(cycle, fetches, retry)
        except NOT_PUBLISHED:  # new bodies archived, not published: the next cycles parse them again
            for ref, record in zip(refs, releases, strict=True):
                if record.ok and (record.changed or record.url in retry):
                    self.pending[record.url] = ref
            for page in pages:
                if page.changed or (page.record.ok and page.record.url in retry):
                    self.pending[page.record.url] = DocumentRef(page.record.fetched_url or page.record.url, "cec",
                                                                "listing", {"language": page.language})
            raise
        for page in pages:
            if page.record.ok:
                self.pending.pop(page.record.url, None)
        if (failures := [f for f in fetches if not f.ok]) and cycle.error is None:
            cycle.error = _fetch_failures(failures)

    def _to_fetch(self, pages: list[ListingPage], retry: dict[str, DocumentRef]) -> list[DocumentRef]:
        """Every release a changed page links; on any page, one never archived; what a failed cycle left;
        and on the first cycle, an archived release the warehouse does not hold (a watch stopped mid-way)."""
        chosen: dict[str, DocumentRef] = {}
        for page in pages:
            for ref in page.releases:
                url = self._canonical(ref.url)
                record = self.archive.record_for(url)
                if page.changed or record is None or (self.cycles == 1 and record.document_id not in self._loaded()):
                    chosen.setdefault(url, ref)
        polled = {page.record.url for page in pages}
        for url, ref in retry.items():
            if url not in polled:  # a listing page left over is polled anyway: requested once
                chosen.setdefault(url, ref)
        return list(chosen.values())

    def _loaded(self) -> set[str]:
        """Documents the warehouse holds (any extractor version): read on the first cycle only."""
        if self._loaded_ids is None:
            self._loaded_ids = {doc for doc, _version in read_state(self.settings.warehouse)[0]}
        return self._loaded_ids

    def _to_parse(self, fetches: list[FetchRecord], retry: dict[str, DocumentRef]) -> list[str]:
        """New or changed bodies, what a failed cycle left, and on the first cycle what the warehouse lacks.
        (Not `pipeline.to_parse`: that also re-parses every quarantined document it sees, and a changed listing
        would then re-report old refusals on every change of election night.)"""
        urls: dict[str, str] = {}  # document_id → the first URL serving it
        for f in fetches:
            if f.ok and (f.changed or f.url in retry or (self.cycles == 1 and f.document_id not in self._loaded())):
                urls.setdefault(f.document_id or "", f.url)
        return list(urls.values())

    def _fetch(self, client: HttpClient, ref: DocumentRef) -> FetchRecord:
        record, _body = fetch_into_archive(client, self.archive, ref.url, source="cec", role=ref.role,
                                           hints=ref.hints, expect=HTML_TYPES, canonical_url=self._canonical(ref.url))
        return record

    def _publish(self, cycle: Cycle, fetches: list[FetchRecord], retry: dict[str, DocumentRef]) -> None:
        """Parse what is new, validate, publish; nothing to parse, nothing written."""
        urls = self._to_parse(fetches, retry)
        if not urls:
            return
        parsed = [pipeline.extract(self.settings, url) for url in urls]
        cycle.parsed, run_id = len(parsed), pipeline.new_run_id()
        summary = RunSummary(run_id, str(self.settings.warehouse), documents_found=len(fetches),
                             fetched=sum(1 for f in fetches if f.ok),
                             unchanged=sum(1 for f in fetches if f.ok and not f.changed),
                             fetch_failures=[(f.url, f.error or "") for f in fetches if not f.ok],
                             parsed=len(parsed))
        cycle.rows_loaded, refused = publish_change(self.settings, run_id, parsed, fetches, summary)
        cycle.run_id = run_id  # published
        if refused:
            cycle.error = summary.reason  # published without the refused claim sets (audit.quarantine)
        self._loaded_ids = None


def publish_change(settings: Settings, run_id: str, parsed: list[pipeline.Parsed], fetches: list[FetchRecord],
                   summary: RunSummary) -> tuple[dict[str, int], dict]:
    """Validate and publish one change, as the harvest's publish step does; (rows loaded, refused claim sets).
    A warehouse that cannot take it raises (one of NOT_PUBLISHED) and is left as it was."""
    done = validate_and_publish(settings, run_id, dt.datetime.now(dt.UTC), parsed, fetches, summary=summary,
                                message_prefix="watch: ")
    if done.error is not None:
        raise done.error
    return done.loaded, done.refused


def run(watcher: Watcher, interval_s: float, report: Callable[[Cycle], None], stop: threading.Event,
        once: bool = False) -> int:
    """Cycle every `interval_s` (measured start to start) until `stop` is set; returns the cycles run.
    `stop` is checked only between cycles: a cycle is never cut by the loop (see kzelect.interrupts)."""
    if not once:  # the first change must not also pay for loading Great Expectations (15 s on a busy machine)
        from expectations.gate import warm_up_in_background

        warm_up_in_background("watch")
    try:
        while not stop.is_set():
            began = time.monotonic()
            report(watcher.cycle())
            if once:
                break
            stop.wait(max(0.0, interval_s - (time.monotonic() - began)))
    finally:
        watcher.close()
    return watcher.cycles


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _fetch_failures(failures: list[FetchRecord]) -> str:
    causes: dict[str, int] = {}
    for f in failures:
        causes[fetch_cause(f.error or "")] = causes.get(fetch_cause(f.error or ""), 0) + 1
    what = ", ".join(f"{n} {cause}" for cause, n in causes.items())
    return f"{len(failures)} page(s) could not be fetched ({what}; first: {failures[0].url})"


def stop_on_signals(grace_s: float = STOP_GRACE_S) -> threading.Event:
    """SIGINT and SIGTERM set the returned event: the loop stops between cycles, a running cycle completes.
    Call from the main thread. A second signal, or `grace_s` without the loop returning, ends the process now."""
    stop = threading.Event()

    def handle(signum: int, _frame: object) -> None:
        if stop.is_set():
            interrupts.finish(signum)
        stop.signum = signum  # type: ignore[attr-defined]
        stop.set()
        timer = threading.Timer(grace_s, interrupts.finish, (signum,))
        timer.daemon = True  # the loop returned first: the process exits normally, the timer with it
        timer.start()

    for sig in interrupts.SIGNALS:
        signal.signal(sig, handle)
    return stop


def stop_signal(stop: threading.Event) -> str:
    signum = getattr(stop, "signum", None)
    return signal.Signals(signum).name if signum is not None else "stopped"
