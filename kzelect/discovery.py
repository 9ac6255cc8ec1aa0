"""Finding and fetching documents: the listings walked, the archive's known documents revisited, the fetch
order. Plain functions, called by the flows' tasks (and by `kzelect watch`).

`harvest` is what a run does: discovery and fetching as one pipeline. Each CEC language's listing and the OSCE
country page are walked by a thread of their own, and every document a walk finds is handed at once to its
origin's fetchers (a queue and `fetch_workers` threads per origin: one origin's backlog never holds another's
connections), so an origin's few connections stay busy from the first listing page to the last document instead
of waiting for every listing to be walked first. `discover` is the same discovery, walked one page after
another, without fetching (what tests and benchmarks time step by step).

Stopping: every walk and fetch asks, before each request, whether a stop was asked for (a signal:
kzelect.interrupts, or a failure elsewhere in the pipeline), and the calling (main) thread waits in steps of
`POLL_S`, so SIGINT is handled within one step even while other threads sit in a network read — a wait without a
timeout would hold the handler until the awaited thread finished.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from kzelect import interrupts
from kzelect.config import Settings
from sources.archive import Archive
from sources.crawl import (
    HTML_TYPES,
    PDF_TYPES,
    Discovery,
    DocumentRef,
    FetchRecord,
    cap_documents,
    discover_cec,
    discover_osce,
    fetch_into_archive,
)
from sources.http import HttpClient
from sources.progress import Progress

log = logging.getLogger(__name__)
POLL_S = 0.2  # the main thread's wait step: a signal is handled between two (kzelect.interrupts)
SOURCES = ("cec", "osce")


@functools.lru_cache(maxsize=4)
def http_client(settings: Settings) -> HttpClient:
    """One client per settings, shared by every task of the process: politeness limits are per origin."""
    return HttpClient(settings.http, [settings.cec_url, settings.osce_url])


def discover(settings: Settings) -> Discovery:
    """Every listing walked, one page after another, nothing fetched but the pages walked."""
    client, archive, found = http_client(settings), Archive(settings.archive), Discovery()
    cec = functools.partial(settings.canonical_url, source="cec")
    osce = functools.partial(settings.canonical_url, source="osce")
    discover_cec(client, archive, settings.cec_url, settings.cec_languages, settings.max_listing_pages, found,
                 canonical=cec, max_links=settings.max_links_per_listing)
    discover_osce(client, archive, settings.osce_url, settings.osce_country_path, found, canonical=osce)
    found.documents.extend(known_documents(settings, archive, found))
    _cap(settings, archive, found)
    return found


def _cap(settings: Settings, archive: Archive, found: Discovery,
         started: Callable[[DocumentRef], bool] | None = None) -> None:
    cap_documents(found, settings.max_documents_per_run,
                  lambda ref: archive.record_for(settings.canonical_url(ref.url, ref.source)) is not None, started)
    found.fetches.extend(found.deferred_records(settings.canonical_url))  # audit.fetches: what waits a run


REVISITED_ROLES = ("release", "report")


def known_documents(settings: Settings, archive: Archive, found: Discovery) -> list[DocumentRef]:
    """Archived documents the listings no longer link: asked for again, so a removed one is seen (404)
    and marked gone, and a changed one gets its new version."""
    linked = {settings.canonical_url(ref.url, ref.source)
              for ref in [*found.documents, *(ref for ref, _cap in found.deferred)]}
    refs = []
    for record in archive.records():
        role = record.hints.get("role")
        if role in REVISITED_ROLES and record.url not in linked and record.url.startswith("http"):
            linked.add(record.url)
            hints = {k: v for k, v in record.hints.items() if k != "role"}
            refs.append(DocumentRef(settings.fetch_url(record.url, record.source), record.source, role, hints))
    return refs


def fetch(settings: Settings, ref: DocumentRef) -> FetchRecord:
    expect = PDF_TYPES if ref.role == "report" else HTML_TYPES
    record, _body = fetch_into_archive(http_client(settings), Archive(settings.archive), ref.url,
                                       source=ref.source, role=ref.role, hints=ref.hints, expect=expect,
                                       canonical_url=settings.canonical_url(ref.url, ref.source))
    if record.error:
        log.info("fetch failed: %s: %s", ref.url, record.error)  # summarised once, by cause, at the end
    return record


@dataclass
class Harvest:
    """What a run's discovery and fetching did: `fetched` holds one record per `discovery.documents`, in order."""

    discovery: Discovery
    fetched: list[FetchRecord]

    @property
    def fetches(self) -> list[FetchRecord]:
        """Every row of audit.fetches: pages walked, what a cap deferred, documents fetched."""
        return self.discovery.fetches + self.fetched


def harvest(settings: Settings, progress: Progress | None = None) -> Harvest:
    """Discover and fetch as one pipeline (see the module's docstring). Within `max_documents_per_run` the result
    is `discover`'s, in the same order, each document fetched once; past it, the documents already being fetched
    when the walks crossed the cap count against it first, then the cap's own order (never archived, newest)."""
    return _Pipeline(settings, progress).run()


def _key(ref: DocumentRef) -> tuple[str, str]:
    return ref.source, ref.url


class _Stream(Discovery):
    """One walk's findings; each document found goes to the fetchers at once."""

    def __init__(self, offer: Callable[[DocumentRef], None]) -> None:
        super().__init__()
        self._offer = offer

    def add(self, ref: DocumentRef) -> None:
        super().add(ref)
        self._offer(ref)


class _Pipeline:
    def __init__(self, settings: Settings, progress: Progress | None) -> None:
        self.settings, self.progress = settings, progress
        self.client, self.archive = http_client(settings), Archive(settings.archive)
        self.stop = threading.Event()
        self.lock = threading.RLock()  # `offer` submits under it
        self.offered = 0  # documents found so far: past the cap, they wait for the cap's ranking
        self.fetching: dict[tuple[str, str], Future[FetchRecord]] = {}
        self.pools = {source: ThreadPoolExecutor(settings.fetch_workers, thread_name_prefix=f"fetch-{source}")
                      for source in SOURCES}

    def stopping(self) -> bool:
        return self.stop.is_set() or interrupts.stopping()

    def run(self) -> Harvest:
        walks = ThreadPoolExecutor(len(self.settings.cec_languages) + 1, thread_name_prefix="walk")
        try:
            cec = [_Stream(self.offer) for _lang in self.settings.cec_languages]
            osce = _Stream(self.offer)
            self.wait([*(walks.submit(self.walk_cec, lang, found)
                         for lang, found in zip(self.settings.cec_languages, cec, strict=True)),
                       walks.submit(self.walk_osce, osce)])
            streams = [*cec, osce]
            found = _merged(streams)  # the walks' order (languages, then the OSCE), whatever their timing
            for ref in known_documents(self.settings, self.archive, found):
                found.add(ref)
                self.offer(ref)
            _cap(self.settings, self.archive, found, started=lambda ref: _key(ref) in self.fetching)
            for ref in found.documents:
                self.submit(ref)  # what the cap kept and the walks could not yet hand on
            self.wait(self.fetching.values())
            return Harvest(found, [self.fetching[_key(ref)].result() for ref in found.documents])
        except BaseException:
            self.stop.set()  # the walks and fetchers end before their next request
            raise
        finally:
            stopped = self.stop.is_set()
            for pool in [walks, *self.pools.values()]:
                pool.shutdown(wait=not stopped, cancel_futures=stopped)  # a stop does not wait for a read

    def walk_cec(self, lang: str, found: Discovery) -> None:
        discover_cec(self.client, self.archive, self.settings.cec_url, (lang,), self.settings.max_listing_pages,
                     found, canonical=functools.partial(self.settings.canonical_url, source="cec"),
                     max_links=self.settings.max_links_per_listing, stopping=self.stopping)

    def walk_osce(self, found: Discovery) -> None:
        discover_osce(self.client, self.archive, self.settings.osce_url, self.settings.osce_country_path, found,
                      canonical=functools.partial(self.settings.canonical_url, source="osce"), stopping=self.stopping)

    def offer(self, ref: DocumentRef) -> None:
        with self.lock:
            self.offered += 1
            if self.offered <= self.settings.max_documents_per_run:
                self.submit(ref)

    def submit(self, ref: DocumentRef) -> None:
        with self.lock:
            if _key(ref) in self.fetching or self.stop.is_set():
                return
            self.fetching[_key(ref)] = self.pools[ref.source].submit(self.fetch, ref)
        if self.progress is not None:
            self.progress.found(1)

    def fetch(self, ref: DocumentRef) -> FetchRecord:
        if self.stopping():
            return FetchRecord(self.settings.canonical_url(ref.url, ref.source), ref.source, None, 0,
                               "not requested: the run was stopped", role=ref.role, fetched_url=ref.url)
        record = fetch(self.settings, ref)
        if self.progress is not None:
            self.progress.done(ok=record.ok)
        return record

    def wait(self, futures: Iterable[Future]) -> None:
        """Until all are done, in steps of POLL_S (a signal's handler runs between two); a failure is raised."""
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_EXCEPTION)
            for future in done:
                future.result()


def _merged(parts: list[Discovery]) -> Discovery:
    found = Discovery()
    for part in parts:
        found.documents += part.documents
        found.fetches += part.fetches
        found.refused_links += part.refused_links
        found.deferred += part.deferred
    return found
