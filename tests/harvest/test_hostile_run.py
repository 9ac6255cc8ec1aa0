"""A whole harvest against a hostile copy of the sites: flaky, broken, endless, silent and redirecting
documents. The run must finish quickly, keep every document it could fetch, record every one it could
not, and re-run with conditional requests. Plain pipeline functions, no Prefect."""

from __future__ import annotations

import dataclasses
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from kzelect import pipeline
from kzelect.config import HttpSettings, Settings
from kzelect.mirror import MirrorHandler
from sources.crawl import FetchRecord
from tests.conftest import SNAPSHOT
from warehouse.load import publish

EXTRA_RELEASES = range(8001, 8011)  # healthy "other" releases added to the copy, so faults are a minority
FAULTS = {
    "/rus/news/releases/index.php?ID=5104": "flaky",  # 503 twice, then the page
    "/rus/news/releases/index.php?ID=5090": "missing",  # 404
    "/rus/news/releases/index.php?ID=5085": "truncated",  # Content-Length larger than the body
    "/rus/news/releases/index.php?ID=5098": "offsite",  # redirect to another origin
    "/files/f/documents/1/0/420353.pdf": "endless",  # hundreds of megabytes
    "/rus/news/releases/index.php?ID=5102": "silent",  # does not answer
}


@dataclass
class Hostile:
    faults_on: bool = True
    requests: list[tuple[str, bool]] = field(default_factory=list)  # (path, conditional)
    flaky_left: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: threading.Event = field(default_factory=threading.Event)


def hostile_handler(root: Path, state: Hostile, offsite_url: str) -> type[BaseHTTPRequestHandler]:
    class Handler(MirrorHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, root=root, **kwargs)  # type: ignore[arg-type]

        def do_GET(self) -> None:
            conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
            with state.lock:
                state.requests.append((self.path, conditional))
            fault = FAULTS.get(self.path) if state.faults_on else None
            if fault == "flaky" and state.flaky_left.setdefault(self.path, 2) > 0:
                state.flaky_left[self.path] -= 1
                self.send_error(503)
            elif fault == "missing":
                self.send_error(404)
            elif fault == "truncated":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<html><body><p>cut short")
            elif fault == "offsite":
                self.send_response(302)
                self.send_header("Location", offsite_url + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif fault == "endless":
                self.send_response(200)
                self.send_header("Content-Type", "application/pdf")
                self.send_header("Content-Length", str(300 * 1024 * 1024))
                self.end_headers()
                block = b"%PDF-1.4\n" + b"0" * 65527
                try:
                    for _ in range(300 * 16):
                        self.wfile.write(block)
                except OSError:
                    pass
            elif fault == "silent":
                state.release.wait(120)
            else:
                super().do_GET()

    return Handler


def serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


class Offsite(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        Offsite.hits += 1
        self.send_error(500)

    def log_message(self, format: str, *args: object) -> None:
        pass


def with_extra_releases(tmp: Path) -> Path:
    """A copy of the snapshot whose last Russian listing page links ten more (healthy) releases."""
    site = tmp / "site"
    shutil.copytree(SNAPSHOT, site)
    releases = site / "cec" / "rus" / "news" / "releases"
    items = []
    for rid in EXTRA_RELEASES:
        (releases / f"index.php@ID={rid}").write_text(
            f"<html><head><title>Release {rid}</title></head><body><h3>Release {rid}</h3>"
            f"<p>01.01.2020</p><p>Плановое совещание.</p></body></html>", encoding="utf-8")
        items.append(f'<div><span>01.01.2020</span><a href="/rus/news/releases/index.php?ID={rid}">Release</a></div>')
    last = releases / "index.php@PAGEN_1=3"
    html = last.read_text(encoding="utf-8")
    last.write_text(html.replace('<div class="modern-page-navigation">', "".join(items)
                                 + '<div class="modern-page-navigation">'), encoding="utf-8")
    return site


def harvest_once(settings: Settings) -> tuple[list[FetchRecord], pipeline.Prepared]:
    """The flow's steps, without Prefect."""
    discovery = pipeline.discover(settings)
    fetches = discovery.fetches + [pipeline.fetch(settings, ref) for ref in discovery.documents]
    parsed = [pipeline.extract(settings, url) for url in pipeline.to_parse(settings, fetches)]
    prepared = pipeline.prepare(settings, pipeline.new_run_id(), parsed, fetches)
    publish(settings.warehouse, prepared.batch, settings.lock_timeout_s)
    return fetches, prepared


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Hostile, Settings, float, list, list]]:
    tmp = tmp_path_factory.mktemp("hostile")
    site = with_extra_releases(tmp)
    state = Hostile()
    offsite, offsite_url = serve(Offsite)
    cec, cec_url = serve(hostile_handler(site / "cec", state, offsite_url))
    osce, osce_url = serve(hostile_handler(site / "osce", state, offsite_url))
    http = dataclasses.replace(HttpSettings(), connect_timeout_s=1.0, read_timeout_s=1.5, total_timeout_s=3.0,
                               max_attempts=3, backoff_base_s=0.05, backoff_max_s=0.2,
                               max_body_bytes=2 * 1024 * 1024)
    settings = Settings(cec_url=cec_url, osce_url=osce_url, warehouse=tmp / "kz.duckdb", archive=tmp / "archive",
                        http=http)
    try:
        first = harvest_once(settings)
        first_requests = len(state.requests)
        state.faults_on = False  # the site recovers; what was archived must now come back as 304s
        second = harvest_once(settings)
        yield state, settings, [first, second], state.requests[first_requests:]
    finally:
        state.release.set()
        for server in (cec, osce, offsite):
            server.shutdown()
            server.server_close()
        pipeline.http_client.cache_clear()


def audit(settings: Settings, url_suffix: str) -> list[tuple]:
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return con.execute("SELECT status, attempts, error IS NOT NULL, document_id IS NOT NULL FROM audit.fetches "
                           "WHERE url LIKE ? ORDER BY run_id", [f"%{url_suffix}"]).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("ID=5104", (200, 3, False, True)),  # 503, 503, 200: archived on the third attempt
        ("ID=5090", (404, 1, True, False)),  # not retried
        ("ID=5085", (200, 3, True, False)),  # truncated: retried, never archived
        ("ID=5098", (302, 1, True, False)),  # redirect off the allowed origins: refused
        ("420353.pdf", (200, 1, True, False)),  # cut off at the body limit, not retried
        ("ID=5102", (None, 3, True, False)),  # no answer within the budget
    ],
    ids=["flaky", "missing", "truncated", "offsite", "endless", "silent"],
)
def test_every_outcome_is_recorded(hostile, path: str, expected: tuple) -> None:
    _state, settings, *_ = hostile
    rows = audit(settings, path)
    assert rows[0] == expected, rows


def test_the_other_origin_received_no_request(hostile) -> None:
    assert Offsite.hits == 0


def test_documents_that_could_be_fetched_are_archived_and_loaded(hostile) -> None:
    _state, settings, runs, _ = hostile
    fetches, _prepared = runs[0]
    ok = [f for f in fetches if f.ok]
    assert len(ok) == len(fetches) - 5
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        archived = {r[0] for r in con.sql("SELECT document_id FROM raw.documents").fetchall()}
        assert {f.document_id for f in ok} <= archived
        assert con.sql("SELECT count(*) FROM core.results").fetchall()[0][0] > 0
    finally:
        con.close()


def test_the_rerun_is_conditional(hostile) -> None:
    _state, _settings, runs, second_requests = hostile
    fetched = [r for r in second_requests if r[0] != "/robots.txt"]
    conditional = sum(1 for _path, cond in fetched if cond)
    assert conditional / len(fetched) >= 0.8, (conditional, len(fetched))
    second_fetches, _ = runs[1]
    unchanged = [f for f in second_fetches if f.status == 304]
    assert len(unchanged) == conditional
