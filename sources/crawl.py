"""Discovery by crawling: CEC release listings (per language, with pagination) and the OSCE country
page → election pages → documents. Only links inside the allowed origins are followed; the others
are counted as refused. Every page fetched here is archived like any document.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urljoin, urlsplit

from sources.archive import Archive
from sources.html_text import read_html
from sources.http import FetchResult, HttpClient, Validators

log = logging.getLogger(__name__)

RELEASE_ID_RE = re.compile(r"[?&]ID=\d+")
PAGINATION_KEY_RE = re.compile(r"^PAGEN_\d+$")
HTML_TYPES = ("text/html",)
PDF_TYPES = ("application/pdf",)


@dataclass(frozen=True)
class DocumentRef:
    """A document to fetch, with what the page that linked it said about it."""

    url: str
    source: str
    role: str  # 'release' | 'report'
    hints: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class FetchRecord:
    """One URL's outcome in this run: what `audit.fetches` records."""

    url: str  # canonical: the document's URL on the real site
    source: str
    status: int | None
    attempts: int
    error: str | None = None
    byte_size: int | None = None
    document_id: str | None = None
    changed: bool = False  # a new body (not a 304, not the same bytes as last time)
    role: str | None = None
    fetched_url: str | None = None  # the URL actually requested (`url` is the document's canonical one)
    note: str | None = None  # what else happened: an archived body repaired, a document gone from the site
    deferred: bool = False  # not requested this run (over a discovery cap): left for the next one

    @property
    def ok(self) -> bool:
        return self.document_id is not None and self.error is None


@dataclass
class Discovery:
    documents: list[DocumentRef] = field(default_factory=list)
    fetches: list[FetchRecord] = field(default_factory=list)
    refused_links: list[str] = field(default_factory=list)  # outside the allowed origins
    deferred: list[tuple[DocumentRef, str]] = field(default_factory=list)  # (document, which cap) for next run

    def add(self, ref: DocumentRef) -> None:
        """A document found (a pipelined harvest also starts fetching it here: kzelect.discovery)."""
        self.documents.append(ref)

    def defer(self, ref: DocumentRef, cap: str) -> None:
        self.deferred.append((ref, cap))

    def deferred_records(self, canonical: Callable[[str, str], str] | None = None) -> list[FetchRecord]:
        """audit.fetches rows for what a cap left for the next run (status NULL, no attempt)."""
        return [FetchRecord(canonical(ref.url, ref.source) if canonical else ref.url, ref.source, None, 0,
                            role=ref.role, fetched_url=ref.url, deferred=True,
                            note=f"deferred: over {cap}; left for the next run")
                for ref, cap in self.deferred]


def cap_documents(found: Discovery, max_documents: int, archived: Callable[[DocumentRef], bool],
                  started: Callable[[DocumentRef], bool] | None = None) -> None:
    """Keep at most `max_documents` to fetch this run: documents never archived first, each group newest first
    (by the date its listing gave); the rest is deferred, so the next run starts where this one stopped.
    `started`: what a pipelined harvest began fetching before the walks showed the cap exceeded; kept first."""
    if len(found.documents) <= max_documents:
        return
    ranked = sorted(found.documents, key=lambda ref: ref.hints.get("published_on") or "", reverse=True)
    ranked.sort(key=archived)  # stable: never-archived first, each group still newest first (undated last)
    if started is not None:
        ranked.sort(key=lambda ref: not started(ref))
    found.documents = ranked[:max_documents]
    for ref in ranked[max_documents:]:
        found.defer(ref, "max_documents_per_run")
    log.warning("discovery: %d document(s) over max_documents_per_run=%d, left for the next run",
                len(ranked) - max_documents, max_documents)


GONE_STATUSES = (404, 410)


def fetch_into_archive(
    client: HttpClient,
    archive: Archive,
    url: str,
    *,
    source: str,
    role: str,
    hints: dict[str, str | None] | None = None,
    expect: tuple[str, ...] | None = None,
    canonical_url: str | None = None,
) -> tuple[FetchRecord, bytes | None]:
    """Fetch one URL and archive a new body before returning; the archive knows it by `canonical_url`.

    The request is conditional only when the archived body is intact: a missing or corrupt body is fetched
    again unconditionally (else the server's 304 would keep it broken for good) and the record says so.
    A 404/410 for an archived URL marks it gone: its versions, and so its claims, are kept."""
    key = canonical_url or url
    previous = archive.record_for(key)
    note = None
    validators = None
    if previous is not None:
        state = archive.object_state(previous.document_id)
        if state == "ok":
            validators = Validators(previous.etag, previous.last_modified)
        else:
            note = f"archived body {previous.document_id} was {state}: fetched again unconditionally"
            log.warning("%s: %s", key, note)
    result: FetchResult = client.fetch(url, validators, expect_types=expect)
    if result.not_modified and previous is not None and validators is not None:
        if previous.gone_since:
            archive.mark_present(key)
        return FetchRecord(key, source, 304, result.attempts, None, previous.byte_size, previous.document_id,
                           changed=False, role=role, fetched_url=url, note=note), archive.read(previous.document_id)
    if result.status in GONE_STATUSES and previous is not None:
        gone = archive.mark_gone(key)
        since = gone.gone_since if gone else None
        return FetchRecord(key, source, result.status, result.attempts, None, previous.byte_size,
                           previous.document_id, changed=False, role=role, fetched_url=url,
                           note=f"gone since {since}: its archived versions and claims are kept"), None
    if not result.ok or result.body is None:
        error = result.error or f"HTTP {result.status}"
        return FetchRecord(key, source, result.status, result.attempts, error, role=role, fetched_url=url,
                           note=note), None
    merged_hints = {**(previous.hints if previous else {}), **(hints or {}), "role": role}
    record = archive.store(key, result.body, source=source, content_type=result.content_type,
                           etag=result.etag, last_modified=result.last_modified, hints=merged_hints,
                           fetched_url=url)
    changed = previous is None or previous.document_id != record.document_id
    return FetchRecord(key, source, result.status, result.attempts, None, record.byte_size,
                       record.document_id, changed=changed, role=role, fetched_url=url, note=note), result.body


def _same_listing(url: str, listing_path: str) -> bool:
    parts = urlsplit(url)
    if parts.path.rstrip("/") not in {listing_path.rstrip("/"), listing_path.rsplit("/", 1)[0]}:
        return False
    keys = set(parse_qs(parts.query))
    return bool(keys) and all(PAGINATION_KEY_RE.match(k) for k in keys)


def _same(url: str) -> str:
    return url


def _never() -> bool:
    return False


@dataclass(frozen=True)
class ListingPage:
    """One CEC listing page as walked: its fetch, and the releases it links in page order, each once (read from
    the new body, or from the archived one when the site answered 304)."""

    record: FetchRecord
    language: str
    releases: tuple[DocumentRef, ...] = ()
    refused: tuple[str, ...] = ()  # links outside the allowed origins
    read: bool = True  # False: no body to read (failed, or gone from the site)

    @property
    def changed(self) -> bool:
        return self.record.ok and self.record.changed


class ListingWalk:
    """One language's CEC release listing, page by page: the first page, then the pages it and each later page
    link (`?PAGEN_1=N`), in the order linked, each once, at most `max_pages`.

    Every page goes through `fetch_into_archive`, so the archive is the walk's conditional-request state: a page
    archived intact is asked for with its ETag / Last-Modified, and a 304 is read from the archived body. The
    harvest walks up to `max_listing_pages` and goes on past a page it cannot fetch (`discover_cec`); election
    night walks the first `watch_listing_pages` and stops there (`poll_cec_listings`). `stopping` is asked before
    every request: a stopped walk ends between two pages."""

    def __init__(self, client: HttpClient, archive: Archive, base_url: str, language: str, max_pages: int, *,
                 canonical: Callable[[str], str] = _same, stop_at_failure: bool = False,
                 stopping: Callable[[], bool] = _never) -> None:
        self.client, self.archive, self.language, self.max_pages = client, archive, language, max_pages
        self.listing_path = f"/{language}/news/releases/index.php"
        self.first_url = urljoin(base_url, self.listing_path)
        self.canonical, self.stop_at_failure, self.stopping = canonical, stop_at_failure, stopping
        self.truncated = False  # set when `max_pages` ended the walk with linked pages left

    def __iter__(self) -> Iterator[ListingPage]:
        queue, seen = [self.first_url], set()
        while queue and len(seen) < self.max_pages:
            if self.stopping():
                return
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            record, body = fetch_into_archive(self.client, self.archive, url, source="cec", role="listing",
                                              hints={"language": self.language}, expect=HTML_TYPES,
                                              canonical_url=self.canonical(url))
            if body is None:
                yield ListingPage(record, self.language, read=False)
                if self.stop_at_failure:
                    return
                continue
            releases: dict[str, DocumentRef] = {}
            refused: list[str] = []
            for link in read_html(body).links:
                target = urljoin(url, link.href).split("#")[0]
                if not self.client.is_allowed(target):
                    refused.append(target)
                elif urlsplit(target).path == self.listing_path and RELEASE_ID_RE.search(target):
                    published = link.date_before.isoformat() if link.date_before else None
                    releases.setdefault(target, DocumentRef(target, "cec", "release", {
                        "title": link.text or None, "published_on": published, "language": self.language}))
                elif _same_listing(target, self.listing_path) and target not in seen:
                    queue.append(target)
            yield ListingPage(record, self.language, tuple(releases.values()), tuple(refused))
        self.truncated = any(url not in seen for url in queue)


def discover_cec(client: HttpClient, archive: Archive, base_url: str, languages: tuple[str, ...],
                 max_pages: int, found: Discovery, canonical: Callable[[str], str] = _same,
                 max_links: int | None = None, stopping: Callable[[], bool] = _never) -> None:
    """Walk each language's release listing through its pagination, collecting release links (at most
    `max_links` new ones per listing page; the rest deferred to the next run)."""
    for lang in languages:
        walk = ListingWalk(client, archive, base_url, lang, max_pages, canonical=canonical, stopping=stopping)
        releases: set[str] = set()  # a release linked again on a later page (the listing moved meanwhile): once
        deferred_before = len(found.deferred)
        for page in walk:
            found.fetches.append(page.record)
            found.refused_links.extend(page.refused)
            if not page.read:
                log.info("CEC listing %s: %s", page.record.fetched_url, page.record.error or page.record.note)
                continue
            followed = 0
            for ref in page.releases:
                if ref.url in releases:
                    continue
                releases.add(ref.url)
                followed += 1
                if max_links is not None and followed > max_links:
                    found.defer(ref, "max_links_per_listing")
                else:
                    found.add(ref)
        if walk.truncated:
            log.warning("CEC %s listing: stopped after %d pages (max_listing_pages)", lang, max_pages)
        if len(found.deferred) > deferred_before:
            log.warning("CEC %s listing: %d release link(s) over max_links_per_listing=%s, left for the next run",
                        lang, len(found.deferred) - deferred_before, max_links)


def poll_cec_listings(client: HttpClient, archive: Archive, base_url: str, languages: tuple[str, ...],
                      pages: int, canonical: Callable[[str], str] = _same) -> list[ListingPage]:
    """The first `pages` pages of each language's release listing, each fetched once, conditionally: election
    night polls only where new releases appear. A page that cannot be fetched ends its language's walk."""
    return [page for lang in languages
            for page in ListingWalk(client, archive, base_url, lang, pages, canonical=canonical, stop_at_failure=True)]


def discover_osce(client: HttpClient, archive: Archive, base_url: str, country_path: str,
                  found: Discovery, canonical: Callable[[str], str] = _same,
                  stopping: Callable[[], bool] = _never) -> None:
    """Country page → each election page → the documents (PDFs) it lists."""
    country_url = urljoin(base_url, country_path)
    if stopping():
        return
    record, body = fetch_into_archive(client, archive, country_url, source="osce", role="country_page",
                                      expect=HTML_TYPES, canonical_url=canonical(country_url))
    found.fetches.append(record)
    if body is None:
        log.info("OSCE country page %s: %s", country_url, record.error or record.note)  # counted in the summary
        return
    election_re = re.compile(re.escape(country_path.rstrip("/")) + r"/\d+/?$")
    election_pages: list[tuple[str, str]] = []
    for link in read_html(body).links:
        target = urljoin(country_url, link.href).split("#")[0]
        if not client.is_allowed(target):
            found.refused_links.append(target)
        elif election_re.search(urlsplit(target).path) and target not in dict(election_pages):
            election_pages.append((target, link.text))
    seen_docs: set[str] = set()
    for page_url, page_title in election_pages:
        if stopping():
            return
        record, body = fetch_into_archive(client, archive, page_url, source="osce", role="election_page",
                                          hints={"title": page_title}, expect=HTML_TYPES,
                                          canonical_url=canonical(page_url))
        found.fetches.append(record)
        if body is None:
            continue
        page = read_html(body)
        for link in page.links:
            target = urljoin(page_url, link.href).split("#")[0]
            if not urlsplit(target).path.lower().endswith(".pdf"):
                continue
            if not client.is_allowed(target):
                found.refused_links.append(target)
            elif target not in seen_docs:
                seen_docs.add(target)
                published = link.date_before.isoformat() if link.date_before else None
                found.add(DocumentRef(target, "osce", "report", {
                    "title": link.text or None, "published_on": published,
                    "election_page": page.title or page_title, "language": "en"}))
