"""Bounded discovery: a listing with 20,000 release links yields at most the cap, the overflow is recorded
(audit.fetches, 'deferred') and left for the next run, never-archived documents newest first."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kzelect import pipeline
from kzelect.config import HttpSettings, Settings
from sources.crawl import Discovery, DocumentRef, cap_documents

LINKS = 20_000
LISTING = "/rus/news/releases/index.php"


def huge_listing() -> bytes:
    day = dt.date(2026, 11, 30)
    items = "".join(f'<div><span>{(day - dt.timedelta(days=i // 50)):%d.%m.%Y}</span>'
                    f'<a href="{LISTING}?ID={100000 - i}">Сообщение {i}</a></div>' for i in range(LINKS))
    return f"<html><head><title>Пресс-релизы</title></head><body>{items}</body></html>".encode()


class HugeListing(BaseHTTPRequestHandler):
    body = huge_listing()

    def do_GET(self) -> None:
        if self.path == LISTING:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), HugeListing)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_20000_link_listing_is_capped_and_the_rest_deferred(site: str, tmp_path: Path) -> None:
    settings = Settings(cec_url=site, osce_url=site, warehouse=tmp_path / "kz.duckdb", archive=tmp_path / "a",
                        cec_languages=("rus",), max_links_per_listing=40, max_documents_per_run=30,
                        http=HttpSettings(max_attempts=1, respect_robots_txt=False))
    found = pipeline.discover(settings)
    assert len(found.documents) == 30
    deferred = [f for f in found.fetches if f.deferred]
    assert len(deferred) == LINKS - 30
    assert all(f.status is None and f.attempts == 0 and "left for the next run" in (f.note or "") for f in deferred)
    caps = {cap for _ref, cap in found.deferred}
    assert caps == {"max_links_per_listing", "max_documents_per_run"}
    assert [f for f in found.fetches if f.role == "listing" and f.ok]  # the listing itself: archived as a listing
    newest = max(ref.hints["published_on"] or "" for ref in found.documents)
    assert newest == "2026-11-30"


def ref(n: int, published: str | None) -> DocumentRef:
    return DocumentRef(f"https://www.election.gov.kz/rus/news/releases/index.php?ID={n}", "cec", "release",
                       {"published_on": published})


def test_the_cap_keeps_never_archived_documents_newest_first() -> None:
    found = Discovery(documents=[ref(1, "2024-01-05"), ref(2, "2026-03-01"), ref(3, None), ref(4, "2025-07-07"),
                                 ref(5, "2026-05-01")])
    archived = {ref(5, None).url}
    cap_documents(found, 3, lambda r: r.url in archived)
    assert [r.url[-1] for r in found.documents] == ["2", "4", "1"]  # 5 is archived: it waits behind the new ones
    assert [(r.url[-1], cap) for r, cap in found.deferred] == [("3", "max_documents_per_run"),
                                                                ("5", "max_documents_per_run")]
