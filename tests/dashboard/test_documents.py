"""The archived-document server and the dashboard command's settings."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.documents import DocumentServer, document_link
from dashboard.launch import dashboard_port, streamlit_command
from tests.dashboard import synthetic


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[DocumentServer, synthetic.Synthetic]]:
    built = synthetic.build(tmp_path)
    server = DocumentServer(built.warehouse, built.archive).start()
    yield server, built
    server.stop()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.headers["Content-Type"], answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_a_pdf_is_served_with_its_type_and_opened_at_its_page(
        served: tuple[DocumentServer, synthetic.Synthetic]) -> None:
    server, built = served
    link = document_link(server.url, built.report_id, 3)
    assert link.endswith(f"/documents/{built.report_id}#page=3") and link.startswith("http://127.0.0.1:")
    status, content_type, body = fetch(link.split("#")[0])
    assert (status, content_type, body) == (200, "application/pdf", synthetic.REPORT)


def test_archived_html_is_served_with_a_policy_that_loads_nothing(
        served: tuple[DocumentServer, synthetic.Synthetic]) -> None:
    server, built = served
    with urllib.request.urlopen(document_link(server.url, built.release_id), timeout=10) as answer:
        assert answer.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert answer.read() == synthetic.RELEASE


@pytest.mark.parametrize("path", ["/documents/" + "0" * 64, "/documents/../kzelect.duckdb", "/",
                                  "/documents/not-a-hash"], ids=["unknown-id", "traversal", "root", "not-a-hash"])
def test_anything_else_is_not_found(served: tuple[DocumentServer, synthetic.Synthetic], path: str) -> None:
    server, _ = served
    assert fetch(server.url + path)[0] == 404


def test_an_archive_path_outside_the_archive_is_refused(tmp_path: Path) -> None:
    import duckdb

    built = synthetic.build(tmp_path)
    con = duckdb.connect(str(built.warehouse))
    con.execute("UPDATE raw.documents SET archive_path = '../kzelect.duckdb' WHERE document_id = ?", [built.report_id])
    con.close()
    server = DocumentServer(built.warehouse, built.archive).start()
    try:
        assert fetch(document_link(server.url, built.report_id))[0] == 404
    finally:
        server.stop()


@pytest.mark.parametrize(("flag", "env", "port"), [(None, {}, 8501), (None, {"KZELECT_DASHBOARD_PORT": "8610"}, 8610),
                                                   (9001, {"KZELECT_DASHBOARD_PORT": "8610"}, 9001)],
                         ids=["default", "environment", "flag-wins"])
def test_the_port_comes_from_the_flag_then_the_environment(flag: int | None, env: dict[str, str], port: int) -> None:
    assert dashboard_port(flag, env) == port


@pytest.mark.parametrize("raw", ["http", "0", "70000"])
def test_a_bad_port_in_the_environment_is_named(raw: str) -> None:
    with pytest.raises(ValueError, match="KZELECT_DASHBOARD_PORT"):
        dashboard_port(None, {"KZELECT_DASHBOARD_PORT": raw})


def test_streamlit_serves_headless_on_the_given_address_without_statistics() -> None:
    command = streamlit_command(8650, "127.0.0.1")
    pairs = dict(zip(command[5::2], command[6::2], strict=False))
    assert pairs["--server.address"] == "127.0.0.1" and pairs["--server.port"] == "8650"
    assert pairs["--browser.gatherUsageStats"] == "false" and pairs["--server.headless"] == "true"
