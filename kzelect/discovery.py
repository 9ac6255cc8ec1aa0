"""Finding and fetching documents: the listings walked, the archive's known documents revisited, the fetch
order. Plain functions, called by the flows' tasks (and by `kzelect watch`)."""

from __future__ import annotations

import functools
import logging

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

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def http_client(settings: Settings) -> HttpClient:
    """One client per settings, shared by every task of the process: politeness limits are per origin."""
    return HttpClient(settings.http, [settings.cec_url, settings.osce_url])


def discover(settings: Settings) -> Discovery:
    client, archive, found = http_client(settings), Archive(settings.archive), Discovery()
    cec = functools.partial(settings.canonical_url, source="cec")
    osce = functools.partial(settings.canonical_url, source="osce")
    discover_cec(client, archive, settings.cec_url, settings.cec_languages, settings.max_listing_pages, found,
                 canonical=cec, max_links=settings.max_links_per_listing)
    discover_osce(client, archive, settings.osce_url, settings.osce_country_path, found, canonical=osce)
    found.documents.extend(known_documents(settings, archive, found))
    cap_documents(found, settings.max_documents_per_run,
                  lambda ref: archive.record_for(settings.canonical_url(ref.url, ref.source)) is not None)
    found.fetches.extend(found.deferred_records(settings.canonical_url))  # audit.fetches: what waits a run
    return found


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
