"""The dashboard in a real browser: headless Debian Chromium driven by Playwright (no browser download), over
a warehouse built from the bundled snapshot and served by `kzelect dashboard` on a free loopback port.

Every page is opened; the figures shown are compared with the marts; an evidence link is followed to the
archived document; screenshots go to build/screenshots/ for review.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest

from dashboard import ui
from tests.conftest import KZELECT, ROOT
from tests.dashboard.snapshot_warehouse import snapshot_warehouse
from tests.dashboard.synthetic import published_later

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = ROOT / "build" / "screenshots"
ELECTION = "kz-2019-06-09-presidential"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (`make test` installs it)")


@dataclass
class Dashboard:
    url: str
    warehouse: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen[str], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[0]
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"the dashboard did not answer at {url}")


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dashboard]:
    built = snapshot_warehouse()
    # a private copy: one test publishes a new warehouse over it
    warehouse = tmp_path_factory.mktemp("dashboard") / "kzelect.duckdb"
    shutil.copy(built.warehouse, warehouse)
    port = free_port()
    process = subprocess.Popen(
        [str(KZELECT), "dashboard", "--port", str(port), "--warehouse", str(warehouse), "--archive",
         str(built.archive)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process)
        yield Dashboard(url, warehouse)
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the group this fixture started: kzelect and its streamlit
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, dashboard: Dashboard) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 3200})  # type: ignore[attr-defined]
    tab = context.new_page()
    outside: list[str] = []
    tab.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", None)
           and not r.url.startswith(("data:", "blob:")) else None)
    yield tab
    context.close()
    assert outside == [], f"the dashboard loaded from outside loopback: {outside}"


@pytest.fixture(scope="module")
def marts(dashboard: Dashboard) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(dashboard.warehouse), read_only=True)
    yield con
    con.close()


def open_page(tab: object, dashboard: Dashboard, path: str, heading: str) -> str:
    tab.goto(f"{dashboard.url}/{path}")  # type: ignore[attr-defined]
    tab.get_by_role("heading", name=heading, exact=True).wait_for(timeout=60_000)  # type: ignore[attr-defined]
    # every page ends with this line (dashboard.ui.page_end): the script has run to its end
    tab.get_by_text("Read from the warehouse published").wait_for(timeout=60_000)  # type: ignore[attr-defined]
    assert tab.locator("[data-testid=stException]").count() == 0, tab.inner_text("body")  # type: ignore[attr-defined]
    return tab.inner_text("body")  # type: ignore[attr-defined]


def screenshot(tab: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def row_text(tab: object, text: str) -> str:
    return tab.locator("tr", has_text=text).first.inner_text()  # type: ignore[attr-defined]


def test_elections_page_lists_the_calendar(page: object, dashboard: Dashboard,
                                           marts: duckdb.DuckDBPyConnection) -> None:
    body = open_page(page, dashboard, "elections", "Elections")
    screenshot(page, "elections")
    assert "not yet harvested" in body
    documents = marts.sql("SELECT count(*) FROM raw.documents WHERE election_id = ?", params=[ELECTION]).fetchall()
    row = row_text(page, ELECTION)
    assert "harvested" in row and f"\t{documents[0][0]}\t" in row, row


def test_election_page_shows_the_winner_and_a_regions_turnout_as_the_marts(
        page: object, dashboard: Dashboard, marts: duckdb.DuckDBPyConnection) -> None:
    open_page(page, dashboard, f"election?election={ELECTION}", "One election")
    screenshot(page, "election")
    name, votes, share, evidence = marts.sql(
        "SELECT contestant_name_en, votes, vote_share_pct, evidence FROM marts.results WHERE election_id = ? "
        "AND region_code = 'KZ' ORDER BY votes DESC LIMIT 1", params=[ELECTION]).fetchall()[0]
    values = page.locator("[data-testid=stMetricValue]").all_inner_texts()  # type: ignore[attr-defined]
    assert ui.votes(votes) in values and ui.share(share) in values, values
    assert page.get_by_text(f"Leading: {name}").count() == 1  # type: ignore[attr-defined]
    assert page.get_by_text(evidence).count() >= 1  # type: ignore[attr-defined]
    region, turnout = marts.sql(
        "SELECT region_name_en, turnout_pct FROM marts.turnout WHERE election_id = ? AND region_code = 'KZ-19' "
        "ORDER BY stage = 'final' DESC, as_of DESC NULLS FIRST LIMIT 1", params=[ELECTION]).fetchall()[0]
    assert ui.share(turnout) in row_text(page, region)
    assert page.locator("[data-testid=stVegaLiteChart]").count() >= 2  # type: ignore[attr-defined]


def test_the_misprinted_wire_copy_shows_as_a_disagreement(page: object, dashboard: Dashboard,
                                                          marts: duckdb.DuckDBPyConnection) -> None:
    open_page(page, dashboard, f"election?election={ELECTION}", "One election")
    pairs = marts.sql("SELECT value_a, value_b FROM marts.discrepancies WHERE election_id = ? "
                      "AND figure = 'registered_voters'", params=[ELECTION]).fetchall()
    assert pairs, "the snapshot's wire copy (eng release 5108) should disagree on registered voters"
    section = page.locator("tr", has_text="registered_voters")  # type: ignore[attr-defined]
    assert section.count() == len(pairs)
    assert "11,960,346" in section.first.inner_text() and "11,960,364" in section.first.inner_text()


def test_following_an_evidence_link_opens_the_archived_document(page: object, dashboard: Dashboard,
                                                                marts: duckdb.DuckDBPyConnection) -> None:
    open_page(page, dashboard, f"election?election={ELECTION}", "One election")
    evidence, document_id = marts.sql(
        "SELECT evidence, document_id FROM marts.results WHERE election_id = ? AND region_code = 'KZ' "
        "ORDER BY votes DESC LIMIT 1", params=[ELECTION]).fetchall()[0]
    link = page.get_by_role("link", name="archived copy").first  # type: ignore[attr-defined]
    href = link.get_attribute("href")
    assert href.endswith(f"/documents/{document_id}"), href
    page.goto(href)  # type: ignore[attr-defined]
    assert evidence.split(" – ")[0] in page.inner_text("body")  # type: ignore[attr-defined]
    screenshot(page, "archived-document")


def test_detentions_page_shows_ranges_evidence_and_the_pdf_at_its_page(
        page: object, dashboard: Dashboard, marts: duckdb.DuckDBPyConnection) -> None:
    body = open_page(page, dashboard, "detentions", "Detentions and infractions")
    screenshot(page, "detentions")
    low, high, qualifier, reporter, evidence, page_number, document_id, url = marts.sql(
        "SELECT detained_min, detained_max, qualifier, reported_by, evidence, page, document_id, document_url "
        "FROM marts.detentions WHERE detained_min IS NOT NULL ORDER BY detained_min DESC LIMIT 1").fetchall()[0]
    assert evidence in body
    row = page.locator("tr", has_text=evidence).first  # type: ignore[attr-defined]
    cells = row.locator("td").all_inner_texts()
    assert ui.count_range(low, high) in cells and qualifier in cells and reporter in cells, cells
    archived = row.get_by_role("link", name="archived copy").get_attribute("href")
    assert archived.endswith(f"/documents/{document_id}#page={page_number}")
    assert row.get_by_role("link", name="original").get_attribute("href") == url
    answer = page.request.get(archived.split("#")[0])  # type: ignore[attr-defined]
    assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
    path = marts.sql("SELECT archive_path FROM raw.documents WHERE document_id = ?", params=[document_id]).fetchall()
    assert answer.body() == (snapshot_warehouse().archive / path[0][0]).read_bytes()


def test_run_health_shows_the_latest_run_and_picks_up_a_new_publication(
        page: object, dashboard: Dashboard, marts: duckdb.DuckDBPyConnection) -> None:
    body = open_page(page, dashboard, "health", "Run health")
    screenshot(page, "health")
    latest = marts.sql("SELECT run_id, status FROM audit.runs ORDER BY started_at DESC LIMIT 1").fetchall()[0]
    assert f"Latest run {latest[0]}: status {latest[1]}" in body
    published_later(dashboard.warehouse, "20991231T000000Z-published-later")
    body = open_page(page, dashboard, "health", "Run health")
    assert "Latest run 20991231T000000Z-published-later" in body  # no restart: a new connection per page load
